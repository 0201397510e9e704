/**
 * What the share menu, the embed snippet and the downloads link to: absolute page URLs, the
 * Weibo and e-mail links, the embed snippet and the download file names. Pure: no Astro, no DOM,
 * so the pages, the endpoints and the tests all agree on every address.
 */
import { localizedPath, sitePath, type Lang } from '../i18n/languages.ts';

/** What a share link is about: a chart or a single figure. */
export type ShareKind = 'charts' | 'figures';

/**
 * `https://yearinreview.unicef.cn/zh/charts/newborn-care-training/` from the configured site origin
 * and a site path (which carries the base, see src/i18n/languages.ts `sitePath`).
 */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, siteUrl).href;
}

/**
 * The one place a chart's or a figure's own page gets its address: `/zh/charts/newborn-care-training/`,
 * `/en/figures/partners/`. Every link, share URL, canonical and preview reads it from here.
 */
export const pagePath = (lang: Lang, kind: ShareKind, id: string) => localizedPath(lang, `${kind}/${id}`);

/** A figure's own page: `/en/figures/partners/` (see `pagePath`). */
export const figurePath = (lang: Lang, id: string) => pagePath(lang, 'figures', id);

/** A chart's own page: `/zh/charts/newborn-care-training/` (see `pagePath`). */
export const chartPath = (lang: Lang, id: string) => pagePath(lang, 'charts', id);

/** The open-data page, which lists and filters every figure: `/en/data/`. */
export const dataPath = (lang: Lang) => localizedPath(lang, 'data');

/** The page that sets every figure's values in each review year side by side: `/zh/changes/`. */
export const changesPath = (lang: Lang) => localizedPath(lang, 'changes');

/** A story's page: `/zh/2024/health/` from its path under content/stories/{lang}/ (`2024/health`). */
export const storyPath = (lang: Lang, path: string) => localizedPath(lang, `${path}/`);

/** The corrections log of one language: `/en/corrections/`. */
export const correctionsPath = (lang: Lang) => localizedPath(lang, 'corrections');

/** One entry of the corrections log, by its id: `/en/corrections/#partners-2024`. */
export const correctionPath = (lang: Lang, id: string) => `${correctionsPath(lang)}#${id}`;

/** The Atom feed of the corrections log, one per language: `/zh/corrections/feed.xml`. */
export const correctionsFeedPath = (lang: Lang) => sitePath(`/${lang}/corrections/feed.xml`);

/** The formats of the open data (every figure, both languages in one file). */
export type OpenDataFormat = 'csv' | 'json';
/** Where the open data is served: `/data/metrics.csv`, `/data/metrics.json`. */
export const openDataPath = (format: OpenDataFormat) => sitePath(`/data/metrics.${format}`);

/** The social preview image of a chart or figure page, one per language. */
export const previewImagePath = (lang: Lang, kind: ShareKind, id: string) => sitePath(`/og/${lang}/${kind}/${id}.png`);

/** Social preview images are 1200×630, the size Open Graph, Twitter/X and Weibo crop least. */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/** What a poster is of: a chart, a figure, or a story (its path under content/stories/{lang}/: `2024/health`). */
export type PosterKind = ShareKind | 'stories';

/**
 * The poster for WeChat Moments of a chart, figure or story page, one per language:
 * `/posters/zh/charts/newborn-care-training.png`, `/posters/en/stories/2024/health.png`.
 */
export const posterPath = (lang: Lang, kind: PosterKind, id: string) => sitePath(`/posters/${lang}/${kind}/${id}.png`);

/**
 * Posters are 1080×1440 (3:4): the tall picture WeChat Moments shows whole in its feed and a
 * phone shows across its width, with room for a QR code that can be scanned from the screen.
 */
export const POSTER_SIZE = { width: 1080, height: 1440 } as const;

/** The page other sites frame: `/embed/zh/newborn-care-training/` (under the base, if any). */
export const embedPath = (lang: Lang, id: string) => sitePath(`/embed/${lang}/${id}/`);

/** The formats a chart can be downloaded in: data (CSV, JSON) and picture (SVG, PNG). */
export type DownloadFormat = 'csv' | 'json' | 'svg' | 'png';
/** Every download format, in the order the chart page lists them. */
export const downloadFormats: readonly DownloadFormat[] = ['csv', 'json', 'svg', 'png'];

/** `newborn-care-training-zh.csv`: the file name says which chart, which language and which format. */
export const downloadName = (id: string, lang: Lang, format: DownloadFormat) => `${id}-${lang}.${format}`;
/** Where a download is served: `/downloads/newborn-care-training-zh.csv`. */
export const downloadPath = (id: string, lang: Lang, format: DownloadFormat) =>
  sitePath(`/downloads/${downloadName(id, lang, format)}`);

/** Reads a download file name back: `newborn-care-training-zh.csv` → its chart, language and format. */
export function parseDownloadName(name: string): { id: string; lang: Lang; format: DownloadFormat } | undefined {
  const match = /^([a-z0-9]+(?:-[a-z0-9]+)*)-(en|zh)\.(csv|json|svg|png)$/.exec(name);
  return match ? { id: match[1]!, lang: match[2] as Lang, format: match[3] as DownloadFormat } : undefined;
}

