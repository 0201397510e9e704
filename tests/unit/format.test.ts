import { describe, expect, it } from 'vitest';
import {
  exactShort,
  formatAmount,
  formatFigure,
  formatList,
  formatMonth,
  formatMonthYear,
  formatNumber,
} from '../../src/i18n/format.ts';

describe('formatNumber in English', () => {
  it.each([
    [0, '0'],
    [25, '25'],
    [600, '600'],
    [1300, '1,300'],
    [2053, '2,053'],
    [10000, '10,000'],
    [74000, '74,000'],
    [748000, '748,000'],
    [999999, '999,999'],
    [1000000, '1 million'],
    [1100000, '1.1 million'],
    [1080000, '1.08 million'],
    [1200000, '1.2 million'],
    [2650000, '2.65 million'],
    [90000000, '90 million'],
    [100000000, '100 million'],
    [1234567, '1,234,567'],
    [1000000000, '1 billion'],
  ])('%d → %s', (value, expected) => {
    expect(formatNumber(value, 'en')).toBe(expected);
  });

  it.each([
    // Every unit boundary: below it, at it, and the largest exact value before the next unit.
    [9999, '9,999'],
    [10000, '10,000'],
    [99990000, '99.99 million'],
    [100000000, '100 million'],
    [999999, '999,999'],
    [1000000, '1 million'],
    [999000000, '999 million'],
    [999999000, '999.999 million'],
    [1000000000, '1 billion'],
    [1234500000, '1.2345 billion'],
    [123400000, '123.4 million'],
    [12000000000, '12 billion'],
  ])('boundary %d → %s', (value, expected) => {
    expect(formatNumber(value, 'en')).toBe(expected);
  });

  it('never writes a number before a unit that reaches the next unit (1234.5 million is 1.2345 billion)', () => {
    for (const value of [1234500000, 1000000000, 999999999000, 5678900000]) {
      const match = /^([\d.]+) million$/.exec(formatNumber(value, 'en'));
      expect(match, `${value}`).toBeNull();
    }
  });

  it('writes full digits rather than round when no unit is exact', () => {
    expect(formatNumber(1234567891, 'en')).toBe('1,234,567,891');
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
  });
});

describe('formatNumber in Chinese', () => {
  it.each([
    [0, '0'],
    [500, '500'],
    [900, '900'],
    [2053, '2053'],
    [2700, '2700'],
    [9999, '9999'],
    [10000, '1万'],
    [13000, '1.3万'],
    [62000, '6.2万'],
    [72000, '7.2万'],
    [74000, '7.4万'],
    [95000, '9.5万'],
    [108000, '10.8万'],
    [146000, '14.6万'],
    [164500, '16.45万'],
    [171000, '17.1万'],
    [712000, '71.2万'],
    [748000, '74.8万'],
    [1000000, '100万'],
    [1080000, '108万'],
    [1100000, '110万'],
    [2650000, '265万'],
    [10000000, '1000万'],
    [90000000, '9000万'],
    [99990000, '9999万'],
    [100000000, '1亿'],
    [250000000, '2.5亿'],
  ])('%d → %s', (value, expected) => {
    expect(formatNumber(value, 'zh')).toBe(expected);
  });

  it('keeps the full number, without a thousands separator, when 万 would need more than two decimals (never rounds)', () => {
    expect(formatNumber(12345, 'zh')).toBe('12345');
    expect(formatNumber(1234567, 'zh')).toBe('1234567');
    expect(formatNumber(123456789, 'zh')).toBe('123456789');
  });

  it.each([
    // Every unit boundary: below it, at it, and the largest exact value before the next unit.
    [9999, '9999'],
    [10000, '1万'],
    [999999, '999999'],
    [1000000, '100万'],
    [99990000, '9999万'],
    [100000000, '1亿'],
    [999000000, '9.99亿'],
    [1000000000, '10亿'],
    [123400000, '1.234亿'],
    [123450000, '1.2345亿'],
    [1234500000, '12.345亿'],
  ])('boundary %d → %s', (value, expected) => {
    expect(formatNumber(value, 'zh')).toBe(expected);
  });

  it('never writes 万 with a number that reaches 1万 of them (12340万 is 1.234亿)', () => {
    for (const value of [123400000, 123450000, 1234500000, 100000000, 999990000]) {
      const match = /^([\d.]+)万$/.exec(formatNumber(value, 'zh'));
      expect(match, `${value}`).toBeNull();
    }
  });

  it('falls back to full digits, never to a smaller unit, when 亿 would not be exact', () => {
    expect(formatNumber(123456000, 'zh')).toBe('123456000');
  });

  it('writes no thousands separator anywhere in Chinese', () => {
    for (const value of [1000, 2053, 9999, 12345, 123456789, 1234567891])
      expect(formatNumber(value, 'zh')).not.toContain(',');
  });
});

