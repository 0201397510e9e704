/**
 * Build-time access to the content collections, sorted the way the site lists them
 * (getCollection's order is not file order). Everything else works on the plain data returned here.
 */
import { getCollection } from 'astro:content';
import type { Lang } from '../i18n/languages.ts';

/** Sources (content/sources.yaml), oldest year first, then by id. Throws what Astro throws for an invalid collection. */
export async function loadSources() {
  return (await getCollection('sources'))
    .map((entry) => entry.data)
    .sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || a.id.localeCompare(b.id));
}

/** Programme areas (content/areas.yaml) in the order the file lists them, which is the order the site presents them. */
export async function loadAreas() {
  // areas.yaml lists areas in the order the site presents them; the file loader keeps that as insertion order.
  return (await getCollection('areas')).map((entry) => entry.data);
}

/** Review years (content/years/{year}.yaml), latest first. */
export async function loadYears() {
  return (await getCollection('years')).map((entry) => entry.data).sort((a, b) => b.year - a.year);
}

/** Every metric (content/metrics/{id}.yaml), by id: the one place a figure is typed. */
export async function loadMetrics() {
  return (await getCollection('metrics')).map((entry) => entry.data).sort((a, b) => a.id.localeCompare(b.id));
}

/** Chart specs (content/charts/), by id. */
export async function loadCharts() {
  return (await getCollection('charts')).map((entry) => entry.data).sort((a, b) => a.id.localeCompare(b.id));
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
