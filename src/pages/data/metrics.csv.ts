import type { APIRoute } from 'astro';
import { loadMetrics } from '../../model/collections.ts';
import { metricsCsv } from '../../share/open-data.ts';

export const GET: APIRoute = async () =>
  new Response(metricsCsv(await loadMetrics()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
