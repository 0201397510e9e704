/**
 * Site-wide settings that an operator may need to change in one place.
 * Kept free of Astro imports so astro.config.mjs, scripts and tests can all read it.
 */

export const DEFAULT_SITE_URL = 'https://yearinreview.unicef.cn';

/** Where the site is deployed, from SITE_URL. */
export interface SiteAddress {
  /** The origin, without a trailing "/" (`https://example.org`): what the embed snippet compares message origins with. */
  origin: string;
  /** The path the site lives under, with both slashes: "/" or "/yir/" (Astro's `base`). */
  base: string;
}

/**
 * Reads SITE_URL, the address the site is deployed at: an absolute `https://` (or `http://`)
 * address, optionally with the path the site lives under (`https://example.org/yir/`; the
 * trailing "/" is optional); no user name, query, fragment, or empty, "." or ".." path segment.
 * Unset or empty means the production address. Throws an Error naming SITE_URL, the value and
 * what is expected, so a typo stops the build (astro.config.mjs reads this module) instead of
 * writing wrong canonical, sitemap and share links.
 */
export function parseSiteUrl(value: string | undefined): SiteAddress {
  const raw = value?.trim() || DEFAULT_SITE_URL;
  const expected =
    'expected the absolute address the site is served at, such as https://yearinreview.unicef.cn or https://example.org/yir/ (https: or http:, a host, an optional path; no query, fragment or user name)';
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new Error(`SITE_URL: "${raw}" is not an address: ${expected}`);
  }
  // The path as typed: URL() would already have resolved "." and ".." segments away.
  const typedPath = raw.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '');
  const problem =
    !['https:', 'http:'].includes(parsed.protocol) || !/^https?:\/\//i.test(raw)
      ? `it starts with "${parsed.protocol}"`
      : !parsed.hostname
        ? 'it has no host'
        : parsed.username || parsed.password
          ? 'it holds a user name or password'
          : parsed.search || raw.includes('?')
            ? 'it has a query ("?…")'
            : parsed.hash || raw.includes('#')
              ? 'it has a fragment ("#…")'
              : /\/\/|\/\.\.?(\/|$)|%2f/i.test(typedPath)
                ? `its path "${typedPath}" has an empty, "." or ".." segment`
                : undefined;
  if (problem) throw new Error(`SITE_URL: "${raw}" is not usable (${problem}): ${expected}`);
  return { origin: parsed.origin, base: parsed.pathname.endsWith('/') ? parsed.pathname : `${parsed.pathname}/` };
}

/**
 * Reads SITE_STAGING: `1` (or `true`) builds a staging copy that search engines must not index:
 * every page carries `<meta name="robots" content="noindex, nofollow">` and robots.txt disallows
 * everything (README "Publishing"). Unset, empty, `0` or `false` is the public site. Anything else
 * throws an Error naming SITE_STAGING and the value, so a typo cannot publish a staging copy as
 * indexable (or the site as hidden).
 */
export function parseStaging(value: string | undefined): boolean {
  const raw = value?.trim().toLowerCase() ?? '';
  if (raw === '' || raw === '0' || raw === 'false') return false;
  if (raw === '1' || raw === 'true') return true;
  throw new Error(
    `SITE_STAGING: "${value}" is not usable: expected 1 (a staging build, hidden from search engines) or 0 / unset (the public site)`,
  );
}

/** Where an ICP filing number links: MIIT's public filing search, where readers can look it up. */
export const ICP_FILING_URL = 'https://beian.miit.gov.cn/';

/**
 * Checks an ICP filing number (ICP备案号, `site.icpFiling`) as the filing record writes it: the
 * province's one-character name, "ICP备", the filing's digits and "号", then the website's own
 * number after a hyphen when the record gives one (京ICP备12345678号-1). Returns it with surrounding spaces removed;
 * `null` (no filing: a site hosted outside mainland China) stays `null`. Throws an Error naming
 * site.icpFiling, the value and the expected form, so a mistyped number stops the build instead
 * of reaching the foot of every page.
 */
export function parseIcpFiling(value: string | null): string | null {
  if (value === null) return null;
  const number = value.trim();
  if (/^\p{Script=Han}ICP备\d+号(?:-\d+)?$/u.test(number)) return number;
  throw new Error(
    `site.icpFiling (src/config.ts): "${value}" is not an ICP filing number: expected it as the filing record writes it, such as 京ICP备12345678号-1 (the province's one-character name, ICP备, digits, 号, and the website's number after a hyphen when the record gives one), or null for a site hosted outside mainland China`,
  );
}

const address = parseSiteUrl(process.env.SITE_URL);

export const site = {
  /**
   * The site's origin, without a trailing "/" (SITE_URL, see {@link parseSiteUrl}). Site paths carry
   * the base (src/i18n/languages.ts `sitePath`), so `new URL(path, site.url)` is a page's full
   * address: canonical, hreflang, sitemap, share and preview-picture URLs.
   */
  url: address.origin,
  /** The path the site lives under ("/" or "/yir/"): Astro's `base` (astro.config.mjs). */
  base: address.base,
  /** A staging build (SITE_STAGING=1, see {@link parseStaging}): every page noindex, robots.txt disallows all. */
  staging: parseStaging(process.env.SITE_STAGING),
  /** Where the footer's newsletter sign-up link points (UNICEF China's e-newsletter page). */
  newsletterUrl: 'https://www.unicef.cn/en/newsletter',
  /** UNICEF China's own site, per language. */
  unicefChinaUrl: { en: 'https://www.unicef.cn/en', zh: 'https://www.unicef.cn/' },
  /**
   * Where the "Support UNICEF China" call to action (home page and footer) points, per language.
   * The source documents give no donation page, so it points at UNICEF China's own site; when
   * UNICEF China gives a donation or get-involved page, put its address here. `null` hides it.
   */
  supportUrl: { en: 'https://www.unicef.cn/en', zh: 'https://www.unicef.cn/' } as { en: string; zh: string } | null,
  /**
   * What the site is, in one sentence, at the foot of every page. Say who publishes it: the
   * default says only what is true whoever runs the site (its figures and stories come from
   * UNICEF China's published reviews). If UNICEF China publishes the site, say so here; never
   * call it independent unless it is.
   */
  footerDescription: {
    en: 'Figures and stories from UNICEF China’s published annual reviews, each figure linked to its source.',
    zh: '本网站呈现联合国儿童基金会驻华办事处已发布年度工作回顾中的数据与故事，每个数字均注明出处。',
  },
  /**
   * The day the corrections log (content/corrections.yaml) started: the Atom feeds' `updated`
   * date until the first correction is logged (after that, the newest correction's day).
   */
  correctionsLogSince: '2026-11-29',
  /**
   * The licence of the open data (`/data/metrics.csv`, the chart downloads), given to search
   * engines in the Dataset markup (schema.org `license`). The source documents state none, so
   * none is claimed: set the licence's address here (for example
   * 'https://creativecommons.org/licenses/by/4.0/') once UNICEF China has chosen one.
   */
  dataLicense: null as string | null,
  /**
   * The ICP filing number (ICP备案号) a site served from mainland China must show (README "Hosting
   * in mainland China"), once the filing is made: for example parseIcpFiling('京ICP备12345678号-1').
   * Every page's footer then shows it, in both languages, linked to MIIT's filing search
   * ({@link ICP_FILING_URL}). parseIcpFiling(null): no filing line (a site hosted elsewhere).
   */
  icpFiling: parseIcpFiling(null),
} as const;
