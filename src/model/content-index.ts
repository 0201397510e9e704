/**
 * The content as one index, built once per build from the collections (src/model/collections.ts,
 * `loadContentIndex`) or, in tests and scripts, from plain arrays (`createContentIndex`). Every
 * look-up by id goes through it: `index.metrics.get(id)` when a missing entry is expected,
 * `index.metrics.require(id)` when it is a mistake (the error names the collection, the id and the
 * file that would hold it). Citations are resolved and grouped here too, in one place, for the
 * chart and figure views, the source lines of pictures and downloads, and the open-data files.
 * Pure: no Astro, no file system.
 */
import type { Area } from '../schemas/areas.ts';
import type { Chart } from '../schemas/charts.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import type { Metric } from '../schemas/metrics.ts';
import type { Source } from '../schemas/sources.ts';
import type { ReviewYear } from '../schemas/years.ts';
import { languages, type Lang } from '../i18n/languages.ts';

/** The collections of content/, by the name the content config gives them. */
export type CollectionName = 'sources' | 'areas' | 'years' | 'metrics' | 'charts' | 'pages' | 'stories' | 'glossary';

/** What one entry of each collection is called in an error, and where an editor would find it. */
const described: Record<CollectionName, { noun: string; file: (id: string) => string }> = {
  sources: { noun: 'source', file: (id) => `entry "id: ${id}" in content/sources.yaml` },
  areas: { noun: 'programme area', file: (id) => `entry "id: ${id}" in content/areas.yaml` },
  years: { noun: 'review year', file: (id) => `content/years/${id}.yaml` },
  metrics: { noun: 'metric', file: (id) => `content/metrics/${id}.yaml` },
  charts: { noun: 'chart', file: (id) => `content/charts/${id}.yaml` },
  pages: { noun: 'page', file: (id) => `content/pages/${id}.mdx` },
  stories: { noun: 'story', file: (id) => `content/stories/${id}.mdx` },
  glossary: { noun: 'glossary term', file: (id) => `entry "id: ${id}" in content/glossary.yaml` },
};

/**
 * The order the site lists each collection in (the collections' own order is not file order):
 * sources by year then id, review years newest first, metrics and charts by id. Areas and the
 * glossary keep file order, which the editors choose.
 */
export const siteOrder = {
  sources: (a: Source, b: Source) => (a.year ?? 0) - (b.year ?? 0) || a.id.localeCompare(b.id),
  years: (a: ReviewYear, b: ReviewYear) => b.year - a.year,
  metrics: (a: Metric, b: Metric) => a.id.localeCompare(b.id),
  charts: (a: Chart, b: Chart) => a.id.localeCompare(b.id),
};

/** One collection by id, in the order the site lists it. */
export interface Catalogue<T> {
  /** Which collection this is, for messages. */
  readonly collection: CollectionName;
  /** Every entry, in the site's order (the order the entries were given in). */
  readonly all: readonly T[];
  /** Every id, in the same order. */
  readonly ids: readonly string[];
  /** The entry with this id, or undefined. */
  get(id: string): T | undefined;
  /**
   * The entry with this id.
   * @throws Error naming the collection, the id, the file that would hold it and the known ids,
   *   e.g. `The metric "x" does not exist: there is no content/metrics/x.yaml (known: a, b)`
   */
  require(id: string): T;
}

/**
 * A catalogue over `items`, keyed by `idOf`. Ids are expected to be unique (the content check
 * rejects duplicates before the build reads anything); if one repeats, the first entry wins.
 */
export function catalogue<T>(collection: CollectionName, items: readonly T[], idOf: (item: T) => string): Catalogue<T> {
  const byId = new Map<string, T>();
  for (const item of items) if (!byId.has(idOf(item))) byId.set(idOf(item), item);
  const ids = [...byId.keys()];
  return {
    collection,
    all: items,
    ids,
    get: (id) => byId.get(id),
    require(id) {
      const found = byId.get(id);
      if (found !== undefined) return found;
      const { noun, file } = described[collection];
      throw new Error(
        `The ${noun} "${id}" does not exist: there is no ${file(id)} (known: ${ids.join(', ') || 'none'})`,
      );
    },
  };
}

/** A story as the site uses it: its language, its path under content/stories/{lang}/ and its data. */
export interface IndexedStory<Data = unknown, Entry = unknown> {
  lang: Lang;
  /** '2024/health', '2023/highlights/healthy-food'. */
  path: string;
  data: Data;
  /** The collection entry, for rendering; absent in tests. */
  entry?: Entry;
}

/** A standing page: its language, its slug (the file name) and its entry. */
export interface IndexedPage<Data = unknown> {
  lang: Lang;
  slug: string;
  data: Data;
}

/** The collections as plain arrays, already sorted the way the site lists them. Missing ones are empty. */
export interface ContentCollections<S extends IndexedStory = IndexedStory, P extends IndexedPage = IndexedPage> {
  sources?: readonly Source[];
  areas?: readonly Area[];
  /** Newest first, as the site lists the reviews. */
  years?: readonly ReviewYear[];
  metrics?: readonly Metric[];
  charts?: readonly Chart[];
  pages?: readonly P[];
  stories?: readonly S[];
  glossary?: readonly GlossaryTerm[];
  /**
   * The review years the site covers, when there are no year files to read them from (a test of
   * one chart). Defaults to the years of `years`.
   */
  reviewYears?: readonly number[];
}