describe('exactShort', () => {
  it('divides with integer arithmetic', () => {
    expect(exactShort(164500, 4, 2)).toBe('16.45');
    expect(exactShort(164510, 4, 2)).toBeUndefined();
    expect(exactShort(2650000, 6, 3)).toBe('2.65');
    expect(exactShort(12.5, 4, 2)).toBeUndefined();
  });
});

describe('formatAmount', () => {
  it.each([
    [10000000, 'USD', 'en', 'US$10 million'],
    [10000000, 'USD', 'zh', '1000万美元'],
    [25000000, 'USD', 'en', 'US$25 million'],
    [25000000, 'USD', 'zh', '2500万美元'],
    [2000000, 'USD', 'zh', '200万美元'],
    [14000000, 'USD', 'en', 'US$14 million'],
    [100000000, 'CNY', 'en', 'CNY 100 million'],
    [100000000, 'CNY', 'zh', '1亿元人民币'],
    [13, 'percent', 'en', '13%'],
    [13, 'percent', 'zh', '13%'],
    [6, 'one-in', 'en', 'one in six'],
    [6, 'one-in', 'zh', '六分之一'],
    [748000, 'people', 'zh', '74.8万'],
    // Currency takes the same unit rule.
    [999999, 'USD', 'en', 'US$999,999'],
    [1000000, 'USD', 'en', 'US$1 million'],
    [1234500000, 'USD', 'en', 'US$1.2345 billion'],
    [9999, 'USD', 'zh', '9999美元'],
    [123400000, 'USD', 'zh', '1.234亿美元'],
    [99990000, 'CNY', 'zh', '9999万元人民币'],
    [1234500000, 'CNY', 'zh', '12.345亿元人民币'],
    // Years are written with their unit.
    [2, 'years', 'en', '2 years'],
    [1, 'years', 'en', '1 year'],
    [2, 'years', 'zh', '2年'],
    [40, 'years', 'zh', '40年'],
  ] as const)('%d %s in %s → %s', (value, unit, lang, expected) => {
    expect(formatAmount(value, unit, lang)).toBe(expected);
  });
});

describe('unit boundaries in money, both languages', () => {
  it.each([
    [9999, 'US$9,999', '9999美元'],
    [10000, 'US$10,000', '1万美元'],
    [999999, 'US$999,999', '999999美元'],
    [1000000, 'US$1 million', '100万美元'],
    [99990000, 'US$99.99 million', '9999万美元'],
    [100000000, 'US$100 million', '1亿美元'],
    [999000000, 'US$999 million', '9.99亿美元'],
    [1000000000, 'US$1 billion', '10亿美元'],
  ] as const)('%d USD → %s / %s', (value, en, zh) => {
    expect(formatAmount(value, 'USD', 'en')).toBe(en);
    expect(formatAmount(value, 'USD', 'zh')).toBe(zh);
    expect(formatAmount(value, 'CNY', 'en')).toBe(en.replace('US$', 'CNY '));
    expect(formatAmount(value, 'CNY', 'zh')).toBe(zh.replace('美元', '元人民币'));
  });
});

