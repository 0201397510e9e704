import { z } from 'astro/zod';
import { bilingual, id, year } from './common.ts';
import { sourceLanguage } from './translations.ts';

/** One review year (content/years/{year}.yaml). */
export const reviewYear = z
  .object({
    /** The year itself; must match the file name. */
    year,
    /** A short headline for the year. May show a figure as `{metric-id@year}`, like every text below. */
    title: bilingual,
    /**
     * Two to four sentences introducing the year. Figures come from metrics, never typed here:
     * `{metric-id@2024}` (or `{metric-id@2024/part-id}`) is written as the page writes the figure.
     */
    intro: bilingual,
    /** How the programme works ("pilots to policy to scale"). May show figures as `{metric-id@year}`. */
    approach: bilingual,
    /**
     * Metric ids shown as the year's key figures, in order. Each must have a value for this year.
     * `new:year` writes an empty list, which the content check reports until it is filled
     * (src/checks/placeholders.ts): the year is usable by the other scaffolds meanwhile.
     */
    featured: z.array(id, { error: 'must be a list of metric ids' }).default([]),
    /** Chart ids shown on the year's overview, in order. */
    charts: z.array(id, { error: 'must be a list of chart ids' }).default([]),
    /** The source documents for the year. */
    sources: z.array(id, { error: 'must be a list of source ids' }).min(1, { error: 'must list at least one source' }),
    /**
     * The language the year's texts are written in first (its stories, its figures' and charts'
     * texts, this file's texts); the other is their translation (`npm run i18n:status`). Left out:
     * the language the year's sources share (sources.yaml `language`), else English.
     */
    sourceLanguage: sourceLanguage.optional(),
  })
  .strict();
export type ReviewYear = z.infer<typeof reviewYear>;
