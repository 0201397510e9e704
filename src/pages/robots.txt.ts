import type { APIRoute } from 'astro';
import { sitePath } from '../i18n/languages.ts';
import { robotsTxt } from '../routes/robots.ts';
import { site as settings } from '../config.ts';

/** robots.txt from the one configured site URL (the sitemap address follows a change of host); a staging build disallows all. */
export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt({ sitemap: new URL(sitePath('/sitemap-index.xml'), site).href, staging: settings.staging }), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
