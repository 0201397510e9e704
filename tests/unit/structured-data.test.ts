/**
 * Issue 17 item 10: the schema.org objects the pages carry as JSON-LD, built over the fixture
 * content: a Dataset with its files, years and makers, an Article, a BreadcrumbList, and the text
 * written into the `<script type="application/ld+json">`.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/content-files.ts';
import { indexParsedContent } from '../../src/checks/parsed-content.ts';
import { languages } from '../../src/i18n/languages.ts';
import { downloadPath, openDataPath } from '../../src/routes/urls.ts';
import {
  breadcrumbList,
  chartDataset,
  jsonLdText,
  openDataset,
  storyArticle,
  yearsCovered,
  type DatasetContext,
} from '../../src/share/structured-data.ts';
import { fixture } from './content-fixture.ts';

const index = indexParsedContent(checkContent(fixture).content);
const siteUrl = 'https://example.org';
const context = (lang: 'en' | 'zh', license: string | null = null): DatasetContext => ({
  lang,
  siteUrl,
  organisationUrl: 'https://www.unicef.cn/',
  license,
});

describe('jsonLdText', () => {
  it('reads back as the same object, and no text from content can close the script element', () => {
    const data = { name: 'A </script><script>alert(1)</script> & <!-- b -->', line: 'x\u2028y' };
    const text = jsonLdText(data);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe('yearsCovered', () => {
  it('is one year, or the interval from the first to the last', () => {
    expect(yearsCovered([2024])).toBe('2024');
    expect(yearsCovered([2024, 2023, 2024])).toBe('2023/2024');
    expect(() => yearsCovered([])).toThrow();
  });
});

describe.each(languages)('Datasets (%s)', (lang) => {
  it('the open data: both files, the content’s years, UNICEF China, its sources; a licence only when one is set', () => {
    const data = openDataset(index, { ...context(lang), name: 'N', description: 'D', pagePath: `/${lang}/data/` });
    expect(data['@type']).toBe('Dataset');
    expect(data.distribution).toEqual([
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: `${siteUrl}${openDataPath('csv')}` },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: `${siteUrl}${openDataPath('json')}` },
    ]);
    expect(data.temporalCoverage).toBe(yearsCovered(index.reviewYears));
    expect(data.creator).toMatchObject({
      '@type': 'Organization',
      name: lang === 'zh' ? '联合国儿童基金会驻华办事处' : 'UNICEF China',
    });
    expect(data.isBasedOn).toEqual(
      index.sources.all.map((source) => ({ '@type': 'CreativeWork', name: source.title[lang], url: source.url })),
    );
    expect(data).not.toHaveProperty('license');
    const licensed = openDataset(index, {
      ...context(lang, 'https://creativecommons.org/licenses/by/4.0/'),
      name: 'N',
      description: 'D',
      pagePath: `/${lang}/data/`,
    });
    expect(licensed.license).toBe('https://creativecommons.org/licenses/by/4.0/');
  });

  it('each chart: its own CSV and JSON downloads in the language, over the years of the figures it shows', () => {
    for (const chart of index.charts.all) {
      const data = chartDataset(index, chart.id, context(lang));
      expect(data.distribution).toEqual(
        (['csv', 'json'] as const).map((format) =>
          expect.objectContaining({ contentUrl: `${siteUrl}${downloadPath(chart.id, lang, format)}` }),
        ),
      );
      const years = chart.metrics.flatMap((id) => index.metrics.require(id).values.map((value) => value.year));
      expect(data.temporalCoverage).toBe(yearsCovered(years));
      expect(data.url).toBe(`${siteUrl}/${lang}/charts/${chart.id}/`);
    }
  });
});

describe('Article and BreadcrumbList', () => {
  it('an Article names headline, language, publisher and author; dates and picture only when known', () => {
    const plain = storyArticle({
      lang: 'zh',
      siteUrl,
      headline: '儿童健康',
      description: '摘要',
      pagePath: '/zh/2024/health/',
      organisationUrl: 'https://www.unicef.cn/',
    });
    expect(plain).toMatchObject({
      '@type': 'Article',
      headline: '儿童健康',
      inLanguage: 'zh-CN',
      url: `${siteUrl}/zh/2024/health/`,
      publisher: { '@type': 'Organization', name: '联合国儿童基金会驻华办事处' },
    });
    expect(plain).not.toHaveProperty('dateModified');
    expect(plain).not.toHaveProperty('image');
    const corrected = storyArticle({
      lang: 'en',
      siteUrl,
      headline: 'Child health',
      description: 'Summary',
      pagePath: '/en/2024/health/',
      organisationUrl: 'https://www.unicef.cn/en',
      dateModified: '2025-06-02',
      image: '/photos/2024/clinic.png',
    });
    expect(corrected).toMatchObject({ dateModified: '2025-06-02', image: `${siteUrl}/photos/2024/clinic.png` });
  });

  it('a BreadcrumbList numbers its steps from 1, with absolute addresses', () => {
    const list = breadcrumbList(siteUrl, [
      { name: 'Home', path: '/en/' },
      { name: 'Year 2024', path: '/en/2024/' },
    ]);
    expect(list.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${siteUrl}/en/` },
      { '@type': 'ListItem', position: 2, name: 'Year 2024', item: `${siteUrl}/en/2024/` },
    ]);
  });
});
