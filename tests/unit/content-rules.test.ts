/**
 * The rules behind the field-fault checks, input by input: which links and picture addresses are
 * allowed, which characters the picture fonts draw, which numbers a unit makes impossible, and
 * what counts as a stray figure token. Messages are locked in content-faults.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { isSiteMedia, linkVerdict } from '../../src/checks/mdx.ts';
import { codePoint, pictureFontCoverage, undrawable } from '../../src/checks/picture-glyphs.ts';
import { impossibleValue, strayFigureTokens } from '../../src/checks/content-promises.ts';

describe('linkVerdict', () => {
  it.each([
    'https://www.unicef.cn/',
    'HTTPS://example.org/a?b#c',
    'mailto:china@unicef.org',
    '/en/2024/health/',
    '/zh/',
    '#notes',
  ])('allows %s', (url) => {
    expect(linkVerdict(url)).toBe('ok');
  });
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\nscript:alert(1)',
    ' javascript:x',
    'data:text/html,x',
    'vbscript:x',
    'http://example.org/',
    '//evil.example/x',
    'file:///etc/passwd',
  ])('refuses %j', (url) => expect(linkVerdict(url)).toBe('scheme'));
  it.each(['../2024/health/', 'health/', 'www.example.org'])('refuses the relative address %s', (url) =>
    expect(linkVerdict(url)).toBe('relative'),
  );
});

describe('isSiteMedia', () => {
  it.each([
    ['/photos/2024/clinic.jpg', true],
    ['/og/en/charts/x.png', true],
    ['https://cdn.example.com/x.jpg', false],
    ['//cdn.example.com/x.jpg', false],
    ['photos/x.jpg', false],
    ['data:image/png;base64,AAAA', false],
  ])('%s → %s', (url, expected) => expect(isSiteMedia(url)).toBe(expected));
});

describe('undrawable', () => {
  const fonts = pictureFontCoverage();
  it.each([
    ['✅ done', ['✅']],
    ['Party 🎉🎉', ['🎉']],
    ['❤️ love', ['❤']],
    ['Škoda and Łódź', ['Š', 'Ł', 'ź']],
    ['𠮷野家', ['𠮷']],
    ['q\u0301', ['\u0301']],
    ['S\u030Ckoda', ['Š']],
  ])('%j cannot be drawn: %j', (text, missing) => expect(undrawable(text, fonts)).toEqual(missing));

  it.each([
    '获得服务的儿童及照护人（约74.8万）',
    '“新生儿”、《报告》——',
    'Café, naïve, São Paulo, Zürich',
    'Cafe\u0301 (a combining accent that composes to é)',
    '50% ± 2 °C · 1–3 → 4…',
    'line\nbreak\tand\u00a0spaces',
  ])('%j is drawn', (text) => expect(undrawable(text, fonts)).toEqual([]));

  it('writes code points as U+ with at least four digits', () => {
    expect(codePoint('é')).toBe('U+00E9');
    expect(codePoint('🎉')).toBe('U+1F389');
  });
});

describe('impossibleValue', () => {
  it.each([
    [100, 'percent'],
    [0, 'percent'],
    [99.5, 'percent'],
    [748000, 'people'],
    [2.65, 'USD'],
    [1.5, 'years'],
  ] as const)('%d %s is possible', (value, unit) => expect(impossibleValue(value, unit)).toBeUndefined());
  it.each([
    [100.1, 'percent', /more than 100/],
    [250, 'percent', /more than 100/],
    [12.5, 'people', /whole number/],
    [0.5, 'schools', /whole number/],
    [3.2, 'countries', /whole number/],
  ] as const)('%d %s is not', (value, unit, message) => expect(impossibleValue(value, unit)).toMatch(message));
});

describe('strayFigureTokens', () => {
  it('finds malformed figures in both languages', () => {
    expect(strayFigureTokens('{x@24} reached', true)).toEqual(['{x@24}']);
    expect(strayFigureTokens('{Newborn-Care@2024}', true)).toEqual(['{Newborn-Care@2024}']);
    expect(strayFigureTokens('惠及{newborn-care@2024名学生', true)).toEqual(['{newborn-care@2024名学生']);
    expect(strayFigureTokens('惠及newborn-care@2024}名', true)).toEqual(['惠及newborn-care@2024}']);
    expect(strayFigureTokens('reached newborn-care@2024 people', true)).toEqual(['newborn-care@2024']);
    expect(strayFigureTokens('{newborn-care 2024}', true)).toEqual(['{newborn-care 2024}']);
  });
  it('accepts well-formed figures where they are filled in, and nothing else', () => {
    expect(strayFigureTokens('In 2024, {newborn-care@2024} and {newborn-care@2024/online} online.', true)).toEqual([]);
    expect(strayFigureTokens('2024年，{newborn-care@2024}人', true)).toEqual([]);
    expect(strayFigureTokens('Plain text, 2024, e-mail.', false)).toEqual([]);
  });
  it('names well-formed figures where they would show as typed', () => {
    expect(strayFigureTokens('Up to {newborn-care@2024}', false)).toEqual(['{newborn-care@2024}']);
  });
});
