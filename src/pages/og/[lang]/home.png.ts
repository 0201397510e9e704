import type { APIRoute, GetStaticPaths } from 'astro';
import { languages, type Lang } from '../../../i18n/languages.ts';
import { loadAreas, loadMetrics, loadSources, loadYears } from '../../../model/collections.ts';
import { fileResponse } from '../../../share/share-files.ts';
import { homePicture, storyPreviewPng } from '../../../share/story-pictures.ts';

/** /og/{lang}/home.png: the home page's 1200×630 social preview, in its language. */
export const getStaticPaths = (() => languages.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const [years, metrics, areas, sources] = await Promise.all([loadYears(), loadMetrics(), loadAreas(), loadSources()]);
  return fileResponse(
    await storyPreviewPng(homePicture(years, { metrics, areas, sources }, params.lang as Lang)),
    'image/png',
  );
};
