import { describe, expect, it } from 'vitest';
import { exactShort, formatAmount, formatFigure, formatNumber } from '../../src/lib/format.ts';

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
});

describe('formatNumber in Chinese', () => {
  it.each([
    [0, '0'],
    [500, '500'],
    [900, '900'],
    [2053, '2,053'],
    [2700, '2,700'],
    [9999, '9,999'],
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

  it('keeps the full number when 万 would need more than two decimals (never rounds)', () => {
    expect(formatNumber(12345, 'zh')).toBe('12,345');
    expect(formatNumber(1234567, 'zh')).toBe('1,234,567');
    expect(formatNumber(123456789, 'zh')).toBe('123,456,789');
  });

  it('falls back from 亿 to 万 when 亿 would not be exact', () => {
    expect(formatNumber(123450000, 'zh')).toBe('12345万');
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
  ] as const)('%d %s in %s → %s', (value, unit, lang, expected) => {
    expect(formatAmount(value, unit, lang)).toBe(expected);
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
    [2053, 'centres', 'exact', 'zh', '2,053'],
    [164500, 'people', 'over', 'zh', '超过16.45万'],
  ] as const)('%d %s %s in %s → %s', (value, unit, qualifier, lang, expected) => {
    expect(formatFigure(value, unit, qualifier, lang).text).toBe(expected);
  });

  it('returns the parts separately for display', () => {
    expect(formatFigure(748000, 'people', 'almost', 'en')).toEqual({ qualifier: 'almost', amount: '748,000', text: 'almost 748,000' });
    expect(formatFigure(2053, 'centres', 'exact', 'zh')).toEqual({ qualifier: '', amount: '2,053', text: '2,053' });
  });
});
