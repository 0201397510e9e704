/**
 * Checks what a chart spec (content/charts/{id}.yaml) points at: its area, metrics, target,
 * facts, years, sources, the provinces and countries it places, the stories its timeline links to,
 * and every `{metric@year}` figure in its texts. Pure: works on parsed content.
 */
import type { ContentProblem } from '../model/errors.ts';
import { isBroken, type ParsedContent } from './parsed-content.ts';
import type { Metric } from '../schemas/metrics.ts';
import { checkFigureTokens, type FieldText } from '../model/figure-tokens.ts';
import { countryPlaces } from '../charts/geo/countries.ts';
import { provinceTiles } from '../charts/geo/provinces.ts';

const list = (values: Iterable<string | number>) => [...values].map((value) => `"${value}"`).join(', ');

/**
 * Every problem in the chart specs (content/charts/*.yaml) that the schema alone cannot see:
 * a metric, area, source, section, province, country or story that does not exist, a target or
 * fact that does not fit the chart's kind, years the metrics do not have, and `{metric@year}`
 * figures in the texts. Returns the problems with file and field; never throws.
 */
export function checkCharts(content: ParsedContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const metricById = new Map(content.metrics.map((entry) => [entry.data.id, entry.data]));
  const sourceById = new Map(content.sources.map((entry) => [entry.data.id, entry.data]));
  const areaIds = new Set(content.areas.map((entry) => entry.data.id));
  const years = new Set(content.years.map((entry) => entry.data.year));

  for (const { file, data: chart } of content.charts) {
    const problem = (field: string, message: string) => problems.push({ file, field, message });

    /** The metric, or undefined after reporting it missing (a metric whose own file is broken is not reported twice). */
    const metricAt = (field: string, id: string): Metric | undefined => {
      const metric = metricById.get(id);
      if (!metric && !content.broken.metrics.includes(id))
        problem(field, `names the metric "${id}", which has no file in content/metrics/`);
      return metric;
    };
    const checkCitation = (field: string, sourceId: string, sectionId: string) => {
      const source = sourceById.get(sourceId);
      if (!source && isBroken(content.broken.sources, sourceId)) return;
      if (!source) {
        problem(
          `${field}.source`,
          `names the source "${sourceId}", which is not in content/sources.yaml (known: ${list(sourceById.keys())})`,
        );
      } else if (!source.sections.some((section) => section.id === sectionId)) {
        problem(
          `${field}.section`,
          `names the section "${sectionId}", which the source "${sourceId}" does not have (its sections: ${list(source.sections.map((section) => section.id))})`,
        );
      }
    };
    const checkArea = (field: string, id: string) => {
      if (!areaIds.has(id) && !isBroken(content.broken.areas, id))
        problem(field, `names the area "${id}", which is not in content/areas.yaml (known: ${list(areaIds)})`);
    };

    const expected = file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
    if (chart.id !== expected)
      problem('id', `is "${chart.id}", but the file is named ${expected}.yaml: they must match`);
    checkArea('area', chart.area);

    chart.years?.forEach((year, index) => {
      if (!years.has(year) && !content.broken.years?.includes(year))
        problem(
          `years[${index}]`,
          `is ${year}, which has no file in content/years/ (known years: ${list([...years].sort())})`,
        );
    });
    const drawnYears = (metric: Metric) =>
      metric.values.filter((value) => !chart.years || chart.years.includes(value.year));

    chart.metrics.forEach((id, index) => {
      const field = `metrics[${index}]`;
      const metric = metricAt(field, id);
      if (!metric) return;
      const values = drawnYears(metric);
      if (values.length === 0) {
        problem(
          field,
          `names the metric "${id}", which has no value for ${chart.years!.join(' or ')} (it has: ${metric.values.map((value) => value.year).join(', ')})`,
        );
      }
      if (chart.kind === 'country-dots' || chart.kind === 'province-tiles') {
        const what = chart.kind === 'country-dots' ? 'countries' : 'provinces';
        const items = values.flatMap((value) => value.items ?? []);
        if (items.length === 0) problem(field, `names the metric "${id}", which lists no ${what} (items) to place`);
        const known: Record<string, unknown> = chart.kind === 'country-dots' ? countryPlaces : provinceTiles;
        const where =
          chart.kind === 'country-dots'
            ? 'a position in src/charts/geo/countries.ts'
            : 'a tile in src/charts/geo/provinces.ts';
        for (const item of items) {
          if (!(item.id in known))
            problem(
              field,
              `lists the ${what === 'countries' ? 'country' : 'province'} "${item.id}" (in content/metrics/${id}.yaml), which has no ${where}`,
            );
        }
      }
    });
    if (chart.kind === 'country-dots' && chart.metrics.length > 1) {
      problem('metrics', 'must name one metric: a country-dots chart places the countries of a single list');
    }

    if (chart.target) {
      const metric = metricAt('target', chart.target);
      if (metric && !metric.values.some((value) => value.targetYear)) {
        problem(
          'target',
          `names the metric "${chart.target}", which has no value with a targetYear: the target must say by when`,
        );
      }
    }
    chart.facts.forEach((id, index) => {
      const metric = metricAt(`facts[${index}]`, id);
      if (metric && drawnYears(metric).length === 0)
        problem(`facts[${index}]`, `names the metric "${id}", which has no value for ${chart.years!.join(' or ')}`);
    });

    chart.source?.forEach((citation, index) => checkCitation(`source[${index}]`, citation.source, citation.section));

    chart.places.forEach((place, index) => {
      if (!(place.province in provinceTiles)) {
        problem(
          `places[${index}].province`,
          `names the province "${place.province}", which has no tile in src/charts/geo/provinces.ts (ids are pinyin in lowercase, like qinghai or inner-mongolia)`,
        );
      }
      if (!years.has(place.year) && !content.broken.years?.includes(place.year))
        problem(`places[${index}].year`, `is ${place.year}, which has no file in content/years/`);
      checkCitation(`places[${index}]`, place.source, place.section);
    });

    const highlights = new Map(
      content.stories.en
        .filter((entry) => entry.data.kind === 'highlight')
        .map((entry) => [entry.data.path, entry.data]),
    );
    chart.events.forEach((event, index) => {
      checkArea(`events[${index}].area`, event.area);
      checkCitation(`events[${index}].citation`, event.citation.source, event.citation.section);
      const path = `${chart.year}/highlights/${event.slug}`;
      const story = highlights.get(path);
      if (!story) {
        if (!content.broken.stories.en.includes(path))
          problem(
            `events[${index}].slug`,
            `links to the highlight "${event.slug}", which has no story: add content/stories/en/${path}.mdx`,
          );
      } else {
        if (story.month !== event.month)
          problem(
            `events[${index}].month`,
            `is ${event.month}, but the story ${path} says month ${story.month}: they must agree`,
          );
        if (story.area !== event.area)
          problem(
            `events[${index}].area`,
            `is "${event.area}", but the story ${path} says "${story.area}": they must agree`,
          );
      }
    });

    const texts: FieldText[] = [
      ['title', chart.title],
      ['subtitle', chart.subtitle],
      ['description', chart.description],
      ...chart.notes.map((note, index): FieldText => [`notes[${index}]`, note]),
    ];
    problems.push(...checkFigureTokens(file, texts, metricById, content.broken.metrics));
  }
  return problems;
}
