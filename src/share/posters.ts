/**
 * Posters for WeChat Moments (朋友圈): a tall 1080×1440 picture of a chart, a figure or a story,
 * in the page's language, with its title, its key figure (or the chart itself), the source, the
 * site, and a QR code of the page's address, so a reader can save it, post it, and their friends
 * can long-press the code to open the page. Moments takes pictures, not links: the code is the link.
 *
 * Drawn by the same picture code as the 1200×630 previews (src/share/pictures.ts: band, text,
 * logo, the chart builders' own drawing, palette and font) and rendered by the same renderer and
 * cache (src/share/png.ts). Pure: SVG strings from inputs; the inputs come from the same views as
 * the pages (chartFiles, figurePicture in src/share/chart-files.ts), so a poster never says a
 * number its page does not.
 */
import { h, round, type SvgNode } from '../charts/svg.ts';
import { textWidth } from '../charts/text.ts';
import { pictureLines } from './picture-lines.ts';
import type { ChartData } from '../charts/types.ts';
import { t } from '../i18n/index.ts';
import type { Lang } from '../i18n/languages.ts';
import { punctuation } from '../i18n/punctuation.ts';
import { POSTER_SIZE } from '../routes/urls.ts';
import {
  band,
  colors,
  estimateScale,
  fitChart,
  logo,
  nestedChart,
  PICTURE_FONT_FAMILY,
  pictureRoot,
  qualifierGap,
  text,
  type PictureFrame,
} from './pictures.ts';
import { qrPath } from './qr.ts';

/** A figure as a poster leads with it, as its page writes it. */
export interface PosterFigure {
  /** "more than" / "超过", or ''. */
  qualifier: string;
  /** "748,000" / "74.8万": the number with its unit. */
  amount: string;
  /** Above the number: the year it is for ("2024" / "2024年"). */
  above: string;
  /** Under the number: a target year ("by 2025"), what it counts (on a story's poster), or ''. */
  below: string;
}

/** What a poster shows between its title and its foot: a chart's drawing, a figure, or neither. */
export type PosterLead =
  { kind: 'chart'; data: ChartData } | { kind: 'figure'; figure: PosterFigure } | { kind: 'none' };

/** What a poster is drawn from, in the page's language. */
export interface PosterInput extends PictureFrame {
  /** What the page is: "Chart · Health and development", "第二章 · 健康与发展". */
  eyebrow: string;
  title: string;
  /** Under the title: a chart's subtitle, or a story's summary. */
  subtitle?: string;
  lead: PosterLead;
  /** The page's canonical address: the QR code opens it. */
  url: string;
}

const WIDTH = POSTER_SIZE.width;
const HEIGHT = POSTER_SIZE.height;
const PADDING = 72;
/** The QR code's side in px: about 100 CSS px when a phone shows the poster across its width. */
const QR_SIZE = 272;
/** Where the foot (rule, QR code, scan caption, source, site) starts. */
const FOOT_TOP = HEIGHT - PADDING - QR_SIZE - 44;

/** The QR code of `url` as a nested <svg> at x, y, `size` px square, black on white with its quiet zone. */
function qrNode(url: string, x: number, y: number, size: number): SvgNode {
  const qr = qrPath(url);
  return h(
    'svg',
    { x, y, width: size, height: size, viewBox: `0 0 ${qr.size} ${qr.size}`, 'shape-rendering': 'crispEdges' },
    h('rect', { width: qr.size, height: qr.size, fill: '#ffffff' }),
    h('path', { d: qr.d, fill: '#000000' }),
  );
}

/**
 * The foot of a poster: a rule, the QR code on the left; on its right what to do with it, the
 * source, and the site's mark, name and host at the bottom.
 */
