/**
 * What the page prints around a chart: its data as a table, its notes, the figures it draws and
 * where they are stated. Pure, so the component only renders.
 */
import type { Chart } from '../schemas/charts.ts';
import type { Lang } from '../i18n/languages.ts';
import type { ContentIndex } from '../model/content-index.ts';
import { figurePath } from '../routes/urls.ts';
import { t } from '../i18n/index.ts';
import { drawnValues } from './data.ts';
import { fillFigures } from '../model/figure-tokens.ts';
import type { ChartData } from './types.ts';
import { progressText } from './target-progress.ts';
import { bracketed, joinClauses, labelled } from '../i18n/writing.ts';
import { formatNumber } from '../i18n/format.ts';

/** One cell of a chart's data table: its text, an optional link, and how it is set. */
export interface TableCell {
  text: string;
  href?: string;
  /** A row header (<th scope="row">). */
  header?: boolean;
  /** Right-aligned, as numbers are. */
  num?: boolean;
}

/** A chart's data as the page's table shows it: caption, column headings, rows of cells. */
export interface ChartTable {
  caption: string;
  columns: { label: string; num?: boolean }[];
  rows: TableCell[][];
}

/**
 * The table under a chart, in one language: one row per value drawn (with its year or baseline
 * label and its parts), per area and year, per country, per province named or per highlight,
 * as each chart kind draws them. Figure rows link to the figure's page (`figurePath`).
 */
export function chartTable(data: ChartData, lang: Lang): ChartTable {
  const caption = t(lang, 'chart.dataCaption', { title: data.title });
  const col = (key: Parameters<typeof t>[1], num = false) => ({ label: t(lang, key), num });
  switch (data.kind) {
    case 'year-comparison':
    case 'breakdown': {
      const datums =
        data.kind === 'year-comparison'
          ? data.panels.flatMap((panel) => panel.values)
          : data.groups.flatMap((group) => group.rows.map((row) => row.datum));
      const hasParts = datums.some((datum) => datum.parts?.length);
      return {
        caption,
        columns: [
          col('chart.colFigure'),
          col('chart.colYear', true),
          col('chart.colValue', true),
          ...(hasParts ? [col('chart.colParts')] : []),
        ],
        rows: datums.map((datum) => [
          { text: datum.label, href: figurePath(lang, datum.metric), header: true },
          { text: datum.baselineText ?? datum.yearLabel, num: true },
          { text: datum.text, num: true },
          ...(hasParts
            ? [
                {
                  text: joinClauses(
                    (datum.parts ?? []).map((part) => labelled(part.label, part.text, lang)),
                    lang,
                  ),
                },
              ]
            : []),
        ]),
      };
    }
    case 'target-progress': {
      const target = data.target.datum;
      return {
        caption,
        columns: [col('chart.colFigure'), col('chart.colYear', true), col('chart.colValue', true)],
        rows: [
          [
            {
              text: bracketed(
                target.label,
                t(lang, 'chart.targetFor', { year: target.targetYear ?? target.year }),
                lang,
              ),
              href: figurePath(lang, target.metric),
              header: true,
            },
            { text: String(target.year), num: true },
            { text: target.text, num: true },
          ],
          ...data.results.map(({ datum }) => [
            {
              text: progressText(data, datum) ? `${datum.label} (${progressText(data, datum)})` : datum.label,
              href: figurePath(lang, datum.metric),
              header: true,
            },
            { text: String(datum.year), num: true },
            { text: datum.text, num: true },
          ]),
        ],
      };
    }
    case 'area-counts':
      return {
        caption,
        columns: [col('chart.colArea'), ...data.years.map((year) => ({ label: String(year), num: true }))],
        rows: data.areas.map((area) => [
          { text: area.name, header: true },
          ...area.counts.map((count) => ({ text: formatNumber(count, lang), num: true })),
        ]),
      };
    case 'country-dots':
      return {
        caption,
        columns: [col('chart.colCountry'), col('chart.colRegion')],
        rows: data.countries.map((country) => [
          { text: country.name, header: true },
          { text: data.regions.find((region) => region.id === country.region)?.name ?? '' },
        ]),
      };
    case 'province-tiles':
      return {
        caption,
        columns: [col('chart.colProvince'), col('chart.colYear', true), col('chart.colNamedFor')],
        rows: data.provinces.flatMap((province) =>
          province.mentions.map((mention) => [
            { text: province.name, header: true },
            { text: String(mention.year), num: true },
            { text: mention.about },
          ]),
        ),
      };
    case 'timeline':
      return {
        caption,
        columns: [col('chart.colMonth'), col('chart.colHighlight'), col('chart.colArea')],
        rows: data.events.map((event) => [
          { text: data.datedMonths[event.month - 1]! },
          { text: event.title, href: event.href, header: true },
          { text: event.areaName },
        ]),
      };
  }
}

/** The metrics a chart draws or cites, each linked to its own page. */
export function chartMetricIds(spec: Chart): string[] {
  return [...new Set([...spec.metrics, ...(spec.target ? [spec.target] : [])])];
}

/**
 * Where the chart's figures are stated: the spec's own source line if it has one, else every
 * citation of every value drawn, of the target, of the named places and of the events.
 */
export function chartCitations(spec: Chart, content: ContentIndex): { source: string; section: string }[] {
  if (spec.source) return spec.source;
  const all: { source: string; section: string }[] = [];
  for (const id of chartMetricIds(spec)) {
    const metric = content.metrics.get(id);
    if (!metric) continue;
    const values = id === spec.target ? metric.values : drawnValues(spec, metric);
    for (const value of values) all.push(...value.citations);
  }
  for (const place of spec.places) all.push({ source: place.source, section: place.section });
  for (const event of spec.events) all.push(event.citation);
  const seen = new Set<string>();
  return all.filter((citation) => {
    const key = `${citation.source}#${citation.section}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Notes under the chart: the spec's own, then, for every metric drawn across years it counts
 * differently, why those years cannot be compared.
 */
export function chartNotes(spec: Chart, content: ContentIndex, lang: Lang): string[] {
  const own = spec.notes.map((note) => fillFigures(note[lang], content.metrics, lang));
  const drawsYears = spec.kind === 'year-comparison' || spec.kind === 'breakdown';
  const comparability = drawsYears
    ? spec.metrics.flatMap((id) => {
        const metric = content.metrics.get(id);
        return metric && !metric.comparable && metric.comparabilityNote && drawnValues(spec, metric).length > 1
          ? [metric.comparabilityNote[lang]]
          : [];
      })
    : [];
  return [...own, ...comparability];
}

/** Related figures listed under the chart: each value of each fact metric, as the page writes it. */
export function chartFacts(spec: Chart, content: ContentIndex, lang: Lang) {
  return spec.facts.flatMap((id) => {
    const metric = content.metrics.get(id);
    if (!metric) return [];
    return drawnValues(spec, metric).map((entry) => ({
      id,
      year: entry.year,
      text: fillFigures(`{${id}@${entry.year}}`, content.metrics, lang),
      label: metric.label[lang],
      href: figurePath(lang, id),
    }));
  });
}
