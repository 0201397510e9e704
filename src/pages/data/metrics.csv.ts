import type { APIRoute } from 'astro';
import { loadMetrics } from '../../lib/content.ts';
import { metricsCsv } from '../../lib/open-data.ts';

export const GET: APIRoute = async () =>
  new Response(metricsCsv(await loadMetrics()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
