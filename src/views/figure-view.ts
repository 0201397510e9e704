/**
 * Everything a figure's own page shows, worked out once per figure and language (memoised on the
 * content index): its value in each year as the page writes it, with the source's wording, parts,
 * citations and baseline labels; its programme area; the description that links share. The figure
 * page, its preview picture and the picture's alt text (src/share/chart-files.ts) read this object.
 * Pure once the index is built.
 */
import type { Area } from '../schemas/areas.ts';
import type { BreakdownPart, Metric } from '../schemas/metrics.ts';
import { formatFigure } from '../i18n/format.ts';
import type { Lang } from '../i18n/languages.ts';
import { t } from '../i18n/index.ts';
import { memoPerIndex, type ContentIndex, type ResolvedCitation } from '../model/content-index.ts';
import { figureOf, isBaseline, type Figure } from '../model/metrics.ts';
import { figurePath } from '../routes/urls.ts';

/** One year's value of a figure, as its page lists it. */
export interface FigureYear {
  figure: Figure;
  /** "2024", or "2023 baseline stated in the 2024 review" / its Chinese form for a baseline. */
  yearLabel: string;
  /** Where the value is stated: each citation with its document and section title. */
  citations: ResolvedCitation[];
  /** The value's parts, each written as the page writes it, or undefined without a breakdown. */
  breakdown: { part: BreakdownPart; text: string }[] | undefined;
  /** The same value stated another way ("US$1.4 million"), or undefined. */
  equivalent: string | undefined;
}

/** Everything one figure's page shows in one language. */
export interface FigureView {
  metric: Metric;
  /** What the figure counts, in the page's language: the page's title. */
  title: string;
  /** The metric's programme area (undefined only if the content check was skipped). */
  area: Area | undefined;
  /** Every year's value, newest first. */
  years: FigureYear[];
  /** The newest year's value: what the page leads with and its preview shows. */
  latest: FigureYear;
  /** One sentence for search results and shared links: the latest value and its source. */
  description: string;
  /** The figure's own page. */
  href: string;
}

const views = memoPerIndex<FigureView>();

/**
 * Everything a figure's page shows in one language, computed on first use and then shared.
 * @throws Error naming content/metrics/{id}.yaml when there is no such metric
 */
export function figureView(content: ContentIndex, id: string, lang: Lang): FigureView {
  return views(content, `${id}|${lang}`, () => {
    const metric = content.metrics.require(id);
    const years = [...metric.values]
      .sort((a, b) => b.year - a.year)
      .map((entry) => ({
        figure: figureOf(metric, entry, lang),
        citations: content.resolveCitations(entry.citations, lang),
        breakdown: entry.breakdown?.map((part) => ({
          part,
          text: formatFigure(part.value, metric.unit, part.qualifier, lang, { zhWord: part.zhWord }).text,
        })),
        yearLabel: isBaseline(entry)
          ? t(lang, 'chart.baselineStated', { year: entry.year, statedIn: entry.statedIn! })
          : String(entry.year),
        equivalent:
          entry.equivalent &&
          formatFigure(entry.equivalent.value, entry.equivalent.unit, entry.equivalent.qualifier, lang).text,
      }));
    const latest = years[0]!;
    return {
      metric,
      title: metric.label[lang],
      area: content.areas.get(metric.area),
      years,
      latest,
      description: t(lang, 'figure.description', {
        figure: latest.figure.text,
        label: metric.label[lang],
        year: latest.figure.entry.year,
        source: latest.citations[0]?.source.title[lang] ?? '',
      }),
      href: figurePath(lang, id),
    };
  });
}
