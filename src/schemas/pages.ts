import { z } from 'astro/zod';
import { id } from './common.ts';
import { sourceLanguage } from './translations.ts';

/** Frontmatter of a standing page (content/pages/{en,zh}/{slug}.mdx). */
export const page = z
  .object({
    /** The page's h1 and <title>. */
    title: z.string({ error: 'must be the page title' }).min(1, { error: 'must be the page title' }),
    /** The meta description search engines and link previews show. */
    description: z
      .string({ error: 'must be a one-sentence description' })
      .min(10, { error: 'must be a one-sentence description of at least 10 characters' }),
    /** Position in lists of pages. */
    order: z.number({ error: 'must be a number giving the position in lists' }).int(),
    /** Source ids the page draws on. */
    sources: z.array(id).default([]),
    /**
     * The language the page is written in first; the other file is its translation
     * (`npm run i18n:status`). Left out: the language its sources share, else English.
     */
    sourceLanguage: sourceLanguage.optional(),
  })
  .strict();
export type Page = z.infer<typeof page>;
