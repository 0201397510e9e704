/**
 * Printing a story or a year overview gives a clean document: no navigation chrome, charts as
 * SVG, external links written out. Checked with print media emulation and a real PDF.
 */
import { test, expect } from '@playwright/test';
import { content, storyPath, storyWhere } from './content.ts';

// From content/, not by name: a story with a chart, in each language, and the latest and earliest
// year overviews.
const withChart = storyWhere('a story showing a chart', (body) => /<(Chart|ScrollStory)\b/.test(body));
const years = content.years.map((entry) => entry.data.year).sort();
const paths = [storyPath('en', withChart), storyPath('zh', withChart), `/en/${years.at(-1)}/`, `/zh/${years[0]}/`];

for (const path of paths) {
  test(`${path} prints cleanly`, async ({ page }) => {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-nav')).toBeHidden();
    await expect(page.locator('[data-language-switch]')).toBeHidden();
    await expect(page.locator('.skip-link')).toBeHidden();
    await expect(page.locator('main h1')).toBeVisible();
    const external = page.locator('main a[href^="http"]').first();
    if (await external.count()) {
      const written = await external.evaluate((element) => getComputedStyle(element, '::after').content);
      expect(written).toContain('http');
    }
    const charts = page.locator('main figure[data-chart-id]');
    for (const chart of await charts.all()) {
      await expect(chart.locator('svg').filter({ visible: true }).first()).toBeVisible();
    }
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
  });
}
