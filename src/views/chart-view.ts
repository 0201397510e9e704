/**
 * Everything a chart's figure shows, worked out once at build time for Chart.astro and the chart
 * pages: the data, the two static drawings (phone and wide layouts), the table, notes, related
 * figures and the source line. Pure once the collections are loaded.
 */
import type { Area } from '../schemas/areas.ts';
import type { Chart } from '../schemas/charts.ts';
import type { Metric } from '../schemas/metrics.ts';
import type { Source } from '../schemas/sources.ts';
import { chartData } from '../charts/data.ts';
import { staticDrawings } from '../charts/index.ts';
import { chartCitations, chartFacts, chartMetricIds, chartNotes, chartTable } from '../charts/table.ts';
import { localizedPath, type Lang } from '../i18n/languages.ts';
import { loadAreas, loadCharts, loadMetrics, loadSources, loadYears } from '../model/collections.ts';

/** More sections of one source than this are not listed in the source line. */
const MAX_SECTIONS = 4;

export interface ChartContentSet {
  charts: Chart[];
  metrics: Metric[];
  areas: Area[];
  sources: Source[];
  years: number[];
}

export async function loadChartContent(): Promise<ChartContentSet> {
  const [charts, metrics, areas, sources, years] = await Promise.all([
    loadCharts(),
    loadMetrics(),
    loadAreas(),
    loadSources(),
    loadYears(),
  ]);
  return { charts, metrics, areas, sources, years: years.map((entry) => entry.year) };
}

export function chartView(spec: Chart, content: ChartContentSet, lang: Lang) {
  const data = chartData(spec, { metrics: content.metrics, areas: content.areas, years: content.years }, lang);
  const citations = chartCitations(spec, content.metrics).flatMap((citation) => {
    const source = content.sources.find((candidate) => candidate.id === citation.source);
    const section = source?.sections.find((candidate) => candidate.id === citation.section);
    return source && section ? [{ source, section: section.title[lang] }] : [];
  });
  // One entry per source document, listing the sections cited in it; a long list of sections
  // (a timeline cites every month) is left to the table, which says where each row comes from.
  const bySource = new Map<string, { source: Source; sections: string[] }>();
  for (const { source, section } of citations) {
    const entry = bySource.get(source.id) ?? { source, sections: [] };
    if (!entry.sections.includes(section)) entry.sections.push(section);
    bySource.set(source.id, entry);
  }
  for (const entry of bySource.values()) if (entry.sections.length > MAX_SECTIONS) entry.sections = [];
  const figures = chartMetricIds(spec).flatMap((id) => {
    const metric = content.metrics.find((candidate) => candidate.id === id);
    return metric ? [{ id, label: metric.label[lang], href: localizedPath(lang, `figures/${id}`) }] : [];
  });
  return {
    spec,
    data,
    title: data.title,
    subtitle: spec.subtitle?.[lang],
    drawings: staticDrawings(data),
    table: chartTable(data, lang),
    notes: chartNotes(spec, content.metrics, lang),
    facts: chartFacts(spec, content.metrics, lang),
    sources: [...bySource.values()],
    figures,
    /** The area-counts chart counts every figure: its source is the open-data page. */
    countsAllFigures: spec.kind === 'area-counts' && spec.metrics.length === 0,
    href: localizedPath(lang, `charts/${spec.id}`),
  };
}

export type ChartView = ReturnType<typeof chartView>;

export function requireChart(content: ChartContentSet, id: string): Chart {
  const spec = content.charts.find((candidate) => candidate.id === id);
  if (!spec) {
    throw new Error(
      `The chart "${id}" does not exist: there is no content/charts/${id}.yaml (known: ${content.charts.map((chart) => chart.id).join(', ')})`,
    );
  }
  return spec;
}
