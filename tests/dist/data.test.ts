/**
 * The numbers are the product: the site-wide downloads parse back to content/, and the data page and
 * every figure page show the same value for every metric in both languages, read from dist/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/content-files.ts';
import { csvRecords } from '../../src/share/csv.ts';
import { formatFigure } from '../../src/i18n/format.ts';
import { baselineText } from '../../src/model/metrics.ts';
import { dist, fileFor, root } from '../built-site.ts';

const metrics = checkContent(root).content.metrics.map((entry) => entry.data);
const expectedRows = metrics.flatMap((metric) => metric.values.map((value) => `${metric.id}|${value.year}|${value.value}|${value.qualifier}`)).sort();
const page = (path: string) => load(readFileSync(fileFor(path)!, 'utf8'));
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

it('metrics.csv is UTF-8 with a BOM and parses back to content/', () => {
  const text = readFileSync(join(dist, 'data/metrics.csv'), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows = csvRecords(text).map((record) => `${record.metric_id}|${record.year}|${record.value}|${record.qualifier}`);
  expect(rows.sort()).toEqual(expectedRows);
});

it('metrics.json parses back to content/', () => {
  const json = JSON.parse(readFileSync(join(dist, 'data/metrics.json'), 'utf8')) as { metrics: typeof metrics };
  expect(json.metrics.flatMap((metric) => metric.values.map((value) => `${metric.id}|${value.year}|${value.value}|${value.qualifier}`)).sort()).toEqual(expectedRows);
});

describe.each(['en', 'zh'] as const)('%s', (lang) => {
  it('the data page offers both downloads as files to save', () => {
    const $ = page(`/${lang}/data/`);
    for (const file of ['/data/metrics.csv', '/data/metrics.json']) expect($(`a[href="${file}"]`).attr('download'), file).toBeDefined();
  });

  it('the data page shows every value as written in that language', () => {
    const $ = page(`/${lang}/data/`);
    for (const metric of metrics) {
      for (const value of metric.values) {
        if (value.statedIn !== undefined) {
          // A baseline is shown in the column of the review that states it, never as a result of its own year.
          const stating = $(`tr[data-metric="${metric.id}"] td[data-year="${value.statedIn}"]`);
          expect(normalise(stating.text()), `${metric.id} ${value.year} baseline`).toContain(baselineText(metric, value, lang));
          expect($(`tr[data-metric="${metric.id}"] td[data-year="${value.year}"]`).length).toBe(0);
          continue;
        }
        const cell = $(`tr[data-metric="${metric.id}"] td[data-year="${value.year}"]`);
        expect(cell.length, `${metric.id} ${value.year}`).toBe(1);
        expect(cell.attr('data-value'), `${metric.id} ${value.year}`).toBe(String(value.value));
        expect(normalise(cell.text())).toContain(formatFigure(value.value, metric.unit, value.qualifier, lang, { zhWord: value.zhWord }).text);
      }
    }
  });

  it('every figure page shows the same values as the data', () => {
    for (const metric of metrics) {
      const html = readFileSync(fileFor(`/${lang}/figures/${metric.id}/`)!, 'utf8');
      const shown = [...html.matchAll(/data-value="([^"]+)"/g)].map((match) => Number(match[1]));
      for (const value of metric.values) expect(shown, `${metric.id} ${value.year}`).toContain(value.value);
      expect(normalise(load(html)('main').text())).toContain(formatFigure(metric.values[0]!.value, metric.unit, metric.values[0]!.qualifier, lang, { zhWord: metric.values[0]!.zhWord }).amount);
    }
  });
});
