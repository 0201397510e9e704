/**
 * What kind of page a search result is, from its address, so the results can say it (Story,
 * Chart, Figure…) and list single figures after the stories and charts that tell about them
 * (issue 16, item 9). Pure: no DOM. The layout writes the same kind into the search index as a
 * Pagefind filter (`data-pagefind-filter="kind:figure"`), which the search page asks for apart.
 */
import { withoutBase } from '../i18n/languages.ts';

export type ResultKind = 'story' | 'year' | 'chart' | 'figure' | 'page';

/**
 * The kind of the page at a site path: `/en/2024/health/` → story, `/zh/2024/` → year,
 * `/en/charts/x/` → chart, `/en/figures/x/` → figure; every other page (about, data, galleries) → page.
 * A path under the site's base (`/yir/en/2024/health/`) is read without it.
 */
export function resultKind(path: string): ResultKind {
  const parts = withoutBase(path.split(/[?#]/)[0]!).split('/').filter(Boolean);
  const [, second, third] = parts;
  if (second && /^\d{4}$/.test(second)) return third && third !== 'highlights' ? 'story' : third ? 'page' : 'year';
  if (second === 'charts' && third) return 'chart';
  if (second === 'figures' && third) return 'figure';
  return 'page';
}

/**
 * Search results with single figures after everything else, each group in Pagefind's order of
 * relevance. `figureIds` are the ids Pagefind returned for the same query filtered to figures.
 */
export function figuresLast<T extends { id: string }>(results: T[], figureIds: ReadonlySet<string>): T[] {
  return [
    ...results.filter((result) => !figureIds.has(result.id)),
    ...results.filter((result) => figureIds.has(result.id)),
  ];
}
