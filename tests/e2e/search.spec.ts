/**
 * Search, end to end against the built site and its Pagefind index: real queries in both
 * languages (Chinese multi-character words included), results in the page's language, the header
 * box from any page, the page without JavaScript, keyboard use, axe, and no CSP violation.
 *
 * Every query and every page a query must find is read from content/ as editors leave it (a word
 * of a story's title that few pages use, a figure's label, the word most stories use), never typed
 * here: rewording a title, adding a story or a year changes the expectation with the index, so an
 * editor's routine edit cannot turn this red, while search that misses a page still does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { axeViolations, expectNoProblems, watchContext, wcagTags } from './audit.ts';
import { content, metrics, storyPath } from './content.ts';
import { root } from '../built-site.ts';
import type { Lang } from '../../src/i18n/languages.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Each story in both languages: its path, title and whole MDX text. */
const stories = content.stories.en
  .filter((entry) => content.stories.zh.some((other) => other.data.path === entry.data.path))
  .map((entry) => entry.data.path)
  .sort()
  .map((path) => {
    const of = (lang: Lang) => {
      const entry = content.stories[lang].find((candidate) => candidate.data.path === path)!;
      const text = readFileSync(join(root, 'content/stories', lang, `${path}.mdx`), 'utf8');
      return { title: entry.data.title, text };
    };
    return { path, en: of('en'), zh: of('zh') };
  });
if (stories.length === 0) throw new Error('The search tests need a story in both languages in content/stories/.');

/** The words of a title a reader would search for: English words of 6 letters or more; Chinese words of 2 characters or more. */
function titleWords(lang: Lang, title: string): string[] {
  if (lang === 'en') return (title.match(/[A-Za-z]{6,}/g) ?? []).map((word) => word.toLowerCase());
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(title)]
    .filter((part) => part.isWordLike && /^\p{Script=Han}{2,}$/u.test(part.segment))
    .map((part) => part.segment);
}

/** Whether a text holds a word: a whole word in English (Pagefind matches words, not parts of them). */
const holds = (lang: Lang, text: string, word: string) =>
  lang === 'en' ? new RegExp(`\\b${escape(word)}\\b`, 'i').test(text) : text.includes(word);

/** What a figure's or chart's page shows in words: its YAML file's text. */
const yamlTexts = ['metrics', 'charts'].flatMap((folder) =>
  content[folder === 'metrics' ? 'metrics' : 'charts'].map((entry) => readFileSync(join(root, entry.file), 'utf8')),
);

/**
 * How many stories, figures and charts use a word. English counts the word's forms too
 * ("adolescence", "adolescent"), as Pagefind's stemming finds them: any word starting with all but
 * its last three letters (five at least).
 */
function uses(lang: Lang, word: string): number {
  const texts = [...stories.map((story) => story[lang].text), ...yamlTexts];
  const form = lang === 'en' ? new RegExp(`\\b${escape(word.slice(0, Math.max(5, word.length - 3)))}`, 'i') : undefined;
  return texts.filter((text) => (form ? form.test(text) : text.includes(word))).length;
}

/**
 * A word of a story title that the fewest stories, figures and charts use (the longest on a tie),
 * and the story pages whose title holds it: a query whose pages a reader would expect.
 */
function rareTitleWord(lang: Lang): { query: string; expected: string[] } {
  const candidates = [...new Set(stories.flatMap((story) => titleWords(lang, story[lang].title)))]
    .map((word) => ({ word, uses: uses(lang, word) }))
    .sort((a, b) => a.uses - b.uses || b.word.length - a.word.length || a.word.localeCompare(b.word));
  const query = candidates[0]?.word;
  if (!query) throw new Error(`The search tests need a ${lang} story title with a word to search for.`);
  const expected = stories
    .filter((story) => holds(lang, story[lang].title, query))
    .map((story) => storyPath(lang, story.path));
  return { query, expected };
}

/** Two neighbouring words of the story title that holds `word`, for a two-word English query. */
function twoWords(word: string): { query: string; expected: string[] } | undefined {
  for (const story of stories) {
    const words = story.en.title.match(/[A-Za-z]{4,}/g) ?? [];
    const index = words.findIndex((candidate) => candidate.toLowerCase() === word);
    if (index < 0) continue;
    const pair =
      index + 1 < words.length ? words.slice(index, index + 2) : words.slice(Math.max(0, index - 1), index + 1);
    if (pair.length === 2) return { query: pair.join(' ').toLowerCase(), expected: [storyPath('en', story.path)] };
  }
  return undefined;
}

