/**
 * Every page the sitemap lists, in both languages: loads cleanly, stays on this host, passes axe
 * (WCAG 2.2 AA), carries its head metadata, and its language switch leads to the same page.
 */
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { expectNoProblems, sitemapPaths, watchPage } from './helpers.ts';

const paths = sitemapPaths();

test('the sitemap lists pages in both languages, in pairs', () => {
  const en = paths.filter((path) => path.startsWith('/en/'));
  const zh = paths.filter((path) => path.startsWith('/zh/'));
  expect(en.length).toBeGreaterThan(5);
  expect(zh.map((path) => path.replace(/^\/zh\//, '/'))).toEqual(en.map((path) => path.replace(/^\/en\//, '/')));
});

for (const path of paths) {
  test(`${path} loads cleanly and passes axe`, async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = await watchPage(context, page);
    const response = await page.goto(path, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);

    const lang = path.startsWith('/zh/') ? 'zh-CN' : 'en';
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('h1')).toHaveCount(1);
    expect((await page.title()).length).toBeGreaterThan(0);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{10,}/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /^https?:\/\//);
    for (const hreflang of ['en', 'zh-CN', 'x-default']) {
      await expect(page.locator(`link[rel="alternate"][hreflang="${hreflang}"]`)).toHaveCount(1);
    }

    // Both colour schemes: dark mode has its own palette, and contrast must hold in each.
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        results.violations.map((violation) => `${colorScheme}: ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
      ).toEqual([]);
    }
    expectNoProblems(problems);
    await context.close();
  });
}

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('every page shows its main content, and every chart its picture and data', async ({ page }) => {
    for (const path of paths) {
      await page.goto(path);
      const main = page.locator('main');
      expect((await main.innerText()).trim().length, path).toBeGreaterThan(80);
      const charts = page.locator('main figure:has(svg[role="img"])');
      const count = await charts.count();
      for (let index = 0; index < count; index += 1) {
        const box = await charts.nth(index).locator('svg[role="img"]').first().boundingBox();
        expect(box?.width ?? 0, `${path}: chart ${index} has a drawn size`).toBeGreaterThan(100);
      }
    }
  });
});

test('the language switch lands on the same page in the other language, and back', async ({ page }) => {
  for (const path of paths.filter((candidate) => candidate !== '/')) {
    await page.goto(path);
    const other = path.startsWith('/en/') ? path.replace(/^\/en\//, '/zh/') : path.replace(/^\/zh\//, '/en/');
    await expect(page.locator('[data-language-switch]')).toHaveAttribute('href', other);
  }
  await page.goto('/en/about/');
  await page.locator('[data-language-switch]').click();
  await expect(page).toHaveURL(/\/zh\/about\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.locator('[data-language-switch]').click();
  await expect(page).toHaveURL(/\/en\/about\/$/);
});
