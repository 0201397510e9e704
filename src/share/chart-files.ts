/**
 * What a chart or a figure gives away to be shared and reused: its data as rows (CSV and JSON
 * downloads), its source line, and the input of its pictures (social preview, SVG and PNG
 * downloads). Pure: it works on the loaded content, so the pages, the endpoints and the tests
 * compute exactly the same files.
 */
import type { Area } from '../schemas/areas.ts';
import type { Chart } from '../schemas/charts.ts';
import type { Metric, MetricValue } from '../schemas/metrics.ts';
import type { Source } from '../schemas/sources.ts';
import { chartData, drawnValues } from '../charts/data.ts';
import { chartCitations, chartNotes } from '../charts/table.ts';
import type { ChartData, Datum } from '../charts/types.ts';
import { t } from '../i18n/index.ts';
import { figureOf, valueIn, yearsOf } from '../model/metrics.ts';
import { writeCsv } from './csv.ts';
import { absoluteUrl, pagePath } from '../routes/urls.ts';
import type { Lang } from '../i18n/languages.ts';
import type { ChartPictureInput, FigurePictureInput } from './pictures.ts';

/** The content a chart's files are made from (the same sets src/views/chart-view.ts loads). */
export interface ShareContent {
  charts: Chart[];
  metrics: Metric[];
  areas: Area[];
  sources: Source[];
  years: number[];
}

interface Citation {
  source: string;
  section: string;
}

/** Citations grouped by source document, sections in order: `[{ source, sections: [...] }]`. */
export function groupCitations(citations: Citation[], sources: Source[], lang: Lang) {
  const groups = new Map<string, { source: Source; sections: string[] }>();
  for (const citation of citations) {
    const source = sources.find((candidate) => candidate.id === citation.source);
    const section = source?.sections.find((candidate) => candidate.id === citation.section);
    if (!source || !section) continue;
    const group = groups.get(source.id) ?? { source, sections: [] };
    if (!group.sections.includes(section.title[lang])) group.sections.push(section.title[lang]);
    groups.set(source.id, group);
  }
  return [...groups.values()];
}

/**
 * "UNICEF China Annual Review 2024 (Overview, Health)" / "…年度工作回顾（概述、健康）", several
 * joined by ";". Without sections, just the documents' titles (for pictures, where space is short).
 */
export function citationText(citations: Citation[], sources: Source[], lang: Lang, withSections = true): string {
  return groupCitations(citations, sources, lang)
    .map(({ source, sections }) => {
      if (!withSections) return source.title[lang];
      return lang === 'en'
        ? `${source.title.en} (${sections.join(', ')})`
        : `${source.title.zh}（${sections.join('、')}）`;
    })
    .join(lang === 'en' ? '; ' : '；');
}

/** "Source: …" / "资料来源：…", the line under a chart's data and pictures. */
export function sourceLine(
  citations: Citation[],
  sources: Source[],
  lang: Lang,
  fallback: string,
  withSections = true,
): string {
  const groups = groupCitations(citations, sources, lang);
  const label = t(lang, groups.length > 1 ? 'chart.sources' : 'chart.source');
  const body = groups.length ? citationText(citations, sources, lang, withSections) : fallback;
  return `${label}${lang === 'en' ? ': ' : '：'}${body}`;
}

export type Cell = string | number | undefined;

export interface DownloadTable {
  columns: string[];
  rows: Record<string, Cell>[];
}

const metricOf = (content: ShareContent, id: string) => content.metrics.find((metric) => metric.id === id);
const entryOf = (content: ShareContent, id: string, year: number) => {
  const metric = metricOf(content, id);
  return metric && valueIn(metric, year);
};

/** The columns of charts that draw metric values (bars, breakdowns, targets). */
const valueColumns = [
  'metric_id',
  'year',
  'part',
  'value',
  'qualifier',
  'unit',
  'target_year',
  'label',
  'part_label',
  'as_written',
  'source',
];

