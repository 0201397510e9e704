/**
 * Files a review year needs beyond its own content/years/{year}.yaml, which the pages read by
 * name: without them a page of the built site fails (the highlights page answers HTTP 500 when
 * its timeline chart is missing). Pure: works on parsed content.
 */
import type { ContentProblem } from '../model/errors.ts';
import type { ParsedContent } from './parsed-content.ts';
import { languages } from '../i18n/languages.ts';

/** The chart the highlights page of `year` draws (src/pages/[lang]/[year]/highlights/index.astro). */
export const timelineChartId = (year: number) => `highlights-${year}`;

/** Every year-level file a year's content makes necessary, and that is missing or of the wrong kind. */
export function checkYearFiles(content: ParsedContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const withHighlights = new Map<number, string>();
  for (const lang of languages)
    for (const entry of content.stories[lang])
      if (entry.data.kind === 'highlight' && !withHighlights.has(entry.data.year))
        withHighlights.set(entry.data.year, entry.file);
  const years = new Set(content.years.map((entry) => entry.data.year));
  for (const lang of languages)
    for (const entry of content.stories[lang])
      if (!years.has(entry.data.year) && !content.broken.years?.includes(entry.data.year))
        problems.push({
          file: entry.file,
          field: 'year',
          message: `is ${entry.data.year}, which has no file in content/years/: every year's stories belong to a review year, content/years/${entry.data.year}.yaml (known years: ${[...years].sort().join(', ')})`,
        });
  for (const [year, example] of [...withHighlights].sort(([a], [b]) => a - b)) {
    const id = timelineChartId(year);
    const file = `content/charts/${id}.yaml`;
    if (!content.chartIds.includes(id)) {
      problems.push({
        file,
        field: '',
        message: `is missing: ${year} has monthly highlights (like ${example}), and its highlights page draws this timeline chart. Add it with kind: timeline and one event per highlight (copy another year's highlights chart)`,
      });
      continue;
    }
    const chart = content.charts.find((entry) => entry.data.id === id);
    if (chart && chart.data.kind !== 'timeline')
      problems.push({
        file: chart.file,
        field: 'kind',
        message: `is ${chart.data.kind}, but the highlights page of ${year} draws this chart as its timeline: it must be kind: timeline`,
      });
  }
  return problems;
}
