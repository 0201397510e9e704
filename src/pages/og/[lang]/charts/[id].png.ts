import type { APIRoute, GetStaticPaths } from 'astro';
import { languages, type Lang } from '../../../../i18n/languages.ts';
import { loadChartContent, requireChart } from '../../../../views/chart-view.ts';
import { chartPreviewPng, fileResponse } from '../../../../share/share-files.ts';

/** /og/{lang}/charts/{id}.png: a chart page's 1200×630 social preview, drawn by the chart's own builder. */
export const getStaticPaths = (async () => {
  const { charts } = await loadChartContent();
  return languages.flatMap((lang) => charts.map((chart) => ({ params: { lang, id: chart.id } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const content = await loadChartContent();
  return fileResponse(
    await chartPreviewPng(requireChart(content, params.id!), content, params.lang as Lang),
    'image/png',
  );
};
