/**
 * What each poster (src/share/posters.ts) is drawn from, read from the same views as the pages,
 * and the posters as PNG bytes, rendered and cached like the preview pictures (src/share/png.ts:
 * the same cache folder, pruned after each build with the previews).
 */
import { site } from '../config.ts';
import { t } from '../i18n/index.ts';
import { localizedPath, type Lang } from '../i18n/languages.ts';
import { punctuation } from '../i18n/punctuation.ts';
import type { ContentIndex, IndexedStory } from '../model/content-index.ts';
import { requireFigure } from '../model/metrics.ts';
import { storyRoute } from '../model/stories.ts';
import { formatMonthYear } from '../i18n/format.ts';
import { absoluteUrl, chartPath, figurePath } from '../routes/urls.ts';
import type { Story } from '../schemas/stories.ts';
import { chartFiles, figurePicture } from './chart-files.ts';
import { svgToPng } from './png.ts';
import { chartView } from '../views/chart-view.ts';
import { posterSvg, type PosterFigure, type PosterInput } from './posters.ts';
import { leadFigureOf } from './story-pictures.ts';

const eyebrowOf = (what: string, areaName: string | undefined) => [what, areaName].filter(Boolean).join(' · ');

/**
 * A chart's poster: the chart as its builder draws it, with its title, subtitle and source.
 * @throws Error naming content/charts/{id}.yaml when there is no such chart
 */
export function chartPoster(content: ContentIndex, id: string, lang: Lang): PosterInput {
  const { picture } = chartFiles(content, id, lang, site.url);
  const area = chartView(content, id, lang).areaEntry;
  return {
    ...picture,
    eyebrow: eyebrowOf(t(lang, 'poster.chart'), area?.name[lang]),
    lead: { kind: 'chart', data: picture.data },
    url: absoluteUrl(site.url, chartPath(lang, id)),
  };
}

/**
 * A figure's poster: its latest value as its page writes it (the same input as its preview).
 * @throws Error naming content/metrics/{id}.yaml when there is no such metric
 */
export function figurePoster(content: ContentIndex, id: string, lang: Lang): PosterInput {
  const picture = figurePicture(content, id, lang, site.url);
  return {
    ...picture,
    eyebrow: eyebrowOf(t(lang, 'poster.figure'), picture.areaName),
    title: picture.label,
    lead: {
      kind: 'figure',
      figure: { qualifier: picture.qualifier, amount: picture.amount, above: picture.yearText, below: picture.target },
    },
    url: absoluteUrl(site.url, figurePath(lang, id)),
  };
}

/**
 * A story's poster: its chapter (or month) and area, its title, its lead figure (see
 * `leadFigureOf`) with what it counts, or its summary when it shows no figure, and the
 * documents it draws on.
 * @param figures the figures its MDX shows, in reading order (`storyReferences(body).inOrder`)
 * @param chapterOrder the number of the chapter it is, or is part of
 * @throws Error naming the metric file when its lead figure does not exist (the content check reports it first)
 */
export function storyPoster(
  content: ContentIndex,
  story: IndexedStory<Story>,
  figures: readonly string[],
  lang: Lang,
  chapterOrder = story.data.order,
): PosterInput {
  const { data } = story;
  const area = content.areas.get(data.area);
  const marks = punctuation[lang];
  const what =
    data.kind === 'highlight'
      ? t(lang, 'story.highlight', { date: formatMonthYear(data.month ?? 1, data.year, lang) })
      : t(lang, 'story.chapter', { order: chapterOrder });
  const titles = data.sources.flatMap((id) => content.sources.get(id)?.title[lang] ?? []);
  const sourceLine = `${t(lang, titles.length > 1 ? 'chart.sources' : 'chart.source')}${marks.colon}${titles.join(marks.list)}`;
  const lead = leadFigureOf(figures, data.year);
  let figure: PosterFigure | undefined;
  if (lead) {
    const [, id, year, part] = /^([^@]+)@(\d+)(?:#(.+))?$/.exec(lead) ?? [];
    const shown = requireFigure(content.metrics, id!, Number(year), lang, part);
    figure = {
      qualifier: shown.qualifier,
      amount: shown.amount,
      above: t(lang, 'figure.yearText', { year: Number(year) }),
      below: [shown.label, shown.target].filter(Boolean).join(marks.space),
    };
  }
  return {
    lang,
    siteName: t(lang, 'site.name'),
    siteHost: new URL(site.url).host,
    sourceLine,
    areaColour: area?.colour.toLowerCase() ?? '#0068a0',
    markColours: content.areas.all.map((entry) => entry.colour.toLowerCase()),
    eyebrow: eyebrowOf(what, area?.name[lang]),
    title: data.title,
    ...(figure ? {} : { subtitle: data.summary }),
    lead: figure ? { kind: 'figure', figure } : { kind: 'none' },
    url: absoluteUrl(site.url, localizedPath(lang, storyRoute(story))),
  };
}

/** A poster as PNG bytes (src/share/png.ts caches the rendering beside the preview pictures). */
export const posterPng = (input: PosterInput) => svgToPng(posterSvg(input), { lang: input.lang });
