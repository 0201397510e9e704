import type { APIRoute, GetStaticPaths } from 'astro';
import { languages, type Lang } from '../../../../i18n/languages.ts';
import { loadContentIndex } from '../../../../model/collections.ts';
import { fileResponse } from '../../../../share/share-files.ts';
import { figurePoster, posterPng } from '../../../../share/poster-files.ts';

/** /posters/{lang}/figures/{id}.png: a figure's 1080×1440 poster for WeChat Moments, its latest value as the page writes it. */
export const getStaticPaths = (async () => {
  const { metrics } = await loadContentIndex();
  return languages.flatMap((lang) => metrics.ids.map((id) => ({ params: { lang, id } })));
}) satisfies GetStaticPaths;

/** The poster's PNG bytes, from the figure view shared with the figure page. */
export const GET: APIRoute = async ({ params }) =>
  fileResponse(await posterPng(figurePoster(await loadContentIndex(), params.id!, params.lang as Lang)), 'image/png');
