/**
 * Each language's punctuation, for text the code joins from parts (a source line, a list of
 * sections, a label and its value). Chinese UI text uses full-width marks with no spaces around
 * them (GB/T 15834-2011, 标点符号用法): 说明：…, 资料来源：…；…, （2025年前）. Kept apart from the
 * word dictionaries (en.ts, zh.ts) because several marks are, or include, plain spaces.
 */
import type { Lang } from './languages.ts';

export interface Punctuation {
  /** After a label: "Source: …" / "资料来源：…". */
  colon: string;
  /** Between items that may hold commas themselves: "A (x, y); B" / "A（x、y）；B". */
  list: string;
  /** Between short items of one series: "Health, Education" / "健康、教育". */
  enumeration: string;
  /** Between clauses or remarks: "UTF-8, 12 KB" / "UTF-8，12 KB". */
  comma: string;
  /** Ends a sentence. */
  fullStop: string;
  /** Between sentences and between a qualifier and its number: ' ' in English, nothing in Chinese. */
  space: string;
  /** Opens a remark in brackets, with the space English puts before it: " (" / "（". */
  open: string;
  /** Closes it: ")" / "）". */
  close: string;
  /** Between the parts of a picture's title: "Label · 748,000 · 2024" / "标签，74.8万，2024年". */
  separator: string;
}

/** The punctuation of each language: `punctuation.zh.colon` is '：'. */
export const punctuation: Record<Lang, Punctuation> = {
  en: {
    colon: ': ',
    list: '; ',
    enumeration: ', ',
    comma: ', ',
    fullStop: '.',
    space: ' ',
    open: ' (',
    close: ')',
    separator: ' · ',
  },
  zh: {
    colon: '：',
    list: '；',
    enumeration: '、',
    comma: '，',
    fullStop: '。',
    space: '',
    open: '（',
    close: '）',
    separator: '，',
  },
};

/** `text` in brackets as the language writes a remark: " (2024)" / "（2024）". */
export const bracketed = (text: string, lang: Lang) => `${punctuation[lang].open}${text}${punctuation[lang].close}`;
