import { z } from 'astro/zod';
import { bilingual, id, year } from './common.ts';
import { citation } from './metrics.ts';

/**
 * The kinds of chart the site can draw; each has one builder in src/charts/.
 * - year-comparison: one panel per metric, a bar per year from zero; a trend line only when the
 *   metric's years are counted the same way (comparable: true).
 * - breakdown: horizontal bars, one per figure; a figure with parts (in person / online) is drawn
 *   as its stacked parts, which sum to the total.
 * - target-progress: a result set against a stated target, with related facts.
 * - area-counts: how many figures each programme area reports, per review year.
 * - country-dots: the countries a metric lists (its `items`), as dots at approximate centroids on a
 *   graticule, or grouped by region on small screens. No borders are drawn.
 * - province-tiles: China's provinces as a tile grid (no borders), highlighting those named.
 * - timeline: events by month (the monthly highlights of a year).
 */
export const chartKinds = [
  'year-comparison',
  'breakdown',
  'target-progress',
  'area-counts',
  'country-dots',
  'province-tiles',
  'timeline',
] as const;
export type ChartKind = (typeof chartKinds)[number];

const metricIds = z.array(id, { error: 'must be a list of metric ids, like [newborn-care-training]' });

/** A province named only in a source's prose (not in any metric's `items`), with where it is named. */
export const chartPlace = z
  .object({
    /** A province id from src/charts/geo/provinces.ts, like `qinghai`. */
    province: id,
    /** The review year in which the province is named. */
    year,
    /** Where the source names it: a source id and one of its section ids. */
    source: id,
    section: id,
    /** What the province is named for, in a few words, in both languages. */
    about: bilingual,
  })
  .strict();
export type ChartPlace = z.infer<typeof chartPlace>;

/** One event on a timeline (a monthly highlight). */
export const chartEvent = z
  .object({
    /** The month, 1 (January) to 12 (December). */
    month: z
      .number({ error: 'must be the month as a number from 1 to 12' })
      .int({ error: 'must be the month as a whole number from 1 to 12' })
      .min(1, { error: 'must be the month as a number from 1 to 12' })
      .max(12, { error: 'must be the month as a number from 1 to 12' }),
    /** The slug of the highlight story: the event links to /{lang}/{year}/highlights/{slug}/. */
    slug: id,
    /** A short title for the chart, in both languages. */
    title: bilingual,
    /** A programme area id from content/areas.yaml. */
    area: id,
    /** Where the source describes the event. */
    citation,
  })
  .strict();
export type ChartEvent = z.infer<typeof chartEvent>;

const onlyFor: Partial<Record<string, readonly ChartKind[]>> = {
  target: ['target-progress'],
  places: ['province-tiles'],
  events: ['timeline'],
  year: ['timeline'],
};

/**
 * One chart (content/charts/{id}.yaml). A chart never holds its own copy of a number: values come
 * from the metrics it names. Texts may show a figure with `{metric-id@year}`, which the site fills
 * in as each language writes it ("almost 748,000", "近74.8万").
 */
export const chart = z
  .object({
    /** Must match the file name; used in URLs (/en/charts/{id}/) and in <Chart id="…" />. */
    id,
    /** Which builder draws it: one of the chart kinds above. */
    kind: z.enum(chartKinds, { error: `must be one of ${chartKinds.join(', ')}: the kind of chart` }),
    /** The programme area the chart belongs to (content/areas.yaml), for grouping in the gallery. */
    area: id,
    /** The metrics whose values the chart draws, in the order they are drawn. */
    metrics: metricIds.default([]),
    /** Only these review years are drawn (all years of the metrics when left out). */
    years: z.array(year, { error: 'must be a list of years, like [2023, 2024]' }).min(1).optional(),
    /** target-progress: the metric holding the target (a value with targetYear). */
    target: id.optional(),
    /** Metrics shown as related facts next to the chart rather than drawn as marks. */
    facts: metricIds.default([]),
    /** province-tiles: provinces named in prose only, with the source that names them. */
    places: z.array(chartPlace, { error: 'must be a list of { province, year, source, section, about }' }).default([]),
    /** timeline: the year the events belong to. */
    year: year.optional(),
    /** timeline: the events, in the order of the source. */
    events: z.array(chartEvent, { error: 'must be a list of { month, slug, title, area, citation }' }).default([]),
    /** The chart's heading. */
    title: bilingual,
    /** One line under the title: what is counted, and where. */
    subtitle: bilingual.optional(),
    /**
     * The text alternative, written for screen readers: what the chart shows, stating the numbers
     * with `{metric-id@year}`. It is the SVG's accessible description.
     */
    description: bilingual,
    /**
     * One short sentence drawn inside the chart itself, under its marks, where two bars must not
     * be read as a trend (years counted differently, different measures side by side). Being part
     * of the drawing, it travels with the chart: page, embed, PNG and SVG downloads, preview
     * pictures. Left out, a chart that draws two or more years of a metric marked
     * `comparable: false` gets a standard sentence saying the years are counted differently.
     */
    caveat: bilingual.optional(),
    /** Notes shown under the chart (why two years differ, what a figure includes). */
    notes: z.array(bilingual, { error: 'must be a list of notes, each { en: "…", zh: "…" }' }).default([]),
    /** Replaces the source line worked out from the metrics' citations. */
    source: z.array(citation, { error: 'must be a list of { source, section }' }).min(1).optional(),
  })
  .strict()
  .superRefine((spec, ctx) => {
    for (const [field, kinds] of Object.entries(onlyFor)) {
      const value = spec[field as keyof typeof spec];
      const used = Array.isArray(value) ? value.length > 0 : value !== undefined;
      if (used && kinds && !kinds.includes(spec.kind)) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `is only used by charts of kind ${kinds.join(', ')} (this chart is ${spec.kind}): remove it`,
        });
      }
    }
    const needsMetrics = spec.kind !== 'area-counts' && spec.kind !== 'timeline';
    if (needsMetrics && spec.metrics.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['metrics'],
        message: `is missing: a ${spec.kind} chart draws at least one metric, like metrics: [newborn-care-training]`,
      });
    }
    if (spec.kind === 'target-progress' && !spec.target) {
      ctx.addIssue({
        code: 'custom',
        path: ['target'],
        message:
          'is missing: a target-progress chart names the metric holding the target, like target: mental-health-students-target',
      });
    }
    if (spec.kind === 'timeline') {
      if (spec.events.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['events'], message: 'is missing: a timeline lists at least one event' });
      }
      if (spec.year === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['year'],
          message: 'is missing: a timeline says which year its events belong to, like year: 2023',
        });
      }
      const slugs = new Set<string>();
      spec.events.forEach((event, index) => {
        if (slugs.has(event.slug)) {
          ctx.addIssue({
            code: 'custom',
            path: ['events', index, 'slug'],
            message: `repeats the slug "${event.slug}": each event links to its own story`,
          });
        }
        slugs.add(event.slug);
        const previous = spec.events[index - 1];
        if (previous && previous.month > event.month) {
          ctx.addIssue({
            code: 'custom',
            path: ['events', index, 'month'],
            message: `is ${event.month}, before the event above it (${previous.month}): list events in date order`,
          });
        }
      });
    }
  });

export type Chart = z.infer<typeof chart>;
