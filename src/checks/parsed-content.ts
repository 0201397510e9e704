/**
 * The shape every content check works on: each entry parsed from content/ with the file (and, for
 * list files, the position) it came from, so a problem can name where it is. Filled by
 * content-files.ts (from disk) and by the tests (from fixtures); read by every check in this folder.
 */
import type { Area } from '../schemas/areas.ts';
import type { Metric } from '../schemas/metrics.ts';
import type { Source } from '../schemas/sources.ts';
import type { ReviewYear } from '../schemas/years.ts';
import type { Page } from '../schemas/pages.ts';
import type { Story } from '../schemas/stories.ts';
import type { Chart } from '../schemas/charts.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import type { Correction } from '../schemas/corrections.ts';
import type { StoryReferences } from './story-references.ts';
import { languages, type Lang } from '../i18n/languages.ts';
import { createContentIndex, siteOrder, type ContentIndex } from '../model/content-index.ts';

/** A parsed entry and the file it came from, so a problem can name the file. */
export interface Located<T> {
  file: string;
  /** Where the entry sits inside its file, for files that hold a list (['3'] → `[3].id`). */
  path?: (string | number)[];
  data: T;
}

/** Everything read from content/, collection by collection, with where each entry came from. */
export interface ParsedContent {
  sources: Located<Source>[];
  areas: Located<Area>[];
  years: Located<ReviewYear>[];
  metrics: Located<Metric>[];
  /** Standing pages by language, keyed by slug, with the figures and charts their MDX shows. */
  pages: Record<Lang, Located<Page & { slug: string; references: StoryReferences }>[]>;
  /** Stories by language; `path` is the file's path under content/stories/{lang}/ without extension. */
  stories: Record<Lang, Located<Story & { path: string; references: StoryReferences }>[]>;
  /** Ids of the chart specs in content/charts/ (file names). */
  chartIds: string[];
  /** Chart specs that passed their schema (a broken one is reported by the schema, and keeps its id in chartIds). */
  charts: Located<Chart>[];
  /**
   * Ids of entries whose file exists but failed its schema. Their own problems are already
   * reported; cross-references to them are not reported again as "missing".
   */
  broken: {
    metrics: string[];
    pages: Record<Lang, string[]>;
    stories: Record<Lang, string[]>;
    /**
     * Areas, sources and years whose entry (or file) exists but failed: ids of the broken entries
     * of areas.yaml and sources.yaml, years of the broken files in content/years/, or ALL_BROKEN
     * when the whole file could not be read. References to them are not reported again: one
     * mistake, one message.
     */
    areas?: string[];
    sources?: string[];
    years?: number[];
  };
  /** Terms of content/glossary.yaml (empty when there is no glossary). */
  glossary?: Located<GlossaryTerm>[];
  /** Entries of content/corrections.yaml (empty when nothing has been corrected). */
  corrections?: Located<Correction>[];
}

/**
 * The content index (src/model/content-index.ts) of content read from disk, in the order the
 * site lists each collection: what scripts and tests use where the build uses `loadContentIndex`.
 * Entries that failed their schema are not in it (the check has reported them).
 */
export function indexParsedContent(parsed: ParsedContent): ContentIndex {
  const data = <T>(entries: Located<T>[]) => entries.map((entry) => entry.data);
  return createContentIndex({
    sources: data(parsed.sources).sort(siteOrder.sources),
    areas: data(parsed.areas),
    years: data(parsed.years).sort(siteOrder.years),
    metrics: data(parsed.metrics).sort(siteOrder.metrics),
    charts: data(parsed.charts).sort(siteOrder.charts),
    glossary: data(parsed.glossary ?? []),
    stories: languages.flatMap((lang) =>
      parsed.stories[lang].map(({ data: story }) => ({ lang, path: story.path, data: story })),
    ),
    pages: languages.flatMap((lang) =>
      parsed.pages[lang].map(({ data: page }) => ({ lang, slug: page.slug, data: page })),
    ),
  });
}

/** In `broken.areas` / `broken.sources`: the whole file could not be read, so every id may be in it. */
export const ALL_BROKEN = '*';

/** Whether a reference to `id` points at an entry that exists but is broken (already reported). */
export function isBroken(ids: readonly string[] | undefined, id: string): boolean {
  return ids !== undefined && (ids.includes(ALL_BROKEN) || ids.includes(id));
}
