/**
 * The page audit's shortcut for Chinese pages (audit.ts, unwrapPhraseSpans): colour rules run once
 * the phrase spans are unwrapped, so it must unwrap only spans whose text has its parent's contrast,
 * and a low contrast must still be found wherever it is: in a span, in the parent, in either scheme.
 * Over small pages written here, so each case is known.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, colourRules, unwrapPhraseSpans } from './audit.ts';
import { PHRASE_CLASS } from '../../src/i18n/phrase-html.ts';

const span = (text: string, extraClass = '') =>
  `<span class="${[PHRASE_CLASS, extraClass].filter(Boolean).join(' ')}">${text}</span>`;

/** A page whose paragraph holds `paragraph`, in the site's way of marking phrases, and `css`. */
async function audit(page: Page, paragraph: string, css = '') {
  await page.setContent(
    `<!doctype html><html lang="zh-CN"><head><title>测试</title><style>
      body { background: #fff; color: #111; font-size: 16px }
      @media (prefers-color-scheme: dark) { body { background: #111; color: #eee } }
      .${PHRASE_CLASS} { white-space: nowrap } ${css}
    </style></head><body><main><h1>测试</h1><p>${paragraph}</p></main></body></html>`,
  );
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  const rules = await colourRules(page);
  const unwrapped = await unwrapPhraseSpans(page);
  const light = await axeViolations(page, { ruleIds: rules });
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  const dark = await axeViolations(page, { ruleIds: rules });
  return { unwrapped, light, dark };
}

test('phrase spans that only keep a phrase on one line are unwrapped, and the page passes', async ({ page }) => {
  const result = await audit(page, `${span('联合国')}${span('儿童')}基金会在${span('中国')}`);
  expect(result).toEqual({ unwrapped: 3, light: [], dark: [] });
});

test('a low contrast in the paragraph is found once its spans are unwrapped', async ({ page }) => {
  const result = await audit(page, `${span('联合国')}${span('儿童')}`, 'p { color: #ccc }');
  expect(result.unwrapped).toBe(2);
  expect(result.light.join()).toMatch(/^color-contrast: p/);
});

for (const [what, css] of [
  ['its own pale colour', `.dim { color: #ccc }`],
  ['a pale colour in the dark scheme only', `@media (prefers-color-scheme: dark) { .dim { color: #333 } }`],
  ['its own opacity', `.dim { opacity: 0.3 }`],
  ['a background of its own', `.dim { background: #555 }`],
] as const) {
  test(`a span with ${what} keeps its text, and its contrast is weighed as it is`, async ({ page }) => {
    const result = await audit(page, `${span('联合国')}${span('儿童', 'dim')}`, css);
    expect(result.unwrapped).toBe(1);
    // The paragraph passes: what axe finds is the one span left (axe names it "span", being unique).
    expect([...result.light, ...result.dark].join()).toMatch(/color-contrast: (span|.*\.dim)\b/);
  });
}