/**
 * Weibo's share page. It is a plain link the reader follows, not a request the page makes, so no
 * script or widget from weibo.com is loaded. `pic` offers Weibo the preview image.
 */
export function weiboShareUrl(url: string, title: string, picture?: string): string {
  const params = new URLSearchParams({ url, title });
  if (picture) params.set('pic', picture);
  return `https://service.weibo.com/share/share.php?${params.toString()}`;
}

/**
 * A mailto: link with subject and body filled in. encodeURIComponent, not URLSearchParams: mail
 * clients read "+" literally, so spaces must be %20 (RFC 6068).
 */
export function mailtoUrl(subject: string, body: string): string {
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** How an embed is coloured: light (the default), dark, or auto (the reader's setting). */
export type EmbedTheme = 'light' | 'dark' | 'auto';

/**
 * The theme an embed's address asks for: `?theme=dark` or `?theme=auto`; anything else is light.
 * Case and surrounding spaces are ignored, so `?theme=Dark` works as a person would expect.
 */
export function embedTheme(search: string): EmbedTheme {
  const asked = new URLSearchParams(search).get('theme')?.trim().toLowerCase();
  return asked === 'dark' || asked === 'auto' ? asked : 'light';
}

/** The message an embed page sends its parent whenever its height changes. */
export const EMBED_MESSAGE_TYPE = 'unicef-china-yir:embed-height';

/** What an embed tells its parent page: its chart, language and content height. */
export interface EmbedHeightMessage {
  type: typeof EMBED_MESSAGE_TYPE;
  /** The chart id and language, so a page with several embeds can tell them apart. */
  chart: string;
  lang: Lang;
  /** The embed's content height in CSS pixels. */
  height: number;
}

/** True when a `message` event's data is an embed's height message with a usable height (finite, > 0). */
export function isEmbedHeightMessage(data: unknown): data is EmbedHeightMessage {
  if (!data || typeof data !== 'object') return false;
  const message = data as Partial<EmbedHeightMessage>;
  return (
    message.type === EMBED_MESSAGE_TYPE &&
    typeof message.height === 'number' &&
    Number.isFinite(message.height) &&
    message.height > 0
  );
}

/** What the embed snippet is made from. */
export interface EmbedSnippetOptions {
  /** The site's origin and path prefix: the configured site URL. */
  siteUrl: string;
  lang: Lang;
  id: string;
  /** The iframe's accessible name: the chart's title and the site's name. */
  title: string;
  /** The height the iframe starts at before the first message arrives. */
  initialHeight: number;
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The code a donor pastes into their own page: an iframe that fills the width, and a few lines
 * that set its height from the embed's message. The listener only believes messages from this
 * site's origin, and only resizes the iframe the message came from, so several embeds (and any
 * other frames) on one page do not interfere.
 */
export function embedSnippet(options: EmbedSnippetOptions): string {
  const src = absoluteUrl(options.siteUrl, embedPath(options.lang, options.id));
  const origin = new URL(options.siteUrl).origin;
  return [
    "<!-- Light by default. For a dark chart add ?theme=dark to the address; ?theme=auto follows the reader's setting. -->",
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(options.title)}" width="100%" height="${Math.round(options.initialHeight)}" style="width:100%;border:0" loading="lazy" data-yir-embed></iframe>`,
    '<script>',
    'addEventListener("message", function (event) {',
    `  if (event.origin !== "${origin}" || !event.data || event.data.type !== "${EMBED_MESSAGE_TYPE}") return;`,
    '  document.querySelectorAll("iframe[data-yir-embed]").forEach(function (frame) {',
    '    if (frame.contentWindow === event.source) frame.height = String(Math.ceil(event.data.height));',
    '  });',
    '});',
    '</script>',
  ].join('\n');
}

/** `12.3 KB`, `850 B`: file sizes next to download links, in both languages' usual units. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A year's edition in full, every chapter on one page: `/zh/2024/edition/` (what the PDF edition prints). */
export const editionPath = (lang: Lang, year: number) => localizedPath(lang, `${year}/edition`);

/** The PDF edition's file name: `review-2024-zh.pdf`. */
export const pdfEditionName = (year: number, lang: Lang) => `review-${year}-${lang}.pdf`;

/** Where the PDF edition of a year in one language is served: `/downloads/review-2024-zh.pdf` (under the base). */
export const pdfEditionPath = (year: number, lang: Lang) => sitePath(`/downloads/${pdfEditionName(year, lang)}`);

/**
 * The environment variable through which the PDF step (src/integrations/pdf-editions.ts) tells the
 * pages of the same build whether it will print the PDF editions: "1" when a Chromium was found
 * for `astro build`, anything else when not (no Chromium, `PDF_EDITIONS=off`, or `astro dev`).
 */
export const PDF_EDITIONS_FLAG = 'YIR_PDF_EDITIONS_BUILT';

/**
 * True when this build prints the PDF editions, so a page may link them: a page never links a
 * PDF the build does not write. Read on the server only (the pages' build runs in the process
 * the integration set the flag in); false in the browser.
 */
export function pdfEditionsBuilt(): boolean {
  const server = (globalThis as { process?: { env: Record<string, string | undefined> } }).process;
  return server?.env[PDF_EDITIONS_FLAG] === '1';
}
