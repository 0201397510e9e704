import { z } from 'astro/zod';
import { bilingual, id } from './common.ts';

const form = (language: string) =>
  z
    .string({ error: `must be a ${language} word or phrase` })
    .trim()
    .min(1, { error: `must be a ${language} word or phrase (not empty)` });

/** Words or phrases per language, e.g. `{ en: ["Turkey"], zh: [] }`. Either side may be left out. */
const formsByLanguage = z
  .object({
    en: z.array(form('English'), { error: 'must be a list of English words or phrases' }).default([]),
    zh: z.array(form('Chinese'), { error: 'must be a list of Chinese words or phrases' }).default([]),
  })
  .strict();

/**
 * One term of the glossary (content/glossary.yaml is a list of these): the wording the site uses
 * in each language, the wordings it avoids, and a short definition shown where the term is first
 * used on a story page.
 */
export const glossaryTerm = z
  .object({
    /** Used in page anchors (#term-{id}). */
    id,
    /** The preferred English wording, capitalised as in running text: "child-friendly cities". */
    en: form('English'),
    /** The preferred Chinese wording: "儿童友好城市". */
    zh: form('Chinese'),
    /**
     * Wordings `npm run check:content` flags in stories, pages, years, metrics and charts, per
     * language. Matched exactly, capitals included ("Turkey", not "turkey"), English as whole words.
     */
    avoid: formsByLanguage.default({ en: [], zh: [] }),
    /** Shorter accepted wordings that also count as a use of the term on a page ("one-stop"). */
    variants: formsByLanguage.default({ en: [], zh: [] }),
    /** One or two sentences, in both languages, drawn from the source. */
    definition: bilingual,
    /** The source id (content/sources.yaml) that uses or defines the term. */
    source: id,
    /** Where the sources themselves differ, or why the preferred wording was chosen. */
    note: bilingual.optional(),
  })
  .strict()
  .superRefine((term, ctx) => {
    for (const lang of ['en', 'zh'] as const) {
      term.avoid[lang].forEach((avoided, index) => {
        if (avoided === term[lang]) {
          ctx.addIssue({
            code: 'custom',
            path: ['avoid', lang, index],
            message: `is the preferred wording itself ("${term[lang]}"): remove it from avoid`,
          });
        }
      });
    }
  });

export type GlossaryTerm = z.infer<typeof glossaryTerm>;
