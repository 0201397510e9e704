import { z } from 'astro/zod';
import { bilingual, id, year } from './common.ts';

/** Whether `YYYY-MM-DD` names a day that exists (not 2025-02-30). */
const isCalendarDay = (day: string) => {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
};

const DATE_ERROR = 'must be the day the correction was published, written year-month-day, like 2025-03-14';

/**
 * A calendar day, `YYYY-MM-DD`. YAML (js-yaml, the parser of Astro's loaders and of the content
 * build) reads an unquoted 2025-03-14 as a date, so a Date is taken too and written back as its
 * day; a day that does not exist (2025-02-30) is refused. The content check reads the file with
 * dates as typed (js-yaml would roll 2025-02-30 over to 2 March), so it sees and refuses that day.
 */
export const isoDay = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: DATE_ERROR })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: DATE_ERROR })
    .refine((day) => !/^\d{4}-\d{2}-\d{2}$/.test(day) || isCalendarDay(day), {
      error: 'is not a day of the calendar: check the month and the day (year-month-day, like 2025-03-14)',
    }),
);

/**
 * What a correction changed: exactly one figure (a metric, optionally one of its years), chart or
 * story. The pages of what it names say they were corrected, and link to the entry.
 */
export const correctionTarget = z
  .object({
    /** A metric id (content/metrics/{id}.yaml): its figure page, and every chart drawing it. */
    metric: id.optional(),
    /** With `metric`: the year of the value that changed. */
    year: year.optional(),
    /** A chart id (content/charts/{id}.yaml). */
    chart: id.optional(),
    /** A story's path under content/stories/{en,zh}/, without .mdx: `2024/health`, `2023/highlights/healthy-food`. */
    story: z
      .string({ error: 'must be the story\'s path under content/stories/en/, without .mdx, like "2024/health"' })
      .regex(/^\d{4}(\/[a-z0-9]+(-[a-z0-9]+)*)+$/, {
        error: 'must be the story\'s path under content/stories/en/, without .mdx, like "2024/health"',
      })
      .optional(),
  })
  .strict()
  .superRefine((target, ctx) => {
    const named = (['metric', 'chart', 'story'] as const).filter((key) => target[key] !== undefined);
    if (named.length !== 1)
      ctx.addIssue({
        code: 'custom',
        message:
          named.length === 0
            ? 'must name what was corrected: one of metric, chart or story, like { metric: partners, year: 2024 }'
            : `names ${named.join(' and ')}: one correction is about one thing (write one entry per figure, chart or story)`,
      });
    if (target.year !== undefined && target.metric === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['year'],
        message: 'is only for a metric: the year of the value corrected',
      });
  });
export type CorrectionTarget = z.infer<typeof correctionTarget>;

/**
 * One entry of the corrections log (content/corrections.yaml is a list of these): what was
 * changed on the site after it was published, when, from what to what, and why, in both
 * languages. Entries are never removed: the log is the record of every change a reader could
 * have seen.
 */
export const correction = z
  .object({
    /** The entry's anchor on the corrections page (`/en/corrections/#partners-2024`), and its feed id. */
    id,
    /** The day the correction was published on the site: `2025-03-14`. */
    date: isoDay,
    /** What was corrected: `{ metric: partners, year: 2024 }`, `{ chart: … }` or `{ story: 2024/health }`. */
    what: correctionTarget,
    /** What the page said before, in both languages. */
    from: bilingual,
    /** What it says now. */
    to: bilingual,
    /** Why: the source's wording, a typing mistake, a later source. */
    why: bilingual,
  })
  .strict();
export type Correction = z.infer<typeof correction>;
