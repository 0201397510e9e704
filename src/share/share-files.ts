/**
 * The files the share features publish, built from the loaded content: social preview PNGs and
 * chart downloads. Used by the endpoints that write them and by the pages that link them (for
 * sizes), so both get the very same bytes; PNGs are rendered once per build (src/share/png.ts).
 */
import { availableParallelism } from 'node:os';
import { site } from '../config.ts';
import { chartFiles, figurePicture, tableCsv, tableJson } from './chart-files.ts';
import { chartPreviewSvg, chartStandaloneSvg, figurePreviewSvg } from './pictures.ts';
import { svgToPng } from './png.ts';
import { downloadFormats, embedSnippet, type DownloadFormat } from '../routes/urls.ts';
import { builderFor } from '../charts/index.ts';
import { t } from '../i18n/index.ts';
import { languages, type Lang } from '../i18n/languages.ts';
import { punctuation } from '../i18n/punctuation.ts';
import { memoPerIndex, type ContentIndex } from '../model/content-index.ts';
import { chartView } from '../views/chart-view.ts';
import { figureView } from '../views/figure-view.ts';

/**
 * How many pictures are rendered at once: one per core, at most 4 (resvg renders on libuv's
 * thread pool, 4 threads by default). On the 2-core machines the project builds on, 2.
 */
export const PICTURE_JOBS = Math.max(1, Math.min(4, availableParallelism()));

/**
 * Runs `run` over `items`, at most `jobs` at a time, in order. A failed item is left for its
 * own route to report (it awaits the same memoised promise), so one bad picture does not stop
 * the others. Resolves when every item has settled.
 */
export async function inPool<T>(items: readonly T[], jobs: number, run: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next]!;
      next += 1;
      try {
        await run(item);
      } catch {
        // reported by the route that awaits this picture
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, items.length) }, worker));
}

/** The kinds of picture endpoint, each with its routes' pictures in the order Astro writes them. */
export type PictureKind = 'chart previews' | 'figure previews' | 'download PNGs';

const ahead = memoPerIndex<Promise<void>>();

/**
 * Starts rendering every picture of one endpoint kind, {@link PICTURE_JOBS} at a time, when the
 * first of its routes is written: Astro writes routes one after another, so without this each
 * picture waited for the one before, though resvg draws on other threads. The pictures are the
 * memoised promises the routes then await (svgToPng), so each is still drawn once, and a
 * picture in the disk cache is only read. Not in `astro dev`, which draws what is asked for.
 * Returns nothing to wait for: each route awaits its own picture.
 */
export function renderAhead(content: ContentIndex, kind: PictureKind): void {
  if (import.meta.env?.DEV) return;
  void ahead(content, `${kind}|${site.url}`, () => {
    if (kind === 'chart previews')
      return inPool(
        languages.flatMap((lang) => content.charts.ids.map((id) => [id, lang] as const)),
        PICTURE_JOBS,
        ([id, lang]) => chartPreviewPng(content, id, lang),
      );
    if (kind === 'figure previews')
      return inPool(
        languages.flatMap((lang) => content.metrics.ids.map((id) => [id, lang] as const)),
        PICTURE_JOBS,
        ([id, lang]) => figurePreviewPng(content, id, lang),
      );
    return inPool(
      content.charts.ids.flatMap((id) => languages.map((lang) => [id, lang] as const)),
      PICTURE_JOBS,
      ([id, lang]) => chartDownload(content, id, lang, 'png'),
    );
  });
}

/** PNG downloads are drawn at twice the SVG's size: sharp on high-density screens and in print. */
export const DOWNLOAD_PNG_ZOOM = 2;

/**
 * A chart page's 1200×630 social preview as PNG bytes (src/share/png.ts caches the rendering).
 * @throws Error naming content/charts/{id}.yaml when there is no such chart
 */
export const chartPreviewPng = (content: ContentIndex, id: string, lang: Lang) =>
  svgToPng(chartPreviewSvg(chartFiles(content, id, lang, site.url).picture), { lang });

/**
 * A figure page's 1200×630 social preview as PNG bytes.
 * @throws Error naming content/metrics/{id}.yaml when there is no such metric
 */
export const figurePreviewPng = (content: ContentIndex, id: string, lang: Lang) =>
  svgToPng(figurePreviewSvg(figurePicture(content, id, lang, site.url)), { lang });

/** One download's bytes, its Content-Type and its size in bytes. */
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

const standaloneSvgs = memoPerIndex<string>();
const downloads = memoPerIndex<Promise<DownloadFile>>();

/** The chart's standalone SVG (the SVG and PNG downloads draw it), drawn once per chart and language. */
const standaloneSvg = (content: ContentIndex, id: string, lang: Lang) =>
  standaloneSvgs(content, `${id}|${lang}|${site.url}`, () =>
    chartStandaloneSvg(chartFiles(content, id, lang, site.url).download),
  );

