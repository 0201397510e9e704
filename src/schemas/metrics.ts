import { z } from 'astro/zod';
import { bilingual, id, year } from './common.ts';

/** What a metric counts. The unit decides how a value is written in each language. */
export const units = [
  'people',
  'schools',
  'counties',
  'provinces',
  'cities',
  'countries',
  'items',
  'sessions',
  'workshops',
  'centres',
  'events',
  'partners',
  'impressions',
  'USD',
  'CNY',
  'percent',
  'years',
  'one-in',
] as const;
export type Unit = (typeof units)[number];

/**
 * How the source words the figure. "almost 748,000" and "748,000" are different claims, so the
 * qualifier is data: over = more than / 超过, almost = 近, about = 约, up-to = 多达, exact = as stated.
 */
export const qualifiers = ['over', 'almost', 'about', 'exact', 'up-to', 'target'] as const;
export type Qualifier = (typeof qualifiers)[number];

/**
 * How Chinese words `over` for one value, as its source does: 超过 and 逾 stand before the number
 * (超过265万, 逾100所); 多 is set inside it (110多万, 16.45万多, 2700多个). Source: the 2024 review
 * uses all three. English always says "more than". Default: 超过.
 */
export const zhWords = ['超过', '逾', '多'] as const;
export type ZhWord = (typeof zhWords)[number];

const zhWord = z
  .enum(zhWords, {
    error: `must be one of ${zhWords.join(', ')}: how the Chinese source words "more than" for this value`,
  })
  .optional();

const value = z
  .number({ error: 'must be a number written without commas or units, like 748000' })
  .nonnegative({ error: 'must be zero or more: a count or an amount cannot be negative' });

const qualifier = z.enum(qualifiers, {
  error: `must be one of ${qualifiers.join(', ')}: how the source words the figure`,
});

/** Where a figure is stated: a source id and one of that source's section ids. */
export const citation = z
  .object({
    /** A source id from content/sources.yaml. */
    source: id,
    /** A section id of that source. */
    section: id,
  })
  .strict();

/** One part of a value, e.g. those trained in person and those trained online. */
export const breakdownPart = z
  .object({
    id,
    label: bilingual,
    value,
    qualifier,
    /** With qualifier over: the source's Chinese wording (超过, 逾 or 多). */
    zhWord,
  })
  .strict();

/** A named thing a value counts (a country, a province). */
export const countedItem = z
  .object({
    id,
    en: z.string().min(1, { error: 'must be the English name' }),
    zh: z.string().min(1, { error: 'must be the Chinese name' }),
  })
  .strict();

/** The figure a metric has in one review year. */
export const metricValue = z
  .object({
    /** The review year the figure belongs to; must have a file in content/years/. */
    year,
    /** The number exactly as the source states it: never rounded. */
    value,
    qualifier,
    /** With qualifier over: the source's Chinese wording (超过, 逾 or 多); see zhWords. */
    zhWord,
    /**
     * A baseline: the review year whose review states this value as its point of comparison,
     * when the value's own year's review does not report it (the 2024 review gives 2023's
     * 1.1 million). Such a value is shown on that later year's pages ("2023 baseline: 1.1 million")
     * and never listed among the results of its own year. Must be later than `year`.
     */
    statedIn: year.optional(),
    /** For targets: the year by which the value is to be reached. */
    targetYear: year.optional(),
    /** Every place the figure is stated; the first is the main one. */
    citations: z.array(citation, { error: 'must be a list of { source, section }' }).min(1, {
      error: 'must cite at least one source: { source: annual-review-2024, section: health }',
    }),
    /**
     * What this year's source counts, when it names it differently from the series label (a series
     * marked comparable: false): 2023 counts "health professionals", 2024 "primary health workers".
     * Cards and tables then never set two years side by side under one label.
     */
    label: bilingual.optional(),
    /** Anything a reader needs to read the figure correctly. */
    note: bilingual.optional(),
    /** The same amount as the source also states it in another unit (CNY 100 million = USD 14 million). */
    equivalent: z
      .object({ unit: z.enum(units), value, qualifier })
      .strict()
      .optional(),
    /** Parts of the value. */
    breakdown: z.array(breakdownPart).min(1).optional(),
    /** The named things counted. */
    items: z.array(countedItem).min(1).optional(),
  })
  .strict();

/** One metric series (content/metrics/{id}.yaml). */
export const metric = z
  .object({
    /** Must match the file name; used in URLs (/en/figures/{id}/) and in <Metric id="…" />. */
    id,
    /** A programme area id from content/areas.yaml. */
    area: id,
    unit: z.enum(units, { error: `must be one of ${units.join(', ')}` }),
    /** A noun phrase that reads well after the number. */
    label: bilingual,
    /** Exactly what is counted. */
    definition: bilingual,
    /** False when the years of this series are not counted the same way (then no trend is drawn). */
    comparable: z.boolean({ error: 'must be true or false: are the years counted the same way?' }).default(true),
    /** Why the years cannot be compared; required when comparable is false. */
    comparabilityNote: bilingual.optional(),
    /** One value per review year. */
    values: z.array(metricValue, { error: 'must be a list of yearly values' }).min(1, {
      error: 'must have at least one yearly value',
    }),
  })
  .strict()
  .superRefine((metric, ctx) => {
    if (!metric.comparable && !metric.comparabilityNote) {
      ctx.addIssue({
        code: 'custom',
        path: ['comparabilityNote'],
        message: 'is missing: a series marked comparable: false must say why, in both languages',
      });
    }
    const seen = new Set<number>();
    metric.values.forEach((entry, index) => {
      if (entry.statedIn !== undefined && entry.statedIn <= entry.year) {
        ctx.addIssue({
          code: 'custom',
          path: ['values', index, 'statedIn'],
          message: `is ${entry.statedIn}, but a baseline is stated by a later review than its own year (${entry.year}): remove statedIn, or give the later review's year`,
        });
      }
      if (entry.statedIn !== undefined && !metric.values.some((other) => other.year === entry.statedIn)) {
        ctx.addIssue({
          code: 'custom',
          path: ['values', index, 'statedIn'],
          message: `is ${entry.statedIn}, but the series has no ${entry.statedIn} value for this baseline to be compared with`,
        });
      }
      const worded = [
        { path: ['values', index, 'zhWord'], zhWord: entry.zhWord, qualifier: entry.qualifier },
        ...(entry.breakdown ?? []).map((part, partIndex) => ({
          path: ['values', index, 'breakdown', partIndex, 'zhWord'],
          zhWord: part.zhWord,
          qualifier: part.qualifier,
        })),
      ];
      for (const item of worded) {
        if (item.zhWord !== undefined && item.qualifier !== 'over') {
          ctx.addIssue({
            code: 'custom',
            path: item.path,
            message: `is only used with qualifier: over (this value is ${item.qualifier}): remove it`,
          });
        }
      }
      if (seen.has(entry.year)) {
        ctx.addIssue({
          code: 'custom',
          path: ['values', index, 'year'],
          message: `repeats ${entry.year}: a series has at most one value per year`,
        });
      }
      seen.add(entry.year);
    });
  });

export type Metric = z.infer<typeof metric>;
export type MetricValue = z.infer<typeof metricValue>;
export type BreakdownPart = z.infer<typeof breakdownPart>;
