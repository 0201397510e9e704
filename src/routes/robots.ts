/**
 * The text of /robots.txt. The public site allows every crawler and names its sitemap (an absolute
 * address, from SITE_URL). A staging build (SITE_STAGING=1) disallows everything and names no
 * sitemap, so a copy at another address never competes with the site in search results; its pages
 * also carry a noindex meta tag (BaseLayout.astro), which is what keeps an already known address
 * out of the index. Returns text with a final newline; throws nothing.
 */
export function robotsTxt({ sitemap, staging }: { sitemap: string; staging: boolean }): string {
  return staging ? 'User-agent: *\nDisallow: /\n' : `User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`;
}
