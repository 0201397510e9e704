/**
 * What the "What changed" page shows (/en/changes/, /zh/changes/), worked out once per language
 * (memoised on the content index): every metric, grouped by programme area, with its value in each
 * review year side by side, and for each pair of consecutive review years either the change or the
 * reason no change is given. The review years come from the content index (one per file in
 * content/years/), so a new year adds a column and a comparison with no code change.
 *
 * The rules, so the page never states a figure the sources do not support:
 * - No change across years a series marks `comparable: false`: its `comparabilityNote` is the reason.
 * - A change is worked out from two exact figures; or, where the wording bounds it, as "more than"
 *   (exact or "almost" X, then exact or "more than" Y > X: the rise is more than Y − X; the mirror
 *   for a fall). Any other qualifier ("about", "up to", "more than" then "more than") leaves the size
 *   unknown, and the page says so. A target is not a result, and "one in six" is not subtracted.
 * - The percentage is relative to the older figure, rounded to a whole number (down for a bound,
 *   so a bound is never overstated); it is left out when the older figure is zero and for unit
 *   `percent`, whose change is written in percentage points.
 * Pure once the index is built.
 */
import type { Area } from '../schemas/areas.ts';
import type { Metric, MetricValue, Qualifier } from '../schemas/metrics.ts';
import { formatChange, type ChangeBound } from '../i18n/format.ts';
import type { Lang } from '../i18n/languages.ts';
import { t } from '../i18n/index.ts';
import { bracketed, labelled } from '../i18n/writing.ts';
import { memoPerIndex, type ContentIndex } from '../model/content-index.ts';
import { figureOf, groupByArea, isBaseline, valueIn, type Figure } from '../model/metrics.ts';
import { chartMetricIds } from '../charts/table.ts';
import { changesPath, figurePath } from '../routes/urls.ts';
import { chartSummary } from './chart-view.ts';

/** One review year's value of a metric, as the page sets it in its column. */
export interface ChangeCell {
  year: number;
  /** The value as the page writes it, or undefined when the year's review does not state one. */
  figure: Figure | undefined;
  /** "2023 baseline stated in the 2024 review" for a baseline, else ''. */
  baseline: string;
  /** What the year's source counts, when it words it differently from the series label, else ''. */
  label: string;
}

/** Why a pair of years has no worked-out change. */
export type NoChangeReason =
  /** Neither year states a value. */
  | 'absent'
  /** Only one of the two years states a value. */
  | 'missing'
  /** The series is marked `comparable: false`. */
  | 'not-comparable'
  /** One of the values is a target, not a result. */
  | 'target'
  /** A proportion ("one in six"): not subtracted. */
  | 'ratio'
  /** The qualifiers leave the size of the change unknown. */
  | 'approximate';

/** The change between two consecutive review years, or why there is none. */
export type ChangeStep = {
  from: number;
  to: number;
  /** "Change, 2023 to 2024" / "2023年至2024年的变化". */
  heading: string;
  /** The sentence the page shows: "Up 4 (16%)", or the reason. */
  text: string;
} & (
  | {
      kind: 'change';
      bound: ChangeBound;
      /** Newer minus older, in the metric's unit (percentage points for unit `percent`). */
      difference: number;
      /** Relative to the older value, in per cent, rounded as the file's rules say; undefined when not given. */
      percent: number | undefined;
    }
  | { kind: NoChangeReason }
);

/** One metric as the page lists it. */
export interface ChangeRow {
  id: string;
  /** The series label in the page's language. */
  label: string;
  /** The figure's own page. */
  href: string;
  comparable: boolean;
  /** One cell per review year, oldest first. */
  cells: ChangeCell[];
  /** One step per pair of consecutive review years, oldest first. */
  steps: ChangeStep[];
  /**
   * The steps whose two years both state a value, oldest first: the ones the page lists. A pair
   * with a year unstated is told by that year's empty cell ("not stated") and the page's summary,
   * rather than by the same sentence on every such row.
   */
  compared: ChangeStep[];
  /**
   * Stated in exactly one of two or more review years: nothing to set it against. The page lists
   * these after the area's other figures, folded under one "stated in one year only" disclosure, so
   * the figures that can change come first (and a closed disclosure is not laid out until opened).
   */
  singleYear: boolean;
  /** The charts that draw this figure, each with its title in the page's language and its page. */
  charts: { id: string; title: string; href: string }[];
}

