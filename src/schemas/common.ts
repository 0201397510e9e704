import { z } from 'astro/zod';

/** A lowercase, hyphenated identifier used in URLs and cross-references (`newborn-care-training`). */
export const id = z
  .string({ error: 'must be an id: lowercase letters, digits and hyphens, like "newborn-care-training"' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: 'must be an id: lowercase letters, digits and hyphens, like "newborn-care-training"',
  });

const text = (language: string) =>
  z
    .string({ error: `must be the ${language} text (a non-empty piece of text)` })
    .trim()
    .min(1, { error: `must be the ${language} text (a non-empty piece of text)` });

/** Text that the site shows in both languages. Neither side may be left out or empty. */
export const bilingual = z
  .object(
    { en: text('English'), zh: text('Chinese') },
    { error: 'must give the text in both languages, as { en: "…", zh: "…" }' },
  )
  .strict();
export type Bilingual = z.infer<typeof bilingual>;

/** A review year the site covers. Any year used elsewhere must also have a file in content/years/. */
export const year = z
  .number({ error: 'must be a year written as a number, like 2024' })
  .int({ error: 'must be a whole year, like 2024' })
  .min(2000, { error: 'must be a year between 2000 and 2100, like 2024' })
  .max(2100, { error: 'must be a year between 2000 and 2100, like 2024' });
