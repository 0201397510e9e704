import { describe, expect, it } from 'vitest';
import { chineseBreaks, chinesePhrases } from '../../src/i18n/phrases.ts';
import { breakChinesePhrases } from '../../src/i18n/phrase-html.ts';

describe('chinesePhrases', () => {
  it.each([
    // Words the browser used to split at 360 px (issue 16) stay whole.
    ['联合国儿童基金会驻华办事处', ['联合国', '儿童', '基金会', '驻华', '办事处']],
    ['与合作伙伴一起，惠及更多儿童', ['与', '合作', '伙伴', '一起，', '惠及', '更多', '儿童']],
    // A figure keeps its qualifier, unit and measure word; a date keeps its month.
    ['超过300万名儿童受益', ['超过300万名', '儿童', '受益']],
    ['为超过１００万名儿童', ['为', '超过１００万名', '儿童']],
    ['培训74.8万名卫生工作者', ['培训74.8万名', '卫生', '工作者']],
    ['逾1.2亿美元', ['逾1.2亿美元']],
    ['2024年7月', ['2024年7月']],
    // A line may end after a full-width mark even when a figure or a Latin word follows.
    [
      '在全部75项数据中，9项在2023年和2024年均有数值',
      ['在', '全部75项', '数据', '中，', '9项', '在2023年', '和2024年', '均有', '数值'],
    ],
  ])('%s', (text, phrases) => {
    expect(chinesePhrases(text)).toEqual(phrases);
    expect(chinesePhrases(text).join('')).toBe(text);
  });

  it('never breaks Latin text or next to a digit', () => {
    expect(chineseBreaks('UNICEF China Year in Review')).toEqual([]);
    for (const index of chineseBreaks('2024年共有74.8万名卫生工作者接受培训'))
      expect('2024年共有74.8万名卫生工作者接受培训'.slice(index - 1, index + 1)).not.toMatch(/[0-9]/);
  });
});

