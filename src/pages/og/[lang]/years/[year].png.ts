import type { APIRoute, GetStaticPaths } from 'astro';
import { languages, type Lang } from '../../../../i18n/languages.ts';
import { loadAreas, loadMetrics, loadSources, loadYears } from '../../../../model/collections.ts';
import { fileResponse } from '../../../../share/share-files.ts';
import { storyPreviewPng, yearPicture } from '../../../../share/story-pictures.ts';

/** /og/{lang}/years/{year}.png: a year overview's 1200×630 social preview, in its language. */
export const getStaticPaths = (async () => {
  const years = await loadYears();
  return languages.flatMap((lang) =>
    years.map((year) => ({ params: { lang, year: String(year.year) }, props: { year } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const [metrics, areas, sources] = await Promise.all([loadMetrics(), loadAreas(), loadSources()]);
  return fileResponse(
    await storyPreviewPng(yearPicture(props.year, { metrics, areas, sources }, params.lang as Lang)),
    'image/png',
  );
};
