import type { APIRoute, GetStaticPaths } from 'astro';
import { languages, type Lang } from '../../../../i18n/languages.ts';
import { loadContentIndex } from '../../../../model/collections.ts';
import { figurePreviewPng, fileResponse, renderAhead } from '../../../../share/share-files.ts';

/** /og/{lang}/figures/{id}.png: a figure page's 1200×630 social preview, its latest value as the page writes it. */
export const getStaticPaths = (async () => {
  const { metrics } = await loadContentIndex();
  return languages.flatMap((lang) => metrics.ids.map((id) => ({ params: { lang, id } })));
}) satisfies GetStaticPaths;

/**
 * The preview's PNG bytes, from the figure view shared with the figure page (src/views/figure-view.ts).
 * The first route starts the others' pictures too, drawn in parallel (renderAhead).
 */
export const GET: APIRoute = async ({ params }) => {
  const content = await loadContentIndex();
  renderAhead(content, 'figure previews');
  return fileResponse(await figurePreviewPng(content, params.id!, params.lang as Lang), 'image/png');
};