describe('formatFigure with qualifiers', () => {
  it.each([
    [748000, 'people', 'almost', 'en', 'almost 748,000'],
    [748000, 'people', 'almost', 'zh', '近74.8万'],
    [2650000, 'people', 'over', 'en', 'more than 2.65 million'],
    [2650000, 'people', 'over', 'zh', '超过265万'],
    [13000, 'people', 'almost', 'zh', '近1.3万'],
    [900, 'people', 'about', 'en', 'about 900'],
    [900, 'people', 'about', 'zh', '约900'],
    [6, 'one-in', 'up-to', 'en', 'up to one in six'],
    [6, 'one-in', 'up-to', 'zh', '多达六分之一'],
    [10000000, 'USD', 'almost', 'en', 'almost US$10 million'],
    [10000000, 'USD', 'almost', 'zh', '近1000万美元'],
    [2053, 'centres', 'exact', 'en', '2,053'],
    [2053, 'centres', 'exact', 'zh', '2053'],
    [164500, 'people', 'over', 'zh', '超过16.45万'],
  ] as const)('%d %s %s in %s → %s', (value, unit, qualifier, lang, expected) => {
    expect(formatFigure(value, unit, qualifier, lang).text).toBe(expected);
  });

  it('returns the parts separately for display', () => {
    expect(formatFigure(748000, 'people', 'almost', 'en')).toEqual({
      qualifier: 'almost',
      amount: '748,000',
      text: 'almost 748,000',
    });
    expect(formatFigure(2053, 'centres', 'exact', 'zh')).toEqual({ qualifier: '', amount: '2053', text: '2053' });
  });
});

describe('the Chinese wording of "more than" (zhWord), as the 2024 review writes it', () => {
  it.each([
    // Source 003: 110 多万名学生, 16.45 万多名学生, 2700 多个, 逾 100 所, 6.2 万多人, 300 多所, 4600 多名, 超过 265 万.
    [1100000, 'people', '多', '110多万'],
    [164500, 'people', '多', '16.45万多'],
    [2700, 'centres', '多', '2700多'],
    [62000, 'people', '多', '6.2万多'],
    [300, 'schools', '多', '300多'],
    [4600, 'people', '多', '4600多'],
    [100, 'schools', '逾', '逾100'],
    [2650000, 'people', '超过', '超过265万'],
    [2650000, 'people', undefined, '超过265万'],
    [10000000, 'USD', '多', '1000多万美元'],
    [123400000, 'people', '多', '1.234亿多'],
  ] as const)('%d %s with %s → %s', (value, unit, zhWord, expected) => {
    expect(formatFigure(value, unit, 'over', 'zh', { zhWord }).text).toBe(expected);
  });

  it('keeps English as "more than", whatever the Chinese wording', () => {
    for (const zhWord of ['多', '逾', '超过'] as const) {
      expect(formatFigure(1100000, 'people', 'over', 'en', { zhWord }).text).toBe('more than 1.1 million');
    }
  });

  it('ignores the wording for other qualifiers', () => {
    expect(formatFigure(13000, 'people', 'almost', 'zh', { zhWord: '多' }).text).toBe('近1.3万');
  });

  it('puts 多 inside the amount, so a card shows no separate qualifier', () => {
    expect(formatFigure(2700, 'centres', 'over', 'zh', { zhWord: '多' })).toEqual({
      qualifier: '',
      amount: '2700多',
      text: '2700多',
    });
    expect(formatFigure(100, 'schools', 'over', 'zh', { zhWord: '逾' })).toEqual({
      qualifier: '逾',
      amount: '100',
      text: '逾100',
    });
  });
});

