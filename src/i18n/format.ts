/**
 * Writes a stored figure the way each language writes numbers, from the one value in content/.
 * This is the only place a number becomes text: prose (<Metric>), key-figure cards, chart axes,
 * value labels, tooltips and tables, social pictures and the open-data "as written" columns all
 * call it, so a rule changed here changes everywhere at once.
 *
 * The rules, in both languages:
 * - A large number is written with the largest unit it reaches (English: million, billion;
 *   Chinese: 万, 亿), and the number before a unit never reaches the next unit: 123,400,000 is
 *   1.234亿 (never 12340万), 1,234,500,000 is 1.2345 billion (never 1234.5 million).
 * - Nothing is rounded. A unit is used only when the number before it is exact within its
 *   decimal limit (万: two decimals, as the reviews write 16.45万; million, billion, 亿: four).
 *   Otherwise the number is written in full digits: 1,234,567 in English, 1234567 in Chinese.
 * - English groups digits by thousands (2,053); Chinese writes digits without a separator (2053),
 *   as the 2024 review does ("2700 多个").
 * - In running text English writes whole counts under ten in words ("two years", "six countries"),
 *   as the UN editorial manual asks; money, percentages and "one in six" are not counts.
 * - In running text English writes a percentage as "13 per cent" (UN style, as the 2023 review
 *   does); cards, charts and tables keep "13%". Chinese writes 13% everywhere, as the 2024 review does.
 *
 * The words, units and punctuation of each language are in its dictionary file (`enWriting` in
 * en.ts, `zhWriting` in zh.ts); this file holds the rules that apply them.
 */
import type { Lang } from './languages.ts';
import { writing, qualified, type Writing } from './writing.ts';
import type { Qualifier, Unit, ZhWord } from '../schemas/metrics.ts';

const digits: Record<Lang, Intl.NumberFormat> = {
  en: new Intl.NumberFormat(writing.en.locale, { maximumFractionDigits: 10 }),
  // The 2024 review writes Chinese digits without a separator ("2700 多个").
  zh: new Intl.NumberFormat(writing.zh.locale, { maximumFractionDigits: 10, useGrouping: false }),
};

/**
 * `value / 10^power` written with at most `maxDecimals` decimals, or undefined when that would
 * not be exact. Integer arithmetic, so 164,500 / 10^4 is "16.45" and never "16.450000000000003".
 */
export function exactShort(value: number, power: number, maxDecimals: number): string | undefined {
  if (!Number.isInteger(value)) return undefined;
  const divisor = 10 ** power;
  const whole = Math.floor(value / divisor);
  const rest = value - whole * divisor;
  const decimals = String(rest).padStart(power, '0').replace(/0+$/, '');
  if (decimals.length > maxDecimals) return undefined;
  return decimals ? `${whole}.${decimals}` : String(whole);
}

/** The number units of each language, largest first: power of ten, how it is written, decimal limit. */
export const numberUnits: Record<Lang, Writing['numberUnits']> = {
  en: writing.en.numberUnits,
  zh: writing.zh.numberUnits,
};

/** A number split into its numeral and its unit word: { numeral: '1.234', unit: '亿' }; unit '' for full digits. */
export interface NumberParts {
  sign: string;
  numeral: string;
  unit: string;
}

/**
 * How a number is written, in parts (see the rules at the top of this file). Only the largest
 * unit the value reaches is tried: falling back to a smaller one would let the number before it
 * reach the next unit (12345万), so the fallback is full digits.
 */
export function numberParts(value: number, lang: Lang): NumberParts {
  const abs = Math.abs(value);
  const sign = value < 0 ? '-' : '';
  const unit = numberUnits[lang].find((candidate) => abs >= 10 ** candidate.power);
  const short = unit && exactShort(abs, unit.power, unit.maxDecimals);
  if (unit && short) return { sign, numeral: short, unit: unit.word };
  return { sign, numeral: digits[lang].format(abs), unit: '' };
}

/** A bare number: `748,000` / `2.65 million` / `1.2345 billion` in English; `74.8万` / `265万` / `1.234亿` / `2053` in Chinese. */
export function formatNumber(value: number, lang: Lang): string {
  const { sign, numeral, unit } = numberParts(value, lang);
  return `${sign}${numeral}${unit}`;
}

/**
 * Where a figure is written. `prose`: running text (a <Metric> in a story, a chart's description,
 * a year's intro), where whole counts under ten are written in words (six, 六) and English writes "per cent". `figure`: cards, charts, tables, downloads,
 * where digits are easier to scan and compare.
 */
export type FigureStyle = 'prose' | 'figure';

