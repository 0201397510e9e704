/**
 * Rules about the code itself, checked by reading src/:
 * - language is decided by the dictionaries (src/i18n/en.ts, zh.ts: words, punctuation, number
 *   forms) or by Intl, never by comparing a language code in code (`lang === 'en' ? … : …`);
 * - every exported function of the layers others build on has a docstring (see
 *   tests/unit/docstrings.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { undocumentedExports, undocumentedIn } from './docstrings.ts';

const root = join(import.meta.dirname, '../..');

const filesUnder = (folder: string): string[] =>
  readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx|astro|mjs|js)$/.test(file))
    .map((file) => join(folder, file))
    .sort();

/**
 * A comparison with a language code, either way round and with either quote: `lang === 'en'`,
 * `data.lang !== "zh"`, `'zh' == part`, and `case 'en':` in a switch on a language.
 */
const languageComparison =
  /(?:[!=]==?\s*(['"`])(?:en|zh)\1)|(?:(['"`])(?:en|zh)\2\s*[!=]==?)|(?:\bcase\s+(['"`])(?:en|zh)\3\s*:)/;

/** Every line of src/ that compares a language code, as `file:line: text`. */
function languageComparisons(): string[] {
  return filesUnder('src').flatMap((file) =>
    readFileSync(join(root, file), 'utf8')
      .split('\n')
      .flatMap((line, index) => (languageComparison.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
  );
}

describe('language in dictionaries', () => {
  it('the scan finds what it looks for', () => {
    for (const line of [
      "lang === 'en' ? 'a' : 'b'",
      'data.lang !== "zh"',
      "part === 'en' || part === 'zh'",
      "'zh' === lang",
      "case 'en':",
      'x == `en`',
    ])
      expect(languageComparison.test(line), line).toBe(true);
    for (const line of ["t('en', 'site.name')", "const languages = ['en', 'zh'] as const", "lang: 'en'", "x === 'end'"])
      expect(languageComparison.test(line), line).toBe(false);
  });

  it('no module in src/ compares a language code: words and punctuation come from src/i18n', () => {
    expect(filesUnder('src').length).toBeGreaterThan(50);
    expect(languageComparisons()).toEqual([]);
  });
});

describe('docstrings', () => {
  it('the lister finds exported functions without one', () => {
    const source = [
      '/** Documented. */',
      'export function a() {}',
      'export function b() {}',
      '// A line comment is not a docstring.',
      'export const c = (x: number) => x;',
      '/** Documented arrow. */',
      'export const d = (x: number) => x;',
      'export const e = function () {};',
      'export const notAFunction = { f() {} };',
      'function local() {}',
      '/** One docstring for the overloads. */',
      'export function g(x: string): string;',
      'export function g(x: number): number;',
      'export function g(x: unknown) { return x; }',
      '/** @throws RangeError when x is negative */',
      'export async function h(x: number) { return x; }',
    ].join('\n');
    expect(undocumentedIn(source)).toEqual(['b', 'c', 'e']);
  });

  it.each([
    'src/model',
    'src/checks',
    'src/charts',
    'src/routes',
    'src/i18n',
    'src/views',
    'src/share',
    'src/editor',
    'src/bench',
    'src/browser',
  ])('every exported function of %s has one', (folder) => {
    const files = filesUnder(folder).filter((file) => file.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(0);
    const missing = files.flatMap((file) =>
      undocumentedExports(join(root, file)).map((name) => `${relative(root, join(root, file))}: ${name}`),
    );
    expect(missing).toEqual([]);
  });
});
