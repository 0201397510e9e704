import type { APIRoute, GetStaticPaths } from 'astro';
import { languages, type Lang } from '../../../../i18n/languages.ts';
import { loadAreas, loadMetrics, loadSources } from '../../../../model/collections.ts';
import { figurePreviewPng, fileResponse } from '../../../../share/share-files.ts';

/** /og/{lang}/figures/{id}.png: a figure page's 1200×630 social preview, its latest value as the page writes it. */
export const getStaticPaths = (async () => {
  const metrics = await loadMetrics();
  return languages.flatMap((lang) => metrics.map((metric) => ({ params: { lang, id: metric.id }, props: { metric } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const [areas, sources] = await Promise.all([loadAreas(), loadSources()]);
  return fileResponse(await figurePreviewPng(props.metric, { areas, sources }, params.lang as Lang), 'image/png');
};
