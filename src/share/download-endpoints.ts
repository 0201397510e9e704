/**
 * The download endpoints, one per format (src/pages/downloads/[file].{csv,json,svg,png}.ts), so
 * each route has a file extension: the dev server then serves `/downloads/x-zh.csv` as a file
 * instead of asking for a trailing slash. `file` is `{chart}-{lang}`.
 */
import type { APIRoute } from 'astro';
import { languages } from '../i18n/languages.ts';
import { loadChartContent, requireChart } from '../views/chart-view.ts';
import { parseDownloadName, type DownloadFormat } from '../routes/urls.ts';
import { chartDownload, fileResponse } from './share-files.ts';

/** Every chart in every language: the same list for each format. */
export async function downloadPaths() {
  const { charts } = await loadChartContent();
  return charts.flatMap((chart) => languages.map((lang) => ({ params: { file: `${chart.id}-${lang}` } })));
}

export const downloadGet =
  (format: DownloadFormat): APIRoute =>
  async ({ params }) => {
    const wanted = parseDownloadName(`${params.file}.${format}`);
    if (!wanted) return new Response(null, { status: 404 });
    const content = await loadChartContent();
    const file = await chartDownload(requireChart(content, wanted.id), content, wanted.lang, format);
    return fileResponse(file.body, file.type);
  };