/** Units that are amounts rather than counts: never written in words. */
const notCounts: readonly Unit[] = ['USD', 'CNY', 'percent', 'one-in'];

/**
 * Whole counts under ten, which running text writes in words: English from zero (UN editorial
 * manual: "six countries"), Chinese from one, with 两 before a measure word (三个省份, 两年; 零个 is
 * not said, so zero stays a digit). Which counts have words is each language's `countWords`.
 */
const inWords = (value: number, unit: Unit, lang: Lang, style: FigureStyle) =>
  style === 'prose' && Number.isInteger(value) && Boolean(writing[lang].countWords[value]) && !notCounts.includes(unit);

const fill = (template: string, number: string) => template.replace('{n}', number);

/**
 * A number with its unit where the unit is part of how the number is written (money, %, years,
 * "one in six"); in English prose a percentage reads "13 per cent". `多` (zh only) is set inside
 * the number as the 2024 review writes it: after the digits when nothing follows them (2700多),
 * before 万/亿 when the number before them is whole (110多万), after 万/亿 when it has decimals
 * (16.45万多), always before a currency word.
 */
export function formatAmount(
  value: number,
  unit: Unit,
  lang: Lang,
  style: FigureStyle = 'figure',
  zhDuo = false,
): string {
  const parts = numberParts(value, lang);
  const rules = writing[lang];
  const duo = zhDuo ? rules.duo : '';
  const number = inWords(value, unit, lang, style)
    ? rules.countWords[value]!
    : !duo
      ? `${parts.sign}${parts.numeral}${parts.unit}`
      : parts.unit && !parts.numeral.includes('.')
        ? `${parts.sign}${parts.numeral}${duo}${parts.unit}`
        : `${parts.sign}${parts.numeral}${parts.unit}${duo}`;
  switch (unit) {
    case 'USD':
      return fill(rules.units.USD, number);
    case 'CNY':
      return fill(rules.units.CNY, number);
    case 'percent':
      // UN style and the 2023 review write "13 per cent" in running text; displays keep the sign.
      return fill(style === 'prose' ? rules.units.percentProse : rules.units.percent, number);
    case 'years':
      return fill(value === 1 ? rules.units.year : rules.units.years, number);
    case 'one-in':
      return fill(rules.units.oneIn, rules.fractionWords[value] ?? number);
    default:
      return number;
  }
}

/** The qualifier words of each language; `over` in Chinese can be worded per value (see `zhWords`). */
export const qualifierWords: Record<Lang, Record<Qualifier, string>> = {
  en: writing.en.qualifiers,
  zh: writing.zh.qualifiers,
};

export interface FormattedFigure {
  /** The qualifier in the page's language, or '' for an exact figure (or one worded with 多, which sits inside the amount). */
  qualifier: string;
  /** The number with any unit that belongs to it. */
  amount: string;
  /** Both together, as they read in a sentence: "almost 748,000", "近74.8万", "110多万". */
  text: string;
}

/** How a value is worded beyond its number and qualifier. */
export interface FigureOptions {
  /** The Chinese wording of `over` the source uses for this value (default 超过). Ignored for other qualifiers. */
  zhWord?: ZhWord;
  /** Running text or a figure display (default: figure). */
  style?: FigureStyle;
}

/**
 * A figure with its qualifier, as it reads in each language.
 * @param value the stored number, never rounded (people, schools, US dollars, per cent …, per `unit`)
 * @param options.zhWord the source's Chinese wording of `over`: 超过 (default), 逾 or 多
 * @param options.style `prose` for running text (English words under ten), `figure` otherwise
 */
export function formatFigure(
  value: number,
  unit: Unit,
  qualifier: Qualifier,
  lang: Lang,
  options: FigureOptions = {},
): FormattedFigure {
  const style = options.style ?? 'figure';
  const zhWord =
    writing[lang].overWordedBySource && qualifier === 'over'
      ? (options.zhWord ?? writing[lang].qualifiers.over)
      : undefined;
  const amount = formatAmount(value, unit, lang, style, zhWord === '多');
  const words = zhWord ? (zhWord === '多' ? '' : zhWord) : qualifierWords[lang][qualifier];
  // Chinese sets the qualifier directly against the number (超过265万); English needs a space.
  const text = qualified(words, amount, lang);
  return { qualifier: words, amount, text };
}

const monthFormats: Record<Lang, Intl.DateTimeFormat> = {
  // zh-CN's long month is 九月; the reviews write 9月, which is the numeric month.
  en: new Intl.DateTimeFormat(writing.en.locale, { month: 'long', timeZone: 'UTC' }),
  zh: new Intl.DateTimeFormat(writing.zh.locale, { month: 'numeric', timeZone: 'UTC' }),
};
const monthYearFormats: Record<Lang, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat(writing.en.locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }),
  zh: new Intl.DateTimeFormat(writing.zh.locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }),
};

