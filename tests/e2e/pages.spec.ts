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
  test(`${path} loads cleanly, passes axe in light and dark, and reads without JavaScript`, async ({ browser }) => {
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

    // Both colour schemes: dark mode has its own palette, and contrast must hold in each. Reduced
    // motion turns the colour transitions off, so axe measures the settled colours, not a blend
    // caught halfway through the switch.
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        results.violations.map((violation) => `${colorScheme}: ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
      ).toEqual([]);
    }
    expectNoProblems(problems);
    await context.close();

    // The same page with JavaScript off: its main content and every chart's picture are there.
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(path);
    expect((await plain.locator('main').innerText()).trim().length, 'main content without JavaScript').toBeGreaterThan(80);
    for (const chart of await plain.locator('main figure[data-chart-id]').all()) {
      // Each chart ships a phone and a wide drawing; the one that fits the width is visible.
      const box = await chart.locator('svg[role="img"]').filter({ visible: true }).first().boundingBox();
      expect(box?.width ?? 0, `${await chart.getAttribute('data-chart-id')} has a drawn size without JavaScript`).toBeGreaterThan(100);
    }
    await noScript.close();
  });
}

test('the language switch lands on the same page in the other language, and back', async ({ page, request }) => {
  for (const path of paths.filter((candidate) => candidate !== '/')) {
    const html = await (await request.get(path)).text();
    const other = path.startsWith('/en/') ? path.replace(/^\/en\//, '/zh/') : path.replace(/^\/zh\//, '/en/');
    const switchHref = /<a[^>]*data-language-switch[^>]*>/.exec(html)?.[0].match(/href="([^"]+)"/)?.[1];
    expect(switchHref, path).toBe(other);
  }
  await page.goto('/en/about/');
  await page.locator('[data-language-switch]').click();
  await expect(page).toHaveURL(/\/zh\/about\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.locator('[data-language-switch]').click();
  await expect(page).toHaveURL(/\/en\/about\/$/);
});