/** The metrics of one programme area. */
export interface ChangeGroup {
  area: Area;
  rows: ChangeRow[];
}

/** Everything the page shows in one language. */
export interface ChangesView {
  /** The review years, oldest first. */
  years: number[];
  /** The oldest and the newest review year: the page's title names them. */
  from: number;
  to: number;
  title: string;
  description: string;
  /**
   * How many metrics the page lists, how many the newest pair of years both state, for how many a
   * change is worked out, and how many only one year of that pair states.
   */
  counts: {
    metrics: number;
    /** Stated in both years of the newest pair (`from`, `to` below). */
    both: number;
    /** Of those, the ones with a worked-out change. */
    computed: number;
    /** Stated in only one year of the newest pair. */
    others: number;
    /** The newest pair of review years, which the counts are about (one year twice when there is one). */
    from: number;
    to: number;
  };
  groups: ChangeGroup[];
  href: string;
}

const views = memoPerIndex<ChangesView>();

/** Qualifiers under which the true value is at most the stated one, or exactly it. */
const atMost: readonly Qualifier[] = ['exact', 'almost'];
/** Qualifiers under which the true value is at least the stated one, or exactly it. */
const atLeast: readonly Qualifier[] = ['exact', 'over'];

/** Digits after the decimal point of a stated number, so a difference is exact: 16.45 − 0.2 is 16.25, not 16.249999. */
const decimals = (value: number) => (String(value).split('.')[1] ?? '').length;

/** Newer minus older, computed without binary-fraction noise. */
function differenceOf(older: number, newer: number): number {
  const scale = 10 ** Math.max(decimals(older), decimals(newer));
  return (Math.round(newer * scale) - Math.round(older * scale)) / scale;
}

/**
 * Whether the two values' wording lets a change be worked out, and how sure it is: both exact;
 * or a rise from an exact or "almost" value to an exact or "more than" one; or a fall from an
 * exact or "more than" value to an exact or "almost" one. Undefined otherwise.
 */
function boundOf(older: MetricValue, newer: MetricValue, difference: number): ChangeBound | undefined {
  if (older.qualifier === 'exact' && newer.qualifier === 'exact') return 'exact';
  if (difference > 0 && atMost.includes(older.qualifier) && atLeast.includes(newer.qualifier)) return 'more-than';
  if (difference < 0 && atLeast.includes(older.qualifier) && atMost.includes(newer.qualifier)) return 'more-than';
  return undefined;
}

/** The relative change in per cent, rounded to a whole number (its size rounded down for a bound), or undefined. */
function percentOf(metric: Metric, older: number, newer: number, bound: ChangeBound): number | undefined {
  if (metric.unit === 'percent' || older === 0) return undefined;
  const exact = ((newer - older) / older) * 100;
  return bound === 'exact' ? Math.round(exact) : Math.sign(exact) * Math.floor(Math.abs(exact));
}

/**
 * The change of one metric between two review years, or the reason there is none, worded in
 * the page's language (the rules are at the top of this file). Never throws.
 */
