/**
 * Every page the sitemap lists, read from dist/ as a crawler or a browser without JavaScript gets
 * it: its language, one h1, a title, a description, a canonical URL and the three hreflang
 * alternates; its main content as text; and a language switch that leads to the same page in the
 * other language. Embed pages are checked in sharing.test.ts, the 404 page here.
 */
import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { fileFor, langOfPath, root, sitemapPaths } from '../built-site.ts';
import { checkContent } from '../../src/checks/content-files.ts';
import { tCount, yearList } from '../../src/i18n/index.ts';

const paths = sitemapPaths();
const pageOf = (path: string) => load(readFileSync(fileFor(path)!, 'utf8'));

it('the sitemap lists pages in both languages, in pairs', () => {
  const en = paths.filter((path) => path.startsWith('/en/'));
  const zh = paths.filter((path) => path.startsWith('/zh/'));
  expect(en.length).toBeGreaterThan(5);
  expect(zh.map((path) => path.replace(/^\/zh\//, '/'))).toEqual(en.map((path) => path.replace(/^\/en\//, '/')));
});

describe.each(paths)('%s', (path) => {
  const $ = pageOf(path);
  const lang = langOfPath(path);

  it('carries its language, one h1, a title, a description, a canonical URL and hreflang en, zh-CN, x-default', () => {
    expect(fileFor(path), 'a file for the sitemap entry').toBeDefined();
    expect($('html').attr('lang')).toBe(lang === 'zh' ? 'zh-CN' : 'en');
    expect($('h1')).toHaveLength(1);
    expect($('head > title').text().trim().length).toBeGreaterThan(0);
    expect($('meta[name="description"]').attr('content') ?? '').toMatch(/.{10,}/);
    expect($('link[rel="canonical"]').attr('href') ?? '').toMatch(/^https?:\/\//);
    for (const hreflang of ['en', 'zh-CN', 'x-default']) {
      expect($(`link[rel="alternate"][hreflang="${hreflang}"]`), hreflang).toHaveLength(1);
    }
  });

  it('has its main content as text, readable without JavaScript', () => {
    const main = $('main').clone();
    main.find('script, style, template').remove();
    // Text beyond the heading, in the HTML itself: a property of any page, however short its content
    // (a one-sentence highlight is valid), so no length threshold taken from today's content.
    const text = (node: ReturnType<typeof main.find>) => node.text().replace(/\s+/g, ' ').trim();
    const heading = text(main.find('h1'));
    expect(heading.length, 'an h1 inside <main>').toBeGreaterThan(0);
    expect(text(main).length, 'text besides the h1').toBeGreaterThan(heading.length);
    const blocks = main.find('p, li, dd, td, figcaption, blockquote').filter((_, block) => text($(block)).length > 0);
    expect(blocks.length, 'a paragraph, list item or caption with text').toBeGreaterThan(0);
    // Every chart ships its drawing in the HTML: a phone and a wide SVG with a size.
    main.find('figure[data-chart-id]').each((_, figure) => {
      const drawings = $(figure).find('svg[role="img"]');
      expect(drawings.length, $(figure).attr('data-chart-id')).toBeGreaterThan(0);
      drawings.each((_, svg) => expect(Number($(svg).attr('width')), $(figure).attr('data-chart-id')).toBeGreaterThan(100));
    });
  });

  if (lang) {
    it('switches language to the same page in the other language', () => {
      const other = lang === 'en' ? path.replace(/^\/en\//, '/zh/') : path.replace(/^\/zh\//, '/en/');
      expect($('a[data-language-switch]').attr('href')).toBe(other);
    });
  }
});

it('the 404 page is written in both languages and leads to both homes', () => {
  const $ = load(readFileSync(fileFor('/404.html')!, 'utf8'));
  expect($('h1').text()).toContain('Page not found');
  expect($('h1').text()).toContain('未找到页面');
  expect($('a[href="/en/"]').length).toBeGreaterThan(0);
  expect($('a[href="/zh/"]').length).toBeGreaterThan(0);
  expect($('meta[name="robots"]').attr('content') ?? '').toContain('noindex');
});

describe('the review years are those of content/years/', () => {
  const { content } = checkContent(root);
  const years = content.years.map((entry) => entry.data.year).sort((a, b) => b - a);
  const highlightsOf = (year: number) =>
    content.stories.en.filter((entry) => entry.data.year === year && entry.data.kind === 'highlight').length;

  it.each(['/en/', '/zh/', '/en/data/', '/zh/charts/'])('%s links to each year in its header, newest first', (path) => {
    const lang = langOfPath(path)!;
    const linked = pageOf(path)('.site-nav a')
      .map((_, link) => pageOf(path)(link).attr('href'))
      .get()
      .filter((href) => /^\/(en|zh)\/\d{4}\/$/.test(href));
    expect(linked).toEqual(years.map((year) => `/${lang}/${year}/`));
  });

  it('each year has its page in both languages, in the sitemap', () => {
    for (const year of years) for (const lang of ['en', 'zh']) expect(paths).toContain(`/${lang}/${year}/`);
  });

  it('the home pages name the years as content/ has them, with the plural the count needs', () => {
    for (const lang of ['en', 'zh'] as const) {
      const description = pageOf(`/${lang}/`)('meta[name="description"]').attr('content');
      expect(description).toBe(
        tCount(lang, 'home.description', years.length, { years: yearList(lang, years) }),
      );
    }
  });

  it('each highlights page counts its own highlights', () => {
    for (const year of years.filter((candidate) => highlightsOf(candidate) > 0)) {
      for (const lang of ['en', 'zh'] as const) {
        const $ = pageOf(`/${lang}/${year}/highlights/`);
        expect($('.lead').first().text()).toBe(tCount(lang, 'highlights.lead', highlightsOf(year)));
        expect($('.timeline__item')).toHaveLength(highlightsOf(year));
      }
    }
  });
});
