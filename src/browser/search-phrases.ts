/**
 * What the search index holds. Pure, so the rule is tested: every story, year, figure, chart and
 * standing page is found; pages that only list or lead to others are not, or every query would
 * return them (the open-data page names every figure) or nothing useful (the search page itself).
 */
import { isLang } from '../i18n/languages.ts';

/** Whether the page at a site path (`/en/2024/health/`) belongs in its language's search index. */
export function isSearchable(path: string): boolean {
  const parts = path.split(/[?#]/)[0]!.split('/').filter(Boolean);
  if (parts.length === 0 || !isLang(parts[0])) return false; // the language chooser, 404, files
  const [, section] = parts;
  // The open-data and "what changed" pages name every figure: a hit on them would answer every query.
  return !['search', 'data', 'changes', 'embed'].includes(section ?? '');
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

/** Han ideographs (with extensions), kana and Hangul: scripts written without spaces between words. */
const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Quotation marks a visitor may type around a phrase, in either language. */
const quotePairs = /"([^"]*)"|“([^”]*)”|「([^」]*)」|『([^』]*)』/g;

/**
 * The phrases every result of a query must contain, normalised by `normaliseForMatch`.
 *
 * Pagefind splits a Chinese query into words (社会工作者 → 社会 + 工作者) and returns a page that
 * holds any of them, so on its own it lists pages without the term; in quotes it demands an
 * exact word match, which finds nothing when the browser segments the query differently from the
 * index. So the site asks Pagefind without quotes (recall) and keeps only the results that hold
 * each of these phrases (precision):
 * - every space-separated piece of the query written in Chinese (or another unspaced script);
 * - every phrase in quotation marks ("road safety", “心理健康”), in any script.
 * Plain English words are left to Pagefind, which also matches their other forms (train, trained).
 */
export function requiredPhrases(query: string): string[] {
  const phrases: string[] = [];
  const rest = query.replace(quotePairs, (...groups: (string | undefined)[]) => {
    const phrase = groups.slice(1, 5).find((group) => group !== undefined) ?? '';
    if (phrase.trim()) phrases.push(phrase);
    return ' ';
  });
  for (const piece of rest.split(/\s+/)) {
    const word = piece.replace(/["“”「」『』]/g, '');
    if (unspaced.test(word)) phrases.push(word);
  }
  return [...new Set(phrases.map(normaliseForMatch).filter(Boolean))];
}

/** The query as Pagefind gets it: without quotation marks (see `requiredPhrases`). */
export function pagefindTerm(query: string): string {
  return query
    .replace(/["“”「」『』]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Text made comparable for phrase matching: compatibility forms folded (full-width Latin, ﬁ),
 * lower case, runs of white space made one space, and no space next to a Chinese character
 * (a line break inside a Chinese sentence must not hide a phrase).
 */
export function normaliseForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(
      / ?([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}，。、；：？！（）《》“”]) ?/gu,
      '$1',
    )
    .trim();
}

/** Whether a result's text holds every phrase the query requires. */
export function holdsPhrases(text: string, phrases: readonly string[]): boolean {
  if (phrases.length === 0) return true;
  const normalised = normaliseForMatch(text);
  return phrases.every((phrase) => normalised.includes(phrase));
}
