import type { APIRoute } from 'astro';
import { loadAreas } from '../../model/collections.ts';
import { areaStylesheet } from '../../views/areas.ts';

/**
 * Area colours live in content/areas.yaml. The CSP forbids inline style attributes, so the colours
 * reach the page as this small stylesheet (`.area-health { --area: … }`) instead.
 */
export const GET: APIRoute = async () =>
  new Response(areaStylesheet(await loadAreas()), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
