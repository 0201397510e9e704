import type { APIRoute, GetStaticPaths } from 'astro';
import { languages } from '../../lib/i18n.ts';
import { loadChartContent, requireChart } from '../../lib/charts.ts';
import { downloadFormats, downloadName, parseDownloadName } from '../../lib/share.ts';
import { chartDownload, fileResponse } from '../../lib/share-files.ts';

/**
 * /downloads/{chart}-{lang}.{csv|json|svg|png}: each chart's data and picture in each language,
 * with file names that say what they are (newborn-care-training-zh.csv).
 */
export const getStaticPaths = (async () => {
  const { charts } = await loadChartContent();
  return charts.flatMap((chart) => languages.flatMap((lang) => downloadFormats.map((format) => ({ params: { file: downloadName(chart.id, lang, format) } }))));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const wanted = parseDownloadName(params.file!);
  if (!wanted) return new Response(null, { status: 404 });
  const content = await loadChartContent();
  const file = await chartDownload(requireChart(content, wanted.id), content, wanted.lang, wanted.format);
  return fileResponse(file.body, file.type);
};
