/**
 * What a chart or a figure gives away to be shared and reused: its data as rows (CSV and JSON
 * downloads), its source line, and the input of its pictures (social preview, SVG and PNG
 * downloads). Pure: it works on the loaded content, so the pages, the endpoints and the tests
 * compute exactly the same files.
 */
import type { Chart } from '../schemas/charts.ts';
import { drawnValues } from '../charts/data.ts';
import type { ChartData, Datum } from '../charts/types.ts';
import { t } from '../i18n/index.ts';
import { punctuation } from '../i18n/punctuation.ts';
import { valueIn } from '../model/metrics.ts';
import { memoPerIndex, type Citation, type CitationGroup, type ContentIndex } from '../model/content-index.ts';
import { writeCsv } from './csv.ts';
import { absoluteUrl, chartPath } from '../routes/urls.ts';
import type { Lang } from '../i18n/languages.ts';
import type { ChartPictureInput, FigurePictureInput } from './pictures.ts';
import { chartView } from '../views/chart-view.ts';
import { figureView } from '../views/figure-view.ts';

/**
 * "UNICEF China Annual Review 2024 (Overview, Health)" / "…年度工作回顾（概述、健康）", several
 * joined by "; " / "；" (src/i18n/punctuation.ts). Without sections, just the documents' titles
 * (for pictures, where space is short). The groups come from the content index's `groupCitations`.
 */
export function citationText(groups: readonly CitationGroup[], lang: Lang, withSections = true): string {
  const marks = punctuation[lang];
  return groups
    .map(({ source, sections }) =>
      withSections && sections.length
        ? `${source.title[lang]}${marks.open}${sections.join(marks.enumeration)}${marks.close}`
        : source.title[lang],
    )
    .join(marks.list);
}

/**
 * "Source: …" / "资料来源：…", the line under a chart's data and pictures: `fallback` stands in for
 * the documents when there are none (the programme-area chart counts every figure on the site).
 */
export function sourceLine(
  groups: readonly CitationGroup[],
  lang: Lang,
  fallback: string,
  withSections = true,
): string {
  const label = t(lang, groups.length > 1 ? 'chart.sources' : 'chart.source');
  const body = groups.length ? citationText(groups, lang, withSections) : fallback;
  return `${label}${punctuation[lang].colon}${body}`;
}

/** One cell of a download table: text, a number, or nothing (an empty CSV cell, JSON null). */
export type Cell = string | number | undefined;

/** The rows of a chart's CSV and JSON downloads, by column name. */
export interface DownloadTable {
  columns: string[];
  rows: Record<string, Cell>[];
}

const entryOf = (content: ContentIndex, id: string, year: number) => {
  const metric = content.metrics.get(id);
  return metric && valueIn(metric, year);
};

/** The documents a list of citations points at, written out with their sections. */
const cited = (content: ContentIndex, citations: readonly Citation[], lang: Lang) =>
  citationText(content.groupCitations(citations, lang), lang);

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

