/**
 * "Cite this page" on every chart, figure and story page, read from dist/: the three styles are
 * there without JavaScript (a <details> with read-only text boxes), each names the page's own
 * canonical URL, its source documents and an access-date placeholder, in the page's language.
 * The copy buttons (which need the share menu's script) are tested in tests/e2e/sharing.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/content-files.ts';
import { fileFor, root, sitemapPaths } from '../built-site.ts';

const { content } = checkContent(root);
const storyPaths = (['en', 'zh'] as const).flatMap((lang) =>
  content.stories[lang].map((story) => `/${lang}/${story.data.path}/`),
);
const citedPaths = [
  ...sitemapPaths().filter((path) => /^\/(en|zh)\/(charts|figures)\/[^/]+\/$/.test(path)),
  ...storyPaths,
];
const sourcesById = new Map(content.sources.map((entry) => [entry.data.id, entry.data]));
/** The source documents each story lists (its `sources`): its citation must name every one. */
const storySources = new Map<string, readonly string[]>(
  (['en', 'zh'] as const).flatMap((lang) =>
    content.stories[lang].map((story) => [`/${lang}/${story.data.path}/`, story.data.sources] as const),
  ),
);

describe('cite this page', () => {
  it('covers every chart, figure and story page of both languages', () => {
    const charts = content.charts.length;
    const figures = content.metrics.length;
    expect(citedPaths.length).toBe(2 * (charts + figures) + storyPaths.length);
  });

  it.each(citedPaths)('%s offers APA, GB/T 7714 and BibTeX with its URL, sources and an access-date placeholder', (path) => {
    const file = fileFor(path);
    expect(file, `${path} is built`).toBeDefined();
    const $ = load(readFileSync(file!, 'utf8'));
    const canonical = $('link[rel="canonical"]').attr('href');
    const boxes = $('details.cite textarea')
      .map((_, box) => $(box).text())
      .get();
    expect(boxes, 'three styles').toHaveLength(3);
    const [apa, gbt, bibtex] = boxes as [string, string, string];
    for (const text of boxes) {
      expect(text, 'no stray whitespace around the reference').toBe(text.trim());
      expect(text).toContain(canonical);
    }
    expect(gbt).toContain('[EB/OL]');
    expect(gbt).toContain('[YYYY-MM-DD]');
    expect(bibtex).toMatch(/^@misc\{[^,\s]+,\n/);
    expect(bibtex).toContain('urldate = {YYYY-MM-DD}');
    const lang = path.startsWith('/zh/') ? 'zh' : 'en';
    const title = $('h1').first().text().trim();
    expect(apa, 'the page title').toContain(title);
    for (const id of storySources.get(path) ?? []) {
      expect(gbt, `${id} named in the GB/T reference`).toContain(sourcesById.get(id)!.title[lang]);
      expect(apa, `${id} named in the APA reference`).toContain(sourcesById.get(id)!.title[lang]);
    }
  });
});
