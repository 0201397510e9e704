/**
 * From a chart spec and the content it points at to the plain data a builder draws, in one
 * language. Runs at build time (and in tests); the result is what the page hands to the island.
 * Every number comes from a metric; texts show figures through `{metric@year}` tokens.
 */
import type { Chart } from '../schemas/charts.ts';
import type { Metric, MetricValue, Unit } from '../schemas/metrics.ts';
import { isBaseline } from '../model/metrics.ts';
import { formatFigure, formatList, formatMonth, formatMonthYear } from '../i18n/format.ts';
import { localizedPath, type Lang } from '../i18n/languages.ts';
import { fillFigures } from '../model/figure-tokens.ts';
import type { ContentIndex } from '../model/content-index.ts';
import { t, type TextKey } from '../i18n/index.ts';
import { countryPlaces, regionNames, type RegionId } from './geo/countries.ts';
import { provinceTiles, type ProvinceTile } from './geo/provinces.ts';
import { bracketed, collator, enumerate, paragraph } from '../i18n/writing.ts';
import type { ChartData, Datum, DataOf } from './types.ts';

const metricById = (content: ContentIndex, id: string) => content.metrics.require(id);

/**
 * One value as a chart draws it. A baseline (a value with `statedIn`, stated by a later review) is
 * labelled as such wherever its year is shown: "2023 baseline" / "2023年基数", and its tooltip says
 * which review states it.
 */
export function datumOf(metric: Metric, entry: MetricValue, lang: Lang): Datum {
  const figure = formatFigure(entry.value, metric.unit, entry.qualifier, lang, { zhWord: entry.zhWord });
  const baseline = entry.statedIn !== undefined && entry.statedIn > entry.year;
  return {
    key: `${metric.id}@${entry.year}`,
    metric: metric.id,
    // The year's own wording of what is counted, where the source counts differently.
    label: (entry.label ?? metric.label)[lang],
    year: entry.year,
    yearLabel: baseline ? t(lang, 'chart.baselineYear', { year: entry.year }) : String(entry.year),
    ...(baseline
      ? { baselineText: t(lang, 'chart.baselineStated', { year: entry.year, statedIn: entry.statedIn! }) }
      : {}),
    value: entry.value,
    unit: metric.unit,
    qualifier: entry.qualifier,
    text: figure.text,
    qualifierText: figure.qualifier,
    amount: figure.amount,
    ...(entry.targetYear
      ? {
          targetYear: entry.targetYear,
          targetText: t(lang, 'figure.targetBy', { year: entry.targetYear }),
        }
      : {}),
    ...(entry.breakdown
      ? {
          parts: entry.breakdown.map((part) => ({
            id: part.id,
            label: part.label[lang],
            value: part.value,
            qualifier: part.qualifier,
            text: formatFigure(part.value, metric.unit, part.qualifier, lang, { zhWord: part.zhWord }).text,
          })),
        }
      : {}),
  };
}

/** The values of a metric a chart draws: the spec's years only, oldest first. */
export function drawnValues(spec: Chart, metric: Metric): MetricValue[] {
  return [...metric.values]
    .filter((entry) => !spec.years || spec.years.includes(entry.year))
    .sort((a, b) => a.year - b.year);
}

/**
 * What a province tile shows when it is small: the English name in syllable pieces, one a line
 * ("Heilong / jiang"), or the Chinese name (two or three characters fit).
 */
const tileShortName: Record<Lang, (tile: ProvinceTile) => string> = {
  en: (tile) => tile.enTile.join('\n'),
  zh: (tile) => tile.zh,
};
const monthNames = (lang: Lang) => Array.from({ length: 12 }, (_, index) => formatMonth(index + 1, lang));

const unitHeading: Partial<Record<Unit, TextKey>> = {
  people: 'chart.unit.people',
  schools: 'chart.unit.schools',
  counties: 'chart.unit.counties',
  provinces: 'chart.unit.provinces',
  countries: 'chart.unit.countries',
  centres: 'chart.unit.centres',
  USD: 'chart.unit.money',
  CNY: 'chart.unit.money',
};

/** The parts that appear in any drawn value, in first-seen order: the legend. */
function partsLegend(datums: Datum[]) {
  const parts = new Map<string, string>();
  for (const datum of datums)
    for (const part of datum.parts ?? []) if (!parts.has(part.id)) parts.set(part.id, part.label);
  return [...parts].map(([id, label]) => ({ id, label }));
}

