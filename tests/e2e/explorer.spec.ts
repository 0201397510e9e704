/**
 * The open-data page's figure explorer in a real browser, as a reader uses it: choosing filters
 * (with the mouse and the keyboard) writes them into the address, the back and forward buttons
 * step through them, the language switch carries them to the other language, a shared address
 * opens filtered, the count is announced in the page's language, and without JavaScript the full
 * list is there. Areas, labels and counts are read from content/ as editors leave it.
 */
import { test, expect, type Page } from '@playwright/test';
import { axeViolations, colourRules, expectNoProblems, watchContext, wcagTags } from './audit.ts';
import { content, metrics } from './content.ts';
import { t } from '../../src/i18n/index.ts';
import type { Lang } from '../../src/i18n/languages.ts';
import { explorerFacts } from '../../src/views/data-view.ts';
import { layoutShifts, recordLayoutShifts } from './layout-shifts.ts';

const counted = metrics.find((metric) => !metric.comparable);
if (!counted) throw new Error('The explorer test needs a metric marked comparable: false in content/metrics/.');
const area = counted.area;
const inArea = metrics.filter((metric) => metric.area === area);
const notComparable = inArea.filter((metric) => !metric.comparable);
const years = content.years.map((entry) => entry.data.year).sort((a, b) => a - b);
/** A word of the label that few other labels of the same selection hold: the longest one. */
const word = counted.label.en
  .split(/\W+/)
  .sort((a, b) => b.length - a.length)[0]!
  .toLowerCase();
// The names each row is matched against (its labels in both languages and its id), as the page writes them.
const matching = notComparable.filter((metric) => explorerFacts(metric)['data-text'].toLowerCase().includes(word));

const rows = (page: Page) => page.locator('tr[data-metric]:visible');
const status = (page: Page) => page.locator('[data-explorer-status]');
const countText = (lang: Lang, count: number) => t(lang, 'explore.count', { count, total: metrics.length });
const visibleIds = async (page: Page) =>
  (await rows(page).evaluateAll((elements) => elements.map((element) => element.getAttribute('data-metric')))).sort();
const ids = (list: typeof metrics) => list.map((metric) => metric.id).sort();

