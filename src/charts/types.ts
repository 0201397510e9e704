/**
 * What the chart builders take and give. The input (ChartData) is plain JSON, resolved for one
 * language at build time from a chart spec and the metrics it names (src/charts/data.ts), so the
 * browser can re-draw a chart from the same data the build used, without the content collections.
 */
import type { Lang } from '../i18n/languages.ts';
import type { Qualifier, Unit } from '../schemas/metrics.ts';
import type { ChartKind } from '../schemas/charts.ts';

export type { ChartKind };

/** Narrow layouts (phones) stack and wrap; wide layouts spread out. */
export type Mode = 'narrow' | 'wide';

/** A part of a value (in person / online), as a chart draws it. */
export interface PartDatum {
  id: string;
  label: string;
  value: number;
  qualifier: Qualifier;
  /** The figure as the page writes it: "more than 10,000". */
  text: string;
}

/** One metric's value in one year, with its wording in the page's language. */
export interface Datum {
  /** `metric@year`: stable, and what `highlight` and the tests match on. */
  key: string;
  metric: string;
  /** The metric's label in the page's language. */
  label: string;
  year: number;
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  /** How the year is labelled: "2023", or "2023 baseline" / "2023年基数" for a baseline stated by a later review. */
  yearLabel: string;
  /** For a baseline only: which review states it ("2023 baseline stated in the 2024 review"). */
  baselineText?: string;
  /** "more than 2.65 million" / "超过265万". */
  text: string;
  /** The qualifier alone ("more than"), '' for an exact figure. */
  qualifierText: string;
  /** The number with its unit, no qualifier ("2.65 million", "US$10 million"). */
  amount: string;
  /** For targets: the year by which the value is to be reached, and how that reads ("by 2025" / "2025年前"). */
  targetYear?: number;
  targetText?: string;
  parts?: PartDatum[];
}

interface Common {
  id: string;
  lang: Lang;
  /** The SVG's <title>. */
  title: string;
  /** The SVG's <desc>: the text alternative, figures filled in. */
  description: string;
  /**
   * Drawn inside the chart under its marks when its bars must not be read as a trend (see
   * `caveat` in src/schemas/charts.ts), so every copy of the drawing carries it. Absent: none.
   */
  caveat?: string;
}

export interface YearComparisonData extends Common {
  kind: 'year-comparison';
  panels: {
    metric: string;
    label: string;
    unit: Unit;
    /** False: the years are counted differently, so no trend line is drawn and the panel says so. */
    comparable: boolean;
    values: Datum[];
  }[];
  /** Legend entries for stacked parts, in stacking order. */
  parts: { id: string; label: string }[];
  ui: { notComparable: string };
}

export interface BreakdownData extends Common {
  kind: 'breakdown';
  /** Rows grouped by unit: each group has its own scale (people and schools never share an axis). */
  groups: {
    unit: Unit;
    /** Shown only when there is more than one group. */
    heading: string;
    rows: { label: string; sublabel: string; datum: Datum }[];
  }[];
  parts: { id: string; label: string }[];
}

export interface TargetProgressData extends Common {
  kind: 'target-progress';
  /** The target, labelled "Target set in 2023, for 2025". */
  target: { label: string; datum: Datum };
  /** Results, labelled "Reached in 2024". */
  results: { label: string; datum: Datum }[];
  /** "{percent} of the target": filled in with the share reached while a result is short of it. */
  ui: { share: string };
}

export interface AreaCountsData extends Common {
  kind: 'area-counts';
  years: number[];
  areas: { id: string; name: string; counts: number[] }[];
  /** "{count} figures" and its singular. */
  ui: { figures: string; figure: string };
}

export interface CountryDotsData extends Common {
  kind: 'country-dots';
  /** In the order a list reads in the page's language (sorted at build time, so the browser agrees). */
  countries: { id: string; name: string; region: string }[];
  regions: { id: string; name: string }[];
  ui: { china: string; count: string };
}

export interface ProvinceTilesData extends Common {
  kind: 'province-tiles';
  /** Every province-level division, named or not, with the tile label in the page's language. */
  provinces: {
    id: string;
    name: string;
    /** A narrow tile's label: the name in lines separated by "\n" (English syllable pieces), or the Chinese name. */
    short: string;
    years: number[];
    mentions: { year: number; about: string }[];
  }[];
  years: number[];
  ui: { namedIn: string; namedInBoth: string; notNamed: string };
}

export interface TimelineData extends Common {
  kind: 'timeline';
  year: number;
  /** Month names, January first: "September" / "9月". */
  months: string[];
  /** The same months with the year, as each language dates them: "January 2023" / "2023年1月". */
  datedMonths: string[];
  events: { month: number; slug: string; title: string; area: string; areaName: string; href: string }[];
}

export type ChartData =
  | YearComparisonData
  | BreakdownData
  | TargetProgressData
  | AreaCountsData
  | CountryDotsData
  | ProvinceTilesData
  | TimelineData;

export type DataOf<K extends ChartKind> = Extract<ChartData, { kind: K }>;

/** A data point the keyboard can walk to and a tooltip can describe. */
export interface ChartPoint {
  /** What `highlight` matches: the datum key, its year, its id. */
  keys: string[];
  /** Read aloud when the point is focused. */
  label: string;
  tooltip: { title: string; lines: string[] };
  /** Where the point leads (a story), followed on click or Enter. */
  href?: string;
  /** Where the tooltip points, in SVG units (which are CSS pixels once the island has re-drawn). */
  x: number;
  y: number;
}

export interface ChartModel {
  width: number;
  height: number;
  /** The whole <svg> element as markup. */
  svg: string;
  points: ChartPoint[];
}

/** Colour names the builders use; the CSS maps each to a custom property (src/styles/charts.css). */
export type Paint =
  'c1' | 'c3' | 'c4' | 'muted' | 'tile' | 'on-mark' | 'text' | 'text-muted' | 'axis' | 'grid' | 'bg' | 'target';

/**
 * Literal colours for places where CSS cannot reach (a PNG rendered from the SVG for social
 * previews). Without a theme, colours come only from CSS classes, so dark mode and print work.
 */
export interface ChartTheme {
  colors: Record<Paint, string>;
  fontFamily: string;
}

export interface Builder<D extends ChartData = ChartData> {
  /** The height the chart takes in a layout mode: constant within a mode, so the page can size it before any script runs. */
  height(data: D, mode: Mode): number;
  build(data: D, width: number, height: number, lang: Lang, theme?: ChartTheme): ChartModel;
}
