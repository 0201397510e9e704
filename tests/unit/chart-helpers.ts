/** Shared by the chart tests: the site's real content, resolved for charts, and a few SVG probes. */
import { join } from 'node:path';
import { checkContent } from '../../src/lib/content-files.ts';
import { chartData, type ChartContent } from '../../src/charts/data.ts';
import type { Chart } from '../../src/schemas/charts.ts';
import type { ChartData } from '../../src/charts/types.ts';
import type { Lang } from '../../src/lib/i18n.ts';

const root = join(import.meta.dirname, '../..');

let cached: ReturnType<typeof readSiteContent> | undefined;

/** Read once per test file: checking the whole of content/ takes a while. */
export const siteContent = () => (cached ??= readSiteContent());

function readSiteContent() {
  const { content, problems } = checkContent(root);
  if (problems.length) throw new Error(`content/ has problems: ${problems.map((problem) => problem.message).join('; ')}`);
  const charts: Chart[] = content.charts.map((entry) => entry.data).sort((a, b) => a.id.localeCompare(b.id));
  const chartContent: ChartContent = {
    metrics: content.metrics.map((entry) => entry.data),
    areas: content.areas.map((entry) => entry.data),
    years: content.years.map((entry) => entry.data.year),
  };
  return { charts, chartContent };
}

export function dataFor(id: string, lang: Lang): ChartData {
  const { charts, chartContent } = siteContent();
  const spec = charts.find((chart) => chart.id === id);
  if (!spec) throw new Error(`no chart ${id}`);
  return chartData(spec, chartContent, lang);
}

/** Attributes of every element with `tag` whose class list contains `className`. */
export function elements(svg: string, tag: string, className: string): Record<string, string>[] {
  return [...svg.matchAll(new RegExp(`<${tag}\\b([^>]*)/?>`, 'g'))]
    .map((match) => Object.fromEntries([...match[1]!.matchAll(/([\w:-]+)="([^"]*)"/g)].map((attr) => [attr[1]!, attr[2]!])))
    .filter((attrs) => (attrs.class ?? '').split(' ').includes(className));
}

/** The text content of every <text> (tspans joined), unescaped. */
export function texts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((match) =>
    match[1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim().replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
  );
}