test('filters live in the address: back and forward step through them, the language switch keeps them', async ({
  browser,
}) => {
  const context = await browser.newContext({ baseURL: process.env.E2E_BASE_URL });
  const problems = await watchContext(context);
  const page = await context.newPage();
  await page.goto('/en/data/');
  await expect(page.locator('[data-explorer]')).toBeVisible();
  await expect(status(page)).toHaveText(countText('en', metrics.length));
  await expect(rows(page)).toHaveCount(metrics.length);

  await page.getByLabel(t('en', 'explore.area'), { exact: true }).selectOption(area);
  await expect(page).toHaveURL(new RegExp(`/en/data/\\?area=${area}$`));
  await expect(rows(page)).toHaveCount(inArea.length);
  await expect(status(page)).toHaveText(countText('en', inArea.length));
  // Sections of other areas are hidden whole, headings included.
  await expect(page.locator('section[data-area]:visible')).toHaveCount(1);

  await page.getByLabel(t('en', 'explore.comparable'), { exact: true }).selectOption('no');
  await expect(page).toHaveURL(new RegExp(`\\?area=${area}&comparable=no$`));
  expect(await visibleIds(page)).toEqual(ids(notComparable));

  // Typing a word is one step in the history, however many keys it takes.
  await page.getByLabel(t('en', 'explore.query'), { exact: true }).pressSequentially(word);
  await expect(page).toHaveURL(new RegExp(`\\?area=${area}&comparable=no&q=${word}$`));
  expect(await visibleIds(page)).toEqual(ids(matching));

  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`\\?area=${area}&comparable=no$`));
  await expect(page.getByLabel(t('en', 'explore.query'), { exact: true })).toHaveValue('');
  expect(await visibleIds(page)).toEqual(ids(notComparable));
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`\\?area=${area}$`));
  await expect(page.getByLabel(t('en', 'explore.comparable'), { exact: true })).toHaveValue('');
  await expect(rows(page)).toHaveCount(inArea.length);
  await page.goForward();
  await expect(page).toHaveURL(new RegExp(`\\?area=${area}&comparable=no$`));
  expect(await visibleIds(page)).toEqual(ids(notComparable));

  // The language switch leads to the same filtered list in Chinese, announced in Chinese.
  await page.locator('[data-language-switch]').click();
  await expect(page).toHaveURL(new RegExp(`/zh/data/\\?area=${area}&comparable=no$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByLabel(t('zh', 'explore.area'), { exact: true })).toHaveValue(area);
  await expect(page.getByLabel(t('zh', 'explore.comparable'), { exact: true })).toHaveValue('no');
  expect(await visibleIds(page)).toEqual(ids(notComparable));
  await expect(status(page)).toHaveText(countText('zh', notComparable.length));
  // And back again.
  await page.locator('[data-language-switch]').click();
  await expect(page).toHaveURL(new RegExp(`/en/data/\\?area=${area}&comparable=no$`));

  // The filtered page passes axe, light and dark.
  expect(await axeViolations(page, { tags: wcagTags })).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page, { ruleIds: await colourRules(page) })).toEqual([]);

  await page.getByRole('button', { name: t('en', 'explore.clear') }).click();
  await expect(page).toHaveURL(/\/en\/data\/$/);
  await expect(rows(page)).toHaveCount(metrics.length);
  expectNoProblems(problems);
  await context.close();
});

test('a shared address opens filtered, a word in the other language finds the figure, and nothing found is said', async ({
  page,
}) => {
  const year = years.at(-1)!;
  const inYear = metrics.filter((metric) => metric.values.some((entry) => entry.year === year));
  await page.goto(`/zh/data/?year=${year}`);
  await expect(page.getByLabel(t('zh', 'explore.year'), { exact: true })).toHaveValue(String(year));
  expect(await visibleIds(page)).toEqual(ids(inYear));
  await expect(status(page)).toHaveText(countText('zh', inYear.length));

  // An English word typed on the Chinese page still finds the figure: a filter survives the switch.
  await page.goto(`/zh/data/?q=${encodeURIComponent(counted.label.en)}`);
  expect(await visibleIds(page)).toContain(counted.id);
  await page.goto(`/en/data/?q=${encodeURIComponent(counted.label.zh)}`);
  expect(await visibleIds(page)).toContain(counted.id);

  await page.goto('/en/data/?q=zzzz-no-such-figure');
  await expect(rows(page)).toHaveCount(0);
  await expect(status(page)).toHaveText(t('en', 'explore.none'));
  await expect(page.locator('section[data-area]:visible')).toHaveCount(0);

  // An address naming no known area or year shows everything rather than nothing.
  await page.goto('/en/data/?area=no-such-area&year=1900');
  await expect(rows(page)).toHaveCount(metrics.length);
});

test('the explorer works from the keyboard alone', async ({ page }) => {
  await page.goto('/en/data/');
  const year = page.getByLabel(t('en', 'explore.year'), { exact: true });
  await year.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(new RegExp(`\\?year=${years[0]}$`));
  await page.keyboard.press('Tab');
  await expect(page.getByLabel(t('en', 'explore.comparable'), { exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type(word);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`\\?year=${years[0]}&q=${word}$`));
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: t('en', 'explore.clear') })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/data\/$/);
  await expect(rows(page)).toHaveCount(metrics.length);
});

for (const lang of ['en', 'zh'] as const) {
  test(`${lang}: the filters and their count are in the page before its script runs, and nothing moves when it does`, async ({
    page,
  }) => {
    // Before the script: the page as built, with the script refused.
    await page.route('**/_astro/*.js', (route) => route.abort());
    await page.goto(`/${lang}/data/`);
    await expect(page.locator('[data-explorer]')).toBeVisible();
    await expect(status(page)).toHaveText(countText(lang, metrics.length));
    await expect(page.getByLabel(t(lang, 'explore.area'), { exact: true })).toBeDisabled();
    await page.unroute('**/_astro/*.js');

    // With the script, on a phone: no layout shift while it takes over, and then it filters.
    await page.setViewportSize({ width: 360, height: 800 });
    await recordLayoutShifts(page);
    await page.goto(`/${lang}/data/`);
    const areaControl = page.getByLabel(t(lang, 'explore.area'), { exact: true });
    await expect(areaControl).toBeEnabled();
    await page.waitForTimeout(200);
    expect(await layoutShifts(page)).toEqual([]);
    await areaControl.selectOption(area);
    await expect(rows(page)).toHaveCount(inArea.length);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the data page lists every figure, grouped by area, and shows no filters it cannot apply', async ({ page }) => {
    await page.goto(`/en/data/?area=${area}&comparable=no`);
    await expect(page.locator('[data-explorer]')).toBeHidden();
    await expect(rows(page)).toHaveCount(metrics.length);
    await expect(page.locator('section[data-area]:visible')).toHaveCount(new Set(metrics.map((m) => m.area)).size);
  });
});
