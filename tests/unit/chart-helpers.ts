/**
 * Shared by the chart tests: chart content resolved for the builders, and a few SVG probes.
 * Two sets of content:
 * - fixtureContent(): tests/fixtures/charts/content/, a frozen set with charts of every kind and the
 *   hard cases (a metric not comparable across years, a baseline stated by a later review, a
 *   Chinese word qualifier, long labels). Tests that lock exact drawings or texts use it, so an
 *   editor's change to content/ never changes what they expect.
 * - liveContent(): the site's own content/, for tests that assert properties only (every chart
 *   builds, has a title, shows its figures), whatever the editors write.
 */
import { join } from 'node:path';
import { checkContent } from '../../src/checks/content-files.ts';
import { chartData } from '../../src/charts/data.ts';
import { indexParsedContent } from '../../src/checks/parsed-content.ts';
import type { ChartData } from '../../src/charts/types.ts';
import type { Lang } from '../../src/i18n/languages.ts';

export const projectRoot = join(import.meta.dirname, '../..');
export const chartFixtureRoot = join(import.meta.dirname, '../fixtures/charts');

const cache = new Map<string, ReturnType<typeof readContent>>();

/** Read once per test file and root: checking a whole content tree takes a while. */
const contentAt = (root: string) => cache.get(root) ?? cache.set(root, readContent(root)).get(root)!;

/** The frozen chart fixture (tests/fixtures/charts/content/). */
export const fixtureContent = () => contentAt(chartFixtureRoot);

/** The site's own content/, as editors leave it. */
export const liveContent = () => contentAt(projectRoot);

function readContent(root: string) {
  const { content, problems } = checkContent(root);
  if (problems.length)
    throw new Error(`${root}/content has problems: ${problems.map((problem) => problem.message).join('; ')}`);
  // The site's one content bundle (src/model/content-index.ts); charts in the site's order.
  const chartContent = indexParsedContent(content);
  return { charts: chartContent.charts.all, chartContent };
}

/** A chart of the fixture, resolved in one language. */
export function dataFor(id: string, lang: Lang): ChartData {
  const { chartContent } = fixtureContent();
  const spec = chartContent.charts.get(id);
  if (!spec) throw new Error(`no chart ${id} in tests/fixtures/charts/content/charts/`);
  return chartData(spec, chartContent, lang);
}

/** Attributes of every element with `tag` whose class list contains `className`. */
export function elements(svg: string, tag: string, className: string): Record<string, string>[] {
  return [...svg.matchAll(new RegExp(`<${tag}\\b([^>]*)/?>`, 'g'))]
    .map((match) =>
      Object.fromEntries([...match[1]!.matchAll(/([\w:-]+)="([^"]*)"/g)].map((attr) => [attr[1]!, attr[2]!])),
    )
    .filter((attrs) => (attrs.class ?? '').split(' ').includes(className));
}

/** The text content of every <text> (tspans joined), unescaped. */
export function texts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((match) =>
    match[1]!
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>'),
  );
}
