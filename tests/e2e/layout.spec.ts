/**
 * Layout rules a browser must measure (issue 16): no page scrolls sideways from 320 to 1440 px,
 * and at 360 px no Chinese heading ends a line inside a phrase (a word, or a figure with its unit
 * and qualifier), the phrases being those src/i18n/phrases.ts finds, measured in the page. One
 * page of every kind in each language, picked from dist/ (src/bench/budgets.ts names the kinds).
 */
import { expect, test } from '@playwright/test';
import { htmlFiles, urlPathOf } from '../built-site.ts';
import { pageKind } from '../../src/bench/budgets.ts';
import { chinesePhrases } from '../../src/i18n/phrases.ts';

const paths = htmlFiles()
  .map(urlPathOf)
  .filter((path) => path !== '/404.html');

/** The first page of each kind, per language (the language chooser `/` is a kind of its own). */
const samples = [
  ...new Map(paths.map((path) => [`${pageKind(path)}:${path.includes('/zh/') ? 'zh' : 'en'}`, path])).values(),
];

test('every page kind is sampled in both languages', () => {
  const kinds = new Set(paths.map(pageKind));
  for (const kind of kinds) {
    if (kind === 'root') continue;
    expect(samples.filter((path) => pageKind(path) === kind).length, kind).toBe(2);
  }
});

const widths = [320, 360, 768, 1440];

for (const lang of ['en', 'zh'] as const) {
  test(`no ${lang} page scrolls sideways at ${widths.join(', ')} px`, async ({ page }) => {
    const inLanguage = samples.filter((path) => (lang === 'zh') === path.includes('/zh/'));
    test.setTimeout(inLanguage.length * 15_000);
    const wide: string[] = [];
    for (const path of inLanguage) {
      // Loaded at the narrowest width and widened as a phone turned is (media queries apply at
      // once; two animation frames let resize observers re-draw charts), and loaded again at the
      // widest, for what a page decides only when it loads (which drawing the build's HTML shows).
      // 'load': the stylesheet is applied (DOMContentLoaded may come first on a loaded machine,
      // when a 720 px chart drawing is still unstyled and the page measured 768 px at 360).
      for (const [index, width] of widths.entries()) {
        const fresh = index === 0 || index === widths.length - 1;
        await page.setViewportSize({ width, height: 800 });
        if (fresh) await page.goto(path, { waitUntil: 'load' });
        const { scroll, inner } = await page.evaluate(async () => {
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          return { scroll: document.documentElement.scrollWidth, inner: window.innerWidth };
        });
        if (scroll > inner) wide.push(`${path}: ${scroll} px wide in a ${inner} px window`);
      }
    }
    expect(wide).toEqual([]);
  });
}

test('no Chinese heading breaks inside a phrase at 360 px', async ({ page }) => {
  test.setTimeout(samples.length * 15_000);
  await page.setViewportSize({ width: 360, height: 800 });
  const broken: string[] = [];
  let measured = 0;
  for (const path of samples.filter((candidate) => candidate.includes('/zh/'))) {
    await page.goto(path, { waitUntil: 'domcontentloaded' });
    // Each heading's text nodes: the build keeps phrases whole within a text node (a phrase
    // never spans two elements), so phrases are found per node, as the build finds them.
    const nodes = await page.locator('main :is(h1, h2, h3, h4)').evaluateAll((all) =>
      all.map((heading) => {
        const texts: string[] = [];
        const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent ?? '');
        return texts;
      }),
    );
    const ranges = nodes.flatMap((texts, heading) =>
      texts.flatMap((text, node) => {
        let start = 0;
        return chinesePhrases(text).flatMap((phrase) => {
          const at = start;
          start += phrase.length;
          const length = [...phrase].length;
          return length >= 2 && /\p{Script=Han}/u.test(phrase) && !/\s/.test(phrase)
            ? [{ heading, node, start: at, end: at + phrase.length, phrase }]
            : [];
        });
      }),
    );
    const found = await page.locator('main :is(h1, h2, h3, h4)').evaluateAll(
      (all, wanted) =>
        wanted.flatMap(({ heading, node, start, end, phrase }) => {
          const walker = document.createTreeWalker(all[heading]!, NodeFilter.SHOW_TEXT);
          let text = walker.nextNode();
          for (let index = 0; index < node; index++) text = walker.nextNode();
          const range = document.createRange();
          range.setStart(text!, start);
          range.setEnd(text!, end);
          const tops = new Set(
            [...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)),
          );
          return tops.size > 1 ? [`"${phrase}" in "${all[heading]!.textContent?.trim()}"`] : [];
        }),
      ranges,
    );
    measured += ranges.length;
    broken.push(...found.map((problem) => `${path}: ${problem}`));
  }
  expect(measured, 'Chinese phrases in headings to measure').toBeGreaterThan(20);
  expect(broken).toEqual([]);
});

