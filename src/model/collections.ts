/**
 * Build-time access to the content collections, sorted the way the site lists them
 * (getCollection's order is not file order). Everything else works on the plain data returned here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { load as loadYaml } from 'js-yaml';
import type { Correction } from '../schemas/corrections.ts';
import { languages, type Lang } from '../i18n/languages.ts';
import { createContentIndex, siteOrder, type ContentIndex } from './content-index.ts';
import { newestFirst } from './corrections.ts';

/** Sources (content/sources.yaml), by year then id (`siteOrder.sources`). */
export async function loadSources() {
  return (await getCollection('sources')).map((entry) => entry.data).sort(siteOrder.sources);
}

/** Programme areas (content/areas.yaml), in file order. */
export async function loadAreas() {
  // areas.yaml lists areas in the order the site presents them; the file loader keeps that as insertion order.
  return (await getCollection('areas')).map((entry) => entry.data);
}

/** Review years (content/years/), newest first. */
export async function loadYears() {
  return (await getCollection('years')).map((entry) => entry.data).sort(siteOrder.years);
}

/**
 * The review years the site covers, newest first: one per file in content/years/, read from the
 * content index (`reviewYears`). The navigation, the home page, search and every text naming the
 * years ("2023 and 2024") read them here, so a new year is a new file and nothing else.
 */
export async function loadYearNumbers(): Promise<readonly number[]> {
  return (await loadContentIndex()).reviewYears;
}

/** Metrics (content/metrics/), by id: the one place a figure is typed. */
export async function loadMetrics() {
  return (await getCollection('metrics')).map((entry) => entry.data).sort(siteOrder.metrics);
}

/** Chart specs (content/charts/), by id. */
export async function loadCharts() {
  return (await getCollection('charts')).map((entry) => entry.data).sort(siteOrder.charts);
}

/** Standing pages of one language, in their `order`. */
export async function loadPages(lang: Lang) {
  return (await getCollection('pages', (entry) => entry.id.startsWith(`${lang}/`)))
    .map((entry) => ({ ...entry, slug: entry.id.slice(lang.length + 1) }))
    .sort((a, b) => a.data.order - b.data.order);
}

/** Stories of one language as { path, data } records (path: '2024/health'), with their entries for rendering. */
export async function loadStories(lang: Lang) {
  return (await getCollection('stories', (entry) => entry.id.startsWith(`${lang}/`)))
    .map((entry) => ({ path: entry.id.slice(lang.length + 1), data: entry.data, entry }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Glossary terms (content/glossary.yaml), in file order: the order first uses are looked for. */
export async function loadGlossary() {
  return (await getCollection('glossary')).map((entry) => entry.data);
}

/**
 * Whether content/corrections.yaml, read where the build runs, is there and holds no entry. Astro's
 * getCollection() logs "does not exist or is empty" for an empty collection on every call (it cannot
 * tell the two apart), and an empty log is the normal state of the site, so it is not asked then.
 * A file it cannot find or read is left to getCollection().
 */
function correctionsLogEmpty(): boolean {
  const path = join(process.cwd(), 'content/corrections.yaml');
  if (!existsSync(path)) return false;
  try {
    const data = loadYaml(readFileSync(path, 'utf8'));
    return data === null || data === undefined || (Array.isArray(data) && data.length === 0);
  } catch {
    return false;
  }
}

let corrections: Promise<Correction[]> | undefined;

/**
 * The corrections log (content/corrections.yaml), newest first; empty when nothing has been
 * corrected. Read once per build (every figure, chart and story page asks), on every call in dev.
 */
export function loadCorrections(): Promise<Correction[]> {
  if (corrections && import.meta.env.PROD) return corrections;
  corrections = correctionsLogEmpty()
    ? Promise.resolve([])
    : getCollection('corrections').then((entries) => newestFirst(entries.map((entry) => entry.data)));
  return corrections;
}

/** A story as the content index holds it: `loadStories`' records with their language. */
export type StoryEntry = Awaited<ReturnType<typeof loadStories>>[number] & { lang: Lang };
/** A standing page as the content index holds it: `loadPages`' records with their language. */
export type PageEntry = Awaited<ReturnType<typeof loadPages>>[number] & { lang: Lang };
/** The site's content index: every collection by id (src/model/content-index.ts). */
export type SiteContent = ContentIndex<StoryEntry, PageEntry>;

let built: Promise<SiteContent> | undefined;

/**
 * The content index of the whole site, built once per build from the collections and shared by
 * every page, component and endpoint (so a chart's view and files, memoised on the index, are
 * computed once). The dev server rebuilds it on every call, since editors change files under it.
 */
export function loadContentIndex(): Promise<SiteContent> {
  if (built && import.meta.env.PROD) return built;
  built = (async () => {
    const perLang = async (lang: Lang) => {
      const [stories, pages] = await Promise.all([loadStories(lang), loadPages(lang)]);
      return {
        stories: stories.map((story) => ({ ...story, lang })),
        pages: pages.map((page) => ({ ...page, lang })),
      };
    };
    const [sources, areas, years, metrics, charts, glossary, ...byLang] = await Promise.all([
      loadSources(),
      loadAreas(),
      loadYears(),
      loadMetrics(),
      loadCharts(),
      loadGlossary(),
      ...languages.map(perLang),
    ]);
    return createContentIndex<StoryEntry, PageEntry>({
      sources,
      areas,
      years,
      metrics,
      charts,
      glossary,
      stories: byLang.flatMap((set) => set.stories),
      pages: byLang.flatMap((set) => set.pages),
    });
  })();
  return built;
}
