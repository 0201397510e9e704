/**
 * Pictures of charts and figures for use outside the page: the 1200×630 social preview of a
 * chart or a figure, and a chart's standalone SVG download. Each is one SVG string, drawn by the
 * same chart builders as the page (src/charts/) with literal colours and the bundled font named,
 * because neither a PNG renderer nor a file opened on its own sees the site's CSS.
 * Pure: the PNG is rendered from these strings elsewhere (src/share/png.ts).
 */
import { builderFor } from '../charts/index.ts';
import { modeFor, MIN_WIDTH } from '../charts/layout.ts';
import { h, render, round, textBlock, type SvgNode } from '../charts/svg.ts';
import { textWidth } from '../charts/text.ts';
import { pictureLines } from './picture-lines.ts';
import type { ChartData, ChartTheme } from '../charts/types.ts';
import { PREVIEW_SIZE } from '../routes/urls.ts';
import { markShapes, MARK_SIZE } from '../views/mark.ts';
import type { Lang } from '../i18n/languages.ts';
import { punctuation } from '../i18n/punctuation.ts';

/**
 * How much of the width estimate a line of this language takes: the estimates (src/charts/text.ts)
 * are for DejaVu Sans, about a tenth wider than Noto Sans SC's Latin; Chinese is measured as is.
 */
export const estimateScale: Record<Lang, number> = { en: 0.9, zh: 1 };

/** The gap after a qualifier set beside its number, in px at 40 px: a word space in English, a hair in Chinese. */
export const qualifierGap: Record<Lang, number> = { en: 16, zh: 8 };

/**
 * The font the pictures name first: Noto Sans SC, which the build brings itself
 * (@expo-google-fonts/noto-sans-sc) and gives the PNG renderer, so Chinese renders the same on
 * every machine. The rest of the stack serves an SVG download opened where Noto is not installed.
 */
export const PICTURE_FONT_FAMILY =
  "'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', system-ui, sans-serif";

/**
 * The light palette of src/styles/global.css and src/styles/charts.css as literal colours (a
 * test keeps the two in step). Pictures are always light: they are shown on white by chat apps,
 * social networks and documents whatever the reader's colour scheme.
 */
export const pictureTheme: ChartTheme = {
  colors: {
    c1: '#0068a0',
    c3: '#b3446c',
    c4: '#6a4c93',
    muted: '#4a5f6d',
    tile: '#e6eef3',
    'on-mark': '#ffffff',
    text: '#102a3a',
    'text-muted': '#4a5f6d',
    axis: '#4a5f6d',
    grid: '#dde8ee',
    bg: '#ffffff',
    target: '#102a3a',
  },
  fontFamily: PICTURE_FONT_FAMILY,
};

/** The picture palette with the few colours frames add (src/share/story-pictures.ts draws with it too). */
export const colors = {
  ...pictureTheme.colors,
  accentStrong: '#004b73',
  rule: '#c9dbe4',
  logo: '#0068a0',
};

/**
 * Focus rings are painted by the page's CSS only when a point has focus; a picture has no focus,
 * and a renderer without that CSS would fill them black.
 */
const pictureStyle = '.chart-focus-ring{display:none}';

/** What frames a chart or figure in a picture: words in the page's language. */
export interface PictureFrame {
  lang: Lang;
  /** The site's name in the page's language. */
  siteName: string;
  /** The site's host, shown under its name: `yearinreview.unicef.cn`. */
  siteHost: string;
  /** "Source: UNICEF China Annual Review 2024 (Health)", already in the page's language. */
  sourceLine: string;
  /** The programme area's colour, for the band along the top. */
  areaColour: string;
  /**
   * The programme areas' colours in content order, for the arcs of the site's mark in the footer
   * (src/views/mark.ts). Without them the ring is drawn in the site's blue, one arc.
   */
  markColours?: readonly string[];
}

/** What a chart's pictures (social preview, standalone SVG and PNG) are drawn from. */
export interface ChartPictureInput extends PictureFrame {
  data: ChartData;
  title: string;
  subtitle?: string;
}

