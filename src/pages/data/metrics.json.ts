import type { APIRoute } from 'astro';
import { loadMetrics } from '../../lib/content.ts';
import { metricsJson } from '../../lib/open-data.ts';

export const GET: APIRoute = async () =>
  new Response(metricsJson(await loadMetrics()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