describe('breakChinesePhrases', () => {
  it('keeps each Chinese phrase of text whole, and touches nothing else', () => {
    const page =
      '<!doctype html><html lang="zh-CN"><head><title>联合国儿童基金会驻华办事处</title>' +
      '<meta name="description" content="惠及更多儿童"><style>p{}</style></head><body>' +
      '<h1 class="a">联合国儿童基金会驻华办事处</h1><p>惠及更多儿童&amp;家庭</p>' +
      '<svg><text>联合国儿童基金会</text></svg><script>const s = "联合国儿童";</script>' +
      '<p lang="en">English 中文 text</p><img alt="联合国儿童基金会"></body></html>';
    const out = breakChinesePhrases(page);
    const w = (phrase: string) => `<span class="w">${phrase}</span>`;
    expect(out).toContain(
      `<h1 class="a"><span class="ph">${['联合国', '儿童', '基金会', '驻华', '办事处'].map(w).join('')}</span></h1>`,
    );
    expect(out).toContain(`${w('更多')}儿童&amp;家庭</span></p>`);
    // Head, attributes, SVG, scripts and other languages are left exactly as they were.
    expect(out.replace(/<span class="(?:w|ph)">/g, '').replaceAll('</span>', '')).toBe(page);
    expect(out).toContain('<title>联合国儿童基金会驻华办事处</title>');
    expect(out).toContain('<svg><text>联合国儿童基金会</text></svg>');
    expect(out).toContain('<script>const s = "联合国儿童";</script>');
    expect(out).toContain('<p lang="en">English 中文 text</p>');
  });

  it('leaves single characters, long runs and runs with spaces unwrapped', () => {
    const out = breakChinesePhrases('<p lang="zh-CN">与合作伙伴一起 UNICEF China 年度回顾</p>');
    expect(out).toContain('<p lang="zh-CN"><span class="ph">与<span class="w">合作</span>');
    expect(out).not.toContain('<span class="w">UNICEF');
  });

  it('keeps only the figures of running prose whole, and every phrase of a heading of any length', () => {
    const prose =
      '联合国儿童基金会与合作伙伴一起，在2024年7月为超过300万名儿童提供了基本卫生服务，并培训了社区卫生工作者。';
    const heading = prose;
    const out = breakChinesePhrases(
      `<html lang="zh-CN"><body><p>${prose}</p><h2>${heading}</h2><p>惠及更多儿童</p></body></html>`,
    );
    const [paragraph, title, short] = [...out.matchAll(/<(p|h2)>(.*?)<\/\1>/g)].map((match) => match[2]!);
    const kept = (html: string) => [...html.matchAll(/<span class="w">(.*?)<\/span>/g)].map((match) => match[1]!);
    expect([...prose].length).toBeGreaterThanOrEqual(40);
    // Prose: the figures only, with their units and qualifiers; words break as Chinese does.
    expect(kept(paragraph!)).toEqual(['在2024年7月', '超过300万名']);
    expect(kept(title!)).toContain('联合国');
    expect(kept(title!)).toContain('超过300万名');
    // A short text outside a heading (a card, a label) keeps its words whole too.
    expect(kept(short!)).toEqual(expect.arrayContaining(['更多', '儿童']));
  });

  it('judges a paragraph cut by a link as one block, and a title by its class whatever its length', () => {
    const before = '联合国儿童基金会与合作伙伴一起，在中国各地';
    const after = '儿童提供了基本卫生服务，并培训了社区卫生工作者。';
    const title = '联合国儿童基金会与合作伙伴一起为全国各地的儿童和家庭提供基本卫生服务和社区心理支持';
    const out = breakChinesePhrases(
      `<html lang="zh-CN"><body><p>${before}<a href="/x/">超过300万名</a>${after}</p>` +
        `<p class="chart__title">${title}</p><p>${'联合国儿童基金会与合作伙伴一起'.repeat(2)}惠</p></body></html>`,
    );
    expect(before.length).toBeLessThan(40);
    expect(after.length).toBeLessThan(40);
    expect([...title].length).toBeGreaterThanOrEqual(40);
    const kept = (html: string) => [...html.matchAll(/<span class="w">(.*?)<\/span>/g)].map((match) => match[1]!);
    const [paragraph, chartTitle, boundary] = [...out.matchAll(/<p[^>]*>(.*?)<\/p>/g)].map((match) => match[1]!);
    // Each piece is short, the paragraph is not: prose, only its figure kept whole.
    expect(kept(paragraph!)).toEqual(['超过300万名']);
    expect(kept(chartTitle!)).toContain('联合国');
    // 31 characters: under PROSE_LENGTH, so its words are kept whole.
    expect(kept(boundary!)).toContain('联合国');
  });

  it('wraps a text that is one kept phrase once, and a text of several phrases in one outer span', () => {
    const out = breakChinesePhrases('<html lang="zh-CN"><body><dt>2024年</dt><dd>未提及</dd><dd>中</dd></body></html>');
    expect(out).toContain('<dt><span class="w">2024年</span></dt>');
    expect(out).toContain('<dd><span class="ph">未<span class="w">提及</span></span></dd>');
    expect(out).toContain('<dd>中</dd>');
  });

  it('breaks a short sentence as prose, keeping only its figures, and a short label by its words', () => {
    const out = breakChinesePhrases(
      '<html lang="zh-CN"><body><dd>2024年没有这项数据，无从比较。</dd><p>说明：超过300万名儿童受益，覆盖全国。</p>' +
        '<dd>省、县两级专家和教师培训者</dd><h3>儿童早期发展：覆盖人群与培训人员</h3><span>请补充访问日期。</span></body></html>',
    );
    const kept = (html: string) => [...html.matchAll(/<span class="w">(.*?)<\/span>/g)].map((match) => match[1]!);
    const [sentence, intro, label] = [...out.matchAll(/<(dd|p)>(.*?)<\/\1>/g)].map((match) => match[2]!);
    expect(kept(sentence!)).toEqual(['2024年']);
    expect(kept(intro!)).toEqual(['超过300万名']);
    // The enumeration comma lists words inside a label: not a sentence.
    expect(kept(label!)).toContain('专家');
    // A heading keeps every phrase, colon or not; a lone text outside any block is judged alone.
    expect(kept(out.match(/<h3>(.*?)<\/h3>/)![1]!)).toContain('覆盖');
    expect(kept(out.match(/<span>(.*?)<\/span><\/body>/)![1]!)).toEqual([]);
    // A subtitle is display text: set as a title is, comma or not.
    const subtitle = breakChinesePhrases(
      '<html lang="zh-CN"><body><span class="gallery__subtitle">儿童关爱保护服务体系建设项目，2023年与2024年</span></body></html>',
    );
    expect(kept(subtitle)).toEqual(expect.arrayContaining(['项目，', '2023年']));
  });

  it('keeps every word of a short link whose colon joins a label to its title', () => {
    const out = breakChinesePhrases(
      '<html lang="zh-CN"><body><li><a href="/zh/data/">开放数据：以CSV和JSON格式下载全部数据</a></li></body></html>',
    );
    const kept = [...out.matchAll(/<span class="w">(.*?)<\/span>/g)].map((match) => match[1]!);
    expect(kept).toEqual(expect.arrayContaining(['开放', '数据：', '下载']));
  });

  it('leaves an English page as it is', () => {
    const page = '<html lang="en"><body><h1>联合国儿童基金会</h1></body></html>';
    expect(breakChinesePhrases(page)).toBe(page);
  });
});
