/**
 * The shape of a language's writing rules: what is not a word of the interface but still differs
 * between languages (punctuation, number words, unit forms, the locale Intl is asked for). Each
 * language fills it in beside its dictionary (`enWriting` in en.ts, `zhWriting` in zh.ts);
 * `src/i18n/writing.ts` puts them together. A type only, so en.ts and zh.ts can name it without
 * an import cycle.
 */
import type { Qualifier } from '../schemas/metrics.ts';

export interface Punctuation {
  /** Between a label and what it labels: ': ' / '：'. */
  colon: string;
  /** Between clauses or items that could stand on their own: '; ' / '；'. */
  semicolon: string;
  /** Between two parts of one phrase (a name and its year, a country and its region): ', ' / '，'. */
  comma: string;
  /** Between the items of a plain enumeration (years, sections): ', ' / '、'. */
  enumerationComma: string;
  /** Opens a note in brackets, with the space before it where the language wants one: ' (' / '（'. */
  open: string;
  /** Closes it: ')' / '）'. */
  close: string;
  /** Ends a sentence that another follows: '. ' / '。'. */
  stop: string;
  /** Ends the last sentence: '.' / '。'. */
  finalStop: string;
  /** Between a finished sentence and the next: ' ' / '' (Chinese sets no space after 。). */
  sentenceGap: string;
}

/** Templates of a number with its unit; `{n}` is the number as `formatNumber` writes it (or in words). */
export interface UnitForms {
  USD: string;
  CNY: string;
  /** A percentage in a display (card, chart, table): '{n}%'. */
  percent: string;
  /** A percentage in running text: '{n} per cent' (UN style) / '{n}%'. */
  percentProse: string;
  /** One year and several: '{n} year' / '{n} years'; '{n}年' for both in Chinese. */
  year: string;
  years: string;
  /** A difference between two percentages: '{n} percentage point(s)' / '{n}个百分点'. */
  point: string;
  points: string;
  /** "one in six" / "六分之一". `{n}` is written with `fractionWords` where it has one. */
  oneIn: string;
}

export interface Writing {
  /** BCP 47 tag asked of Intl (collation, lists, months, digits): 'en-GB' / 'zh-CN'. */
  locale: string;
  /** The page's og:locale (Open Graph writes language_TERRITORY). */
  ogLocale: string;
  /** Whether the script has capital letters, so a glossary term is matched whatever its case. */
  hasCase: boolean;
  punctuation: Punctuation;
  /** Between a qualifier and its number: ' ' (more than 2,000) / '' (超过2000). */
  qualifierSpace: string;
  /** The qualifier words, one per qualifier of content/metrics ('' for an exact figure). */
  qualifiers: Record<Qualifier, string>;
  /**
   * Whether this language words `over` as each source does (content/metrics' `zhWord`: 超过, 逾
   * or 多) rather than with its one qualifier word.
   */
  overWordedBySource: boolean;
  /** The word set inside a number worded with 多 (`zhWord: 多`), '' where the language has none. */
  duo: string;
  /**
   * Whole counts running text writes in words, by value ('' where the digits stay: Chinese does
   * not say 零个, so zero is written 0). English from the UN editorial manual: "six countries";
   * Chinese counts with 两 before a measure word (两个, 两年).
   */
  countWords: readonly string[];
  /** The numbers of a fraction "one in N" in words ("six", 六): Chinese 二, not 两 (二分之一). */
  fractionWords: readonly string[];
  /** The number units, largest first: power of ten, how it is written after the number, decimal limit. */
  numberUnits: readonly { power: number; word: string; maxDecimals: number }[];
  units: UnitForms;
}
