import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/content-files.ts';
import { metricsCsv, metricsJson } from '../../src/share/open-data.ts';
import { csvCell, csvRecords, parseCsv } from '../../src/share/csv.ts';
import { formatFigure } from '../../src/i18n/format.ts';

const metrics = checkContent(join(import.meta.dirname, '../..')).content.metrics.map((entry) => entry.data);

describe('CSV cells', () => {
  it('quotes only when needed and doubles quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell(undefined)).toBe('');
    expect(parseCsv('a,"b, c","d ""e"""\r\n1,2,3\r\n')).toEqual([
      ['a', 'b, c', 'd "e"'],
      ['1', '2', '3'],
    ]);
  });
});

describe('metrics.csv', () => {
  const csv = metricsCsv(metrics);

  it('starts with a byte-order mark so Excel reads the Chinese columns as UTF-8', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('\r\n');
  });

  it('parses back to exactly the values in content/, one row per metric and year', () => {
    const records = csvRecords(csv);
    const expected = metrics
      .flatMap((metric) => metric.values.map((value) => `${metric.id}|${value.year}|${value.value}|${value.qualifier}`))
      .sort();
    expect(
      records.map((record) => `${record.metric_id}|${record.year}|${record.value}|${record.qualifier}`).sort(),
    ).toEqual(expected);
  });

  it('writes each figure as it reads on the site in both languages', () => {
    // Every value in content/, as the site's formatter writes it (whatever the editors change)…
    const records = csvRecords(csv);
    for (const metric of metrics) {
      for (const value of metric.values) {
        const row = records.find((record) => record.metric_id === metric.id && record.year === String(value.year));
        expect(row, `${metric.id} ${value.year}`).toMatchObject({
          as_written_en: formatFigure(value.value, metric.unit, value.qualifier, 'en').text,
          as_written_zh: formatFigure(value.value, metric.unit, value.qualifier, 'zh', { zhWord: value.zhWord }).text,
        });
      }
    }
    // …and, over the frozen chart fixture, what that looks like for one figure.
    const fixtureMetrics = checkContent(join(import.meta.dirname, '../fixtures/charts')).content.metrics.map(
      (entry) => entry.data,
    );
    const row = csvRecords(metricsCsv(fixtureMetrics)).find(
      (record) => record.metric_id === 'newborn-care-training' && record.year === '2023',
    );
    expect(row).toMatchObject({ as_written_en: 'almost 748,000', as_written_zh: '近74.8万' });
  });
});

describe('metrics.json', () => {
  it('holds every metric unchanged', () => {
    expect(JSON.parse(metricsJson(metrics)).metrics).toEqual(JSON.parse(JSON.stringify(metrics)));
  });
});