/** What a figure's social preview is drawn from: the figure as its page writes it. */
export interface FigurePictureInput extends PictureFrame {
  /** What the figure counts: the metric's label. */
  label: string;
  /** The programme area's name, above the label. */
  areaName: string;
  /** The qualifier as the page writes it ("almost", "近"), or ''. */
  qualifier: string;
  /** The number with its unit ("748,000", "74.8万", "US$10 million"). */
  amount: string;
  /** "by 2025" / "2025年前" for a target, or ''. */
  target: string;
  /** "2024" / "2024年": the year the figure is for. */
  yearText: string;
}

/**
 * The site's mark (src/views/mark.ts, as in the header's src/components/Logo.astro), drawn at
 * `size` px with its top-left corner at x, y, in the light theme's literal colours.
 */
export function logo(x: number, y: number, size: number, arcs: readonly string[] | undefined): SvgNode {
  const k = size / MARK_SIZE;
  const shapes = markShapes({ arcs: arcs?.length ? arcs : [colors.logo], centre: colors.logo, child: '#ffffff' });
  return h(
    'g',
    { transform: `translate(${round(x)} ${round(y)}) scale(${round(k * 1000) / 1000})` },
    ...shapes.map(({ name, attributes }) => h(name, attributes)),
  );
}

/** A block of text lines in the picture theme. */
export const text = (options: Omit<Parameters<typeof textBlock>[0], 'theme'>) =>
  textBlock({ ...options, theme: pictureTheme });

/** The band along the top, in the programme area's colour. */
export const band = (width: number, colour: string) => h('rect', { x: 0, y: 0, width, height: 12, fill: colour });

interface FooterSizes {
  source: number;
  name: number;
  host: number;
  logo: number;
  /** Lines of source text before it is cut with "…". */
  sourceLines: number;
}

const socialFooter: FooterSizes = { source: 19, name: 22, host: 18, logo: 42, sourceLines: 2 };
const downloadFooter: FooterSizes = { source: 15, name: 17, host: 14, logo: 34, sourceLines: 4 };

/** How tall a footer is, rule to bottom edge. */
const footerHeight = (sizes: FooterSizes, sourceLines: number) =>
  Math.max(sizes.logo + 56, 20 + sourceLines * Math.round(sizes.source * 1.42) + 24);

/**
 * The footer every picture shares: the source on the left, the site's mark, name and host on
 * the right, under a rule at `top`.
 */
export function footer(
  frame: PictureFrame,
  width: number,
  top: number,
  padding: number,
  sizes: FooterSizes = socialFooter,
): SvgNode[] {
  const brandMax = width * 0.45;
  const nameLines = pictureLines(frame.siteName, brandMax - sizes.logo - 14, sizes.name, 1, true);
  const nameWidth = textWidth(nameLines[0] ?? '', sizes.name, true) * estimateScale[frame.lang];
  const hostWidth = textWidth(frame.siteHost, sizes.host) * 0.9;
  const brandWidth = Math.max(nameWidth, hostWidth) + sizes.logo + 14;
  const source = sourceLinesFor(frame, width, padding, sizes);
  const lineHeight = Math.round(sizes.source * 1.42);
  const brandRight = width - padding;
  return [
    h('line', { x1: padding, x2: width - padding, y1: top, y2: top, stroke: colors.rule, 'stroke-width': 2 }),
    text({
      x: padding,
      y: top + 20 + sizes.source,
      lines: source,
      size: sizes.source,
      lineHeight,
      paint: 'text-muted',
    }),
    logo(brandRight - brandWidth, top + 20, sizes.logo, frame.markColours),
    text({
      x: brandRight,
      y: top + 20 + sizes.logo * 0.45,
      lines: nameLines,
      size: sizes.name,
      weight: 'bold',
      anchor: 'end',
    }),
    text({
      x: brandRight,
      y: top + 20 + sizes.logo * 0.45 + sizes.host + 8,
      lines: [frame.siteHost],
      size: sizes.host,
      anchor: 'end',
      paint: 'text-muted',
    }),
  ];
}

