/**
 * The site-wide downloads: every metric value as one CSV row and as JSON, from the same data
 * the pages render. Pure, so tests can read a download back and compare it with content/.
 */
import { formatFigure } from '../i18n/format.ts';
import type { Metric } from '../schemas/metrics.ts';
import { writeCsv } from './csv.ts';

export const csvColumns = [
  'metric_id',
  'area',
  'unit',
  'year',
  'stated_in',
  'value',
  'qualifier',
  'target_year',
  'label_en',
  'label_zh',
  'as_written_en',
  'as_written_zh',
  'comparable_across_years',
  'sources',
  'note_en',
  'note_zh',
] as const;

/** One row per metric and year, with the figure as each language writes it. */
export function metricRows(metrics: Metric[]) {
  return metrics.flatMap((metric) =>
    [...metric.values]
      .sort((a, b) => a.year - b.year)
      .map((entry) => ({
        metric_id: metric.id,
        area: metric.area,
        unit: metric.unit,
        year: entry.year,
        // A baseline: the later review that states this value (empty when the year's own review does).
        stated_in: entry.statedIn,
        value: entry.value,
        qualifier: entry.qualifier,
        target_year: entry.targetYear,
        // The year's own wording where the source counts differently (see `label` on a value).
        label_en: (entry.label ?? metric.label).en,
        label_zh: (entry.label ?? metric.label).zh,
        as_written_en: formatFigure(entry.value, metric.unit, entry.qualifier, 'en').text,
        as_written_zh: formatFigure(entry.value, metric.unit, entry.qualifier, 'zh', { zhWord: entry.zhWord }).text,
        comparable_across_years: metric.comparable,
        sources: entry.citations.map((citation) => `${citation.source}#${citation.section}`).join(' '),
        note_en: entry.note?.en,
        note_zh: entry.note?.zh,
      })),
  );
}

/** data/metrics.csv: every metric value as a row, written by the site's one CSV writer (src/share/csv.ts). */
export function metricsCsv(metrics: Metric[]): string {
  return writeCsv(csvColumns, metricRows(metrics));
}

/** Every metric as the open-data JSON file (`/data/metrics.json`): `{ metrics: [...] }`, two-space indented, newline-terminated. Never throws. */
export function metricsJson(metrics: Metric[]): string {
  return `${JSON.stringify({ metrics }, null, 2)}\n`;
}