/** A figure's Chinese label (the first metric by id): its figure page is titled with it. */
const firstMetric = [...metrics].sort((a, b) => a.id.localeCompare(b.id))[0]!;

const enWord = rareTitleWord('en');
const zhWord = rareTitleWord('zh');
const enPair = twoWords(enWord.query);
const status = (lang: Lang, query: string) =>
  lang === 'en'
    ? new RegExp(`^\\d+ results? for “${escape(query)}”$`)
    : new RegExp(`^找到\\d+条与“${escape(query)}”相关的结果$`);

const cases: { lang: Lang; query: string; expected: string[] }[] = [
  { lang: 'en', ...enWord },
  ...(enPair ? [{ lang: 'en' as const, ...enPair }] : []),
  { lang: 'zh', ...zhWord },
  { lang: 'zh', query: firstMetric.label.zh, expected: [`/zh/figures/${firstMetric.id}/`] },
];

/** The results as the visitor sees them: link, title, excerpt and the highlighted words. */
async function results(page: Page) {
  const items = page.locator('[data-search-results] > li');
  await expect(items.first()).toBeVisible({ timeout: 15_000 });
  // Read in one pass in the page: four locator calls per result were hundreds of round trips.
  return items.evaluateAll((all) =>
    all.map((item) => ({
      href: item.querySelector('h2 a')?.getAttribute('href') ?? '',
      title: item.querySelector('h2 a')?.textContent?.trim() ?? '',
      excerpt: item.querySelector('p')?.textContent?.trim() ?? '',
      marks: [...item.querySelectorAll('mark')].map((mark) => mark.textContent ?? ''),
    })),
  );
}

/** Every result: "more" pressed until all are shown. */
async function allResults(page: Page) {
  await results(page);
  const more = page.locator('[data-search-more]');
  const items = page.locator('[data-search-results] > li');
  // Stops when the button hides; a page that never hid it would fail the poll below on the first press with nothing more.
  while (await more.isVisible()) {
    const before = await items.count();
    await more.click();
    await expect.poll(() => items.count()).toBeGreaterThan(before);
  }
  return results(page);
}

