/**
 * Figures typed into prose an editor writes (story and page bodies, titles and summaries, a
 * year's texts): a typed number equal to a metric's value is a copy of the data that goes stale
 * silently and may differ between the languages. Dates, years and age ranges are not figures
 * (typed-numbers.ts). Pure: texts in, problems out.
 */
import type { ContentProblem } from '../model/errors.ts';
import type { ParsedContent } from './parsed-content.ts';
import { typedNumbers } from './typed-numbers.ts';

/** A piece of prose and where it is. `figure` says how to show a metric there instead. */
export interface Prose {
  file: string;
  field: string;
  line?: number;
  text: string;
  figure: (id: string) => string;
}

/** Every value a metric states: totals, breakdown parts and equivalents, with whether it is a percentage. */
function metricValues(content: ParsedContent) {
  return content.metrics.flatMap(({ data }) =>
    data.values.flatMap((entry) => [
      { id: data.id, value: entry.value, percent: data.unit === 'percent' },
      ...(entry.breakdown ?? []).map((part) => ({ id: data.id, value: part.value, percent: false })),
      ...(entry.equivalent ? [{ id: data.id, value: entry.equivalent.value, percent: false }] : []),
    ]),
  );
}

/** The typed figures in `texts` that are values of a metric, one problem per figure found. */
export function checkTypedFigures(content: ParsedContent, texts: Prose[]): ContentProblem[] {
  const values = metricValues(content);
  const problems: ContentProblem[] = [];
  for (const prose of texts) {
    for (const found of typedNumbers(prose.text)) {
      const ids = [
        ...new Set(
          values
            .filter((metric) => metric.value === found.value && metric.percent === found.percent)
            .map((metric) => metric.id),
        ),
      ];
      if (!ids.length) continue;
      problems.push({
        file: prose.file,
        field: prose.field,
        ...(prose.line === undefined ? {} : { line: prose.line }),
        message: `types the figure "${found.text}", which is the value of ${ids.map((id) => `"${id}"`).join(', ')}: show it from the data with ${prose.figure(ids[0]!)}, so both languages and the data always agree`,
      });
    }
  }
  return problems;
}
