import { z } from 'astro/zod';
import { bilingual, id, year } from './common.ts';

/** One chapter or part of a source document that a figure can cite. */
export const sourceSection = z
  .object({
    /** Referenced by citations as `section: health`. */
    id,
    /** The section's heading in both languages. */
    title: bilingual,
  })
  .strict();

/** One published source document (content/sources.yaml is a list of these). */
export const source = z
  .object({
    /** Referenced by metrics, stories and pages, e.g. `annual-review-2024`. */
    id,
    /** The document's title in both languages. */
    title: bilingual,
    /** Who published it, in both languages. */
    publisher: bilingual,
    /** The year the document reports on; left out for undated standing pages such as About Us. */
    year: year.optional(),
    /** The language the document was published in: the other side is the site's own translation. */
    language: z.enum(['en', 'zh'], { error: 'must be "en" or "zh": the language the document was published in' }),
    /** What sort of document it is. */
    kind: z.enum(['report', 'web-page'], { error: 'must be "report" or "web-page"' }),
    /** Where a reader can find the publisher's copy. */
    url: z.url({ error: 'must be a full web address starting with https://' }),
    /** The parts of the document that figures cite. */
    sections: z.array(sourceSection, { error: 'must be a list of sections, each with an id and a title' }).min(1, {
      error: 'must list at least one section',
    }),
  })
  .strict();

export const sources = z.array(source, { error: 'must be a list of sources' });
export type Source = z.infer<typeof source>;
