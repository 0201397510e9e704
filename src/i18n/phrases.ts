/**
 * Where a line of Chinese may break. Browsers break Chinese between any two characters, so a
 * heading at 360 px could end a line inside a word (联合国儿童基金会驻 / 华办事处) or inside a
 * figure (74.8 / 万). The build keeps the phrases this module finds on one line in headings and
 * short texts that are not sentences, and the figures among them everywhere (src/i18n/phrase-html.ts,
 * src/integrations/chinese-line-breaks.ts).
 *
 * Phrases come from two kept segmenters, not from a word list of our own: BudouX (Google's phrase
 * segmenter, the `budoux` package) and ICU's word segmenter (`Intl.Segmenter`). Each alone splits
 * some words (BudouX: 办 / 事处; ICU: 基金 / 会), so a break is allowed only where both see one,
 * which keeps 驻华办事处 and 更多 whole. On top of that, figures stay in one piece with what makes
 * them a figure: a qualifier before the number (超过300万, 近2,000), a measure word after it
 * (300万名), and a month after its year (2024年7月): a break is only ever listed between two
 * Chinese characters, so a run of Chinese and digits stays one phrase.
 */
import { loadDefaultSimplifiedChineseParser } from 'budoux';

let budoux: ReturnType<typeof loadDefaultSimplifiedChineseParser> | undefined;
const icuWords = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** Characters that are not set in Chinese runs: Latin letters, digits, spaces and ASCII marks break as usual. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
/**
 * Full-width marks a line may end after whatever follows, a digit or a Latin word included (W3C
 * clreq, "Prohibition Rules for Line Start and End": these may not start a line, and may end one).
 * Without this, 中，9项 was one phrase, and a line could not break after its comma.
 */
const BREAK_AFTER = /[，。；：？！、]/;
/** An ASCII or full-width digit. */
export const DIGIT = /[0-9０-９]/;
/**
 * Qualifiers the content writes before a figure (content/README.md: more than / 超过, almost / 近,
 * about / 约, up to / 多达; 逾 and 近乎 in prose): never left at the end of a line without it.
 */
const QUALIFIERS = new Set(['超过', '超', '逾', '近', '近乎', '约', '多达', '达', '至少', '不少于', '共', '累计']);
/** Measure words and units that follow a number and belong to it (300万名, 1.2亿美元, 56个国家). */
const MEASURE =
  /^(?:名|个|家|所|位|项|次|例|人|户|座|间|场|份|种|类|期|批|支|套|台|辆|本|册|条|岁|年|月|日|天|周|倍|美元|元|万|亿|%|％)/;
/** A phrase that ends a number: a digit, or a digit and its 万 / 亿 / % unit. */
const ENDS_NUMBER = /[0-9０-９](?:[万亿千百]|%|％)?$/;

/**
 * The offsets (UTF-16 indices into `text`) where a line may break inside `text`, in order.
 * A break is only ever between two Chinese characters (Han or full-width punctuation), or after a
 * full-width mark (BREAK_AFTER): around Latin words and digits the browser's own rules apply.
 * Pure; throws nothing.
 */
export function chineseBreaks(text: string): number[] {
  if (!CJK.test(text)) return [];
  budoux ??= loadDefaultSimplifiedChineseParser();
  const fromBudoux = new Set(budoux.parseBoundaries(text));
  const breaks: number[] = [];
  for (const { index } of icuWords.segment(text)) {
    if (index === 0 || !fromBudoux.has(index)) continue;
    const [previous, next] = [text[index - 1]!, text[index]!];
    if (!(CJK.test(previous) && CJK.test(next)) && !(BREAK_AFTER.test(previous) && !/\s/.test(next))) continue;
    const before = text.slice(0, index);
    const after = text.slice(index);
    // A qualifier stays with the number after it (超过３００万, full-width digits being Chinese
    // characters); a number with its unit and measure word (300万名).
    if (DIGIT.test(after[0]!) && QUALIFIERS.has(lastWord(before))) continue;
    if (ENDS_NUMBER.test(before) && MEASURE.test(after)) continue;
    breaks.push(index);
  }
  return breaks;
}

/** The last ICU word before a break (超过 in 培训超过). */
function lastWord(text: string): string {
  let last = '';
  for (const { segment } of icuWords.segment(text.slice(-4))) last = segment;
  return last;
}

/** `text` cut at its Chinese breaks: the phrases a line keeps whole. */
export function chinesePhrases(text: string): string[] {
  const phrases: string[] = [];
  let start = 0;
  for (const index of chineseBreaks(text)) {
    phrases.push(text.slice(start, index));
    start = index;
  }
  phrases.push(text.slice(start));
  return phrases;
}
