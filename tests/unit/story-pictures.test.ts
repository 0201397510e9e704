import { describe, expect, it } from 'vitest';
import { keyFigure, leadFigureOf, storyPreviewSvg, type StoryPictureInput } from '../../src/share/story-pictures.ts';
import { storyReferences } from '../../src/checks/story-references.ts';
import { drawnTexts } from '../../src/checks/picture-glyphs.ts';
import { checkContent } from '../../src/checks/content-files.ts';
import { join } from 'node:path';

describe('a story picture’s lead figure', () => {
  it('is the first figure of the story’s own year in reading order, as the MDX parser reads it (not code)', () => {
    const body =
      'Type `<Metric id="code" year={2024} />` to show one. In 2023 <Metric id="old" year={2023} />, then <Metric id="first" year={2024} /> and <StatGrid year={2024} ids={["a", "b"]} />.';
    const figures = storyReferences(body).inOrder;
    expect(leadFigureOf(figures, 2024)).toBe('first@2024');
    expect(leadFigureOf(figures, 2022)).toBe('old@2023');
    expect(leadFigureOf(storyReferences('<StatGrid year={2024} ids={["a", "b"]} />').inOrder, 2024)).toBe('a@2024');
    expect(leadFigureOf(storyReferences('No figures here.').inOrder, 2024)).toBeUndefined();
  });
  it('names the metric file when the figure does not exist', () => {
    expect(() => keyFigure([], 'no-such-figure@2024', 'en')).toThrow('content/metrics/no-such-figure.yaml');
  });
});

describe('storyPreviewSvg', () => {
  const input: StoryPictureInput = {
    lang: 'zh',
    siteName: '联合国儿童基金会驻华办事处年度工作回顾',
    siteHost: 'example.org',
    sourceLine: '资料来源：年度工作回顾',
    areaColour: '#00833d',
    eyebrow: '第1章 · 儿童健康与发展',
    title: '儿童健康与发展',
    figure: { qualifier: '超过', amount: '265万', label: '获得服务的儿童（2024年）' },
  };
  it('draws the eyebrow, title, key figure with its qualifier, and the source, 1200×630', () => {
    const svg = storyPreviewSvg(input);
    expect(svg).toMatch(/^<svg[^>]*width="1200" height="630"/);
    for (const text of [
      '第1章 · 儿童健康与发展',
      '儿童健康与发展',
      '超过',
      '265万',
      '获得服务的儿童（2024年）',
      '资料来源：年度工作回顾',
    ])
      expect(svg).toContain(text);
  });
  it('draws a page without a figure', () => {
    expect(storyPreviewSvg({ ...input, figure: undefined })).not.toContain('265万');
  });
});

it('the picture font check covers story titles and year headlines', () => {
  const { content } = checkContent(join(import.meta.dirname, '../..'));
  const texts = drawnTexts(content).map((text) => text.text);
  for (const entry of content.stories.zh) expect(texts).toContain(entry.data.title);
  for (const entry of content.years) expect(texts).toContain(entry.data.title.zh);
});