function datumRows(datums: Datum[], content: ShareContent, lang: Lang) {
  return datums.flatMap((datum) => {
    const entry = entryOf(content, datum.metric, datum.year);
    const source = entry ? citationText(entry.citations, content.sources, lang) : '';
    const base = { metric_id: datum.metric, year: datum.year, unit: datum.unit, label: datum.label, source };
    return [
      {
        ...base,
        part: '',
        value: datum.value,
        qualifier: datum.qualifier,
        target_year: datum.targetYear,
        part_label: '',
        as_written: datum.text,
      },
      ...(datum.parts ?? []).map((part) => ({
        ...base,
        part: part.id,
        value: part.value,
        qualifier: part.qualifier,
        target_year: undefined,
        part_label: part.label,
        as_written: part.text,
      })),
    ];
  });
}

/**
 * The data behind a chart, one row per data point, in one language. Charts of values give a row
 * per metric value and per part of a value; charts of named places give a row per place; the
 * timeline a row per highlight; the programme-area chart a row per area and year.
 */
export function chartDownloadTable(
  spec: Chart,
  data: ChartData,
  content: ShareContent,
  lang: Lang,
  siteUrl: string,
): DownloadTable {
  switch (data.kind) {
    case 'year-comparison':
      return {
        columns: valueColumns,
        rows: datumRows(
          data.panels.flatMap((panel) => panel.values),
          content,
          lang,
        ),
      };
    case 'breakdown':
      return {
        columns: valueColumns,
        rows: datumRows(
          data.groups.flatMap((group) => group.rows.map((row) => row.datum)),
          content,
          lang,
        ),
      };
    case 'target-progress':
      return {
        columns: valueColumns,
        rows: datumRows([data.target.datum, ...data.results.map((result) => result.datum)], content, lang),
      };
    case 'area-counts':
      return {
        columns: ['area_id', 'area', 'year', 'figures'],
        rows: data.areas.flatMap((area) =>
          data.years.map((year, index) => ({ area_id: area.id, area: area.name, year, figures: area.counts[index] })),
        ),
      };
    case 'country-dots': {
      const metricId = spec.metrics[0]!;
      const metric = metricOf(content, metricId);
      const entry =
        metric &&
        drawnValues(spec, metric)
          .filter((value) => value.items?.length)
          .at(-1);
      const source = entry ? citationText(entry.citations, content.sources, lang) : '';
      return {
        columns: ['metric_id', 'year', 'country_id', 'country', 'region', 'source'],
        rows: data.countries.map((country) => ({
          metric_id: metricId,
          year: entry?.year,
          country_id: country.id,
          country: country.name,
          region: data.regions.find((region) => region.id === country.region)?.name ?? country.region,
          source,
        })),
      };
    }
    case 'province-tiles': {
      // Where each mention comes from: a metric's named items, or a place the spec names from prose.
      const origins: { province: string; year: number; about: string; metric: string; source: string }[] = [];
      for (const id of spec.metrics) {
        const metric = metricOf(content, id);
        if (!metric) continue;
        for (const entry of drawnValues(spec, metric)) {
          for (const item of entry.items ?? []) {
            origins.push({
              province: item.id,
              year: entry.year,
              about: metric.label[lang],
              metric: id,
              source: citationText(entry.citations, content.sources, lang),
            });
          }
        }
      }
      for (const place of spec.places) {
        if (spec.years && !spec.years.includes(place.year)) continue;
        origins.push({
          province: place.province,
          year: place.year,
          about: place.about[lang],
          metric: '',
          source: citationText([place], content.sources, lang),
        });
      }
      const order = new Map(data.provinces.map((province, index) => [province.id, index]));
      origins.sort((a, b) => (order.get(a.province) ?? 0) - (order.get(b.province) ?? 0) || a.year - b.year);
      return {
        columns: ['province_id', 'province', 'year', 'named_for', 'metric_id', 'source'],
        rows: origins.map((origin) => ({
          province_id: origin.province,
          province: data.provinces.find((province) => province.id === origin.province)?.name ?? origin.province,
          year: origin.year,
          named_for: origin.about,
          metric_id: origin.metric,
          source: origin.source,
        })),
      };
    }
    case 'timeline':
      return {
        columns: ['year', 'month', 'highlight', 'area', 'url', 'source'],
        rows: data.events.map((event) => {
          const specEvent = spec.events.find((candidate) => candidate.slug === event.slug);
          return {
            year: data.year,
            month: event.month,
            highlight: event.title,
            area: event.areaName,
            url: absoluteUrl(siteUrl, event.href),
            source: specEvent ? citationText([specEvent.citation], content.sources, lang) : '',
          };
        }),
      };
  }
}

