/**
 * What the browser tests expect, read from content/ as editors leave it: a test picks the chart it
 * needs by kind or property (never by today's id) and derives the texts and counts it expects the
 * way the site does (chartData, chartTable, formatFigure). A reworded title, a new metric or a new
 * chart changes the expectation with the page, so the test keeps locking behaviour, not wording.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../../src/checks/content-files.ts';
import { chartData } from '../../src/charts/data.ts';
import { indexParsedContent } from '../../src/checks/parsed-content.ts';
import type { Chart } from '../../src/schemas/charts.ts';
import type { Lang } from '../../src/i18n/languages.ts';
import { root } from '../built-site.ts';

export const content = checkContent(root).content;
export const charts: Chart[] = content.charts.map((entry) => entry.data).sort((a, b) => a.id.localeCompare(b.id));
export const metrics = content.metrics.map((entry) => entry.data);
/** The site's content index, as the build makes it (src/model/content-index.ts). */
export const chartContent = indexParsedContent(content);

/**
 * The first chart (by id) that fits what a test needs, or an error saying what content/ lacks:
 * `needs` reads "a year-comparison chart with two or more points".
 */
export function chartWhere(needs: string, fits: (chart: Chart) => boolean): Chart {
  const chart = charts.find(fits);
  if (!chart)
    throw new Error(`This test needs ${needs} in content/charts/, and there is none: add one, or change the test.`);
  return chart;
}

/** A chart resolved for one language, as its page draws it. */
export const dataOf = (chart: Chart, lang: Lang) => chartData(chart, chartContent, lang);

/** Its page. */
export const chartPath = (chart: Chart, lang: Lang) => `/${lang}/charts/${chart.id}/`;

/** A metric by id, or an error naming it. */
export function metricNamed(id: string) {
  const metric = metrics.find((candidate) => candidate.id === id);
  if (!metric) throw new Error(`No metric ${id} in content/metrics/`);
  return metric;
}

/** A story's page: /{lang}/{year}/{slug}/ (highlights under /{lang}/{year}/highlights/{slug}/). */
export const storyPath = (lang: Lang, path: string) => `/${lang}/${path}/`;

/**
 * The path (like `2024/health`) of the first story, in both languages, whose MDX fits `fits`, or an
 * error saying what content/ lacks: `needs` reads "a story with a <ScrollStory>".
 */
export function storyWhere(needs: string, fits: (body: string, lang: Lang) => boolean): string {
  const bodyOf = (lang: Lang, path: string) => readFileSync(join(root, 'content/stories', lang, `${path}.mdx`), 'utf8');
  const zhPaths = new Set(content.stories.zh.map((entry) => entry.data.path));
  const found = content.stories.en
    .map((entry) => entry.data.path)
    .sort()
    .find((path) => zhPaths.has(path) && fits(bodyOf('en', path), 'en') && fits(bodyOf('zh', path), 'zh'));
  if (!found)
    throw new Error(
      `This test needs ${needs} in content/stories/ (in both languages), and there is none: add one, or change the test.`,
    );
  return found;
}
