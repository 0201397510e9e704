/**
 * The footer's list of every source and a page's own list of sources never stand back to back
 * (issue 16, item 9): a page that ends with its own Sources (the data page, a standing page with
 * sources) has no Sources section in its footer, and every other page keeps it.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { htmlFiles, urlPathOf } from '../built-site.ts';

const pages = htmlFiles()
  .map((file) => ({ path: urlPathOf(file), html: readFileSync(file, 'utf8') }))
  .filter(({ html }) => html.includes('class="site-footer'));

it('there are pages with their own sources and pages without', () => {
  expect(pages.some(({ html }) => html.includes('id="page-sources"'))).toBe(true);
  expect(pages.some(({ html }) => !html.includes('id="page-sources"'))).toBe(true);
});

it('no page lists its own sources and the footer sources both', () => {
  const both = pages.filter(({ html }) => html.includes('id="page-sources"') && html.includes('id="footer-sources"'));
  expect(both.map(({ path }) => path)).toEqual([]);
});

it('every page without its own sources keeps the footer sources', () => {
  const neither = pages.filter(({ html }) => !html.includes('id="page-sources"') && !html.includes('id="footer-sources"'));
  expect(neither.map(({ path }) => path)).toEqual([]);
});