function foot(input: PosterInput): SvgNode[] {
  const qrTop = FOOT_TOP + 44;
  const columnX = PADDING + QR_SIZE + 44;
  const columnWidth = WIDTH - PADDING - columnX;
  const scanLines = pictureLines(t(input.lang, 'poster.scan'), columnWidth, 30, 2, true);
  const sourceTop = qrTop + 30 + (scanLines.length - 1) * 40 + 24;
  const logoSize = 52;
  const brandTop = qrTop + QR_SIZE - logoSize;
  // The source fills what the scan caption and the site's name leave, cut with "…" if longer.
  const sourceLineCount = Math.max(1, Math.floor((brandTop - 20 - sourceTop) / 34));
  const nameSize = 26;
  const nameLines = pictureLines(input.siteName, columnWidth - logoSize - 16, nameSize, 1, true);
  return [
    h('line', {
      x1: PADDING,
      x2: WIDTH - PADDING,
      y1: FOOT_TOP,
      y2: FOOT_TOP,
      stroke: colors.rule,
      'stroke-width': 2,
    }),
    qrNode(input.url, PADDING, qrTop, QR_SIZE),
    text({ x: columnX, y: qrTop + 30, lines: scanLines, size: 30, lineHeight: 40, weight: 'bold' }),
    text({
      x: columnX,
      y: sourceTop + 24,
      lines: pictureLines(input.sourceLine, columnWidth, 24, sourceLineCount),
      size: 24,
      lineHeight: 34,
      paint: 'text-muted',
    }),
    logo(columnX, brandTop, logoSize, input.markColours),
    text({
      x: columnX + logoSize + 16,
      y: brandTop + 22,
      lines: nameLines,
      size: nameSize,
      weight: 'bold',
    }),
    text({
      x: columnX + logoSize + 16,
      y: brandTop + 22 + 30,
      lines: [input.siteHost],
      size: 22,
      paint: 'text-muted',
    }),
  ];
}

/**
 * A figure set large in the box from `top` to `bottom`: the year above, the qualifier and the
 * number on one line (the qualifier above when the number would be too small beside it), a
 * target or what it counts below. Centred in the box, as on the figure previews.
 */
function figureBlock(figure: PosterFigure, lang: Lang, top: number, bottom: number): SvgNode[] {
  const inner = WIDTH - PADDING * 2;
  const qualifierSize = 48;
  const qualifierWidth = figure.qualifier
    ? textWidth(figure.qualifier, qualifierSize, true) * estimateScale[lang] + qualifierGap[lang] * 1.2
    : 0;
  const amountEm = Math.max(1, textWidth(figure.amount, 1, true) * estimateScale[lang]);
  const inlineSize = Math.min(220, Math.floor((inner - qualifierWidth) / amountEm));
  const stackedSize = Math.min(220, Math.floor(inner / amountEm));
  const inline = !figure.qualifier || inlineSize >= 130 || inlineSize >= stackedSize * 0.85;
  const amountSize = inline ? inlineSize : stackedSize;
  const aboveSize = 36;
  const belowSize = 32;
  const belowLines = figure.below ? pictureLines(figure.below, inner, belowSize, 3) : [];
  const blockHeight =
    (figure.above ? aboveSize + 28 : 0) +
    (inline || !figure.qualifier ? 0 : qualifierSize + 20) +
    amountSize * 0.74 +
    (belowLines.length ? 36 + belowSize + (belowLines.length - 1) * 44 : 0);
  let y = top + Math.max(0, (bottom - top - blockHeight) / 2);
  const nodes: SvgNode[] = [];
  if (figure.above) {
    nodes.push(
      text({
        x: PADDING,
        y: y + aboveSize,
        lines: [figure.above],
        size: aboveSize,
        weight: 'bold',
        paint: 'text-muted',
      }),
    );
    y += aboveSize + 28;
  }
  if (figure.qualifier && !inline) {
    nodes.push(
      text({
        x: PADDING,
        y: y + qualifierSize,
        lines: [figure.qualifier],
        size: qualifierSize,
        weight: 'bold',
        paint: 'text-muted',
      }),
    );
    y += qualifierSize + 20;
  }
  const baseline = y + amountSize * 0.74;
  if (figure.qualifier && inline)
    nodes.push(
      text({
        x: PADDING,
        y: baseline,
        lines: [figure.qualifier],
        size: qualifierSize,
        weight: 'bold',
        paint: 'text-muted',
      }),
    );
  nodes.push(
    h(
      'text',
      {
        x: PADDING + (inline ? qualifierWidth : 0),
        y: round(baseline),
        'font-size': amountSize,
        'font-weight': 700,
        fill: colors.accentStrong,
        'font-family': PICTURE_FONT_FAMILY,
      },
      figure.amount,
    ),
  );
  if (belowLines.length)
    nodes.push(
      text({
        x: PADDING,
        y: baseline + 36 + belowSize,
        lines: belowLines,
        size: belowSize,
        lineHeight: 44,
        weight: 'bold',
        paint: 'text-muted',
      }),
    );
  return nodes;
}

