/**
 * Look-ups over metrics: which value a year has, how it reads in each language, how the data page
 * groups them. Pure: the caller passes the loaded collections.
 */
import type { Lang } from '../i18n/languages.ts';
import { formatFigure, type FigureStyle, type FormattedFigure } from '../i18n/format.ts';
import { t } from '../i18n/index.ts';
import { collator } from '../i18n/writing.ts';
import type { Metric, MetricValue } from '../schemas/metrics.ts';
import type { Area } from '../schemas/areas.ts';
import type { Catalogue } from './content-index.ts';

/** The value a metric has for a year, whichever review states it (a baseline included). */
export function valueIn(metric: Metric, year: number): MetricValue | undefined {
  return metric.values.find((entry) => entry.year === year);
}

/** True when a value is a baseline: stated by a later year's review, not reported by its own year's. */
export const isBaseline = (entry: MetricValue): boolean => entry.statedIn !== undefined && entry.statedIn > entry.year;

/**
 * The value a metric reports as a result of a year: a baseline stated by a later review is not a
 * result of its own year (it is shown on the later year's pages instead), so it is left out.
 */
export function resultIn(metric: Metric, year: number): MetricValue | undefined {
  const entry = valueIn(metric, year);
  return entry && !isBaseline(entry) ? entry : undefined;
}

/** The baseline a year's review states for a metric (a value of an earlier year with `statedIn: year`), if any. */
export function baselineStatedIn(metric: Metric, year: number): MetricValue | undefined {
  return metric.values.find((entry) => entry.statedIn === year && entry.year < year);
}

/** Years a metric reports results for (baselines left out), oldest first. */
export function resultYearsOf(metric: Metric): number[] {
  return metric.values
    .filter((entry) => !isBaseline(entry))
    .map((entry) => entry.year)
    .sort((a, b) => a - b);
}

/** Years a metric has values for, oldest first (the order charts and tables read in). */
export function yearsOf(metric: Metric): number[] {
  return metric.values.map((entry) => entry.year).sort((a, b) => a - b);
}

/** A metric's value (or one part of it) as a page writes it, with what the page shows around it. */
export interface Figure extends FormattedFigure {
  metric: Metric;
  entry: MetricValue;
  /** "by 2025" / "2025年前" for targets, else ''. */
  target: string;
  /** The number shown: the year's value, or one part of its breakdown. */
  value: number;
  /**
   * The earlier year's baseline the same review states, written out ("2023 baseline: 1.1 million" /
   * "2023年基数：110万"), or '' when there is none.
   */
  baseline: string;
  /**
   * When the series is not counted the same way across years: its comparabilityNote in the
   * page's language, for cards that set years side by side. '' when the years compare.
   */
  caveat: string;
  /** What is counted, in the page's language: the value's own label where the source words it differently, else the metric's. */
  label: string;
}

/** "2023 baseline: 1.1 million" / "2023年基数：110万": a baseline as the later year's pages show it. */
export function baselineText(metric: Metric, entry: MetricValue, lang: Lang): string {
  const text = formatFigure(entry.value, metric.unit, entry.qualifier, lang, { zhWord: entry.zhWord }).text;
  return t(lang, 'figure.baselineText', { year: entry.year, figure: text });
}

/**
 * A metric's value as a page shows it. `style: 'prose'` for running text (English words for
 * counts under ten). The baseline line is filled in when the value's own year states one.
 */
export function figureOf(metric: Metric, entry: MetricValue, lang: Lang, style: FigureStyle = 'figure'): Figure {
  const formatted = formatFigure(entry.value, metric.unit, entry.qualifier, lang, { zhWord: entry.zhWord, style });
  const target = entry.targetYear ? t(lang, 'figure.targetBy', { year: entry.targetYear }) : '';
  const baselineEntry = baselineStatedIn(metric, entry.year);
  const baseline = baselineEntry ? baselineText(metric, baselineEntry, lang) : '';
  const caveat = !metric.comparable && metric.comparabilityNote ? metric.comparabilityNote[lang] : '';
  const label = (entry.label ?? metric.label)[lang];
  return { ...formatted, metric, entry, target, value: entry.value, baseline, caveat, label };
}

/**
 * The figure a metric has in a year (or one part of it), as a page writes it.
 * @param metrics the content index's metrics (`index.metrics`)
 * @throws Error naming content/metrics/{id}.yaml when the metric, the year or the part does not exist
 */
export function requireFigure(
  metrics: Pick<Catalogue<Metric>, 'require'>,
  id: string,
  year: number,
  lang: Lang,
  part?: string,
  style: FigureStyle = 'figure',
): Figure {
  const metric = metrics.require(id);
  const entry = valueIn(metric, year);
  if (!entry) {
    throw new Error(
      `The figure "${id}" has no value for ${year} (it has: ${yearsOf(metric).join(', ')}): check the year in content/metrics/${id}.yaml`,
    );
  }
  if (!part) return figureOf(metric, entry, lang, style);
  const piece = entry.breakdown?.find((candidate) => candidate.id === part);
  if (!piece) {
    throw new Error(
      `The figure "${id}" has no part "${part}" in ${year}: check the breakdown in content/metrics/${id}.yaml`,
    );
  }
  return {
    ...formatFigure(piece.value, metric.unit, piece.qualifier, lang, { zhWord: piece.zhWord, style }),
    metric,
    entry,
    target: '',
    value: piece.value,
    baseline: '',
    caveat: '',
    label: piece.label[lang],
  };
}

/** The metrics of one programme area, as the data and year pages group them. */
export interface AreaGroup {
  area: Area;
  metrics: Metric[];
}

/** Metrics grouped by programme area, areas in their content order, metrics by label in the page's language. */
export function groupByArea(metrics: Metric[], areas: Area[], lang: Lang): AreaGroup[] {
  const sorter = collator(lang);
  return areas
    .map((area) => ({
      area,
      metrics: metrics
        .filter((metric) => metric.area === area.id)
        .sort((a, b) => sorter.compare(a.label[lang], b.label[lang])),
    }))
    .filter((group) => group.metrics.length > 0);
}
