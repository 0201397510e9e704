import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

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

test('/ passes axe', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
  await context.close();
});

for (const path of ['/no-such-page/', '/en/no-such-page/', '/zh/figures/no-such-figure/']) {
  test(`an unknown URL (${path}) gets the bilingual 404 page`, async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toContainText('Page not found');
    await expect(page.locator('h1')).toContainText('未找到页面');
    await expect(page.locator('a[href="/en/"]')).toBeVisible();
    await expect(page.locator('a[href="/zh/"]')).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
    await context.close();
  });
}
