import type { Lang } from './languages.ts';
import { en, type UiKey } from './en.ts';
import { zh } from './zh.ts';

export type { UiKey };
export const dictionaries: Record<Lang, Record<UiKey, string>> = { en, zh };

/** Interface text for a key, with `{name}` placeholders filled in. */
export function t(lang: Lang, key: UiKey, params: Record<string, string | number> = {}): string {
  return dictionaries[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