function sourceLinesFor(frame: PictureFrame, width: number, padding: number, sizes: FooterSizes): string[] {
  const brandMax = width * 0.45;
  const nameWidth = Math.min(brandMax, textWidth(frame.siteName, sizes.name, true) + sizes.logo + 14);
  return pictureLines(frame.sourceLine, width - padding * 2 - nameWidth - 32, sizes.source, sizes.sourceLines);
}

/**
 * The root <svg> of a picture: size, accessible name and description, font, white background.
 * Children are markup: nodes are rendered first, and the chart's own drawing (already markup,
 * see nestedChart) is placed as it is.
 */
export function pictureRoot(
  width: number,
  height: number,
  title: string,
  description: string,
  children: (SvgNode | string)[],
): string {
  const open = render(
    h('svg', {
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'font-family': PICTURE_FONT_FAMILY,
    }),
  ).replace(/\/>$/, '>');
  const head = [
    h('title', {}, title),
    h('desc', {}, description),
    h('style', {}, pictureStyle),
    h('rect', { width, height, fill: colors.bg }),
  ].map(render);
  const body = children.map((child) => (typeof child === 'string' ? child : render(child)));
  return `${open}${head.join('')}${body.join('')}</svg>`;
}

/** The chart's own drawing as a nested <svg> placed at x, y and scaled by `scale`. */
export function nestedChart(data: ChartData, width: number, x: number, y: number, scale: number): string {
  const builder = builderFor(data);
  const height = builder.height(data, modeFor(width));
  const model = builder.build(data, width, height, data.lang, pictureTheme);
  // The builder's markup is a whole <svg>; keep what is inside it, without its own title and
  // description (the picture has them), and give it a new box.
  const inner = model.svg
    .slice(model.svg.indexOf('>') + 1, model.svg.lastIndexOf('</svg>'))
    .replace(/^<title[^>]*>[\s\S]*?<\/title><desc[^>]*>[\s\S]*?<\/desc>/, '');
  const open = render(
    h('svg', {
      x: round(x),
      y: round(y),
      width: round(model.width * scale),
      height: round(model.height * scale),
      viewBox: `0 0 ${round(model.width)} ${round(model.height)}`,
      overflow: 'visible',
    }),
  ).replace(/\/>$/, '>');
  return `${open}${inner}</svg>`;
}

/**
 * The width to draw a chart at so that it fills a box as large as it can. A layout mode's height
 * is worked out at its narrowest width, where labels wrap most, and holds for any wider drawing in
 * the wide mode: drawn wider, a wide chart takes the box's shape. The narrow mode is only drawn at
 * its narrowest width (some narrow charts grow with the width). Text never grows past `maxScale`.
 */
export function fitChart(
  data: ChartData,
  box: { width: number; height: number },
  maxScale = 1.6,
): { width: number; height: number; scale: number } {
  const builder = builderFor(data);
  const wideHeight = builder.height(data, 'wide');
  const wideWidth = Math.max(
    MIN_WIDTH.wide,
    Math.min(Math.round((box.width * wideHeight) / box.height), box.width * 2),
  );
  const wide = {
    width: wideWidth,
    height: wideHeight,
    scale: Math.min(maxScale, box.width / wideWidth, box.height / wideHeight),
  };
  const narrowHeight = builder.height(data, 'narrow');
  const narrow = {
    width: MIN_WIDTH.narrow,
    height: narrowHeight,
    scale: Math.min(maxScale, box.width / MIN_WIDTH.narrow, box.height / narrowHeight),
  };
  // The wide layout unless the narrow one reads clearly larger.
  return narrow.scale > wide.scale * 1.25 ? narrow : wide;
}

/** The social previews' margin and footer height, in px of the 1200×630 picture. */
export const PADDING = 60;
export const FOOTER_HEIGHT = 98;

/**
 * The 1200×630 social preview of a chart: title, subtitle, the chart, its source and the site.
 * A wide chart sits under the title; a tall one (a tile grid) beside it, where it can be larger.
 */