describe('counts in running text', () => {
  it.each([
    [2, 'years', 'exact', 'two years'],
    [1, 'years', 'exact', 'one year'],
    [6, 'countries', 'exact', 'six'],
    [3, 'provinces', 'exact', 'three'],
    [0, 'people', 'exact', 'zero'],
    [9, 'schools', 'over', 'more than nine'],
    [10, 'countries', 'exact', '10'],
    [29, 'partners', 'exact', '29'],
    [6, 'USD', 'exact', 'US$6'],
    [6, 'percent', 'exact', '6 per cent'],
    [13, 'percent', 'about', 'about 13 per cent'],
    [6, 'one-in', 'exact', 'one in six'],
  ] as const)('English prose writes %d %s (%s) as "%s"', (value, unit, qualifier, expected) => {
    expect(formatFigure(value, unit, qualifier, 'en', { style: 'prose' }).text).toBe(expected);
  });

  it.each([
    [6, 'countries', 'exact', '六'],
    [3, 'provinces', 'exact', '三'],
    [2, 'provinces', 'exact', '两'],
    [1, 'schools', 'exact', '一'],
    [2, 'years', 'exact', '两年'],
    [9, 'schools', 'over', '超过九'],
    [0, 'people', 'exact', '0'],
    [10, 'countries', 'exact', '10'],
    [6, 'USD', 'exact', '6美元'],
    [6, 'percent', 'exact', '6%'],
  ] as const)('Chinese prose writes %d %s (%s) as "%s"', (value, unit, qualifier, expected) => {
    expect(formatFigure(value, unit, qualifier, 'zh', { style: 'prose' }).text).toBe(expected);
  });

  it('keeps digits in figure displays, in both languages', () => {
    expect(formatFigure(6, 'countries', 'exact', 'en').text).toBe('6');
    expect(formatFigure(2, 'years', 'exact', 'en').text).toBe('2 years');
    expect(formatFigure(6, 'countries', 'exact', 'zh').text).toBe('6');
    expect(formatFigure(2, 'years', 'exact', 'zh').text).toBe('2年');
  });

  it('writes "per cent" in English running text only: displays keep "%", Chinese always does', () => {
    expect(formatFigure(13, 'percent', 'about', 'en', { style: 'prose' }).text).toBe('about 13 per cent');
    expect(formatFigure(13, 'percent', 'about', 'en').text).toBe('about 13%');
    expect(formatFigure(13, 'percent', 'about', 'en', { style: 'figure' }).amount).toBe('13%');
    expect(formatFigure(13, 'percent', 'about', 'zh', { style: 'prose' }).text).toBe('约13%');
    expect(formatFigure(13, 'percent', 'about', 'zh').text).toBe('约13%');
  });
});

describe('months and lists', () => {
  it('names months with Intl: September / 9月, never 九月', () => {
    expect(formatMonth(9, 'en')).toBe('September');
    expect(formatMonth(9, 'zh')).toBe('9月');
    expect(formatMonth(11, 'zh')).toBe('11月');
    expect(Array.from({ length: 12 }, (_, index) => formatMonth(index + 1, 'zh'))).toEqual(
      Array.from({ length: 12 }, (_, index) => `${index + 1}月`),
    );
  });

  it('dates a month with its year: January 2023 / 2023年1月', () => {
    expect(formatMonthYear(1, 2023, 'en')).toBe('January 2023');
    expect(formatMonthYear(1, 2023, 'zh')).toBe('2023年1月');
    expect(formatMonthYear(12, 2024, 'zh')).toBe('2024年12月');
  });

  it('refuses a month outside 1-12', () => {
    expect(() => formatMonth(0, 'en')).toThrow(/1 to 12/);
    expect(() => formatMonthYear(13, 2023, 'zh')).toThrow(/1 to 12/);
  });

  it('joins lists as each language does', () => {
    expect(formatList(['Cambodia', 'Laos', 'Timor-Leste'], 'en')).toBe('Cambodia, Laos and Timor-Leste');
    expect(formatList(['柬埔寨', '老挝', '东帝汶'], 'zh')).toBe('柬埔寨、老挝和东帝汶');
  });
});