/** Every province named, in metrics' `items` and in the spec's `places`, with what it is named for. */
export function provinceMentions(spec: Chart, content: ContentIndex, lang: Lang) {
  const mentions = new Map<string, { year: number; about: string }[]>();
  const add = (id: string, year: number, about: string) =>
    mentions.set(id, [...(mentions.get(id) ?? []), { year, about }]);
  for (const id of spec.metrics) {
    const metric = metricById(content, id);
    for (const entry of drawnValues(spec, metric))
      for (const item of entry.items ?? []) add(item.id, entry.year, metric.label[lang]);
  }
  for (const place of spec.places)
    if (!spec.years || spec.years.includes(place.year)) add(place.province, place.year, place.about[lang]);
  for (const list of mentions.values()) list.sort((a, b) => a.year - b.year);
  return mentions;
}

type Resolver<K extends Chart['kind']> = (
  spec: Chart,
  content: ContentIndex,
  lang: Lang,
  common: { id: string; lang: Lang; title: string; description: string; caveat?: string },
) => DataOf<K>;

const resolvers: { [K in Chart['kind']]: Resolver<K> } = {
  'year-comparison'(spec, content, lang, common) {
    const panels = spec.metrics.map((id) => {
      const metric = metricById(content, id);
      return {
        metric: id,
        label: metric.label[lang],
        unit: metric.unit,
        comparable: metric.comparable,
        values: drawnValues(spec, metric).map((entry) => datumOf(metric, entry, lang)),
      };
    });
    return {
      ...common,
      kind: 'year-comparison',
      panels,
      parts: partsLegend(panels.flatMap((panel) => panel.values)),
      ui: { notComparable: t(lang, 'chart.notComparable') },
    };
  },

  breakdown(spec, content, lang, common) {
    const single = spec.metrics.length === 1;
    const drawnYears = new Set(
      spec.metrics.flatMap((id) => drawnValues(spec, metricById(content, id)).map((entry) => entry.year)),
    );
    const rows = spec.metrics.flatMap((id) => {
      const metric = metricById(content, id);
      return drawnValues(spec, metric).map((entry) => {
        const datum = datumOf(metric, entry, lang);
        return {
          unit: metric.unit,
          // One metric: rows are its years, each with what that year counts when the years are
          // counted differently. Several: rows are the metrics, with the year when years differ.
          label: single ? datum.yearLabel : metric.label[lang],
          sublabel: single ? (metric.comparable ? '' : datum.label) : drawnYears.size === 1 ? '' : datum.yearLabel,
          datum,
        };
      });
    });
    const units = [...new Set(rows.map((row) => row.unit))];
    const groups = units.map((unit) => ({
      unit,
      heading: t(lang, unitHeading[unit] ?? 'chart.unit.other'),
      rows: rows.filter((row) => row.unit === unit).map(({ label, sublabel, datum }) => ({ label, sublabel, datum })),
    }));
    return { ...common, kind: 'breakdown', groups, parts: partsLegend(rows.map((row) => row.datum)) };
  },

  'target-progress'(spec, content, lang, common) {
    const targetMetric = metricById(content, spec.target!);
    const targetEntry = targetMetric.values.find((entry) => entry.targetYear) ?? targetMetric.values[0]!;
    const results = spec.metrics.flatMap((id) => {
      const metric = metricById(content, id);
      return drawnValues(spec, metric).map((entry) => ({
        label: t(lang, 'chart.resultLabel', { year: entry.year }),
        datum: datumOf(metric, entry, lang),
      }));
    });
    return {
      ...common,
      kind: 'target-progress',
      target: {
        label: t(lang, 'chart.targetLabel', {
          year: targetEntry.year,
          targetYear: targetEntry.targetYear ?? targetEntry.year,
        }),
        datum: datumOf(targetMetric, targetEntry, lang),
      },
      results,
      ui: { share: t(lang, 'chart.share') },
    };
  },

  'area-counts'(spec, content, lang, common) {
    const years = [...(spec.years ?? content.reviewYears)].sort((a, b) => a - b);
    const counted = spec.metrics.length
      ? content.metrics.all.filter((metric) => spec.metrics.includes(metric.id))
      : content.metrics.all;
    const areas = content.areas.all
      .map((area) => ({
        id: area.id,
        name: area.name[lang],
        counts: years.map(
          (year) =>
            counted.filter(
              (metric) =>
                metric.area === area.id && metric.values.some((entry) => entry.year === year && !isBaseline(entry)),
            ).length,
        ),
      }))
      .filter((area) => area.counts.some((count) => count > 0))
      // Ranked by the latest year, then the earlier ones, so the chart reads from most to fewest.
      .sort((a, b) => {
        for (let index = years.length - 1; index >= 0; index -= 1) {
          const difference = (b.counts[index] ?? 0) - (a.counts[index] ?? 0);
          if (difference) return difference;
        }
        return a.id.localeCompare(b.id);
      });
    return {
      ...common,
      kind: 'area-counts',
      years,
      areas,
      ui: { figures: t(lang, 'chart.figuresCount'), figure: t(lang, 'chart.figureCount') },
    };
  },

  'country-dots'(spec, content, lang, common) {
    const metric = metricById(content, spec.metrics[0]!);
    const entry = drawnValues(spec, metric)
      .filter((value) => value.items?.length)
      .at(-1);
    const countries = (entry?.items ?? [])
      .map((item) => ({ id: item.id, name: item[lang], region: countryPlaces[item.id]?.region ?? 'asia' }))
      .sort((a, b) => collator(lang).compare(a.name, b.name));
    const regions = (Object.keys(regionNames) as RegionId[])
      .filter((region) => countries.some((country) => country.region === region))
      .map((region) => ({ id: region, name: regionNames[region][lang] }));
    const names = formatList(
      countries.map((country) => country.name),
      lang,
    );
    return {
      ...common,
      description: paragraph([common.description, t(lang, 'chart.countriesNamed', { names })], lang),
      kind: 'country-dots',
      countries,
      regions,
      ui: { china: t(lang, 'chart.china'), count: t(lang, 'chart.countriesCount') },
    };
  },

  'province-tiles'(spec, content, lang, common) {
    const mentions = provinceMentions(spec, content, lang);
    const provinces = Object.entries(provinceTiles)
      .sort(([, a], [, b]) => a.row - b.row || a.col - b.col)
      .map(([id, tile]) => {
        const named = mentions.get(id) ?? [];
        return {
          id,
          name: tile[lang],
          // A narrow tile's label: the English name in syllable pieces (one per line), or the Chinese name.
          short: tileShortName[lang](tile),
          years: [...new Set(named.map((mention) => mention.year))],
          mentions: named,
        };
      });
    const years = [...new Set([...mentions.values()].flat().map((mention) => mention.year))].sort((a, b) => a - b);
    const list = provinces
      .filter((province) => province.years.length)
      .map((province) => bracketed(province.name, enumerate(province.years, lang), lang));
    return {
      ...common,
      description: paragraph(
        [common.description, t(lang, 'chart.provincesNamed', { names: formatList(list, lang) })],
        lang,
      ),
      kind: 'province-tiles',
      provinces,
      years,
      ui: {
        namedIn: t(lang, 'chart.namedIn'),
        // "Both" only when the chart covers two years: a third review year makes it "more than one".
        namedInBoth: t(lang, years.length > 2 ? 'chart.namedInSeveral' : 'chart.namedInBoth'),
        notNamed: t(lang, 'chart.notNamed'),
      },
    };
  },

  timeline(spec, content, lang, common) {
    const year = spec.year!;
    const events = spec.events.map((event) => ({
      month: event.month,
      slug: event.slug,
      title: event.title[lang],
      area: event.area,
      areaName: content.areas.get(event.area)?.name[lang] ?? event.area,
      href: localizedPath(lang, `${year}/highlights/${event.slug}`),
    }));
    return {
      ...common,
      kind: 'timeline',
      year,
      months: monthNames(lang),
      datedMonths: Array.from({ length: 12 }, (_, index) => formatMonthYear(index + 1, year, lang)),
      events,
    };
  },
};

