/**
 * What the search index holds. Pure, so the rule is tested: every story, year, figure, chart and
 * standing page is found; pages that only list or lead to others are not, or every query would
 * return them (the open-data page names every figure) or nothing useful (the search page itself).
 */
import { isLang } from './i18n.ts';

/** Whether the page at a site path (`/en/2024/health/`) belongs in its language's search index. */
export function isSearchable(path: string): boolean {
  const parts = path.split(/[?#]/)[0]!.split('/').filter(Boolean);
  if (parts.length === 0 || !isLang(parts[0])) return false; // the language chooser, 404, files
  const [, section] = parts;
  return !['search', 'data', 'embed'].includes(section ?? '');
}

/** The site path of a built HTML file, from its path inside dist/: 'en/about/index.html' → '/en/about/'. */
export function pathOfBuiltFile(file: string): string {
  const clean = file.split('\\').join('/').replace(/^\/+/, '');
  return `/${clean.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Parts of a page's main content the index leaves out: navigation (breadcrumbs, previous / next),
 * chart drawings (their numbers are in the text and the data tables) and anything marked
 * data-pagefind-ignore.
 */
export const searchExcludeSelectors = ['nav', 'svg', '.no-print'];