function datumRows(datums: Datum[], content: ContentIndex, lang: Lang) {
  return datums.flatMap((datum) => {
    const entry = entryOf(content, datum.metric, datum.year);
    const source = entry ? cited(content, entry.citations, lang) : '';
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
  content: ContentIndex,
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
      const metric = content.metrics.get(metricId);
      const entry =
        metric &&
        drawnValues(spec, metric)
          .filter((value) => value.items?.length)
          .at(-1);
      const source = entry ? cited(content, entry.citations, lang) : '';
      const regionNames = new Map(data.regions.map((region) => [region.id, region.name]));
      return {
        columns: ['metric_id', 'year', 'country_id', 'country', 'region', 'source'],
        rows: data.countries.map((country) => ({
          metric_id: metricId,
          year: entry?.year,
          country_id: country.id,
          country: country.name,
          region: regionNames.get(country.region) ?? country.region,
          source,
        })),
      };
    }
    case 'province-tiles': {
      // Where each mention comes from: a metric's named items, or a place the spec names from prose.
      const origins: { province: string; year: number; about: string; metric: string; source: string }[] = [];
      for (const id of spec.metrics) {
        const metric = content.metrics.get(id);
        if (!metric) continue;
        for (const entry of drawnValues(spec, metric)) {
          for (const item of entry.items ?? []) {
            origins.push({
              province: item.id,
              year: entry.year,
              about: metric.label[lang],
              metric: id,
              source: cited(content, entry.citations, lang),
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
          source: cited(content, [place], lang),
        });
      }
      const order = new Map(data.provinces.map((province, index) => [province.id, index]));
      const provinceNames = new Map(data.provinces.map((province) => [province.id, province.name]));
      origins.sort((a, b) => (order.get(a.province) ?? 0) - (order.get(b.province) ?? 0) || a.year - b.year);
      return {
        columns: ['province_id', 'province', 'year', 'named_for', 'metric_id', 'source'],
        rows: origins.map((origin) => ({
          province_id: origin.province,
          province: provinceNames.get(origin.province) ?? origin.province,
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
            source: specEvent ? cited(content, [specEvent.citation], lang) : '',
          };
        }),
      };
  }
}

/** A chart's CSV download, written by the site's one CSV writer (src/share/csv.ts), like data/metrics.csv. */
export function tableCsv(table: DownloadTable): string {
  return writeCsv(table.columns, table.rows);
}

/** What a chart's JSON download says the chart is, in its language. */
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

/** Everything a chart's files are made of, in one language. */
export interface ChartFiles {
  /** The chart's data: the chart view's own object. */
  data: ChartData;
  /** What the JSON download says the chart is. */
  meta: ChartFileMeta;
  /** The rows of the CSV and JSON downloads. */
  table: DownloadTable;
  /** The social preview's input: the source line without sections (space is short). */
  picture: ChartPictureInput;
  /** The SVG and PNG downloads' input: the full source line, sections included. */
  download: ChartPictureInput;
}

const files = memoPerIndex<ChartFiles>();

/** The areas' colours in content order: the arcs of the site's mark in a picture's footer. */
const markColoursOf = (content: ContentIndex) => content.areas.all.map((area) => area.colour.toLowerCase());

/**
 * Everything a chart's files need, in one language, read from the chart view
 * (src/views/chart-view.ts): computed once per index, chart, language and site URL.
 * @throws Error naming content/charts/{id}.yaml when there is no such chart
 */
export function chartFiles(content: ContentIndex, id: string, lang: Lang, siteUrl: string): ChartFiles {
  return files(content, `${id}|${lang}|${siteUrl}`, () => {
    const view = chartView(content, id, lang);
    const { spec, data } = view;
    // The programme-area chart counts every figure on the site: its source is the site's data.
    const fallback = t(lang, 'chart.allFiguresSource');
    const source = sourceLine(view.citationGroups, lang, fallback);
    const meta: ChartFileMeta = {
      id: spec.id,
      kind: spec.kind,
      lang,
      title: view.title,
      ...(view.subtitle ? { subtitle: view.subtitle } : {}),
      description: view.description,
      url: absoluteUrl(siteUrl, chartPath(lang, spec.id)),
      source,
      notes: view.notes,
    };
    const picture: ChartPictureInput = {
      lang,
      data,
      title: view.title,
      subtitle: view.subtitle,
      siteName: t(lang, 'site.name'),
      siteHost: new URL(siteUrl).host,
      sourceLine: sourceLine(view.citationGroups, lang, fallback, false),
      areaColour: view.areaEntry?.colour.toLowerCase() ?? '#0068a0',
      markColours: markColoursOf(content),
    };
    // The downloaded picture has room for the full source line, sections included.
    const download: ChartPictureInput = { ...picture, sourceLine: source };
    return { data, meta, table: chartDownloadTable(spec, data, content, lang, siteUrl), picture, download };
  });
}

/**
 * The social preview of a figure page: its latest value as the page writes it, read from the
 * figure view (src/views/figure-view.ts).
 * @throws Error naming content/metrics/{id}.yaml when there is no such metric
 */
export function figurePicture(content: ContentIndex, id: string, lang: Lang, siteUrl: string): FigurePictureInput {
  const view = figureView(content, id, lang);
  const { figure } = view.latest;
  return {
    lang,
    label: view.title,
    areaName: view.area?.name[lang] ?? '',
    qualifier: figure.qualifier,
    amount: figure.amount,
    target: figure.target,
    yearText: t(lang, 'figure.yearText', { year: figure.entry.year }),
    siteName: t(lang, 'site.name'),
    siteHost: new URL(siteUrl).host,
    sourceLine: sourceLine(content.groupCitations(figure.entry.citations, lang), lang, '', false),
    areaColour: view.area?.colour.toLowerCase() ?? '#0068a0',
    markColours: markColoursOf(content),
  };
}
