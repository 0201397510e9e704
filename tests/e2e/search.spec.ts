/**
 * Search, end to end against the built site and its Pagefind index: real queries in both
 * languages (Chinese multi-character words included), results in the page's language, the header
 * box from any page, the page without JavaScript, keyboard use, axe, and no CSP violation.
 */
import { test, expect, type Page } from '@playwright/test';
import { axeViolations, expectNoProblems, watchContext, wcagTags } from './audit.ts';

/** The results as the visitor sees them: link, title, excerpt and the highlighted words. */
async function results(page: Page, { all = false } = {}) {
  const items = page.locator('[data-search-results] > li');
  await expect(items.first()).toBeVisible({ timeout: 15_000 });
  // With `all`, every result, not only the first ten: single figures are listed after stories and charts.
  const more = page.locator('[data-search-more]');
  while (all && (await more.isVisible())) {
    const before = await items.count();
    await more.click();
    await expect.poll(() => items.count()).toBeGreaterThan(before);
  }
  return Promise.all(
    (await items.all()).map(async (item) => ({
      href: (await item.locator('h2 a').getAttribute('href')) ?? '',
      title: (await item.locator('h2 a').textContent())?.trim() ?? '',
      excerpt: (await item.locator('p').first().textContent())?.trim() ?? '',
      marks: await item.locator('mark').allTextContents(),
    })),
  );
}

const cases = [
  {
    lang: 'en',
    query: 'newborn',
    status: /^\d+ results for “newborn”$/,
    expected: ['/en/figures/newborn-care-training/', '/en/2023/health/', '/en/2024/health/'],
    mark: /newborn/i,
  },
  {
    lang: 'zh',
    query: '新生儿',
    status: /^找到\d+条与“新生儿”相关的结果$/,
    expected: ['/zh/figures/newborn-care-training/', '/zh/2023/health/', '/zh/2024/health/'],
    mark: /^新生儿$/,
  },
  {
    lang: 'zh',
    query: '心理健康',
    status: /^找到\d+条与“心理健康”相关的结果$/,
    expected: ['/zh/2023/highlights/adolescent-mental-health/', '/zh/figures/mental-health-students-reached/'],
    mark: /^心理健康$/,
  },
  {
    lang: 'en',
    query: 'road safety',
    status: /^\d+ results? for “road safety”$/,
    expected: ['/en/2024/road-safety/'],
    mark: /road|safety/i,
  },
] as const;

for (const { lang, query, status, expected, mark } of cases) {
  test(`/${lang}/search/?q=${query} finds the right pages, in ${lang === 'en' ? 'English' : 'Chinese'} only`, async ({
    browser,
  }) => {
    const context = await browser.newContext();
    const problems = await watchContext(context);
    const page = await context.newPage();
    await page.goto(`/${lang}/search/?q=${encodeURIComponent(query)}`);
    const found = await results(page, { all: true });

    await expect(page.locator('[data-search-status]')).toHaveText(status);
    await expect(page.locator('#search-query')).toHaveValue(query);
    await expect(page.locator('[data-search-nojs]')).toBeHidden();
    const hrefs = found.map((result) => result.href);
    for (const href of expected) expect(hrefs, `results for ${query}`).toContain(href);
    // One index per language: every result is a page of this language.
    expect(
      hrefs.every((href) => href.startsWith(`/${lang}/`)),
      hrefs.join(' '),
    ).toBe(true);
    for (const result of found) {
      expect(result.title.length, result.href).toBeGreaterThan(1);
      expect(result.excerpt.length, result.href).toBeGreaterThan(10);
    }
    expect(
      found.some((result) => result.marks.some((text) => mark.test(text))),
      'highlighted words',
    ).toBe(true);
    // Only the main content is indexed: no result shows the header or footer text.
    expect(
      found.every((result) => !/Skip to main content|跳至正文|Sign up for UNICEF China/.test(result.excerpt)),
    ).toBe(true);

    // With results on the page: axe over what the script added (the empty page is in pages.spec.ts).
    expect(await axeViolations(page, { tags: wcagTags })).toEqual([]);
    expectNoProblems(problems);
    await context.close();
  });
}

test('a result leads to its page', async ({ page }) => {
  await page.goto('/zh/search/?q=%E6%96%B0%E7%94%9F%E5%84%BF');
  await results(page);
  const link = page.locator('[data-search-results] h2 a[href="/zh/2023/health/"]');
  await link.click();
  await expect(page).toHaveURL(/\/zh\/2023\/health\/$/);
  await expect(page.locator('h1')).toContainText('儿童健康');
});

test('typing searches as you go and keeps the query in the address', async ({ page }) => {
  await page.goto('/zh/search/');
  await page.locator('#search-query').fill('学校营养');
  const found = await results(page);
  expect(found.map((result) => result.href)).toContain('/zh/figures/school-nutrition-students/');
  await expect(page).toHaveURL(/\?q=%E5%AD%A6%E6%A0%A1%E8%90%A5%E5%85%BB$/);
  await page.locator('#search-query').fill('');
  await expect(page.locator('[data-search-results]')).toBeHidden();
});

