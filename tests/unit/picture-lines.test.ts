/**
 * Lines of the pictures the build draws (src/share/picture-lines.ts): Chinese breaks only between
 * phrases, as on the pages, unless that would take an extra line; English as the charts wrap it.
 */
import { describe, expect, it } from 'vitest';
import { breakUnits, textWidth, wrap } from '../../src/charts/text.ts';
import { chineseBreaks } from '../../src/i18n/phrases.ts';
import { pictureLines } from '../../src/share/picture-lines.ts';

/** The offsets in `text` where `lines` end (Chinese lines join without spaces). */
const lineEnds = (lines: string[]) =>
  lines.slice(0, -1).reduce<number[]>((ends, line) => [...ends, (ends.at(-1) ?? 0) + line.length], []);

const titles = [
  '接受新生儿早期基本保健培训的卫生工作者',
  '联合国儿童基金会驻华办事处2023年度工作回顾',
  '“护童成长”儿童关爱保护服务体系建设项目覆盖范围扩大',
  '中国为联合国儿童基金会在其他国家开展工作提供的资金',
  '青少年心理健康：2025年目标与2024年成果',
];

describe('pictureLines', () => {
  it('breaks a Chinese title only where a phrase ends, in as many lines as breaking anywhere', () => {
    // Widths from a poster's title column down to a narrow label, in 36 px type.
    for (const title of titles)
      for (const width of [900, 700, 520, 400, 300]) {
        const lines = pictureLines(title, width, 36, Infinity, true);
        expect(lines.join(''), `${title} at ${width}`).toBe(title);
        expect(lines.length, `${title} at ${width}`).toBeLessThanOrEqual(wrap(title, width, 36, Infinity, true).length);
        const phrases = wrap(title, width, 36, Infinity, true, true, chineseBreaks(title));
        if (phrases.length === lines.length) {
          const allowed = new Set(chineseBreaks(title));
          for (const end of lineEnds(lines)) {
            const [before, after] = [title[end - 1]!, title[end]!];
            // Between two Chinese characters a line ends only where a phrase does.
            if (/\p{Script=Han}/u.test(before) && /\p{Script=Han}/u.test(after))
              expect(allowed.has(end), `${title} at ${width}: ${lines.join(' / ')}`).toBe(true);
          }
        }
        for (const line of lines) expect(textWidth(line, 36, true)).toBeLessThanOrEqual(width);
      }
  });

  it('keeps the word the poster title split: 卫生工 / 作者 becomes 卫生 / 工作者', () => {
    const title = '接受新生儿早期基本保健培训的卫生工作者';
    // The width at which breaking between characters leaves 卫生工 at the end of the first line.
    const width = textWidth('接受新生儿早期基本保健培训的卫生工', 36, true);
    expect(wrap(title, width, 36, Infinity, true)).toEqual(['接受新生儿早期基本保健培训的卫生工', '作者']);
    expect(pictureLines(title, width, 36, Infinity, true)).toEqual(['接受新生儿早期基本保健培训的卫生', '工作者']);
  });

  it('falls back to breaking between characters when whole phrases would need another line', () => {
    const text = '联合国儿童基金会驻华办事处年度工作回顾';
    const width = textWidth('字'.repeat(7), 20);
    const anywhere = wrap(text, width, 20);
    const whole = wrap(text, width, 20, Infinity, false, true, chineseBreaks(text));
    expect(anywhere).toHaveLength(3);
    expect(whole).toHaveLength(4);
    expect(pictureLines(text, width, 20)).toEqual(anywhere);
  });

  it('leaves English to the charts’ wrapping, and ends a truncated text with an ellipsis', () => {
    const text = 'Health workers trained in early essential newborn care';
    expect(pictureLines(text, 300, 36, Infinity, true)).toEqual(wrap(text, 300, 36, Infinity, true));
    const cut = pictureLines(titles[0]!, 200, 36, 2, true);
    expect(cut).toHaveLength(2);
    expect(cut[1]!.endsWith('…')).toBe(true);
  });
});

describe('breakUnits with Chinese breaks', () => {
  it('splits two Chinese characters only at the offsets given', () => {
    expect(breakUnits('卫生工作者').map((unit) => unit.text)).toEqual(['卫', '生', '工', '作', '者']);
    expect(breakUnits('卫生工作者', [2]).map((unit) => unit.text)).toEqual(['卫生', '工作者']);
    // Around digits and Latin the usual rules hold: a number keeps its unit.
    expect(breakUnits('覆盖74.8万名', []).map((unit) => unit.text)).toEqual(['覆盖', '74.8万名']);
  });
});
