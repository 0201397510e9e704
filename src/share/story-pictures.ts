/**
 * The 1200×630 social previews of the pages that tell rather than chart (issue 16, item 5): a
 * story, a year's overview and the home page. Drawn with the frame of the chart and figure
 * previews (src/share/pictures.ts: band, footer, font, palette), so every picture the site sends
 * out looks like one family: what the page is (eyebrow), its title, one key figure with its
 * qualifier and what it counts, the source and the site. Pure: SVG strings; png.ts renders them.
 */
import { h, round, type SvgNode } from '../charts/svg.ts';
import { textWidth } from '../charts/text.ts';
import { pictureLines } from './picture-lines.ts';
import { t } from '../i18n/index.ts';
import type { Lang } from '../i18n/languages.ts';
import { requireFigure } from '../model/metrics.ts';
import { localizedPath, sitePath } from '../i18n/languages.ts';
import { PREVIEW_SIZE } from '../routes/urls.ts';
import { site } from '../config.ts';
import type { Area } from '../schemas/areas.ts';
import type { ReviewYear } from '../schemas/years.ts';
import type { Story } from '../schemas/stories.ts';
import { fillFigures } from '../model/figure-tokens.ts';
import { svgToPng } from './png.ts';
import { formatMonthYear } from '../i18n/format.ts';
import type { Metric } from '../schemas/metrics.ts';
import type { Source } from '../schemas/sources.ts';
import {
  band,
  colors,
  footer,
  FOOTER_HEIGHT,
  PADDING,
  PICTURE_FONT_FAMILY,
  pictureRoot,
  text,
  type PictureFrame,
} from './pictures.ts';

/** The one figure a picture leads with, as the page writes it. */
export interface KeyFigure {
  /** "more than" / "超过", or ''. */
  qualifier: string;
  /** "2.65 million" / "265万". */
  amount: string;
  /** What it counts, with its year: "Children and caregivers reached … (2024)". */
  label: string;
}

export interface StoryPictureInput extends PictureFrame {
  /** What the page is: "Chapter 2 · Child health and development", "2024 in review". */
  eyebrow: string;
  title: string;
  figure?: KeyFigure;
}

/**
 * The 1200×630 preview of a story, year or home page: eyebrow, title (up to three lines, cut with
 * "…"), the key figure (qualifier, amount in the accent colour, what it counts), then the footer
 * every preview shares.
 */
export function storyPreviewSvg(input: StoryPictureInput): string {
  const { width, height } = PREVIEW_SIZE;
  const inner = width - PADDING * 2;
  const footerTop = height - FOOTER_HEIGHT;
  const nodes: (SvgNode | string)[] = [band(width, input.areaColour)];
  let y = 12 + 40 + 24;
  nodes.push(
    text({
      x: PADDING,
      y,
      lines: pictureLines(input.eyebrow, inner, 24, 1, true),
      size: 24,
      weight: 'bold',
      paint: 'text-muted',
    }),
  );

  const titleSize = input.figure ? 50 : 60;
  const titleLineHeight = Math.round(titleSize * 1.24);
  const titleLines = pictureLines(input.title, inner, titleSize, input.figure ? 3 : 4, true);
  y += 24 + titleSize;
  nodes.push(text({ x: PADDING, y, lines: titleLines, size: titleSize, lineHeight: titleLineHeight, weight: 'bold' }));
  y += (titleLines.length - 1) * titleLineHeight;

  if (input.figure) {
    const { qualifier, amount, label } = input.figure;
    const qualifierSize = 36;
    // The width estimates are for DejaVu Sans, about a tenth wider than Noto Sans SC's Latin.
    const chinese = /\p{Script=Han}/u.test(qualifier);
    const qualifierWidth = qualifier
      ? textWidth(qualifier, qualifierSize, true) * (chinese ? 1 : 0.9) + (chinese ? 8 : 14)
      : 0;
    const labelLines = pictureLines(label, inner, 26, 2);
    const labelHeight = 44 + (labelLines.length - 1) * 36;
    // The amount as large as the room between title and footer allows (on one line with its
    // qualifier), and the block centred in that room, as on the figure previews.
    const top = y + 40;
    const space = footerTop - 30 - top;
    const amountSize = Math.max(
      48,
      Math.min(
        128,
        Math.floor((space - labelHeight) / 0.8),
        Math.floor((inner - qualifierWidth) / Math.max(1, textWidth(amount, 1, true))),
      ),
    );
    const blockHeight = amountSize * 0.78 + labelHeight;
    const baseline = top + Math.max(0, (space - blockHeight) / 2) + amountSize * 0.78;
    if (qualifier)
      nodes.push(
        text({ x: PADDING, y: baseline, lines: [qualifier], size: qualifierSize, weight: 'bold', paint: 'text-muted' }),
      );
    nodes.push(
      h(
        'text',
        {
          x: PADDING + qualifierWidth,
          y: round(baseline),
          'font-size': amountSize,
          'font-weight': 700,
          fill: colors.accentStrong,
          'font-family': PICTURE_FONT_FAMILY,
        },
        amount,
      ),
    );
    nodes.push(
      text({ x: PADDING, y: baseline + 44, lines: labelLines, size: 26, lineHeight: 36, paint: 'text-muted' }),
    );
  }
  nodes.push(...footer(input, width, footerTop, PADDING));
  const figureText = input.figure
    ? t(input.lang, 'picture.figure', { qualifier: input.figure.qualifier, amount: input.figure.amount }).trim()
    : '';
  const description = [input.eyebrow, input.title, input.figure ? `${figureText} ${input.figure.label}` : '']
    .filter(Boolean)
    .join(t(input.lang, 'picture.join'));
  return pictureRoot(
    width,
    height,
    input.title,
    `${description}${t(input.lang, 'picture.join')}${input.sourceLine}`,
    nodes,
  );
}