export function changeStep(metric: Metric, from: number, to: number, lang: Lang): ChangeStep {
  const heading = t(lang, 'changes.step', { from, to });
  const older = valueIn(metric, from);
  const newer = valueIn(metric, to);
  const step = (kind: NoChangeReason, text: string): ChangeStep => ({ from, to, heading, kind, text });
  if (!older && !newer) return step('absent', t(lang, 'changes.absent'));
  if (!older || !newer) return step('missing', t(lang, 'changes.missing', { year: older ? to : from }));
  if (!metric.comparable) {
    return step(
      'not-comparable',
      labelled(t(lang, 'figure.notComparable'), metric.comparabilityNote?.[lang] ?? '', lang),
    );
  }
  const target = [older, newer].find((entry) => entry.qualifier === 'target' || entry.targetYear !== undefined);
  if (target) return step('target', t(lang, 'changes.target', { year: target.year }));
  if (metric.unit === 'one-in') return step('ratio', t(lang, 'changes.ratio'));
  const difference = differenceOf(older.value, newer.value);
  const bound = boundOf(older, newer, difference);
  if (!bound) return step('approximate', t(lang, 'changes.approximate'));
  const percent = percentOf(metric, older.value, newer.value, bound);
  const written = formatChange(difference, percent, metric.unit, bound, lang);
  const sentence =
    written.direction === 'same'
      ? t(lang, 'changes.same')
      : t(lang, written.direction === 'up' ? 'changes.up' : 'changes.down', { amount: written.amount });
  return {
    from,
    to,
    heading,
    kind: 'change',
    bound,
    difference,
    percent,
    text: written.percent && written.direction !== 'same' ? bracketed(sentence, written.percent, lang) : sentence,
  };
}

/** One metric's cells and steps over the review years (oldest first). Never throws. */
export function changeRow(content: ContentIndex, metric: Metric, years: readonly number[], lang: Lang): ChangeRow {
  const cells = years.map((year) => {
    const entry = valueIn(metric, year);
    return {
      year,
      figure: entry && figureOf(metric, entry, lang),
      baseline:
        entry && isBaseline(entry)
          ? t(lang, 'chart.baselineStated', { year: entry.year, statedIn: entry.statedIn! })
          : '',
      label: entry?.label ? entry.label[lang] : '',
    };
  });
  const steps = years.slice(1).map((to, index) => changeStep(metric, years[index]!, to, lang));
  const charts = content.charts.all
    .filter((chart) => chartMetricIds(chart).includes(metric.id))
    // Summaries only (title with its figures filled in, and page): no chart's data is resolved here.
    .map((chart) => {
      const { id, title, href } = chartSummary(content, chart.id, lang);
      return { id, title, href };
    });
  return {
    id: metric.id,
    label: metric.label[lang],
    href: figurePath(lang, metric.id),
    comparable: metric.comparable,
    cells,
    steps,
    compared: steps.filter((step) => step.kind !== 'missing' && step.kind !== 'absent'),
    singleYear: years.length > 1 && cells.filter((cell) => cell.figure).length === 1,
    charts,
  };
}

/**
 * The whole page in one language, computed on first use and then shared. Metrics are grouped by
 * programme area in the site's order; within an area, those stated in one review year only
 * ({@link ChangeRow.singleYear}) come last, each part by label in the page's language.
 * @throws Error when content has no review year (there is nothing to set side by side)
 */
export function changesView(content: ContentIndex, lang: Lang): ChangesView {
  return views(content, lang, () => {
    const years = [...content.reviewYears].sort((a, b) => a - b);
    if (years.length === 0) throw new Error('The "What changed" page needs at least one file in content/years/');
    const from = years[0]!;
    const to = years.at(-1)!;
    const groups = groupByArea([...content.metrics.all], [...content.areas.all], lang).map(({ area, metrics }) => ({
      area,
      rows: metrics
        .map((metric) => changeRow(content, metric, years, lang))
        // Stable sort: the figures stated in one year only last (the page folds them), each part
        // in the label order of groupByArea.
        .sort((a, b) => Number(a.singleYear) - Number(b.singleYear)),
    }));
    const rows = groups.flatMap((group) => group.rows);
    const last = (row: ChangeRow) => row.steps.at(-1);
    const both = rows.filter((row) => last(row) && !['absent', 'missing'].includes(last(row)!.kind)).length;
    const computed = rows.filter((row) => last(row)?.kind === 'change').length;
    return {
      years,
      from,
      to,
      title: t(lang, 'changes.title', { from, to }),
      description: t(lang, 'changes.description', { from, to }),
      counts: {
        metrics: rows.length,
        both,
        computed,
        others: rows.filter((row) => last(row)?.kind === 'missing').length,
        // The pair the counts are about: the newest two review years (the same two as the title
        // while there are two).
        from: years.at(-2) ?? from,
        to,
      },
      groups,
      href: changesPath(lang),
    };
  });
}
