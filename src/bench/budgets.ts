/**
 * The page kinds and budgets the benchmark reports (scripts/bench.ts). Pure, so the budget rules
 * are unit-tested: a budget that cannot fail would be worse than none.
 */
import { isLang } from '../i18n/languages.ts';

export interface PageWeight {
  path: string;
  kind: string;
  /** Gzip bytes. */
  html: number;
  css: number;
  js: number;
  requests: number;
  hasChart: boolean;
  /** Carries the share menu (copy link, native share), whose script is allowed on its own. */
  hasShareMenu: boolean;
}

/**
 * Every kind of page the site has, as `pageKind` names them: the benchmark's rows, and what the
 * sub-path crawl (tests/build/sub-path.test.ts) requires the built site to hold.
 */
export const pageKinds = [
  'root',
  'home',
  'year',
  'chapter',
  'edition',
  'highlights',
  'highlight',
  'figure',
  'chart',
  'gallery',
  'data',
  'changes',
  'search',
  'embed',
  '404',
  'page',
] as const;

/**
 * The kind of page a site path is (one of `pageKinds`) for the benchmark's rows and budgets;
 * 'page' is a standing page (about, corrections…). Never throws.
 */
export function pageKind(path: string): (typeof pageKinds)[number] {
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return 'root';
  if (parts[0] === 'embed') return 'embed';
  if (parts[0] === '404.html') return '404';
  if (parts.length === 1) return 'home';
  const [, second, third, fourth] = parts;
  if (/^\d{4}$/.test(second!)) {
    if (!third) return 'year';
    if (third === 'highlights') return fourth ? 'highlight' : 'highlights';
    // The year's edition in full holds every chapter: no story's budget applies to it.
    if (third === 'edition' && !fourth) return 'edition';
    return 'chapter';
  }
  if (second === 'figures') return 'figure';
  if (second === 'charts') return third ? 'chart' : 'gallery';
  if (second === 'data') return 'data';
  if (second === 'changes') return 'changes';
  if (second === 'search') return 'search';
  return 'page';
}

export const budgets = {
  /** DESIGN.md: a page with charts ships at most 30 KB of JavaScript; issue 4: a chart page at most 14 KB. */
  jsWithCharts: 30 * 1024,
  jsChartPage: 14 * 1024,
  /** DESIGN.md: a story's HTML + CSS at most 50 KB. */
  storyHtmlCss: 50 * 1024,
  /**
   * Not in DESIGN.md, which predates sharing: a page without charts ships no JavaScript, except
   * the share menu's copy-link and native-share script (issue 6), capped at 1 KB.
   */
  shareMenu: 1024,
  /**
   * Issue 17: the open-data page's figure explorer (filters kept in the address), the one script
   * a page without charts may carry beyond the share menu's; hand-written, no framework.
   */
  explorer: 2 * 1024,
} as const;

/** Kinds whose own script has a budget of its own (a page of another kind without charts ships none). */
const kindScripts: Record<string, number> = { data: budgets.explorer };

/** Kinds that need script for what they are (search runs Pagefind in the browser). */
const scriptedKinds = new Set(['search']);

export interface KindRow {
  kind: string;
  lang: string;
  pages: number;
  html: number;
  css: number;
  js: number;
  requests: number;
}

/**
 * One row per page kind and language with the heaviest page's weights (gzip bytes of HTML, CSS and
 * JS, and requests), and every budget broken as a sentence naming the page, its bytes and the
 * budget (`budgets` above). `naiveBytes` is the gzip size of the whole d3 bundle (what
 * `import * as d3` would ship), the report's point of comparison; 0 is reported as a failure.
 * Never throws.
 */
export function summarise(weights: PageWeight[], naiveBytes: number): { rows: KindRow[]; failures: string[] } {
  const failures: string[] = [];
  for (const page of weights) {
    if (scriptedKinds.has(page.kind)) continue;
    const own = kindScripts[page.kind] ?? 0;
    const allowed = (page.hasShareMenu ? budgets.shareMenu : 0) + own;
    if (!page.hasChart && page.js > allowed) {
      const why = [page.hasShareMenu && 'the share menu', own && `the ${page.kind} page's own script`].filter(Boolean);
      failures.push(
        `${page.path}: ${page.js} B of JavaScript on a page without charts (budget ${allowed} B${why.length ? `, ${why.join(' and ')}` : ''})`,
      );
    }
    if (page.kind === 'chart' && page.js > budgets.jsChartPage)
      failures.push(`${page.path}: ${page.js} B of JavaScript on a chart page (budget ${budgets.jsChartPage} B)`);
    if (page.hasChart && page.js > budgets.jsWithCharts)
      failures.push(`${page.path}: ${page.js} B of JavaScript (budget ${budgets.jsWithCharts} B)`);
    if ((page.kind === 'chapter' || page.kind === 'highlight') && page.html + page.css > budgets.storyHtmlCss) {
      failures.push(
        `${page.path}: ${page.html + page.css} B of HTML + CSS on a story (budget ${budgets.storyHtmlCss} B)`,
      );
    }
  }
  if (naiveBytes <= 0) failures.push('the naive d3 bundle measured 0 B: the comparison is broken');
  const groups = new Map<string, PageWeight[]>();
  for (const page of weights) {
    const lang = page.path.split('/').find(isLang) ?? '–';
    const key = `${page.kind}\u0000${lang}`;
    groups.set(key, [...(groups.get(key) ?? []), page]);
  }
  const rows = [...groups.entries()]
    .map(([key, pages]) => {
      const [kind, lang] = key.split('\u0000') as [string, string];
      const max = (pick: (page: PageWeight) => number) => Math.max(...pages.map(pick));
      return {
        kind,
        lang,
        pages: pages.length,
        html: max((p) => p.html),
        css: max((p) => p.css),
        js: max((p) => p.js),
        requests: max((p) => p.requests),
      };
    })
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.lang.localeCompare(b.lang));
  return { rows, failures };
}
