/**
 * The download endpoints, one per format (src/pages/downloads/[file].{csv,json,svg,png}.ts), so
 * each route has a file extension: the dev server then serves `/downloads/x-zh.csv` as a file
 * instead of asking for a trailing slash. `file` is `{chart}-{lang}`.
 */
import type { APIRoute } from 'astro';
import { languages } from '../i18n/languages.ts';
import { loadContentIndex } from '../model/collections.ts';
import { parseDownloadName, type DownloadFormat } from '../routes/urls.ts';
import { chartDownload, fileResponse, renderAhead } from './share-files.ts';

/** Every chart in every language, `{ params: { file: 'newborn-care-training-zh' } }`: the same list for each format. */
export async function downloadPaths() {
  const { charts } = await loadContentIndex();
  return charts.ids.flatMap((id) => languages.map((lang) => ({ params: { file: `${id}-${lang}` } })));
}

/**
 * The endpoint of one download format: the file's bytes (made once per build, shared with the
 * chart page that lists its size), or 404 for a name that is not `{chart}-{lang}`.
 * @throws Error naming content/charts/{id}.yaml when the name's chart does not exist
 */
export const downloadGet =
  (format: DownloadFormat): APIRoute =>
  async ({ params }) => {
    const wanted = parseDownloadName(`${params.file}.${format}`);
    if (!wanted) return new Response(null, { status: 404 });
    const content = await loadContentIndex();
    // PNGs are drawn in parallel, all of them from the first PNG route on (renderAhead).
    if (format === 'png') renderAhead(content, 'download PNGs');
    const file = await chartDownload(content, wanted.id, wanted.lang, format);
    return fileResponse(file.body, file.type);
  };
