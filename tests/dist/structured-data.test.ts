/**
 * Issue 17 item 10: the schema.org JSON-LD of the built pages. Every `<script
 * type="application/ld+json">` of every page parses as JSON; each story page (from content/) is an
 * Article whose headline, language and address are the page's own, with a BreadcrumbList ending at
 * it; the data pages and each chart page (from content/) are Datasets whose files are files of the
 * build and the ones the page offers, over the review years of content/years/, made by UNICEF China.
 * In the browser, under the strict CSP, the audit of every page (tests/e2e/pages.spec.ts) records
 * any CSP violation or console error: a data block is never run, so script-src does not apply.
 */
import { readFileSync } from 'node:fs';
import { load, type CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { contentFiles } from '../../src/checks/content-layout.ts';
import { fileFor, htmlFiles, root, urlPathOf } from '../built-site.ts';

type Thing = Record<string, unknown> & { '@type': string };

const pages = htmlFiles().map((file) => ({ path: urlPathOf(file), $: load(readFileSync(file, 'utf8')) }));
const pageAt = (path: string) => pages.find((page) => page.path === path);
/** The JSON-LD objects of a page, parsed. */
const jsonLd = ($: CheerioAPI): Thing[] =>
  $('script[type="application/ld+json"]')
    .toArray()
    .map((script) => JSON.parse($(script).text()) as Thing);
const ofType = ($: CheerioAPI, type: string) => jsonLd($).filter((thing) => thing['@type'] === type);

const layout = contentFiles(root).files;
const langs = ['en', 'zh'] as const;
const storyPaths = langs.flatMap((lang) =>
  layout.stories
    .filter((file) => file.startsWith(`content/stories/${lang}/`))
    .map((file) => `/${lang}/${file.slice(`content/stories/${lang}/`.length).replace(/\.mdx$/, '')}/`),
);
const chartIds = layout.charts.map((file) => file.replace(/^.*\//, '').replace(/\.yaml$/, ''));
const years = layout.years.map((file) => Number(file.replace(/^.*\//, '').replace(/\.yaml$/, '')));
const coverage = years.length === 1 ? String(years[0]) : `${Math.min(...years)}/${Math.max(...years)}`;
const canonical = ($: CheerioAPI) => $('link[rel="canonical"]').attr('href');
const served = (url: string) => fileFor(new URL(url).pathname) !== undefined;

it('every page’s JSON-LD is JSON, each object in the schema.org vocabulary with a type', () => {
  const problems: string[] = [];
  for (const { path, $ } of pages)
    $('script[type="application/ld+json"]').each((_, script) => {
      try {
        const thing = JSON.parse($(script).text()) as Thing;
        if (thing['@context'] !== 'https://schema.org' || typeof thing['@type'] !== 'string')
          problems.push(`${path}: no schema.org @context or @type`);
      } catch (error) {
        problems.push(`${path}: ${(error as Error).message}`);
      }
    });
  expect(problems).toEqual([]);
});

describe.each(storyPaths)('story %s', (path) => {
  const page = pageAt(path)!;
  it('is an Article with the page’s headline, language and address, published by UNICEF China', () => {
    expect(page, `a built page at ${path}`).toBeDefined();
    const [article, ...more] = ofType(page.$, 'Article');
    expect(more).toEqual([]);
    expect(article).toMatchObject({
      headline: page.$('h1').text().trim(),
      description: page.$('meta[name="description"]').attr('content'),
      inLanguage: page.$('html').attr('lang'),
      url: canonical(page.$),
      mainEntityOfPage: canonical(page.$),
      publisher: { '@type': 'Organization', name: path.startsWith('/zh/') ? '联合国儿童基金会驻华办事处' : 'UNICEF China' },
    });
    const image = page.$('meta[property="og:image"]').attr('content');
    if (image) expect(article!.image).toBe(image);
    else expect(article).not.toHaveProperty('image');
  });
  it('has a BreadcrumbList from the home page to itself, every step a page of the build', () => {
    const [list] = ofType(page.$, 'BreadcrumbList');
    const items = (list!.itemListElement as { position: number; item: string }[]) ?? [];
    expect(items.map((item) => item.position)).toEqual(items.map((_, index) => index + 1));
    expect(new URL(items[0]!.item).pathname).toMatch(/^\/(?:.+\/)?(en|zh)\/$/);
    expect(items.at(-1)!.item).toBe(canonical(page.$));
    for (const item of items) expect(served(item.item), item.item).toBe(true);
  });
});

const datasetPages = [...langs.map((lang) => `/${lang}/data/`), ...langs.flatMap((lang) => chartIds.map((id) => `/${lang}/charts/${id}/`))];

describe.each(datasetPages)('%s', (path) => {
  const page = pageAt(path)!;
  it('is a Dataset made by UNICEF China whose CSV and JSON files are the ones the page offers, files of the build', () => {
    expect(page, `a built page at ${path}`).toBeDefined();
    const [dataset, ...more] = ofType(page.$, 'Dataset');
    expect(more).toEqual([]);
    expect(dataset).toMatchObject({
      url: canonical(page.$),
      creator: { '@type': 'Organization' },
      publisher: { '@type': 'Organization' },
      isAccessibleForFree: true,
    });
    expect(String(dataset!.name).length).toBeGreaterThan(3);
    expect(String(dataset!.description).length).toBeGreaterThan(20);
    const files = (dataset!.distribution as { encodingFormat: string; contentUrl: string }[]).map((file) => file.contentUrl);
    expect((dataset!.distribution as { encodingFormat: string }[]).map((file) => file.encodingFormat)).toEqual([
      'text/csv',
      'application/json',
    ]);
    for (const url of files) expect(served(url), url).toBe(true);
    const offered = page.$('a[href$=".csv"], a[href$=".json"]')
      .toArray()
      .map((link) => new URL(page.$(link).attr('href')!, canonical(page.$)).href);
    expect(offered.filter((url) => files.includes(url)).sort()).toEqual([...files].sort());
    for (const work of (dataset!.isBasedOn ?? []) as { url: string }[]) expect(work.url).toMatch(/^https:\/\//);
  });
  if (path.endsWith('/data/'))
    it('covers the review years of content/years/', () => {
      expect(ofType(page.$, 'Dataset')[0]!.temporalCoverage).toBe(coverage);
    });
});