export function chartPreviewSvg(input: ChartPictureInput): string {
  const { width, height } = PREVIEW_SIZE;
  const footerTop = height - FOOTER_HEIGHT;
  const inner = width - PADDING * 2;

  // Stacked: the title across the top, the chart below it.
  const titleSize = 40;
  const stackedTitle = pictureLines(input.title, inner, titleSize, 2, true);
  let stackedTop = 12 + 32 + titleSize + (stackedTitle.length - 1) * 50;
  const subtitleSize = 22;
  const stackedSubtitle = input.subtitle ? pictureLines(input.subtitle, inner, subtitleSize, 1) : [];
  if (stackedSubtitle.length) stackedTop += 38;
  const stackedBox = { x: PADDING, y: stackedTop + 26, width: inner, height: footerTop - 22 - (stackedTop + 26) };
  const stackedFit = fitChart(input.data, stackedBox);

  // Side by side: the title in a column on the left, the chart on the right.
  const column = 380;
  const sideBox = {
    x: PADDING + column + 40,
    y: 40,
    width: width - PADDING - (PADDING + column + 40),
    height: footerTop - 22 - 40,
  };
  const sideFit = fitChart(input.data, sideBox);

  const nodes: (SvgNode | string)[] = [band(width, input.areaColour)];
  const side = sideFit.scale > stackedFit.scale * 1.2;
  const fit = side ? sideFit : stackedFit;
  const box = side ? sideBox : stackedBox;
  if (side) {
    const size = 36;
    const lines = pictureLines(input.title, column, size, 5, true);
    let y = 12 + 44 + size;
    nodes.push(text({ x: PADDING, y, lines, size, lineHeight: 46, weight: 'bold' }));
    y += (lines.length - 1) * 46;
    if (input.subtitle) {
      y += 44;
      nodes.push(
        text({
          x: PADDING,
          y,
          lines: pictureLines(input.subtitle, column, subtitleSize, Math.max(1, Math.floor((footerTop - 30 - y) / 31))),
          size: subtitleSize,
          lineHeight: 31,
          paint: 'text-muted',
        }),
      );
    }
  } else {
    nodes.push(
      text({
        x: PADDING,
        y: 12 + 32 + titleSize,
        lines: stackedTitle,
        size: titleSize,
        lineHeight: 50,
        weight: 'bold',
      }),
    );
    if (stackedSubtitle.length)
      nodes.push(text({ x: PADDING, y: stackedTop, lines: stackedSubtitle, size: subtitleSize, paint: 'text-muted' }));
  }
  const drawnWidth = fit.width * fit.scale;
  const drawnHeight = fit.height * fit.scale;
  // Centred in its box: a chart smaller than the box sits in the middle, not against an edge.
  nodes.push(
    nestedChart(
      input.data,
      fit.width,
      box.x + (box.width - drawnWidth) / 2,
      box.y + (box.height - drawnHeight) / 2,
      fit.scale,
    ),
  );
  nodes.push(...footer(input, width, footerTop, PADDING));
  return pictureRoot(width, height, input.title, `${input.data.description} ${input.sourceLine}`, nodes);
}

/**
 * A chart as a standalone SVG file: title, subtitle, the chart at a print-friendly width, the
 * source and the site, on white, with its size and fonts written out so it opens the same in a
 * browser, an editor or a slide.
 */
export function chartStandaloneSvg(input: ChartPictureInput, chartWidth = 880): string {
  const padding = 40;
  const width = chartWidth + padding * 2;
  const titleSize = 28;
  const titleLines = pictureLines(input.title, chartWidth, titleSize, 3, true);
  const nodes: (SvgNode | string)[] = [band(width, input.areaColour)];
  let y = 12 + 28 + titleSize;
  nodes.push(text({ x: padding, y, lines: titleLines, size: titleSize, lineHeight: 36, weight: 'bold' }));
  y += (titleLines.length - 1) * 36;
  if (input.subtitle) {
    const subtitleSize = 18;
    const lines = pictureLines(input.subtitle, chartWidth, subtitleSize, 3);
    y += 32;
    nodes.push(text({ x: padding, y, lines, size: subtitleSize, lineHeight: 25, paint: 'text-muted' }));
    y += (lines.length - 1) * 25;
  }
  y += 28;
  const chartHeight = builderFor(input.data).height(input.data, modeFor(chartWidth));
  nodes.push(nestedChart(input.data, chartWidth, padding, y, 1));
  const footerTop = y + chartHeight + 28;
  nodes.push(...footer(input, width, footerTop, padding, downloadFooter));
  const height = footerTop + footerHeight(downloadFooter, sourceLinesFor(input, width, padding, downloadFooter).length);
  return pictureRoot(width, height, input.title, `${input.data.description} ${input.sourceLine}`, nodes);
}

