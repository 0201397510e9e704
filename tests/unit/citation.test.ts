import { describe, expect, it } from 'vitest';
import { citationsOf, type CitedPage } from '../../src/share/citation.ts';
import type { Source } from '../../src/schemas/sources.ts';

const report: Source = {
  id: 'annual-review-2030',
  title: { en: 'Example Annual Review 2030', zh: '示例2030年度工作回顾' },
  publisher: { en: 'Example Office', zh: '示例办事处' },
  year: 2030,
  language: 'en',
  kind: 'report',
  url: 'https://example.org/review-2030',
  sections: [{ id: 'health', title: { en: 'Health', zh: '健康' } }],
};
const webPage: Source = {
  ...report,
  id: 'web-2030',
  kind: 'web-page',
  year: undefined,
  url: 'https://example.org/web',
};

const page = (overrides: Partial<CitedPage> = {}): CitedPage => ({
  lang: 'en',
  kind: 'chart',
  id: 'newborn-care',
  title: 'Health workers trained & 100% funded',
  url: 'https://site.example/en/charts/newborn-care/',
  sources: [report],
  ...overrides,
});

describe('citationsOf: APA 7', () => {
  it('names the organisation, no invented date, the kind, the site, a retrieval placeholder, the URL and the data source', () => {
    const { apa } = citationsOf(page());
    expect(apa).toBe(
      'UNICEF China. (n.d.). Health workers trained & 100% funded [Chart]. UNICEF China Year in Review. ' +
        'Retrieved [Month Day, Year], from https://site.example/en/charts/newborn-care/ ' +
        'Data from Example Annual Review 2030, by Example Office, 2030.',
    );
  });
  it('is written in Chinese on Chinese pages, with the Chinese source title in book-title marks', () => {
    const { apa } = citationsOf(page({ lang: 'zh', title: '接受培训的卫生工作者', kind: 'figure' }));
    expect(apa).toContain('联合国儿童基金会驻华办事处. (无日期). 接受培训的卫生工作者 [关键数据].');
    expect(apa).toContain('数据来源：示例办事处《示例2030年度工作回顾》，2030。');
    expect(apa).not.toMatch(/Example|Retrieved/);
  });
});

describe('citationsOf: GB/T 7714-2015', () => {
  it('marks the page [EB/OL] with an access-date placeholder, a report [R] and a web page [EB/OL]', () => {
    const { gbt7714 } = citationsOf(page({ sources: [report, webPage] }));
    const [entry, first, second] = gbt7714.split('\n');
    expect(entry).toBe(
      'UNICEF China. Health workers trained & 100% funded[EB/OL]. [YYYY-MM-DD]. https://site.example/en/charts/newborn-care/.',
    );
    expect(first).toBe(
      'Data source: Example Office. Example Annual Review 2030[R]. Example Office, 2030. https://example.org/review-2030.',
    );
    expect(second).toBe(
      'Data source: Example Office. Example Annual Review 2030[EB/OL]. Example Office. [YYYY-MM-DD]. https://example.org/web.',
    );
  });
  it('a page without sources is cited alone', () => {
    expect(citationsOf(page({ sources: [] })).gbt7714.split('\n')).toHaveLength(1);
  });
});

describe('citationsOf: BibTeX', () => {
  it('is one @misc entry with balanced braces and escaped special characters', () => {
    const { bibtex } = citationsOf(page());
    expect(bibtex.startsWith('@misc{unicefchina-chart-newborn-care-en,\n')).toBe(true);
    expect(bibtex).toContain('title = {{Health workers trained \\& 100\\% funded}},');
    expect(bibtex).toContain('howpublished = {\\url{https://site.example/en/charts/newborn-care/}},');
    expect(bibtex).toContain('urldate = {YYYY-MM-DD},');
    const depth = [...bibtex.replace(/\\[{}]/g, '')].reduce((d, c) => d + (c === '{' ? 1 : c === '}' ? -1 : 0), 0);
    expect(depth).toBe(0);
  });
  it('keeps Chinese titles (the reason this is not citation-js, which empties them) and a key per language', () => {
    const zh = citationsOf(page({ lang: 'zh', title: '新生儿护理培训', kind: 'story', id: '2030/health' })).bibtex;
    expect(zh).toContain('title = {{新生儿护理培训}},');
    expect(zh).toContain('@misc{unicefchina-story-2030-health-zh,');
    expect(zh).toContain('language = {chinese},');
    expect(zh).toContain('note = {专题. 数据来源：《示例2030年度工作回顾》},');
  });
});
