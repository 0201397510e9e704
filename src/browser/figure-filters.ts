/**
 * The open-data page's filters as its address writes them: `?area=health&year=2024&comparable=no&q=training`.
 * Pure (no DOM), so the rules are unit-tested and the page script (figure-explorer.ts) stays small.
 * The values are the same in both languages (area ids, years, yes/no, the words typed), so the
 * language switch carries a filtered view across as it is.
 */

/** What the reader has chosen; an empty string (or undefined comparable) means "all". */
export interface FigureFilters {
  /** A programme area id, or ''. */
  area: string;
  /** A review year as text ('2024'), or ''. */
  year: string;
  /** Only figures counted the same way each year (`yes`), only those that are not (`no`), or all (''). */
  comparable: '' | 'yes' | 'no';
  /** Words that must all appear in the figure's name (either language) or id, or ''. */
  q: string;
}

/** No filter: every figure. */
export const noFilters: FigureFilters = { area: '', year: '', comparable: '', q: '' };

/** The parameter names, in the order the address writes them. */
const keys = ['area', 'year', 'comparable', 'q'] as const;

/** What a row of the page says about its figure, read from its data attributes. */
export interface FigureFacts {
  area: string;
  /** The review years the figure has a value for. */
  years: readonly string[];
  comparable: boolean;
  /** Its names and id, already normalised with `normaliseText`. */
  text: string;
}

/** The choices a page offers: a value outside them in an address is ignored, not obeyed. */
export interface FilterChoices {
  areas: readonly string[];
  years: readonly string[];
}

/**
 * Text as the filter compares it: Unicode-compatible forms folded (NFKC: full-width letters and
 * digits become ASCII), lower case, runs of space as one. Never throws.
 */
export const normaliseText = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The filters an address asks for (`location.search`, with or without its `?`). Unknown
 * parameters, unknown areas and years, and values other than yes/no for `comparable` are ignored,
 * so an old or mistyped link still opens the page, showing more rather than nothing. Never throws.
 */
export function filtersFromQuery(search: string, choices: FilterChoices): FigureFilters {
  const params = new URLSearchParams(search);
  const area = params.get('area') ?? '';
  const year = params.get('year') ?? '';
  const comparable = params.get('comparable') ?? '';
  return {
    area: choices.areas.includes(area) ? area : '',
    year: choices.years.includes(year) ? year : '',
    comparable: comparable === 'yes' || comparable === 'no' ? comparable : '',
    q: (params.get('q') ?? '').trim(),
  };
}

/** The query string of a set of filters, without `?`; '' when nothing is filtered. Never throws. */
export function filtersToQuery(filters: FigureFilters): string {
  const params = new URLSearchParams();
  for (const key of keys) if (filters[key]) params.set(key, filters[key]);
  return params.toString();
}

/** Whether a figure passes every filter: all chosen values match and every word of the query appears. Never throws. */
export function matchesFilters(facts: FigureFacts, filters: FigureFilters): boolean {
  if (filters.area && facts.area !== filters.area) return false;
  if (filters.year && !facts.years.includes(filters.year)) return false;
  if (filters.comparable && facts.comparable !== (filters.comparable === 'yes')) return false;
  const words = normaliseText(filters.q).split(' ').filter(Boolean);
  return words.every((word) => facts.text.includes(word));
}

/** True when two sets of filters ask for the same figures. Never throws. */
export const sameFilters = (a: FigureFilters, b: FigureFilters): boolean => filtersToQuery(a) === filtersToQuery(b);
