import type { APIRoute, GetStaticPaths } from 'astro';
import { languages, type Lang } from '../../../../i18n/languages.ts';
import { loadContentIndex } from '../../../../model/collections.ts';
import { chartPreviewPng, fileResponse, renderAhead } from '../../../../share/share-files.ts';

/** /og/{lang}/charts/{id}.png: a chart page's 1200×630 social preview, drawn by the chart's own builder. */
export const getStaticPaths = (async () => {
  const { charts } = await loadContentIndex();
  return languages.flatMap((lang) => charts.ids.map((id) => ({ params: { lang, id } })));
}) satisfies GetStaticPaths;

/**
 * The preview's PNG bytes, from the chart view shared with the chart page (src/views/chart-view.ts).
 * The first route starts the others' pictures too, drawn in parallel (renderAhead).
 */
export const GET: APIRoute = async ({ params }) => {
  const content = await loadContentIndex();
  renderAhead(content, 'chart previews');
  return fileResponse(await chartPreviewPng(content, params.id!, params.lang as Lang), 'image/png');
};
