/**
 * The ICP filing line at the foot of every page follows `site.icpFiling` (src/config.ts): with no
 * filing set, no page shows one or links MIIT's filing search; with one set, every page with a
 * footer shows that number linked there. Read from the setting, so the test holds either way; a
 * build with a number set is tested in tests/build/staging.test.ts.
 */
import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { expect, it } from 'vitest';
import { ICP_FILING_URL, site } from '../../src/config.ts';
import { htmlFiles, urlPathOf } from '../built-site.ts';

const pages = htmlFiles().map((file) => ({ path: urlPathOf(file), $: load(readFileSync(file, 'utf8')) }));
const footed = pages.filter(({ $ }) => $('footer.site-footer').length > 0);

it('there are pages with the site footer in both languages', () => {
  expect(footed.some(({ path }) => path.startsWith('/en/'))).toBe(true);
  expect(footed.some(({ path }) => path.startsWith('/zh/'))).toBe(true);
});

if (site.icpFiling === null)
  it('no page shows an ICP filing line or links the filing search (site.icpFiling is null)', () => {
    const shown = pages.filter(({ $ }) => $('.site-footer__filing').length > 0 || $(`a[href^="${ICP_FILING_URL}"]`).length > 0);
    expect(shown.map(({ path }) => path)).toEqual([]);
  });
else
  it(`every page with a footer shows ${site.icpFiling}, linked to the filing search`, () => {
    const missing = footed.filter(({ $ }) => {
      const link = $(`footer.site-footer .site-footer__filing a[href="${ICP_FILING_URL}"]`);
      return link.length !== 1 || link.text().trim() !== site.icpFiling;
    });
    expect(missing.map(({ path }) => path)).toEqual([]);
  });
