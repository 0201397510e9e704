/**
 * Each language's writing rules (punctuation, number words, the locale Intl is asked for) and the
 * small helpers that punctuate with them, so no module decides a language's punctuation in code.
 * Small and free of the interface dictionaries, so the chart builders that run in the browser can
 * use it without shipping every interface text.
 */
import { enWriting } from './en.ts';
import type { Lang } from './languages.ts';
import type { Writing } from './writing-rules.ts';
import { zhWriting } from './zh.ts';

export type { Writing, Punctuation, UnitForms } from './writing-rules.ts';

/** The writing rules of each language. */
export const writing: Record<Lang, Writing> = { en: enWriting, zh: zhWriting };

/** "label: value" / "label：value". */
export const labelled = (label: string, value: string, lang: Lang): string =>
  `${label}${writing[lang].punctuation.colon}${value}`;

/** "text (note)" / "text（note）". */
export const bracketed = (text: string, note: string, lang: Lang): string => {
  const { open, close } = writing[lang].punctuation;
  return `${text}${open}${note}${close}`;
};

/** Items that could each stand alone, joined: "a; b" / "a；b". */
export const joinClauses = (items: readonly string[], lang: Lang): string =>
  items.join(writing[lang].punctuation.semicolon);

/** Two parts of one phrase: "South Sudan, Africa" / "南苏丹，非洲". */
export const joinPhrase = (items: readonly string[], lang: Lang): string => items.join(writing[lang].punctuation.comma);

/** A plain enumeration without "and": "2023, 2024" / "2023、2024" (for "A, B and C" see `formatList`). */
export const enumerate = (items: readonly (string | number)[], lang: Lang): string =>
  items.join(writing[lang].punctuation.enumerationComma);

/** Sentences in a row, without the last one's stop: "A. B" / "A。B". Empty items are left out. */
export const joinSentences = (items: readonly string[], lang: Lang): string =>
  items.filter(Boolean).join(writing[lang].punctuation.stop);

/** Finished sentences (each with its own stop) in a row: "A. B." / "A。B。". Empty items are left out. */
export const paragraph = (items: readonly string[], lang: Lang): string =>
  items.filter(Boolean).join(writing[lang].punctuation.sentenceGap);

/** A qualifier and its number as they read together: "almost 748,000" / "近74.8万"; the number alone when there is no qualifier. */
export const qualified = (qualifier: string, amount: string, lang: Lang): string =>
  qualifier ? `${qualifier}${writing[lang].qualifierSpace}${amount}` : amount;

/** A sorter of names in a language's order (Intl.Collator with the language's locale). */
export const collator = (lang: Lang): Intl.Collator => new Intl.Collator(writing[lang].locale);