const monthDate = (month: number, year: number) => {
  if (!Number.isInteger(month) || month < 1 || month > 12)
    throw new RangeError(`A month is a whole number from 1 to 12 (found ${month})`);
  return new Date(Date.UTC(year, month - 1, 15));
};

/**
 * A month's name: "September" / "9月". Intl with a fixed time zone, so every build writes the same.
 * @throws RangeError when `month` is not a whole number from 1 to 12
 */
export function formatMonth(month: number, lang: Lang): string {
  return monthFormats[lang].format(monthDate(month, 2000));
}

/**
 * A month with its year: "January 2023" / "2023年1月".
 * @throws RangeError when `month` is not a whole number from 1 to 12
 */
export function formatMonthYear(month: number, year: number, lang: Lang): string {
  return monthYearFormats[lang].format(monthDate(month, year));
}

/** A list joined as the language joins one: "A, B and C" / "A、B和C" (Intl.ListFormat). */
export function formatList(items: string[], lang: Lang): string {
  return new Intl.ListFormat(writing[lang].locale, { type: 'conjunction' }).format(items);
}

/**
 * A written amount split around its digits, so a display can set the number large and its unit
 * smaller on the same baseline: "US$10 million" → { before: "US$", number: "10", after: " million" },
 * "74.8万" → { before: "", number: "74.8", after: "万" }, "40 years" → { number: "40", after: " years" }.
 * An amount without digits ("one in six") comes back whole in `before`, with `number` empty.
 */
export function amountParts(amount: string): { before: string; number: string; after: string } {
  const match = /^(\D*?)(\d[\d.,]*)(.*)$/su.exec(amount);
  if (!match) return { before: amount, number: '', after: '' };
  return { before: match[1]!, number: match[2]!, after: match[3]! };
}

/**
 * How sure a worked-out change is: `exact` when both figures are exact; `more-than` when the
 * figures' wording only bounds it ("exact 2,053, then more than 2,700": the rise is more than 647).
 */
export type ChangeBound = 'exact' | 'more-than';

/** A change between two years as a page writes it, before the words "up" or "down". */
export interface FormattedChange {
  /** Which way the figure moved; `same` only for an exact change of zero. */
  direction: 'up' | 'down' | 'same';
  /** The size of the change with its qualifier: "647", "more than 1.55 million", "2 percentage points", "超过155万". */
  amount: string;
  /** The change relative to the older figure, "16%" / "more than 31%", or '' when none is given. */
  percent: string;
}

/**
 * A change between two stated values, written with the same rules as the figures themselves.
 * @param difference newer minus older, in the metric's unit (people, US dollars, …); for unit
 *   `percent` the difference is in percentage points and written as such ("2 percentage points")
 * @param percent the change relative to the older value, in per cent, already rounded by the
 *   caller (to whole numbers; down for a `more-than` bound), or undefined to leave it out
 * @param bound `more-than` puts "more than" / "超过" before the amount and the percentage
 */
export function formatChange(
  difference: number,
  percent: number | undefined,
  unit: Unit,
  bound: ChangeBound,
  lang: Lang,
): FormattedChange {
  const size = Math.abs(difference);
  const direction = difference > 0 ? 'up' : difference < 0 ? 'down' : 'same';
  const qualifier: Qualifier = bound === 'more-than' ? 'over' : 'exact';
  const words = qualifierWords[lang][qualifier];
  const rules = writing[lang];
  const amount =
    unit === 'percent'
      ? qualified(words, fill(size === 1 ? rules.units.point : rules.units.points, formatNumber(size, lang)), lang)
      : formatFigure(size, unit, qualifier, lang).text;
  const relative = percent === undefined ? '' : formatFigure(Math.abs(percent), 'percent', qualifier, lang).text;
  return { direction, amount, percent: relative };
}

const dayFormats: Record<Lang, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat(writing.en.locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
  zh: new Intl.DateTimeFormat(writing.zh.locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
};

/**
 * A calendar day as each language writes it: "14 March 2025" / "2025年3月14日" (Intl, in UTC so
 * every build and time zone writes the same). `day` is `YYYY-MM-DD`, as content/ stores dates.
 * @throws RangeError when `day` is not a day of the calendar in that form
 */
export function formatDay(day: string, lang: Lang): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day)
    throw new RangeError(`A day is written YYYY-MM-DD, like 2025-03-14 (found "${day}")`);
  return dayFormats[lang].format(date);
}
