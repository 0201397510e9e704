import type { APIRoute } from 'astro';
import { loadMetrics } from '../../model/collections.ts';
import { metricsJson } from '../../share/open-data.ts';

export const GET: APIRoute = async () =>
  new Response(metricsJson(await loadMetrics()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
