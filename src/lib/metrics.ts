/**
 * Look-ups over metrics: which value a year has, how it reads in each language, how the data page
 * groups them. Pure: the caller passes the loaded collections.
 */
import type { Lang } from './i18n.ts';
import { formatFigure, type FormattedFigure } from './format.ts';
import type { Metric, MetricValue } from '../schemas/metrics.ts';
import type { Area } from '../schemas/areas.ts';
import type { Source } from '../schemas/sources.ts';

export function valueIn(metric: Metric, year: number): MetricValue | undefined {
  return metric.values.find((entry) => entry.year === year);
}

/** Years a metric has values for, oldest first (the order charts and tables read in). */
export function yearsOf(metric: Metric): number[] {
  return metric.values.map((entry) => entry.year).sort((a, b) => a - b);
}

export interface Figure extends FormattedFigure {
  metric: Metric;
  entry: MetricValue;
  /** "by 2025" / "2025年前" for targets, else ''. */
  target: string;
  /** The number shown: the year's value, or one part of its breakdown. */
  value: number;
}

export function figureOf(metric: Metric, entry: MetricValue, lang: Lang): Figure {
  const formatted = formatFigure(entry.value, metric.unit, entry.qualifier, lang);
  const target = entry.targetYear ? (lang === 'en' ? `by ${entry.targetYear}` : `${entry.targetYear}年前`) : '';
  return { ...formatted, metric, entry, target, value: entry.value };
}

/** The figure a metric has in a year; an unknown id or a missing year is a content mistake, so it throws. */
export function requireFigure(metrics: Metric[], id: string, year: number, lang: Lang, part?: string): Figure {
  const metric = metrics.find((candidate) => candidate.id === id);
  if (!metric) throw new Error(`The figure "${id}" does not exist: there is no content/metrics/${id}.yaml`);
  const entry = valueIn(metric, year);
  if (!entry) {
    throw new Error(
      `The figure "${id}" has no value for ${year} (it has: ${yearsOf(metric).join(', ')}): check the year in content/metrics/${id}.yaml`,
    );
  }
  if (!part) return figureOf(metric, entry, lang);
  const piece = entry.breakdown?.find((candidate) => candidate.id === part);
  if (!piece) {
    throw new Error(`The figure "${id}" has no part "${part}" in ${year}: check the breakdown in content/metrics/${id}.yaml`);
  }
  return { ...formatFigure(piece.value, metric.unit, piece.qualifier, lang), metric, entry, target: '', value: piece.value };
}

export interface AreaGroup {
  area: Area;
  metrics: Metric[];
}

/** Metrics grouped by programme area, areas in their content order, metrics by label in the page's language. */
export function groupByArea(metrics: Metric[], areas: Area[], lang: Lang): AreaGroup[] {
  const collator = new Intl.Collator(lang === 'en' ? 'en' : 'zh-CN');
  return areas
    .map((area) => ({
      area,
      metrics: metrics
        .filter((metric) => metric.area === area.id)
        .sort((a, b) => collator.compare(a.label[lang], b.label[lang])),
    }))
    .filter((group) => group.metrics.length > 0);
}

export interface ResolvedCitation {
  source: Source;
  sectionTitle: string;
}

export function resolveCitations(entry: MetricValue, sources: Source[], lang: Lang): ResolvedCitation[] {
  return entry.citations.flatMap((citation) => {
    const source = sources.find((candidate) => candidate.id === citation.source);
    const section = source?.sections.find((candidate) => candidate.id === citation.section);
    return source && section ? [{ source, sectionTitle: section.title[lang] }] : [];
  });
}
