import { z } from 'astro/zod';

/** A language a text can be written in first. */
export const sourceLanguage = z.enum(['en', 'zh'], {
  error: 'must be "en" or "zh": the language the text is written in first (the other is its translation)',
});

/**
 * One "checked, nothing to change" mark: the translation in `file` (and `field`, for a text in a
 * YAML file) was compared with its source as the commit `source` left it, and needs no change.
 * `npm run i18n:status -- --reviewed FILE` writes it.
 */
export const reviewMark = z
  .object({
    /** The translation's file, e.g. content/stories/en/2024/health.mdx or content/metrics/partners.yaml. */
    file: z
      .string({ error: 'must be the translation\'s file, e.g. "content/stories/en/2024/health.mdx"' })
      .regex(/^content\/\S+\.(mdx?|ya?ml)$/, {
        error: 'must be a file under content/, e.g. "content/stories/en/2024/health.mdx"',
      }),
    /** For a text of a YAML file: its field, as the report names it ("label", "values[2024].label"). */
    field: z.string({ error: 'must name the field as the report does, e.g. "label"' }).min(1).optional(),
    /** The commit that last changed the source when the translation was checked. */
    source: z
      .string({ error: 'must be the commit the report names, e.g. "3f2a9c1d7e4b"' })
      .regex(/^[0-9a-f]{7,40}$/, { error: 'must be a commit: 7 to 40 of the characters 0-9 and a-f' }),
  })
  .strict();
export type ReviewMarkData = z.infer<typeof reviewMark>;

/**
 * content/translations.yaml (optional): settings and marks for `npm run i18n:status`. Stories and
 * pages set their source language in their frontmatter and years in years/{year}.yaml; this file
 * sets it for YAML files nothing else decides, and keeps the "reviewed" marks.
 */
export const translations = z
  .object({
    /** File → the language its bilingual texts are written in first, e.g. `content/areas.yaml: en`. */
    sourceLanguage: z
      .record(
        z.string().regex(/^content\/\S+\.ya?ml$/, { error: 'must be a YAML file under content/' }),
        sourceLanguage,
      )
      .default({}),
    /** Translations checked against a change of their source that needed no change. */
    reviewed: z
      .array(reviewMark, { error: 'must be a list of marks, each with file and source' })
      .nullable()
      .default([]),
  })
  .strict();
export type Translations = z.infer<typeof translations>;
