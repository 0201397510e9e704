/**
 * Writes a stored figure the way each language writes numbers, from the one value in content/.
 * English groups by thousands and says "million"; Chinese counts in 万 and 亿. A figure is only
 * shortened when that is exact: 748,000 → 74.8万, but 12,345 stays 12,345. Nothing is rounded.
 */
import type { Lang } from './i18n.ts';
import type { Qualifier, Unit } from '../schemas/metrics.ts';

const group = (value: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: 10 }).format(value);

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

/** A bare number: `748,000` / `2.65 million` in English; `74.8万` / `265万` / `1亿` / `2,053` in Chinese. */
export function formatNumber(value: number, lang: Lang): string {
  const abs = Math.abs(value);
  const sign = value < 0 ? '-' : '';
  if (lang === 'en') {
    if (abs >= 1e9) {
      const short = exactShort(abs, 9, 3);
      if (short) return `${sign}${short} billion`;
    }
    if (abs >= 1e6) {
      const short = exactShort(abs, 6, 3);
      if (short) return `${sign}${short} million`;
    }
    return sign + group(abs);
  }
  if (abs >= 1e8) {
    const short = exactShort(abs, 8, 2);
    if (short) return `${sign}${short}亿`;
  }
  if (abs >= 1e4) {
    const short = exactShort(abs, 4, 2);
    if (short) return `${sign}${short}万`;
  }
  return sign + group(abs);
}

const englishSmall = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const chineseSmall = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A number with its unit where the unit is part of how the number is written (money, %, "one in six"). */
export function formatAmount(value: number, unit: Unit, lang: Lang): string {
  const number = formatNumber(value, lang);
  switch (unit) {
    case 'USD':
      return lang === 'en' ? `US$${number}` : `${number}美元`;
    case 'CNY':
      return lang === 'en' ? `CNY ${number}` : `${number}元人民币`;
    case 'percent':
      return `${number}%`;
    case 'one-in':
      if (lang === 'en') return `one in ${englishSmall[value] ?? number}`;
      return `${chineseSmall[value] ?? number}分之一`;
    default:
      return number;
  }
}

export const qualifierWords: Record<Lang, Record<Qualifier, string>> = {
  en: { over: 'more than', almost: 'almost', about: 'about', 'up-to': 'up to', exact: '', target: 'a target of' },
  zh: { over: '超过', almost: '近', about: '约', 'up-to': '多达', exact: '', target: '目标' },
};

export interface FormattedFigure {
  /** The qualifier in the page's language, or '' for an exact figure. */
  qualifier: string;
  /** The number with any unit that belongs to it. */
  amount: string;
  /** Both together, as they read in a sentence: "almost 748,000", "近74.8万". */
  text: string;
}

/** A figure with its qualifier, as it reads in running text in each language. */
export function formatFigure(value: number, unit: Unit, qualifier: Qualifier, lang: Lang): FormattedFigure {
  const amount = formatAmount(value, unit, lang);
  const words = qualifierWords[lang][qualifier];
  // Chinese sets the qualifier directly against the number (超过265万); English needs a space.
  const text = !words ? amount : lang === 'en' ? `${words} ${amount}` : `${words}${amount}`;
  return { qualifier: words, amount, text };
}