for (const { lang, query, expected } of cases) {
  test(`/${lang}/search/?q=${query} finds the pages titled with it, in ${lang === 'en' ? 'English' : 'Chinese'} only`, async ({
    browser,
  }) => {
    const context = await browser.newContext();
    const problems = await watchContext(context);
    const page = await context.newPage();
    await page.goto(`/${lang}/search/?q=${encodeURIComponent(query)}`);
    const found = await allResults(page);

    await expect(page.locator('[data-search-status]')).toHaveText(status(lang, query));
    await expect(page.locator('#search-query')).toHaveValue(query);
    await expect(page.locator('[data-search-nojs]')).toBeHidden();
    const hrefs = found.map((result) => result.href);
    // Every page titled with the query is among the results, and the status counts them all.
    for (const href of expected) expect(hrefs, `results for ${query}`).toContain(href);
    await expect(page.locator('[data-search-more]'), 'no "more" button once every result is shown').toBeHidden();
    expect(Number(/\d+/.exec((await page.locator('[data-search-status]').textContent()) ?? '')?.[0])).toBe(
      found.length,
    );
    // One index per language: every result is a page of this language.
    expect(
      hrefs.every((href) => href.startsWith(`/${lang}/`)),
      hrefs.join(' '),
    ).toBe(true);
    for (const result of found) {
      expect(result.title.length, result.href).toBeGreaterThan(1);
      expect(result.excerpt.length, result.href).toBeGreaterThan(10);
    }
    // The words found are highlighted: each highlight is (a form of) a word of the query.
    const words = query.toLowerCase().split(/\s+/);
    expect(
      found.some((result) =>
        result.marks.some((text) =>
          lang === 'en'
            ? words.some((word) => text.toLowerCase().startsWith(word.slice(0, 4)))
            : query.includes(text) || text.includes(query),
        ),
      ),
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
  await page.goto(`/zh/search/?q=${encodeURIComponent(zhWord.query)}`);
  // The first result, whichever it is: its link opens the page it is titled after.
  const [first] = await results(page);
  await page.locator(`[data-search-results] h2 a[href="${first!.href}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`${escape(first!.href)}$`));
  await expect(page.locator('h1')).toHaveText(first!.title);
});

test('typing searches as you go and keeps the query in the address', async ({ page }) => {
  // A figure's Chinese label, typed in: its figure page comes up, and the address keeps the query.
  await page.goto('/zh/search/');
  await page.locator('#search-query').fill(firstMetric.label.zh);
  const found = await results(page);
  expect(found.map((result) => result.href)).toContain(`/zh/figures/${firstMetric.id}/`);
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(firstMetric.label.zh);
  await page.locator('#search-query').fill('');
  await expect(page.locator('[data-search-results]')).toBeHidden();
});

test('a query with no match says so and offers the pages to browse', async ({ page }) => {
  await page.goto('/en/search/?q=xylophonequartz');
  await expect(page.locator('[data-search-status]')).toHaveText(/^Nothing found for “xylophonequartz”/);
  await expect(page.locator('[data-search-results]')).toBeHidden();
  await expect(page.locator('.search-browse a[href="/en/data/"]')).toBeVisible();
});

/** The English word of 6 letters or more that the most stories use: a query with many results. */
function commonWord(): { word: string; uses: number } {
  const counts = new Map<string, number>();
  for (const story of stories) {
    for (const word of new Set((story.en.text.match(/[A-Za-z]{6,}/g) ?? []).map((found) => found.toLowerCase()))) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const [word, uses] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? ['', 0];
  return { word, uses };
}

test('many results come ten at a time, with a button for more', async ({ page }) => {
  const { word, uses } = commonWord();
  // Pagefind counts every page holding the word; the stories alone must be more than a page of results.
  if (uses <= 10)
    throw new Error(`This test needs a word used by more than ten English stories; "${word}" has ${uses}.`);
  await page.goto(`/en/search/?q=${encodeURIComponent(word)}`);
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
  await page.keyboard.type(enWord.query);
  await page.keyboard.press('Enter');
  const [first] = await results(page);
  await page.keyboard.press('Tab'); // the Search button
  await page.keyboard.press('Tab'); // the first result
  await expect(page.locator('[data-search-results] > li:first-child h2 a')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${first!.href.replace(/[/.]/g, '\\$&')}$`));
});

test('the header search box works from any page and lands on the search page with the query', async ({ page }) => {
  await page.goto(storyPath('en', stories.at(-1)!.path));
  const box = page.locator('header form[role="search"]');
  await expect(box).toHaveAttribute('action', '/en/search/');
  await box.locator('input[name="q"]').fill(enWord.query);
  await box.locator('input[name="q"]').press('Enter');
  await expect(page).toHaveURL(new RegExp(`/en/search/\\?q=${escape(encodeURIComponent(enWord.query))}$`));
  const hrefs = (await allResults(page)).map((result) => result.href);
  for (const href of enWord.expected) expect(hrefs).toContain(href);

  await page.goto(`/zh/figures/${firstMetric.id}/`);
  await expect(page.locator('header form[role="search"]')).toHaveAttribute('action', '/zh/search/');
  await expect(page.locator('header form[role="search"] label')).toHaveText('搜索本站');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const lang of ['en', 'zh'] as const) {
    test(`the header box reaches /${lang}/search/, which says how to browse instead`, async ({ page }) => {
      await page.goto(storyPath(lang, stories[0]!.path));
      const input = page.locator('header form[role="search"] input[name="q"]');
      await input.fill(lang === 'en' ? enWord.query : zhWord.query);
      await input.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/${lang}/search/\\?q=`));
      await expect(page.locator('html')).toHaveAttribute('lang', lang === 'en' ? 'en' : 'zh-CN');
      await expect(page.locator('[data-search-nojs]')).toBeVisible();
      await expect(page.locator('[data-search-nojs]')).toContainText(
        lang === 'en' ? 'needs JavaScript, which is turned off' : '需要启用JavaScript',
      );
      // Each year, its highlights when it has some, the data page and each standing page, as content/ has them.
      const years = content.years.map((entry) => entry.data.year).sort((a, b) => b - a);
      const highlightYears = new Set(
        content.stories[lang].filter((entry) => entry.data.kind === 'highlight').map((entry) => entry.data.year),
      );
      for (const href of [
        ...years.flatMap((year) => [
          `/${lang}/${year}/`,
          ...(highlightYears.has(year) ? [`/${lang}/${year}/highlights/`] : []),
        ]),
        `/${lang}/data/`,
        ...content.pages[lang].map((entry) => `/${lang}/${entry.data.slug}/`),
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
  const found = await allResults(page);
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
