/**
 * What the corrections page, its feed and a corrected page's notice show of each entry of the
 * corrections log, in one language: the date as the language writes it, what was corrected (its
 * kind, title and page) and the entry's own address. Pure once the index is built.
 */
import type { Correction } from '../schemas/corrections.ts';
import type { Story } from '../schemas/stories.ts';
import type { Lang } from '../i18n/languages.ts';
import { t } from '../i18n/index.ts';
import { formatDay } from '../i18n/format.ts';
import { punctuation } from '../i18n/punctuation.ts';
import type { ContentIndex } from '../model/content-index.ts';
import { chartPath, correctionPath, figurePath, storyPath } from '../routes/urls.ts';
import { chartSummary } from './chart-view.ts';

/** What a correction is about, as a link. */
export interface CorrectionTargetView {
  kind: 'figure' | 'chart' | 'story';
  /** "Figure" / "数据": what kind of page it is. */
  kindLabel: string;
  /** The page's title in the language, with the year for a figure's value: "partners (2024)". */
  title: string;
  /** The page (for a figure's year, the year on the page: `/en/figures/partners/#y2024`). */
  href: string;
}

/** One entry of the log as a page shows it. */
export interface CorrectionView {
  id: string;
  /** `2025-03-14`: for `<time datetime>` and the feed. */
  date: string;
  /** "14 March 2025" / "2025年3月14日". */
  dateText: string;
  target: CorrectionTargetView;
  from: string;
  to: string;
  why: string;
  /** The entry on the corrections page: `/en/corrections/#partners-2024`. */
  href: string;
}

/**
 * What a correction is about, in one language.
 * @throws Error naming the file that would hold a metric, chart or story the entry names and the
 *   content does not have (the content check reports it first)
 */
export function correctionTarget(content: ContentIndex, what: Correction['what'], lang: Lang): CorrectionTargetView {
  const marks = punctuation[lang];
  if (what.metric !== undefined) {
    const metric = content.metrics.require(what.metric);
    return {
      kind: 'figure',
      kindLabel: t(lang, 'corrections.kind.figure'),
      title:
        what.year === undefined ? metric.label[lang] : `${metric.label[lang]}${marks.open}${what.year}${marks.close}`,
      href: what.year === undefined ? figurePath(lang, metric.id) : `${figurePath(lang, metric.id)}#y${what.year}`,
    };
  }
  if (what.chart !== undefined)
    return {
      kind: 'chart',
      kindLabel: t(lang, 'corrections.kind.chart'),
      title: chartSummary(content, what.chart, lang).title,
      href: chartPath(lang, what.chart),
    };
  const story = content.stories.require(`${lang}/${what.story}`);
  return {
    kind: 'story',
    kindLabel: t(lang, 'corrections.kind.story'),
    title: (story.data as Pick<Story, 'title'>).title,
    href: storyPath(lang, what.story!),
  };
}

/** Each correction as the pages and the feed show it, in the order given (use `newestFirst`). */
export function correctionViews(
  content: ContentIndex,
  corrections: readonly Correction[],
  lang: Lang,
): CorrectionView[] {
  return corrections.map((correction) => ({
    id: correction.id,
    date: correction.date,
    dateText: formatDay(correction.date, lang),
    target: correctionTarget(content, correction.what, lang),
    from: correction.from[lang],
    to: correction.to[lang],
    why: correction.why[lang],
    href: correctionPath(lang, correction.id),
  }));
}
