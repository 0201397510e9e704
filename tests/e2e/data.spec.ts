/**
 * The numbers are the product: the downloads parse back to content/, and the data page and every
 * figure page show the same value for every metric in both languages.
 */
import { test, expect } from '@playwright/test';
import { checkContent } from '../../src/lib/content-files.ts';
import { formatFigure } from '../../src/lib/format.ts';
import { baselineText } from '../../src/lib/metrics.ts';
import { csvRecords } from '../../src/lib/csv.ts';
import { root } from './helpers.ts';

const metrics = checkContent(root).content.metrics.map((entry) => entry.data);
const expectedRows = metrics.flatMap((metric) => metric.values.map((value) => `${metric.id}|${value.year}|${value.value}|${value.qualifier}`)).sort();

test('metrics.csv downloads from the data page and parses back to content/', async ({ page }) => {
  await page.goto('/en/data/');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[href="/data/metrics.csv"]').click()]);
  const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows = csvRecords(text).map((record) => `${record.metric_id}|${record.year}|${record.value}|${record.qualifier}`);
  expect(rows.sort()).toEqual(expectedRows);
});

test('metrics.json parses back to content/', async ({ request }) => {
  const response = await request.get('/data/metrics.json');
  expect(response.ok()).toBe(true);
  const json = (await response.json()) as { metrics: typeof metrics };
  expect(json.metrics.flatMap((metric) => metric.values.map((value) => `${metric.id}|${value.year}|${value.value}|${value.qualifier}`)).sort()).toEqual(expectedRows);
});

for (const lang of ['en', 'zh'] as const) {
  test(`the ${lang} data page shows every value as written in that language`, async ({ page }) => {
    await page.goto(`/${lang}/data/`);
    for (const metric of metrics) {
      for (const value of metric.values) {
        if (value.statedIn !== undefined) {
          // A baseline is shown in the column of the review that states it, never as a result of its own year.
          const stating = page.locator(`tr[data-metric="${metric.id}"] td[data-year="${value.statedIn}"]`);
          await expect(stating, `${metric.id} ${value.year} baseline`).toContainText(baselineText(metric, value, lang));
          await expect(page.locator(`tr[data-metric="${metric.id}"] td[data-year="${value.year}"]`)).toHaveCount(0);
          continue;
        }
        const cell = page.locator(`tr[data-metric="${metric.id}"] td[data-year="${value.year}"]`);
        await expect(cell, `${metric.id} ${value.year}`).toHaveAttribute('data-value', String(value.value));
        await expect(cell).toContainText(formatFigure(value.value, metric.unit, value.qualifier, lang, { zhWord: value.zhWord }).text);
      }
    }
  });

  test(`every ${lang} figure page shows the same values as the data`, async ({ request }) => {
    for (const metric of metrics) {
      const html = await (await request.get(`/${lang}/figures/${metric.id}/`)).text();
      const shown = [...html.matchAll(/data-value="([^"]+)"/g)].map((match) => Number(match[1]));
      for (const value of metric.values) expect(shown, `${metric.id} ${value.year}`).toContain(value.value);
      expect(html).toContain(formatFigure(metric.values[0]!.value, metric.unit, metric.values[0]!.qualifier, lang, { zhWord: metric.values[0]!.zhWord }).amount);
    }
  });
}
