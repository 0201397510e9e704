/**
 * Languages and language-aware URLs. Pure functions: no Astro, no DOM.
 *
 * Every site path these functions write starts with the path the site is served under (Astro's
 * `base`, from SITE_URL: "/" or "/yir/"), and every path they read may carry it. Vite writes the
 * base into `import.meta.env.BASE_URL` in the pages and the browser scripts; outside Vite
 * (command-line scripts, Node tests) there is none and the base is "/".
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
  const first = withoutBase(path).split('/').filter(Boolean)[0];
  return isLang(first) ? first : undefined;
}

/** A base path with both its slashes: "yir", "/yir" and "/yir/" → "/yir/"; "" and "/" → "/". */
export const normaliseBase = (base: string): string => `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

/**
 * The path the site is served under, with both slashes: "/" or "/yir/". On the server (the
 * pages' build, astro.config.mjs, scripts, tests) it is the path of SITE_URL, which src/config.ts
 * validates (the pages' build does not see Vite's `import.meta.env.BASE_URL`: a first version
 * relying on it wrote every link without the base). In the browser, where there is no
 * `process`, it is the base Vite writes into `import.meta.env.BASE_URL`.
 */
export const basePath: string = (() => {
  const server = (globalThis as { process?: { env: Record<string, string | undefined> } }).process;
  if (server) {
    const siteUrl = server.env.SITE_URL?.trim();
    try {
      return normaliseBase(siteUrl ? new URL(siteUrl).pathname : '/');
    } catch {
      return '/'; // src/config.ts stops the build with the reason
    }
  }
  try {
    return normaliseBase(import.meta.env.BASE_URL ?? '/');
  } catch {
    return '/';
  }
})();

/**
 * A path of the site as a link must write it, under the base: `sitePath('/favicon.svg')` →
 * `/yir/favicon.svg` (unchanged when the base is "/"). `path` is relative to the site's root,
 * with or without its leading "/"; a path already under the base is returned as it is.
 */
export function sitePath(path: string, base: string = basePath): string {
  if (base !== '/' && (path === base.slice(0, -1) || path.startsWith(base))) return path;
  return `${base}${path.replace(/^\/+/, '')}`;
}

/** The path relative to the site's root: `/yir/en/about/` → `/en/about/` (a path outside the base is returned as it is). */
export function withoutBase(path: string, base: string = basePath): string {
  if (base === '/' || !path.startsWith(base)) return path;
  return `/${path.slice(base.length)}`;
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
  return sitePath(withTrailingSlash(`/${lang}/${clean}`));
}

/** The route of a path without its language prefix: `/zh/about/` → `about/`. */
export function routeOf(path: string): string {
  const parts = withoutBase(path.split(/[?#]/)[0]!).split('/').filter(Boolean);
  if (isLang(parts[0])) parts.shift();
  return parts.length ? withTrailingSlash(parts.join('/')) : '';
}

/**
 * The same page in another language. Every page exists in both languages, so this is a pure
 * rewrite of the prefix: `/en/2024/health/` → `/zh/2024/health/`. The 404 page and paths outside
 * a language (the root chooser, unknown paths) lead to the target language's home page.
 */
export function switchLanguagePath(path: string, target: Lang): string {
  const pathname = withoutBase(path.split(/[?#]/)[0] || '/');
  if (/^\/404(\.html|\/)?$/.test(pathname) || !langFromPath(pathname)) return localizedPath(target);
  return localizedPath(target, routeOf(pathname));
}

/**
 * hreflang alternates of a page, as the head and the sitemap write them: one per language plus
 * x-default, which points at the language chooser. `url` is absolute; `base` is the site's base
 * path (astro.config.mjs passes it: outside Vite there is no `import.meta.env.BASE_URL`).
 */
export function alternatesOf(url: string, base: string = basePath): { hreflang: string; href: string }[] {
  const parsed = new URL(url);
  const path = withoutBase(parsed.pathname, base);
  const route = langFromPath(path) ? routeOf(path) : '';
  return [
    ...languages.map((lang) => ({
      hreflang: htmlLang[lang],
      href: new URL(sitePath(withTrailingSlash(`/${lang}/${route}`), base), parsed.origin).href,
    })),
    { hreflang: 'x-default', href: new URL(sitePath('/', base), parsed.origin).href },
  ];
}
