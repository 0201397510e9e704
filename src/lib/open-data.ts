/**
 * The site-wide downloads: every metric value as one CSV row and as JSON, from the same data
 * the pages render. Pure, so tests can read a download back and compare it with content/.
 */
import { formatFigure } from './format.ts';
import type { Metric } from '../schemas/metrics.ts';

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

/** RFC 4180 quoting: only when needed, doubling quotes. */
export function csvCell(value: string | number | boolean | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

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

/**
 * CSV with a UTF-8 byte-order mark: without it Excel opens the file as ANSI and the Chinese
 * columns turn to mojibake. CRLF line ends, as RFC 4180 and Excel expect.
 */
export function metricsCsv(metrics: Metric[]): string {
  const rows = metricRows(metrics).map((row) => csvColumns.map((column) => csvCell(row[column])).join(','));
  return `\uFEFF${[csvColumns.join(','), ...rows].join('\r\n')}\r\n`;
}

export function metricsJson(metrics: Metric[]): string {
  return `${JSON.stringify({ metrics }, null, 2)}\n`;
}
