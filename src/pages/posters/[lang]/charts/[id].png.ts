import type { APIRoute, GetStaticPaths } from 'astro';
import { languages, type Lang } from '../../../../i18n/languages.ts';
import { loadContentIndex } from '../../../../model/collections.ts';
import { fileResponse } from '../../../../share/share-files.ts';
import { chartPoster, posterPng } from '../../../../share/poster-files.ts';

/** /posters/{lang}/charts/{id}.png: a chart's 1080×1440 poster for WeChat Moments, drawn by the chart's own builder. */
export const getStaticPaths = (async () => {
  const { charts } = await loadContentIndex();
  return languages.flatMap((lang) => charts.ids.map((id) => ({ params: { lang, id } })));
}) satisfies GetStaticPaths;

/** The poster's PNG bytes, from the chart view shared with the chart page. */
export const GET: APIRoute = async ({ params }) =>
  fileResponse(await posterPng(chartPoster(await loadContentIndex(), params.id!, params.lang as Lang)), 'image/png');