/**
 * The figure a story leads with: the first one of its own `year` it shows, in reading order (else
 * the first it shows), from `figures` as the content check reads them from its MDX
 * (`storyReferences(body).inOrder` in src/checks/story-references.ts, which parses the MDX:
 * `id@year` or `id@year#part`). Undefined when it shows none. Its preview picture and its poster
 * both lead with it.
 */
export function leadFigureOf(figures: readonly string[], year: number): string | undefined {
  return figures.find((ref) => Number(/@(\d+)/.exec(ref)?.[1]) === year) ?? figures[0];
}

/**
 * A figure as a picture shows it: qualifier, amount and what it counts with its year, from a
 * reference as `leadFigureOf` returns it (`id@year`, or `id@year#part` for one part of its breakdown).
 * @throws Error naming the metric file when the metric, its year or the part does not exist, or
 *   naming `ref` when it is not written as id@year[#part]
 */
export function keyFigure(metrics: Metric[], ref: string, lang: Lang): KeyFigure {
  const match = /^([^@]+)@(\d+)(?:#(.+))?$/.exec(ref);
  if (!match) throw new Error(`A preview picture's figure "${ref}" is not written as id@year or id@year#part`);
  const [, id = '', year = '', part] = match;
  const catalogue = {
    require(wanted: string) {
      const metric = metrics.find((candidate) => candidate.id === wanted);
      if (!metric) throw new Error(`content/metrics/${wanted}.yaml: not found, yet a preview picture shows it`);
      return metric;
    },
  };
  const figure = requireFigure(catalogue, id, Number(year), lang, part);
  const label = t(lang, 'picture.figureLabel', { label: figure.label, year: Number(year) });
  return {
    qualifier: figure.qualifier,
    amount: figure.amount,
    label: figure.target ? `${label} ${figure.target}` : label,
  };
}

/** "Source: UNICEF China Annual Review 2024" / "资料来源：…": the documents a page draws on. */
export function documentsLine(ids: string[], sources: Source[], lang: Lang): string {
  const titles = ids
    .map((id) => sources.find((source) => source.id === id)?.title[lang])
    .filter((title): title is string => Boolean(title));
  const label = t(lang, titles.length > 1 ? 'chart.sources' : 'chart.source');
  return `${label}${t(lang, 'picture.colon')}${titles.join(t(lang, 'picture.listJoin'))}`;
}

/** Where the previews of the telling pages are: one per page and language, under the site's base (`sitePath`). */
export const storyPicturePath = (lang: Lang, storyPath: string) => sitePath(`/og/${lang}/stories/${storyPath}.png`);
/** A year overview's preview picture: `/og/zh/years/2024.png` (under the base). */
export const yearPicturePath = (lang: Lang, year: number) => sitePath(`/og/${lang}/years/${year}.png`);
/** The home page's preview picture: `/og/en/home.png` (under the base). */
export const homePicturePath = (lang: Lang) => sitePath(`/og/${lang}/home.png`);

/** What the telling pages' pictures are made from. */
export interface StoryPictureContent {
  metrics: Metric[];
  areas: Area[];
  sources: Source[];
}

const frame = (lang: Lang, areas: readonly Area[], sourceLine: string, areaColour = colors.c1): PictureFrame => ({
  lang,
  siteName: t(lang, 'site.name'),
  siteHost: new URL(site.url).host,
  sourceLine,
  areaColour,
  markColours: areas.map((area) => area.colour.toLowerCase()),
});

/**
 * A story's preview: its chapter (or month) and area, title, its lead figure (`leadFigureOf`
 * over `figures`, the figures its MDX shows in reading order: `storyReferences(body).inOrder`), and
 * the documents it draws on. `chapterOrder` is the number of the chapter it is or belongs to.
 * @throws Error naming the metric file when its lead figure does not exist (the content check reports it first)
 */
export function storyPicture(
  story: { data: Story },
  figures: readonly string[],
  content: StoryPictureContent,
  lang: Lang,
  chapterOrder?: number,
): StoryPictureInput {
  const { data } = story;
  const area = content.areas.find((candidate) => candidate.id === data.area);
  const what =
    data.kind === 'highlight'
      ? t(lang, 'story.highlight', { date: formatMonthYear(data.month ?? 1, data.year, lang) })
      : t(lang, 'story.chapter', { order: chapterOrder ?? data.order });
  const lead = leadFigureOf(figures, data.year);
  return {
    ...frame(lang, content.areas, documentsLine(data.sources, content.sources, lang), area?.colour.toLowerCase()),
    eyebrow: [what, area?.name[lang]].filter(Boolean).join(' · '),
    title: data.title,
    figure: lead ? keyFigure(content.metrics, lead, lang) : undefined,
  };
}

/** A year's preview: "2024 in review", the year's headline and its first featured figure. */
export function yearPicture(year: ReviewYear, content: StoryPictureContent, lang: Lang): StoryPictureInput {
  return {
    ...frame(lang, content.areas, documentsLine(year.sources, content.sources, lang)),
    eyebrow: t(lang, 'year.title', { year: year.year }),
    title: fillFigures(year.title[lang], { get: (id) => content.metrics.find((metric) => metric.id === id) }, lang),
    figure: keyFigure(content.metrics, `${year.featured[0]!}@${year.year}`, lang),
  };
}

/** The home page's preview: the site's title and the latest year's first featured figure. */
export function homePicture(years: ReviewYear[], content: StoryPictureContent, lang: Lang): StoryPictureInput {
  const latest = [...years].sort((a, b) => a.year - b.year).at(-1);
  if (!latest) throw new Error('content/years/: no review year, so the home page has no figure to show');
  return {
    ...frame(lang, content.areas, documentsLine(latest.sources, content.sources, lang)),
    eyebrow: years
      .map((year) => year.year)
      .sort()
      .join(' · '),
    title: t(lang, 'home.title'),
    figure: keyFigure(content.metrics, `${latest.featured[0]!}@${latest.year}`, lang),
  };
}

/** The picture's text alternative (og:image:alt, and the <img> in the share bar). */
export function storyPictureAlt(input: StoryPictureInput): string {
  const figure = input.figure
    ? t(input.lang, 'picture.altFigure', {
        figure: t(input.lang, 'picture.figure', {
          qualifier: input.figure.qualifier,
          amount: input.figure.amount,
        }).trim(),
        label: input.figure.label,
      })
    : '';
  return [input.title, figure, input.sourceLine].filter(Boolean).join(t(input.lang, 'picture.join'));
}

/** The page a picture is for, for tests and the share bar: `/zh/2024/health/`. */
export const storyPagePath = (lang: Lang, storyPath: string) => localizedPath(lang, storyPath);

/** The preview as a PNG (cached by src/share/png.ts like every other picture). */
export const storyPreviewPng = (input: StoryPictureInput) => svgToPng(storyPreviewSvg(input), { lang: input.lang });
