/**
 * Everything a chart shows, worked out once per chart and language (memoised on the content
 * index, the way Starlight computes a page's route data once): the data, the two static drawings
 * (phone and wide layouts), the table, notes, related figures and the source line. The chart page,
 * the embed page, <Chart>, the preview picture and the downloads (src/share/chart-files.ts) all
 * read this one object, so a chart's data is resolved once per build and language.
 * Pure once the index is built.
 */
import type { Area } from '../schemas/areas.ts';
import type { Chart } from '../schemas/charts.ts';
import { chartData } from '../charts/data.ts';
import { staticDrawings } from '../charts/index.ts';
import {
  chartCitations,
  chartFacts,
  chartMetricIds,
  chartNotes,
  chartTable,
  type ChartTable,
} from '../charts/table.ts';
import type { ChartData } from '../charts/types.ts';
import type { Lang } from '../i18n/languages.ts';
import { t } from '../i18n/index.ts';
import { fillFigures } from '../model/figure-tokens.ts';
import { memoPerIndex, type Citation, type CitationGroup, type ContentIndex } from '../model/content-index.ts';
import { chartPath, figurePath } from '../routes/urls.ts';

/** More sections of one source than this are not listed in the page's source line. */
const MAX_SECTIONS = 4;

/** A chart's title and address: what a list of charts needs, without resolving the chart's data. */
export interface ChartSummary {
  id: string;
  /** The programme area's id. */
  area: string;
  /** The title in the page's language, its figures filled in. */
  title: string;
  /** The chart's own page. */
  href: string;
}

/** A related figure under a chart: "Children reached: more than 2.65 million (2024)". */
export interface ChartFact {
  id: string;
  label: string;
  text: string;
  href: string;
  year: number;
  /** The year as the line writes it: " (2024)" / "（2024年）". */
  yearText: string;
}

/** Everything one chart shows in one language. */
export interface ChartView extends ChartSummary {
  spec: Chart;
  /** The chart's programme area (undefined only if the content check was skipped). */
  areaEntry: Area | undefined;
  data: ChartData;
  subtitle: string | undefined;
  /** What the chart shows, in a sentence or two (figures filled in): alt text and descriptions. */
  description: string;
  drawings: ReturnType<typeof staticDrawings>;
  table: ChartTable;
  notes: string[];
  facts: ChartFact[];
  /** Every citation of the chart's figures (or its own `source`), each once. */
  citations: Citation[];
  /** The citations by source document, every section listed: pictures and downloads. */
  citationGroups: CitationGroup[];
  /**
   * The citations as the page's source line lists them: a document cited in more sections than a
   * line can hold (a timeline cites every month) is named without its sections; the table says
   * where each row comes from.
   */
  sources: CitationGroup[];
  /** "Source" or "Sources", as the line under the chart starts. */
  sourceLabel: string;
  /** The figures the chart draws, each linked to its own page. */
  figures: { id: string; label: string; href: string }[];
  /** The area-counts chart counts every figure: its source is the open-data page. */
  countsAllFigures: boolean;
}

const views = memoPerIndex<ChartView>();
const summaries = memoPerIndex<ChartSummary>();

/**
 * A chart's title and page, without resolving its data: cheap, for lists of charts (the other
 * charts of an area under a chart page, the gallery), so a page's cost does not grow with the
 * number of charts beside it.
 * @throws Error naming content/charts/{id}.yaml when there is no such chart
 */
export function chartSummary(content: ContentIndex, id: string, lang: Lang): ChartSummary {
  return summaries(content, `${id}|${lang}`, () => {
    const spec = content.charts.require(id);
    return {
      id,
      area: spec.area,
      title: fillFigures(spec.title[lang], content.metrics, lang),
      href: chartPath(lang, id),
    };
  });
}

/** The other charts of a chart's programme area, in the site's order, as summaries. */
export function relatedCharts(content: ContentIndex, id: string, lang: Lang): ChartSummary[] {
  const { area } = content.charts.require(id);
  return content.charts.all
    .filter((chart) => chart.id !== id && chart.area === area)
    .map((chart) => chartSummary(content, chart.id, lang));
}

/**
 * Everything one chart shows in one language, computed on first use and then shared (the same
 * object for the same index, chart and language).
 * @throws Error naming content/charts/{id}.yaml when there is no such chart, or the metric file a
 *   chart names when it is missing
 */
export function chartView(content: ContentIndex, id: string, lang: Lang): ChartView {
  return views(content, `${id}|${lang}`, () => {
    const spec = content.charts.require(id);
    const data = chartData(spec, content, lang);
    const citations = chartCitations(spec, content);
    const citationGroups = content.groupCitations(citations, lang);
    const sources = citationGroups.map((group) =>
      group.sections.length > MAX_SECTIONS ? { ...group, sections: [] } : group,
    );
    return {
      ...chartSummary(content, id, lang),
      spec,
      areaEntry: content.areas.get(spec.area),
      data,
      subtitle: spec.subtitle?.[lang],
      description: data.description,
      drawings: staticDrawings(data),
      table: chartTable(data, lang),
      notes: chartNotes(spec, content, lang),
      facts: chartFacts(spec, content, lang).map((fact) => ({
        ...fact,
        yearText: t(lang, 'chart.factYear', { year: fact.year }),
      })),
      citations,
      citationGroups,
      sources,
      sourceLabel: t(lang, sources.length > 1 ? 'chart.sources' : 'chart.source'),
      figures: chartMetricIds(spec).flatMap((metricId) => {
        const metric = content.metrics.get(metricId);
        return metric ? [{ id: metricId, label: metric.label[lang], href: figurePath(lang, metricId) }] : [];
      }),
      countsAllFigures: spec.kind === 'area-counts' && spec.metrics.length === 0,
    };
  });
}
