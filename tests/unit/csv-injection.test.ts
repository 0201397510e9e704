/**
 * Formula injection (OWASP "CSV Injection"): a text cell that starts with =, +, -, @, a tab or a
 * carriage return is run by spreadsheets as a formula. Every CSV the site writes neutralises such
 * text with a leading apostrophe and leaves typed numbers alone; reading back undoes it exactly.
 */
import { describe, expect, it } from 'vitest';
import { csvCell, csvRecords, csvText, parseCsv, readCsvText, writeCsv } from '../../src/share/csv.ts';
import { metricsCsv } from '../../src/share/open-data.ts';
import { tableCsv } from '../../src/share/chart-files.ts';
import type { Metric } from '../../src/schemas/metrics.ts';

const labels = [
  '=HYPERLINK("http://evil.example","click")',
  "+1+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(A1:A2)',
  '\t=1+1',
  '\r=1+1',
  '=１＋１ 全角',
  '＝不是公式', // a full-width equals sign is not a formula start: left alone (checked below)
  "'=already quoted",
  "''@twice",
];

describe('csvText', () => {
  it('prefixes text a spreadsheet would run as a formula, in both languages', () => {
    for (const text of [
      '=1+1',
      '+86 10 1234',
      '-online',
      '@unicef',
      '\tx',
      '\rx',
      '=超过74.8万',
      '-线上培训',
      '@联合国儿童基金会',
    ]) {
      expect(csvText(text), text).toBe(`'${text}`);
    }
  });

  it('leaves ordinary text, and text with those characters further in, unchanged', () => {
    for (const text of [
      'In person',
      '线上',
      'a=b',
      'e-mail',
      'x@y.org',
      '近74.8万',
      '＝不是公式',
      "it's",
      "'quoted'",
      '',
      ' =leading space',
    ]) {
      expect(csvText(text), text).toBe(text);
    }
  });

  it('never touches typed numbers, even negative ones', () => {
    expect(csvText(-5)).toBe('-5');
    expect(csvText(-0.25)).toBe('-0.25');
    expect(csvText(748000)).toBe('748000');
    expect(csvText(true)).toBe('true');
    expect(csvText(undefined)).toBe('');
    expect(csvText(null)).toBe('');
  });

  it('reads back to exactly what was written', () => {
    for (const text of [...labels, 'plain', '线上', "'", "''"]) {
      expect(readCsvText(csvText(text)), JSON.stringify(text)).toBe(text);
    }
  });
});

describe('writeCsv', () => {
  const rows = labels.map((label, index) => ({ id: `row-${index}`, value: -index - 1, label }));
  const csv = writeCsv(['id', 'value', 'label'] as const, rows);

  it('writes no cell that starts with a formula character', () => {
    const cells = parseCsv(csv).slice(1);
    for (const [, value, label] of cells) {
      expect(value).toMatch(/^-\d+$/);
      expect(label).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('parses back to the original rows', () => {
    expect(csvRecords(csv)).toEqual(rows.map((row) => ({ id: row.id, value: String(row.value), label: row.label })));
  });

  it('keeps the byte-order mark, CRLF and RFC 4180 quoting', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csvCell('=a, "b"')).toBe('"\'=a, ""b"""');
    expect(csvCell('\r=1')).toBe('"\'\r=1"');
  });
});

const metric = (label: { en: string; zh: string }): Metric =>
  ({
    id: 'injected',
    area: 'health',
    unit: 'people',
    label,
    definition: { en: 'd', zh: 'd' },
    comparable: true,
    values: [
      {
        year: 2024,
        value: 5,
        qualifier: 'exact',
        citations: [{ source: 's', section: 'x' }],
        note: { en: '-see the report', zh: '@报告' },
      },
    ],
  }) as unknown as Metric;

describe('every CSV the site writes', () => {
  it('data/metrics.csv neutralises labels and notes in both languages', () => {
    const csv = metricsCsv([metric({ en: '=cmd|" /C calc"!A0', zh: '+超过74.8万' })]);
    const [, row] = parseCsv(csv);
    expect(row).toContain('\'=cmd|" /C calc"!A0');
    expect(row).toContain("'+超过74.8万");
    expect(row).toContain("'-see the report");
    expect(row).toContain("'@报告");
    expect(csvRecords(csv)[0]).toMatchObject({ label_en: '=cmd|" /C calc"!A0', label_zh: '+超过74.8万', value: '5' });
  });

  it('chart downloads neutralise text cells and keep negative numbers', () => {
    const csv = tableCsv({
      columns: ['label', 'value'],
      rows: [
        { label: '-线上', value: -5 },
        { label: '@online', value: 3 },
      ],
    });
    expect(parseCsv(csv).slice(1)).toEqual([
      ["'-线上", '-5'],
      ["'@online", '3'],
    ]);
  });
});