/**
 * The 1080×1440 poster of a chart, a figure or a story: the area's band, what the page is, its
 * title (and subtitle or summary), then what it leads with as large as the room allows (the chart
 * as its builder draws it, or the figure as its page writes it), and the foot with the QR code
 * of the page, the source and the site. Text that does not fit is cut with "…", never overflows.
 */
export function posterSvg(input: PosterInput): string {
  const inner = WIDTH - PADDING * 2;
  const nodes: (SvgNode | string)[] = [band(WIDTH, input.areaColour)];
  let y = 12 + 64 + 28;
  nodes.push(
    text({
      x: PADDING,
      y,
      lines: pictureLines(input.eyebrow, inner, 28, 1, true),
      size: 28,
      weight: 'bold',
      paint: 'text-muted',
    }),
  );
  const titleSize = input.lead.kind === 'chart' ? 52 : 60;
  const titleLineHeight = Math.round(titleSize * 1.25);
  const titleLines = pictureLines(input.title, inner, titleSize, 4, true);
  y += 36 + titleSize;
  nodes.push(text({ x: PADDING, y, lines: titleLines, size: titleSize, lineHeight: titleLineHeight, weight: 'bold' }));
  y += (titleLines.length - 1) * titleLineHeight;
  if (input.subtitle) {
    // Without a figure or chart, the summary says what the page is about, so it may take more lines.
    const size = input.lead.kind === 'none' ? 34 : 28;
    const lineHeight = Math.round(size * 1.45);
    const lines = pictureLines(input.subtitle, inner, size, input.lead.kind === 'none' ? 8 : 3);
    y += 28 + size;
    nodes.push(text({ x: PADDING, y, lines, size, lineHeight, paint: 'text-muted' }));
    y += (lines.length - 1) * lineHeight;
  }
  const boxTop = y + 48;
  const boxBottom = FOOT_TOP - 48;
  if (input.lead.kind === 'chart') {
    const box = { width: inner, height: boxBottom - boxTop };
    const fit = fitChart(input.lead.data, box, 2.2);
    const drawnWidth = fit.width * fit.scale;
    const drawnHeight = fit.height * fit.scale;
    nodes.push(
      nestedChart(
        input.lead.data,
        fit.width,
        PADDING + (box.width - drawnWidth) / 2,
        boxTop + (box.height - drawnHeight) / 2,
        fit.scale,
      ),
    );
  } else if (input.lead.kind === 'figure') {
    nodes.push(...figureBlock(input.lead.figure, input.lang, boxTop, boxBottom));
  }
  nodes.push(...foot(input));
  const marks = punctuation[input.lang];
  const figure =
    input.lead.kind === 'figure'
      ? [input.lead.figure.qualifier, input.lead.figure.amount].filter(Boolean).join(marks.space)
      : '';
  const description = [input.eyebrow, input.title, figure, input.sourceLine, input.url]
    .filter(Boolean)
    .join(marks.separator);
  return pictureRoot(WIDTH, HEIGHT, input.title, description, nodes);
}
