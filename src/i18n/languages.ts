/**
 * Languages and language-aware URLs. Pure functions: no Astro, no DOM.
 */
export const languages = ['en', 'zh'] as const;
export type Lang = (typeof languages)[number];

/**
 * The language the other is checked against: its dictionary's keys are every language's keys,
 * and checks that compare the two versions of a page compare each pair once, from this side.
 */
export const referenceLang: Lang = languages[0];

/** The value of `<html lang>` and of hreflang for each language. */
export const htmlLang: Record<Lang, string> = { en: 'en', zh: 'zh-CN' };

/** Each language's name written in that language, for the switcher and the root chooser. */
export const languageName: Record<Lang, string> = { en: 'English', zh: '简体中文' };

/** Each language's name in English, for messages to editors ("has no Chinese version"). */
export const languageNameInEnglish: Record<Lang, string> = { en: 'English', zh: 'Chinese' };

/** Whether a value is one of the site's language codes (`en`, `zh`): a type guard. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

const other: Record<Lang, Lang> = { en: 'zh', zh: 'en' };

/** The site's other language: every page exists in both. */
export function otherLang(lang: Lang): Lang {
  return other[lang];
}

/** The language a site path belongs to, or undefined for language-neutral paths such as `/`. */
export function langFromPath(path: string): Lang | undefined {
  const first = path.split('/').filter(Boolean)[0];
  return isLang(first) ? first : undefined;
}

/** Adds the trailing slash the site uses, keeping files (`/metrics.csv`) and query/hash intact. */
export function withTrailingSlash(path: string): string {
  const match = /^([^?#]*)(.*)$/.exec(path);
  const pathname = match?.[1] || '/';
  const rest = match?.[2] ?? '';
  const last = pathname.split('/').pop() ?? '';
  if (pathname.endsWith('/') || last.includes('.')) return pathname + rest;
  return `${pathname}/${rest}`;
}

/** The path of a page in a given language: `localizedPath('zh', 'figures/partners')` → `/zh/figures/partners/`. */
export function localizedPath(lang: Lang, route = ''): string {
  const clean = route.replace(/^\/+/, '');
  return withTrailingSlash(`/${lang}/${clean}`);
}

/** The route of a path without its language prefix: `/zh/about/` → `about/`. */
export function routeOf(path: string): string {
  const parts = path.split(/[?#]/)[0]!.split('/').filter(Boolean);
  if (isLang(parts[0])) parts.shift();
  return parts.length ? withTrailingSlash(parts.join('/')) : '';
}

/**
 * The same page in another language. Every page exists in both languages, so this is a pure
 * rewrite of the prefix: `/en/2024/health/` → `/zh/2024/health/`. The 404 page and paths outside
 * a language (the root chooser, unknown paths) lead to the target language's home page.
 */
export function switchLanguagePath(path: string, target: Lang): string {
  const pathname = path.split(/[?#]/)[0] || '/';
  if (/^\/404(\.html|\/)?$/.test(pathname) || !langFromPath(pathname)) return localizedPath(target);
  return localizedPath(target, routeOf(pathname));
}

/**
 * hreflang alternates of a page, as the head and the sitemap write them: one per language plus
 * x-default, which points at the language chooser. `url` is absolute.
 */
export function alternatesOf(url: string): { hreflang: string; href: string }[] {
  const parsed = new URL(url);
  const route = langFromPath(parsed.pathname) ? routeOf(parsed.pathname) : '';
  return [
    ...languages.map((lang) => ({
      hreflang: htmlLang[lang],
      href: new URL(localizedPath(lang, route), parsed.origin).href,
    })),
    { hreflang: 'x-default', href: new URL('/', parsed.origin).href },
  ];
}
