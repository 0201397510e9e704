import { htmlLang, type Lang } from './languages.ts';
import { en, type UiKey } from './en.ts';
import { zh } from './zh.ts';
import { formatAmount, formatList } from './format.ts';

export type { UiKey };

/**
 * A text that depends on a count is one key per plural category of the language, written
 * `base#category` (`highlights.link#one`, `highlights.link#other`). The categories are those of
 * Unicode CLDR, as `Intl.PluralRules` gives them: English has `one` and `other`; Chinese has
 * `other` only, so its dictionary holds just the `#other` form.
 */
export type PluralKey = { [K in UiKey]: K extends `${infer Base}#other` ? Base : never }[UiKey];

/** Keys read with {@link t}: every key that is not one form of a plural text. */
export type TextKey = Exclude<UiKey, `${string}#${string}`>;

/** Each language's dictionary: every text key, and the plural forms its language has. */
export type Dictionary = Record<TextKey | `${PluralKey}#other`, string> & Partial<Record<UiKey, string>>;
export const dictionaries: Record<Lang, Dictionary> = { en, zh };

const fill = (text: string, params: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

/** Interface text for a key, with `{name}` placeholders filled in. */
export function t(lang: Lang, key: TextKey, params: Record<string, string | number> = {}): string {
  return fill(dictionaries[lang][key], params);
}

const pluralRules = new Map<Lang, Intl.PluralRules>();

/** The CLDR plural category of `count` in a language (`Intl.PluralRules`): en 1 → one, 12 → other; zh always other. */
export function pluralCategory(lang: Lang, count: number): Intl.LDMLPluralRule {
  if (!pluralRules.has(lang)) pluralRules.set(lang, new Intl.PluralRules(htmlLang[lang]));
  return pluralRules.get(lang)!.select(count);
}

/**
 * Interface text that depends on a count: the form of `base` for the count's plural category
 * (falling back to `#other`, the one form every language has), with `{count}` written as running
 * text writes a count (English "one" to "nine" in words, Chinese 一 to 九, then digits: see
 * format.ts) and the other placeholders filled from `params`.
 */
export function tCount(
  lang: Lang,
  base: PluralKey,
  count: number,
  params: Record<string, string | number> = {},
): string {
  const dictionary = dictionaries[lang];
  const text = dictionary[`${base}#${pluralCategory(lang, count)}` as UiKey] ?? dictionary[`${base}#other`];
  return fill(text, { count: formatAmount(count, 'items', lang, 'prose'), ...params });
}

/**
 * The review years as running text names them, oldest first: "2023 and 2024" /
 * "2023年和2024年" (each year by the `years.item` text, joined by {@link formatList}). `years`
 * is the list of years with a file in content/years/, in any order; an empty list gives "".
 */
export function yearList(lang: Lang, years: readonly number[]): string {
  return formatList(
    [...years].sort((a, b) => a - b).map((year) => t(lang, 'years.item', { year })),
    lang,
  );
}
