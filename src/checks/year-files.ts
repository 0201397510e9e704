/**
 * What a review year's stories need beyond their own files: the year's content/years/{year}.yaml.
 * Pure: works on parsed content.
 */
import type { ContentProblem } from '../model/errors.ts';
import type { ParsedContent } from './parsed-content.ts';
import { languages } from '../i18n/languages.ts';

/**
 * Every year-level problem of the stories: a story whose year has no content/years/{year}.yaml.
 * A year's highlights need no other file: the highlights page lists them by month and draws a
 * timeline chart only when one exists (content/charts/, kind: timeline, with that year), so an
 * editor never has to add a file the page would fail without.
 */
export function checkYearFiles(content: ParsedContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const years = new Set(content.years.map((entry) => entry.data.year));
  for (const lang of languages)
    for (const entry of content.stories[lang])
      if (!years.has(entry.data.year) && !content.broken.years?.includes(entry.data.year))
        problems.push({
          file: entry.file,
          field: 'year',
          message: `is ${entry.data.year}, which has no file in content/years/: every year's stories belong to a review year, content/years/${entry.data.year}.yaml (known years: ${[...years].sort().join(', ')})`,
        });
  return problems;
}
