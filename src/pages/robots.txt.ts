import type { APIRoute } from 'astro';
import { sitePath } from '../i18n/languages.ts';

/** robots.txt from the one configured site URL, so the sitemap address follows a change of host. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(sitePath('/sitemap-index.xml'), site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