/**
 * The caveat drawn inside a chart: the spec's own `caveat`, else the standard sentence when the
 * chart draws two or more years of a metric whose years are not counted the same way
 * (`comparable: false`), else none. A year-comparison chart already writes its own note inside
 * each such panel, so it gets only a caveat its spec states.
 */
export function chartCaveat(spec: Chart, content: ContentIndex, lang: Lang): string | undefined {
  if (spec.caveat) return fillFigures(spec.caveat[lang], content.metrics, lang);
  if (spec.kind === 'year-comparison') return undefined;
  const uncomparable = spec.metrics.some((id) => {
    const metric = metricById(content, id);
    return !metric.comparable && new Set(drawnValues(spec, metric).map((entry) => entry.year)).size >= 2;
  });
  return uncomparable ? t(lang, 'chart.caveat') : undefined;
}

/** The data a chart's builder draws, in one language. */
export function chartData(spec: Chart, content: ContentIndex, lang: Lang): ChartData {
  const caveat = chartCaveat(spec, content, lang);
  const common = {
    id: spec.id,
    lang,
    title: fillFigures(spec.title[lang], content.metrics, lang),
    description: fillFigures(spec.description[lang], content.metrics, lang),
    ...(caveat ? { caveat } : {}),
  };
  return (resolvers[spec.kind] as Resolver<Chart['kind']>)(spec, content, lang, common);
}
