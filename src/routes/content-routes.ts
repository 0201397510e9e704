/**
 * The routes of the pages built from content files in each language, read once per build from the
 * collections, for the language switch (src/routes/language-switch.ts).
 */
import type { Lang } from '../i18n/languages.ts';
import { loadPages, loadStories } from '../model/collections.ts';
import { contentRoutesOf, type ContentRoutes } from './language-switch.ts';

let cached: Promise<ContentRoutes> | undefined;

/**
 * The routes of every story and standing page, per language, for the language switch: read from
 * the collections once per build (every time in dev, where they change).
 */
export function loadContentRoutes(): Promise<ContentRoutes> {
  // In dev the collections change under us: read them every time; a build reads them once.
  if (cached && import.meta.env.PROD) return cached;
  const routesOf = async (lang: Lang) => {
    const [stories, pages] = await Promise.all([loadStories(lang), loadPages(lang)]);
    return contentRoutesOf(
      stories.map((story) => story.path),
      pages.map((page) => page.slug),
    );
  };
  cached = Promise.all([routesOf('en'), routesOf('zh')]).then(([en, zh]) => ({ en, zh }));
  return cached;
}
