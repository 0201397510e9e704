/**
 * `{metric@year}` and `{metric@year/part}` inside an editor's YAML text (a chart's title, subtitle,
 * description and notes; a year's headline, intro and approach): the figure as the page writes it
 * in running text. One pattern, one filler and one check, shared by every text that takes tokens.
 */
import type { ContentProblem } from './errors.ts';
import { formatFigure } from '../i18n/format.ts';
import { languages, type Lang } from '../i18n/languages.ts';
import type { Metric } from '../schemas/metrics.ts';
import type { ReviewYear } from '../schemas/years.ts';
import type { Catalogue } from './content-index.ts';

/** Metrics by id: the content index's catalogue, or any map from id to metric (the checks keep one). */
export type MetricLookup = Pick<Catalogue<Metric>, 'get'>;

/** `{metric@year}` or `{metric@year/part}` inside a text. */
export const FIGURE_TOKEN = /\{([a-z0-9]+(?:-[a-z0-9]+)*)@(\d{4})(?:\/([a-z0-9]+(?:-[a-z0-9]+)*))?\}/g;

/**
 * Fills `{metric@year}` tokens with the figure as the language writes it in running text
 * ("almost 748,000", "six", "about 13 per cent"): these texts are prose read by people and screen readers.
 * @throws Error naming content/metrics/{id}.yaml when a token names a figure or part that does not exist
 */
export function fillFigures(text: string, metrics: MetricLookup, lang: Lang): string {
  return text.replace(FIGURE_TOKEN, (token, id: string, year: string, part: string | undefined) => {
    const metric = metrics.get(id);
    const entry = metric?.values.find((value) => value.year === Number(year));
    if (!metric || !entry) throw new Error(`The figure ${token} does not exist: check content/metrics/${id}.yaml`);
    if (!part)
      return formatFigure(entry.value, metric.unit, entry.qualifier, lang, { zhWord: entry.zhWord, style: 'prose' })
        .text;
    const piece = entry.breakdown?.find((candidate) => candidate.id === part);
    if (!piece) throw new Error(`The figure ${token} names a part that content/metrics/${id}.yaml does not have`);
    return formatFigure(piece.value, metric.unit, piece.qualifier, lang, { zhWord: piece.zhWord, style: 'prose' }).text;
  });
}

/** A text an editor writes in both languages, named by its field ("intro", "notes[0]"). */
export type FieldText = [field: string, text: Partial<Record<Lang, string>> | undefined];

const list = (values: Iterable<string | number>) => [...values].map((value) => `"${value}"`).join(', ');

/**
 * Every `{metric@year}` and `{metric@year/part}` in a file's texts must name a figure that exists.
 * Problems name the field and language (`intro.zh`). A metric whose own file is broken (`broken`)
 * is not reported again as missing.
 */
export function checkFigureTokens(
  file: string,
  texts: FieldText[],
  metricById: Map<string, Metric>,
  broken: string[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [field, text] of texts) {
    if (!text) continue;
    for (const lang of languages) {
      for (const [token, id = '', year = '', part] of (text[lang] ?? '').matchAll(FIGURE_TOKEN)) {
        const metric = metricById.get(id);
        const at = `${field}.${lang}`;
        if (!metric) {
          if (!broken.includes(id))
            problems.push({
              file,
              field: at,
              message: `shows the figure ${token}, but there is no metric "${id}" in content/metrics/`,
            });
          continue;
        }
        const value = metric.values.find((candidate) => candidate.year === Number(year));
        if (!value) {
          problems.push({
            file,
            field: at,
            message: `shows the figure ${token}, but the metric "${id}" has no value for ${year} (it has: ${metric.values.map((candidate) => candidate.year).join(', ')})`,
          });
        } else if (part && !value.breakdown?.some((piece) => piece.id === part)) {
          const parts = value.breakdown?.map((piece) => piece.id) ?? [];
          problems.push({
            file,
            field: at,
            message: `shows the figure ${token}, but the metric "${id}" has no part "${part}" in ${year} (${parts.length ? `its parts: ${list(parts)}` : 'it has no parts'})`,
          });
        }
      }
    }
  }
  return problems;
}

/** A review year's headline, intro and approach in one language, with their figures filled in. */
export function yearTexts(
  year: Pick<ReviewYear, 'title' | 'intro' | 'approach'>,
  metrics: MetricLookup,
  lang: Lang,
): { title: string; intro: string; approach: string } {
  return {
    title: fillFigures(year.title[lang], metrics, lang),
    intro: fillFigures(year.intro[lang], metrics, lang),
    approach: fillFigures(year.approach[lang], metrics, lang),
  };
}
