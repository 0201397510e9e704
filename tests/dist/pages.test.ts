/**
 * Every page the sitemap lists, read from dist/ as a crawler or a browser without JavaScript gets
 * it: its language, one h1, a title, a description, a canonical URL and the three hreflang
 * alternates; its main content as text; and a language switch that leads to the same page in the
 * other language. Embed pages are checked in sharing.test.ts, the 404 page here.
 */
import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { fileFor, langOfPath, sitemapPaths } from '../built-site.ts';

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
    expect(main.text().replace(/\s+/g, ' ').trim().length).toBeGreaterThan(80);
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
