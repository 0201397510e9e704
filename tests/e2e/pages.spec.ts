/**
 * Every built page in a real browser, in both languages: it loads with no console error, failed
 * request, request to another host or CSP violation, and axe finds nothing: every WCAG 2.2 AA rule
 * in the light scheme and the colour rules again in the dark one (on a Chinese page the colour
 * rules run once its phrase spans are unwrapped: see audit.ts and audit.spec.ts). Pages come from
 * dist/, embeds and the language chooser included, so a new page is audited without a hand-kept
 * list. One page per worker, reused from load to load (see audit.ts); what needs no browser is
 * checked over dist/ in tests/dist/.
 */
import { htmlFiles, urlPathOf } from '../built-site.ts';
import { auditPage, expect, test } from './audit.ts';

const paths = htmlFiles()
  .map(urlPathOf)
  .filter((path) => path !== '/404.html');

test('there are pages to audit, in both languages', () => {
  expect(paths.filter((path) => path.startsWith('/en/')).length).toBeGreaterThan(5);
  expect(paths.filter((path) => path.startsWith('/zh/')).length).toBe(
    paths.filter((path) => path.startsWith('/en/')).length,
  );
});

for (const path of paths) {
  test(`${path} loads cleanly and passes axe in light and dark`, async ({ auditTab }) => {
    await auditPage(auditTab.page, auditTab.problems, path);
  });
}

for (const path of ['/no-such-page/', '/en/no-such-page/', '/zh/figures/no-such-figure/']) {
  test(`an unknown URL (${path}) gets the bilingual 404 page, which passes axe`, async ({ auditTab }) => {
    const { page, problems } = auditTab;
    await auditPage(page, problems, path, { status: 404 });
    await expect(page.locator('h1')).toContainText('Page not found');
    await expect(page.locator('h1')).toContainText('未找到页面');
    await expect(page.locator('a[href="/en/"]')).toBeVisible();
    await expect(page.locator('a[href="/zh/"]')).toBeVisible();
  });
}

test('the language switch lands on the same page in the other language, and back', async ({ page }) => {
  await page.goto('/en/about/');
  await page.locator('[data-language-switch]').click();
  await expect(page).toHaveURL(/\/zh\/about\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.locator('[data-language-switch]').click();
  await expect(page).toHaveURL(/\/en\/about\/$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/ offers both languages in both languages and does not redirect', async ({ page }) => {
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator('a[href="/en/"]')).toContainText('English');
    await expect(page.locator('a[href="/zh/"]')).toContainText('简体中文');
    await expect(page.locator('[lang="zh-CN"]').first()).toBeVisible();
    await page.locator('a[href="/zh/"]').click();
    await expect(page).toHaveURL(/\/zh\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });
});