/** A chart's CSV download, written by the site's one CSV writer (src/share/csv.ts), like data/metrics.csv. */
export function tableCsv(table: DownloadTable): string {
  return writeCsv(table.columns, table.rows);
}

export interface ChartFileMeta {
  id: string;
  kind: string;
  lang: Lang;
  title: string;
  subtitle?: string;
  description: string;
  url: string;
  source: string;
  notes: string[];
}

/** The JSON download: what the chart is, then the same rows as the CSV with numbers as numbers. */
export function tableJson(meta: ChartFileMeta, table: DownloadTable): string {
  const rows = table.rows.map((row) =>
    Object.fromEntries(
      table.columns.map((column) => [column, row[column] === undefined || row[column] === '' ? null : row[column]]),
    ),
  );
  return `${JSON.stringify({ chart: meta, columns: table.columns, rows }, null, 2)}\n`;
}

export interface Branding {
  siteName: string;
  siteHost: string;
}

/** Everything a chart's files need, in one language. */
export function chartFiles(spec: Chart, content: ShareContent, lang: Lang, siteUrl: string) {
  const data = chartData(spec, { metrics: content.metrics, areas: content.areas, years: content.years }, lang);
  const area = content.areas.find((candidate) => candidate.id === spec.area);
  // The programme-area chart counts every figure on the site: its source is the site's data.
  const fallback =
    lang === 'en'
      ? 'all figures on this site, from UNICEF China’s reviews'
      : '本网站全部数据，均取自联合国儿童基金会驻华办事处工作回顾';
  const citations = chartCitations(spec, content.metrics);
  const source = sourceLine(citations, content.sources, lang, fallback);
  const table = chartDownloadTable(spec, data, content, lang, siteUrl);
  const meta: ChartFileMeta = {
    id: spec.id,
    kind: spec.kind,
    lang,
    title: data.title,
    ...(spec.subtitle ? { subtitle: spec.subtitle[lang] } : {}),
    description: data.description,
    url: absoluteUrl(siteUrl, pagePath(lang, 'charts', spec.id)),
    source,
    notes: chartNotes(spec, content.metrics, lang),
  };
  const picture: ChartPictureInput = {
    lang,
    data,
    title: data.title,
    subtitle: spec.subtitle?.[lang],
    siteName: t(lang, 'site.name'),
    siteHost: new URL(siteUrl).host,
    sourceLine: sourceLine(citations, content.sources, lang, fallback, false),
    areaColour: area?.colour.toLowerCase() ?? '#0068a0',
  };
  // The downloaded picture has room for the full source line, sections included.
  const download: ChartPictureInput = { ...picture, sourceLine: source };
  return { data, meta, table, picture, download };
}

/** The year a figure page leads with and its preview shows: the latest one. */
export function latestEntry(metric: Metric): MetricValue {
  const year = yearsOf(metric).at(-1)!;
  return valueIn(metric, year)!;
}

/** The social preview of a figure page: its latest value as the page writes it. */
export function figurePicture(
  metric: Metric,
  content: Pick<ShareContent, 'areas' | 'sources'>,
  lang: Lang,
  siteUrl: string,
): FigurePictureInput {
  const entry = latestEntry(metric);
  const figure = figureOf(metric, entry, lang);
  const area = content.areas.find((candidate) => candidate.id === metric.area);
  return {
    lang,
    label: metric.label[lang],
    areaName: area?.name[lang] ?? '',
    qualifier: figure.qualifier,
    amount: figure.amount,
    target: figure.target,
    yearText: lang === 'en' ? String(entry.year) : `${entry.year}年`,
    siteName: t(lang, 'site.name'),
    siteHost: new URL(siteUrl).host,
    sourceLine: sourceLine(entry.citations, content.sources, lang, '', false),
    areaColour: area?.colour.toLowerCase() ?? '#0068a0',
  };
}
