/**
 * Layout rules a browser must measure (issue 16): no page scrolls sideways from 320 to 1440 px,
 * and at 360 px no Chinese heading ends a line inside a phrase (a word, or a figure with its unit
 * and qualifier), the phrases being what the build marks with <wbr> (src/i18n/phrases.ts). One
 * page of every kind in each language, picked from dist/ (src/bench/budgets.ts names the kinds).
 */
import { expect, test } from '@playwright/test';
import { htmlFiles, urlPathOf } from '../built-site.ts';
import { pageKind } from '../../src/bench/budgets.ts';

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

for (const width of [320, 360, 768, 1440]) {
  test(`no page scrolls sideways at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const wide: string[] = [];
    for (const path of samples) {
      await page.goto(path);
      const { scroll, inner } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        inner: window.innerWidth,
      }));
      if (scroll > inner) wide.push(`${path}: ${scroll} px wide in a ${inner} px window`);
    }
    expect(wide).toEqual([]);
  });
}

test('no Chinese heading breaks inside a phrase at 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const broken: string[] = [];
  let measured = 0;
  for (const path of samples.filter((candidate) => candidate.startsWith('/zh/'))) {
    await page.goto(path);
    const found = await page.evaluate(() => {
      const problems: string[] = [];
      let runs = 0;
      // A run: Chinese characters and digits with nothing between them where a line may break
      // (a space, punctuation, an element boundary or a <wbr>, which ends the text node).
      const run = /[\p{Script=Han}0-9０-９.,．，万亿%]+/gu;
      for (const heading of document.querySelectorAll('main :is(h1, h2, h3, h4)')) {
        const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          for (const match of text.matchAll(run)) {
            // Full-width commas end a phrase; a run cut there may break after them.
            for (const piece of match[0].split(/(?<=，)/)) {
              if (!/\p{Script=Han}/u.test(piece)) continue;
              const start = match.index + match[0].indexOf(piece);
              const range = document.createRange();
              range.setStart(node, start);
              range.setEnd(node, start + piece.length);
              const tops = new Set(
                [...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)),
              );
              runs++;
              if (tops.size > 1) problems.push(`"${piece}" in "${heading.textContent?.trim()}"`);
            }
          }
        }
      }
      return { problems, runs };
    });
    measured += found.runs;
    broken.push(...found.problems.map((problem) => `${path}: ${problem}`));
  }
  expect(measured, 'Chinese headings to measure').toBeGreaterThan(20);
  expect(broken).toEqual([]);
});