test('a query with no match says so and offers the pages to browse', async ({ page }) => {
  await page.goto('/en/search/?q=xylophonequartz');
  await expect(page.locator('[data-search-status]')).toHaveText(/^Nothing found for “xylophonequartz”/);
  await expect(page.locator('[data-search-results]')).toBeHidden();
  await expect(page.locator('.search-browse a[href="/en/data/"]')).toBeVisible();
});

test('many results come ten at a time, with a button for more', async ({ page }) => {
  await page.goto('/en/search/?q=children');
  await results(page);
  await expect(page.locator('[data-search-results] > li')).toHaveCount(10);
  await page.locator('[data-search-more]').click();
  await expect(page.locator('[data-search-results] > li').nth(10)).toBeVisible();
  // Focus moves to the first new result, so a keyboard user carries on from there.
  await expect(page.locator('[data-search-results] > li:nth-child(11) h2 a')).toBeFocused();
});

test('search works by keyboard alone', async ({ page }) => {
  await page.goto('/en/search/');
  for (let presses = 0; presses < 25; presses++) {
    await page.keyboard.press('Tab');
    if (await page.locator('#search-query').evaluate((element) => element === document.activeElement)) break;
  }
  await expect(page.locator('#search-query')).toBeFocused();
  await page.keyboard.type('newborn');
  await page.keyboard.press('Enter');
  const [first] = await results(page);
  await page.keyboard.press('Tab'); // the Search button
  await page.keyboard.press('Tab'); // the first result
  await expect(page.locator('[data-search-results] > li:first-child h2 a')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${first!.href.replace(/[/.]/g, '\\$&')}$`));
});

test('the header search box works from any page and lands on the search page with the query', async ({ page }) => {
  await page.goto('/en/2024/road-safety/');
  const box = page.locator('header form[role="search"]');
  await expect(box).toHaveAttribute('action', '/en/search/');
  await box.locator('input[name="q"]').fill('newborn');
  await box.locator('input[name="q"]').press('Enter');
  await expect(page).toHaveURL(/\/en\/search\/\?q=newborn$/);
  expect((await results(page)).map((result) => result.href)).toContain('/en/figures/newborn-care-training/');

  await page.goto('/zh/figures/partners/');
  await expect(page.locator('header form[role="search"]')).toHaveAttribute('action', '/zh/search/');
  await expect(page.locator('header form[role="search"] label')).toHaveText('搜索本站');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const lang of ['en', 'zh'] as const) {
    test(`the header box reaches /${lang}/search/, which says how to browse instead`, async ({ page }) => {
      await page.goto(`/${lang}/2024/health/`);
      const input = page.locator('header form[role="search"] input[name="q"]');
      await input.fill(lang === 'en' ? 'newborn' : '新生儿');
      await input.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/${lang}/search/\\?q=`));
      await expect(page.locator('html')).toHaveAttribute('lang', lang === 'en' ? 'en' : 'zh-CN');
      await expect(page.locator('[data-search-nojs]')).toBeVisible();
      await expect(page.locator('[data-search-nojs]')).toContainText(
        lang === 'en' ? 'needs JavaScript, which is turned off' : '需要启用JavaScript',
      );
      for (const href of [
        `/${lang}/2024/`,
        `/${lang}/2023/`,
        `/${lang}/2023/highlights/`,
        `/${lang}/data/`,
        `/${lang}/about/`,
      ]) {
        await expect(page.locator(`.search-browse a[href="${href}"]`)).toBeVisible();
      }
      await expect(page.locator('[data-search-results]')).toBeHidden();
    });
  }
});

test('results say what they are, single figures come after the stories that tell about them, and "more" hides at the end', async ({
  page,
}) => {
  await page.goto(`/zh/search/?q=${encodeURIComponent('心理健康')}`);
  const found = await results(page, { all: true });
  const kinds = await page.locator('[data-search-results] > li .search-result__kind').allTextContents();
  expect(kinds).toHaveLength(found.length);
  expect(new Set(kinds)).toContain('专题');
  const isFigure = found.map((result) => result.href.includes('/figures/'));
  expect(isFigure).toContain(true);
  // No figure before a story, chart or page.
  expect(isFigure.indexOf(true)).toBeGreaterThan(isFigure.lastIndexOf(false));
  // results() showed every result: the button is gone, and stays gone.
  await expect(page.locator('[data-search-more]')).toBeHidden();
});

test('the language switch keeps the query', async ({ page }) => {
  await page.goto('/en/search/?q=newborn');
  await expect(page.locator('[data-search-results] > li').first()).toBeVisible({ timeout: 15_000 });
  await page.locator('[data-language-switch]').click();
  await expect(page).toHaveURL(/\/zh\/search\/\?q=newborn$/);
  await expect(page.locator('#search-query')).toHaveValue('newborn');
});
