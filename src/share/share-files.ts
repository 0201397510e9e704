/**
 * The files the share features publish, built from the loaded content: social preview PNGs and
 * chart downloads. Used by the endpoints that write them and by the pages that link them (for
 * sizes), so both get the very same bytes; PNGs are rendered once per build (src/share/png.ts).
 */
import { site } from '../config.ts';
import type { Chart } from '../schemas/charts.ts';
import type { Metric } from '../schemas/metrics.ts';
import { chartFiles, figurePicture, tableCsv, tableJson, type ShareContent } from './chart-files.ts';
import { chartPreviewSvg, chartStandaloneSvg, figurePreviewSvg } from './pictures.ts';
import { svgToPng } from './png.ts';
import { downloadFormats, embedSnippet, type DownloadFormat } from '../routes/urls.ts';
import { builderFor } from '../charts/index.ts';
import { t } from '../i18n/index.ts';
import type { Lang } from '../i18n/languages.ts';

/** PNG downloads are drawn at twice the SVG's size: sharp on high-density screens and in print. */
export const DOWNLOAD_PNG_ZOOM = 2;

export const chartPreviewPng = (spec: Chart, content: ShareContent, lang: Lang) =>
  svgToPng(chartPreviewSvg(chartFiles(spec, content, lang, site.url).picture), { lang });

export const figurePreviewPng = (metric: Metric, content: Pick<ShareContent, 'areas' | 'sources'>, lang: Lang) =>
  svgToPng(figurePreviewSvg(figurePicture(metric, content, lang, site.url)), { lang });

export interface DownloadFile {
  body: string | Buffer;
  type: string;
  bytes: number;
}

const contentTypes: Record<DownloadFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  svg: 'image/svg+xml; charset=utf-8',
  png: 'image/png',
};

/** One download of one chart in one language. */
export async function chartDownload(
  spec: Chart,
  content: ShareContent,
  lang: Lang,
  format: DownloadFormat,
): Promise<DownloadFile> {
  const files = chartFiles(spec, content, lang, site.url);
  let body: string | Buffer;
  if (format === 'csv') body = tableCsv(files.table);
  else if (format === 'json') body = tableJson(files.meta, files.table);
  else if (format === 'svg') body = `<?xml version="1.0" encoding="UTF-8"?>\n${chartStandaloneSvg(files.download)}\n`;
  else body = await svgToPng(chartStandaloneSvg(files.download), { zoom: DOWNLOAD_PNG_ZOOM, lang });
  return { body, type: contentTypes[format], bytes: typeof body === 'string' ? Buffer.byteLength(body) : body.length };
}

/** The pixel size of the PNG download, from the standalone SVG's own size. */
export function downloadPngSize(spec: Chart, content: ShareContent, lang: Lang): { width: number; height: number } {
  const svg = chartStandaloneSvg(chartFiles(spec, content, lang, site.url).download);
  const width = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  const height = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  return { width: Math.round(width * DOWNLOAD_PNG_ZOOM), height: Math.round(height * DOWNLOAD_PNG_ZOOM) };
}

/** A Response for an endpoint; Buffers are copied into a plain Uint8Array, which Response accepts everywhere. */
export const fileResponse = (body: string | Buffer, type: string) =>
  new Response(typeof body === 'string' ? body : new Uint8Array(body), { headers: { 'Content-Type': type } });

/** What a chart page shows to share, download and embed its chart, in the page's language. */
export async function chartSharing(spec: Chart, content: ShareContent, lang: Lang) {
  const files = chartFiles(spec, content, lang, site.url);
  const png = downloadPngSize(spec, content, lang);
  const notes: Record<DownloadFormat, string> = {
    csv: t(lang, 'download.csvNote'),
    json: '',
    svg: t(lang, 'download.svgNote'),
    png: t(lang, 'download.pngNote', { width: png.width, height: png.height }),
  };
  const downloads = await Promise.all(
    downloadFormats.map(async (format) => ({
      format,
      bytes: (await chartDownload(spec, content, lang, format)).bytes,
      note: notes[format],
    })),
  );
  // The embed starts at about the height it will take (the wide drawing, its title and source
  // line) so the host page barely moves when the first height message arrives.
  const initialHeight = builderFor(files.data).height(files.data, 'wide') + 160;
  const snippet = embedSnippet({
    siteUrl: site.url,
    lang,
    id: spec.id,
    title: t(lang, 'embed.frameTitle', { title: files.data.title, site: t(lang, 'site.name') }),
    initialHeight,
  });
  return {
    pictureAlt: t(lang, 'share.chartPictureAlt', { title: files.data.title, source: files.picture.sourceLine }),
    downloads,
    snippet,
    sourceLine: files.meta.source,
  };
}

/** The figure page's preview picture, described for its alt text and og:image:alt. */
export function figurePictureAlt(metric: Metric, content: Pick<ShareContent, 'areas' | 'sources'>, lang: Lang): string {
  const picture = figurePicture(metric, content, lang, site.url);
  const figure = [picture.qualifier, picture.amount].filter(Boolean).join(lang === 'en' ? ' ' : '');
  return t(lang, 'share.figurePictureAlt', {
    label: picture.label,
    figure,
    year: picture.yearText.replace(/年$/, ''),
    source: picture.sourceLine,
  });
}