test('the header row fits a phone: the site name is whole and nothing sits over it', async ({ page }) => {
  const overlaps: string[] = [];
  for (const width of [320, 360]) {
    await page.setViewportSize({ width, height: 800 });
    for (const lang of ['en', 'zh']) {
      // 'load': the stylesheet has applied (DOMContentLoaded does not wait for it) and fonts are in.
      await page.goto(`/${lang}/`, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      const problems = await page.evaluate(() => {
        const found: string[] = [];
        const name = document.querySelector('.site-header .wordmark__name');
        if (!name) return ['no site name in the header'];
        if (name.scrollWidth > name.clientWidth + 1)
          found.push(`the site name needs ${name.scrollWidth} px and has ${name.clientWidth}`);
        const brand = document.querySelector('.site-header .brand')!.getBoundingClientRect();
        const bar = [...document.querySelector('.site-header__bar')!.children].filter(
          (child) => !child.matches('.brand') && child.getBoundingClientRect().width > 0,
        );
        for (const item of bar) {
          const box = item.getBoundingClientRect();
          if (box.left < brand.right - 0.5 && box.top < brand.bottom && box.bottom > brand.top)
            found.push(
              `${item.className} starts at ${Math.round(box.left)} px, inside the brand (to ${Math.round(brand.right)} px)`,
            );
        }
        return found;
      });
      overlaps.push(...problems.map((problem) => `/${lang}/ at ${width} px: ${problem}`));
    }
  }
  expect(overlaps).toEqual([]);
});

// src/routes/style-gate.ts: with the stylesheet late, the parser must not read the body before the
// stylesheet is in (else Chromium lays the page out unstyled, then again in one long task). The
// stylesheet is held back 600 ms; the first element after the gate is looked at as it enters the
// document. Two pages: a Chinese edition (the longest kind) and the search page (a second form field).
for (const path of ['/zh/2023/edition/', '/en/search/']) {
  test(`the body of ${path} is parsed only once the stylesheet is in (style gate)`, async ({ page }) => {
    await page.route('**/*.css', async (route) => {
      const response = await route.fetch();
      await new Promise((resolve) => setTimeout(resolve, 600));
      await route.fulfill({ response });
    });
    await page.addInitScript(() => {
      const seen = new MutationObserver(() => {
        const link = document.querySelector('.skip-link');
        if (!link) return;
        const sheet = document.querySelector<HTMLLinkElement>('link[rel="stylesheet"]')?.sheet ?? null;
        document.documentElement.dataset.skipLinkStyled = String(sheet !== null);
        seen.disconnect();
      });
      seen.observe(document, { childList: true, subtree: true });
    });
    await page.goto(path, { waitUntil: 'load' });
    // "true": the stylesheet had loaded when the parser reached the skip link, the body's first element.
    await expect(page.locator('html')).toHaveAttribute('data-skip-link-styled', 'true');
  });
}