/**
 * The 1200×630 social preview of a figure: a typographic card with the number as the page writes
 * it (qualifier, amount, target), what it counts, the year, the source and the site.
 */
export function figurePreviewSvg(input: FigurePictureInput): string {
  const { width, height } = PREVIEW_SIZE;
  const nodes: (SvgNode | string)[] = [band(width, input.areaColour)];
  const inner = width - PADDING * 2;
  let y = 12 + 40 + 22;
  nodes.push(text({ x: PADDING, y, lines: [input.areaName], size: 22, weight: 'bold', paint: 'text-muted' }));
  const labelSize = 36;
  const labelLines = pictureLines(input.label, inner, labelSize, 2, true);
  y += 22 + labelSize;
  nodes.push(text({ x: PADDING, y, lines: labelLines, size: labelSize, lineHeight: 46, weight: 'bold' }));
  y += (labelLines.length - 1) * 46;

  // The figure as the page shows it: the year, then the qualifier and the number on one line
  // (the qualifier above when the line would be too long), then a target year. As large as the
  // space allows, centred between the label and the footer.
  const footerTop = height - FOOTER_HEIGHT;
  const qualifierSize = 40;
  const qualifierWidth = input.qualifier
    ? textWidth(input.qualifier, qualifierSize, true) * estimateScale[input.lang] + qualifierGap[input.lang]
    : 0;
  const amountEm = Math.max(1, textWidth(input.amount, 1, true));
  const inlineSize = Math.min(150, Math.floor((inner - qualifierWidth) / amountEm));
  const stackedSize = Math.min(150, Math.floor(inner / amountEm));
  const inline = !input.qualifier || inlineSize >= 100 || inlineSize >= stackedSize * 0.85;
  const amountSize = inline ? inlineSize : stackedSize;
  const yearSize = 30;
  const blockHeight = yearSize + 24 + (inline ? 0 : qualifierSize + 16) + amountSize * 0.74 + (input.target ? 66 : 0);
  const space = footerTop - 24 - (y + 24);
  let top = y + 24 + Math.max(0, (space - blockHeight) / 2);
  nodes.push(
    text({
      x: PADDING,
      y: top + yearSize,
      lines: [input.yearText],
      size: yearSize,
      weight: 'bold',
      paint: 'text-muted',
    }),
  );
  top += yearSize + 24;
  if (input.qualifier && !inline) {
    nodes.push(
      text({
        x: PADDING,
        y: top + qualifierSize,
        lines: [input.qualifier],
        size: qualifierSize,
        weight: 'bold',
        paint: 'text-muted',
      }),
    );
    top += qualifierSize + 16;
  }
  const baseline = top + amountSize * 0.74;
  if (input.qualifier && inline)
    nodes.push(
      text({
        x: PADDING,
        y: baseline,
        lines: [input.qualifier],
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
      input.amount,
    ),
  );
  if (input.target)
    nodes.push(
      text({ x: PADDING, y: baseline + 66, lines: [input.target], size: 30, weight: 'bold', paint: 'text-muted' }),
    );
  nodes.push(...footer(input, width, footerTop, PADDING));
  const title = [
    input.label,
    [input.qualifier, input.amount].filter(Boolean).join(punctuation[input.lang].space),
    input.yearText,
  ].join(punctuation[input.lang].separator);
  return pictureRoot(width, height, title, `${title}. ${input.sourceLine}`, nodes);
}
