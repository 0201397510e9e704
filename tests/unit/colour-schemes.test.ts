/**
 * The dark palette is for screens only (print is always light) and for embeds only when the
 * embedding page asks (?theme=dark, ?theme=auto). The stylesheets hold the dark values twice, once
 * for the reader's setting and once for an embed forced dark: they must stay the same.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { embedTheme } from '../../src/routes/urls.ts';

const styles = ['src/styles/global.css', 'src/styles/charts.css'].map((file) => ({
  file,
  css: readFileSync(join(import.meta.dirname, '../..', file), 'utf8'),
}));

/** Custom properties declared in the rule for `selector` inside the block opened by `opening`. */
function declarations(css: string, opening: string, selector: string): Record<string, string> {
  const start = css.indexOf(opening);
  expect(start, opening).toBeGreaterThanOrEqual(0);
  const block = css.slice(start, css.indexOf('\n}\n', start));
  const rule = block.slice(block.indexOf(selector));
  const body = rule.slice(rule.indexOf('{') + 1, rule.indexOf('}'));
  return Object.fromEntries(
    [...body.matchAll(/(--[\w-]+|color-scheme)\s*:\s*([^;]+);/g)].map(([, name, value]) => [name!, value!.trim()]),
  );
}

describe('colour schemes in the stylesheets', () => {
  it.each(styles)('$file applies the dark palette to screens only', ({ css }) => {
    const queries = [...css.matchAll(/@media([^{]*prefers-color-scheme:\s*dark[^{]*)\{/g)].map(([, query]) =>
      query!.trim(),
    );
    expect(queries.length).toBeGreaterThan(0);
    for (const query of queries) expect(query).toMatch(/^screen and \(prefers-color-scheme:\s*dark\)$/);
  });

  it.each(styles)('$file gives a forced-dark embed the same palette as a dark-mode reader', ({ css }) => {
    const followed = declarations(css, '@media screen and (prefers-color-scheme: dark)', ':root.embed-theme-auto');
    const forced = declarations(css, '@media screen {\n  :root.embed-theme-dark', ':root.embed-theme-dark');
    expect(Object.keys(followed).length).toBeGreaterThan(3);
    expect(forced).toEqual(followed);
  });

  it('keeps plain embeds out of the dark palette', () => {
    for (const { css } of styles) expect(css).toContain(':root:not(.embed-page),\n  :root.embed-theme-auto {');
  });
});

describe('embedTheme', () => {
  it.each([
    ['', 'light'],
    ['?theme=dark', 'dark'],
    ['?theme=auto', 'auto'],
    ['?theme=Dark', 'dark'],
    ['?theme=%20auto%20', 'auto'],
    ['?theme=light', 'light'],
    ['?theme=sepia', 'light'],
    ['?lang=zh&theme=dark', 'dark'],
    ['?theme=', 'light'],
  ])('%s is %s', (search, theme) => expect(embedTheme(search)).toBe(theme));
});
