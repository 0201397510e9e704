/**
 * Where the language switch leads. Every page is built in both languages except, possibly, pages
 * generated from content files (stories, standing pages) whose other-language file is missing:
 * then the switch must not link to a page that does not exist. Pure: the routes that exist are
 * passed in (src/routes/content-routes.ts reads them from the collections).
 */
import { langFromPath, localizedPath, routeOf, switchLanguagePath, type Lang } from '../i18n/languages.ts';

/** Routes (without language, with trailing slash) of the pages built from content files, per language. */
export type ContentRoutes = Record<Lang, ReadonlySet<string>>;

/** The routes of stories ('2024/health', '2023/highlights/healthy-food') and pages ('about') of one language. */
export function contentRoutesOf(storyPaths: string[], pageSlugs: string[]): Set<string> {
  return new Set([...storyPaths.map((path) => `${path}/`), ...pageSlugs.map((slug) => `${slug}/`)]);
}

export interface LanguageSwitchTarget {
  href: string;
  /** False when this page has no version in the target language: `href` is then that language's home page. */
  available: boolean;
}

/**
 * The same page in the target language when it exists. A page built from a content file exists in
 * the target language only if that language has the file; every other page exists in both.
 */
export function languageSwitchTarget(path: string, target: Lang, routes?: ContentRoutes): LanguageSwitchTarget {
  const current = langFromPath(path);
  const route = routeOf(path);
  const isContentPage = current !== undefined && routes?.[current].has(route);
  if (isContentPage && current !== target && !routes?.[target].has(route)) {
    return { href: localizedPath(target), available: false };
  }
  return { href: switchLanguagePath(path, target), available: true };
}