/** A citation as content/ writes it: a source id and one of its section ids. */
export interface Citation {
  source: string;
  section: string;
}

/** A citation with its source document and the section's title in one language. */
export interface ResolvedCitation {
  source: Source;
  sectionTitle: string;
}

/** Citations of one source document: the document and the titles of its sections cited, in first-cited order. */
export interface CitationGroup {
  source: Source;
  sections: string[];
}

/** The content of the site, by id: the one bundle the views, the charts and the share layer read. */
export interface ContentIndex<S extends IndexedStory = IndexedStory, P extends IndexedPage = IndexedPage> {
  sources: Catalogue<Source>;
  areas: Catalogue<Area>;
  /** Keyed by the year as text: `years.get('2024')`. */
  years: Catalogue<ReviewYear>;
  metrics: Catalogue<Metric>;
  charts: Catalogue<Chart>;
  /** Keyed by `{lang}/{slug}`: `pages.get('en/about')`. */
  pages: Catalogue<P>;
  /** Keyed by `{lang}/{path}`: `stories.get('zh/2024/health')`. */
  stories: Catalogue<S>;
  glossary: Catalogue<GlossaryTerm>;
  /** The review years the site covers, newest first. */
  reviewYears: readonly number[];
  /** One language's stories, in the site's order. */
  storiesOf(lang: Lang): readonly S[];
  /** One language's standing pages, in their `order`. */
  pagesOf(lang: Lang): readonly P[];
  /**
   * Citations with their documents and section titles in one language, in the order given. A
   * citation naming an unknown source or section is left out: the content check reports it.
   */
  resolveCitations(citations: readonly Citation[], lang: Lang): ResolvedCitation[];
  /** Citations grouped by source document, each section title once, documents and sections in first-cited order. */
  groupCitations(citations: readonly Citation[], lang: Lang): CitationGroup[];
}

/** Builds the index from the collections. Cheap (one pass per collection); build it once and share it. */
export function createContentIndex<S extends IndexedStory = IndexedStory, P extends IndexedPage = IndexedPage>(
  collections: ContentCollections<S, P>,
): ContentIndex<S, P> {
  const sources = catalogue('sources', collections.sources ?? [], (source) => source.id);
  const years = collections.years ?? [];
  const stories = collections.stories ?? [];
  const pages = collections.pages ?? [];
  const storiesByLang = Object.fromEntries(
    languages.map((lang) => [lang, stories.filter((story) => story.lang === lang)]),
  ) as Record<Lang, S[]>;
  const pagesByLang = Object.fromEntries(
    languages.map((lang) => [lang, pages.filter((page) => page.lang === lang)]),
  ) as Record<Lang, P[]>;
  const resolveCitations = (citations: readonly Citation[], lang: Lang) =>
    citations.flatMap((citation) => {
      const source = sources.get(citation.source);
      const section = source?.sections.find((candidate) => candidate.id === citation.section);
      return source && section ? [{ source, sectionTitle: section.title[lang] }] : [];
    });
  return {
    sources,
    areas: catalogue('areas', collections.areas ?? [], (area) => area.id),
    years: catalogue('years', years, (year) => String(year.year)),
    metrics: catalogue('metrics', collections.metrics ?? [], (metric) => metric.id),
    charts: catalogue('charts', collections.charts ?? [], (chart) => chart.id),
    pages: catalogue('pages', pages, (page) => `${page.lang}/${page.slug}`),
    stories: catalogue('stories', stories, (story) => `${story.lang}/${story.path}`),
    glossary: catalogue('glossary', collections.glossary ?? [], (term) => term.id),
    reviewYears: collections.reviewYears ?? years.map((year) => year.year),
    storiesOf: (lang) => storiesByLang[lang],
    pagesOf: (lang) => pagesByLang[lang],
    resolveCitations,
    groupCitations(citations, lang) {
      const groups = new Map<string, CitationGroup>();
      for (const { source, sectionTitle } of resolveCitations(citations, lang)) {
        const group = groups.get(source.id) ?? { source, sections: [] };
        if (!group.sections.includes(sectionTitle)) group.sections.push(sectionTitle);
        groups.set(source.id, group);
      }
      return [...groups.values()];
    },
  };
}

/**
 * A memo of values worked out from one content index: `memo(index, key, compute)` computes once
 * per index and key, then returns the same object. A new index (the dev server builds one per
 * request, tests build their own) starts empty, and an index no longer used is forgotten with its
 * values (WeakMap). Views and share files use it so a chart is resolved once per build and language.
 */
export function memoPerIndex<V>(): (index: object, key: string, compute: () => V) => V {
  const memos = new WeakMap<object, Map<string, V>>();
  return (index, key, compute) => {
    let memo = memos.get(index);
    if (!memo) memos.set(index, (memo = new Map()));
    if (memo.has(key)) return memo.get(key)!;
    const value = compute();
    memo.set(key, value);
    return value;
  };
}