/**
 * One download of one chart in one language: its bytes, content type and size. Made once per
 * build (the chart page reads the size, the download endpoint the bytes).
 * @throws Error naming content/charts/{id}.yaml when there is no such chart
 */
export function chartDownload(
  content: ContentIndex,
  id: string,
  lang: Lang,
  format: DownloadFormat,
): Promise<DownloadFile> {
  return downloads(content, `${id}|${lang}|${format}|${site.url}`, async () => {
    const files = chartFiles(content, id, lang, site.url);
    let body: string | Buffer;
    if (format === 'csv') body = tableCsv(files.table);
    else if (format === 'json') body = tableJson(files.meta, files.table);
    else if (format === 'svg') body = `<?xml version="1.0" encoding="UTF-8"?>\n${standaloneSvg(content, id, lang)}\n`;
    else body = await svgToPng(standaloneSvg(content, id, lang), { zoom: DOWNLOAD_PNG_ZOOM, lang });
    return {
      body,
      type: contentTypes[format],
      bytes: typeof body === 'string' ? Buffer.byteLength(body) : body.length,
    };
  });
}

/** The pixel size of the PNG download, from the standalone SVG's own size. */
export function downloadPngSize(content: ContentIndex, id: string, lang: Lang): { width: number; height: number } {
  const svg = standaloneSvg(content, id, lang);
  const width = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  const height = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  return { width: Math.round(width * DOWNLOAD_PNG_ZOOM), height: Math.round(height * DOWNLOAD_PNG_ZOOM) };
}

/** A Response for an endpoint; Buffers are copied into a plain Uint8Array, which Response accepts everywhere. */
export const fileResponse = (body: string | Buffer, type: string) =>
  new Response(typeof body === 'string' ? body : new Uint8Array(body), { headers: { 'Content-Type': type } });

/** What a chart page and its embed show to share, download and embed the chart, in one language. */
export interface ChartSharing {
  /** The preview picture's text alternative (and og:image:alt). */
  pictureAlt: string;
  /** Each download's format, size in bytes and a note on it ("UTF-8, opens in Excel"). */
  downloads: { format: DownloadFormat; bytes: number; note: string }[];
  /** The code a donor pastes to embed the chart. */
  snippet: string;
  /** "Source: …" with every section, as the embed prints it. */
  sourceLine: string;
}

const sharings = memoPerIndex<Promise<ChartSharing>>();

/**
 * What a chart page shows to share, download and embed its chart, in the page's language; made
 * once per chart and language (the chart page and the embed page both read it).
 * @throws Error naming content/charts/{id}.yaml when there is no such chart
 */
export function chartSharing(content: ContentIndex, id: string, lang: Lang): Promise<ChartSharing> {
  return sharings(content, `${id}|${lang}|${site.url}`, async () => {
    const files = chartFiles(content, id, lang, site.url);
    const view = chartView(content, id, lang);
    const png = downloadPngSize(content, id, lang);
    const notes: Record<DownloadFormat, string> = {
      csv: t(lang, 'download.csvNote'),
      json: '',
      svg: t(lang, 'download.svgNote'),
      png: t(lang, 'download.pngNote', { width: png.width, height: png.height }),
    };
    const downloads = await Promise.all(
      downloadFormats.map(async (format) => ({
        format,
        bytes: (await chartDownload(content, id, lang, format)).bytes,
        note: notes[format],
      })),
    );
    // The embed starts at about the height it will take (the wide drawing, its title and source
    // line) so the host page barely moves when the first height message arrives.
    const initialHeight = builderFor(view.data).height(view.data, 'wide') + 160;
    const snippet = embedSnippet({
      siteUrl: site.url,
      lang,
      id,
      title: t(lang, 'embed.frameTitle', { title: view.title, site: t(lang, 'site.name') }),
      initialHeight,
    });
    return {
      pictureAlt: t(lang, 'share.chartPictureAlt', { title: view.title, source: files.picture.sourceLine }),
      downloads,
      snippet,
      sourceLine: files.meta.source,
    };
  });
}

/**
 * The figure page's preview picture, described for its alt text and og:image:alt.
 * @throws Error naming content/metrics/{id}.yaml when there is no such metric
 */
export function figurePictureAlt(content: ContentIndex, id: string, lang: Lang): string {
  const { latest } = figureView(content, id, lang);
  const picture = figurePicture(content, id, lang, site.url);
  const figure = [picture.qualifier, picture.amount].filter(Boolean).join(punctuation[lang].space);
  return t(lang, 'share.figurePictureAlt', {
    label: picture.label,
    figure,
    year: latest.figure.entry.year,
    source: picture.sourceLine,
  });
}
