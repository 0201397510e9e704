/**
 * Posters for WeChat Moments and the PDF editions, read from dist/: every chart, figure and story
 * page links its poster, a 1080×1440 PNG whose QR code opens that page; every year has an edition
 * page and a PDF per language, linked from its year page, with pages, in its language, holding
 * every chapter's title and the title of every chart its stories show. Counts come from content/,
 * never from a list kept here. The click from the share panel is in tests/e2e/sharing.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/config.ts';
import { checkContent } from '../../src/checks/content-files.ts';
import { indexParsedContent } from '../../src/checks/parsed-content.ts';
import { yearTexts } from '../../src/model/figure-tokens.ts';
import { t } from '../../src/i18n/index.ts';
import { languages, type Lang } from '../../src/i18n/languages.ts';
import { pdfEditionName } from '../../src/routes/urls.ts';
import { editionEntries } from '../../src/views/edition.ts';
import { chartSummary } from '../../src/views/chart-view.ts';
import { dist, fileFor, htmlFiles, root, urlPathOf } from '../built-site.ts';

const { content } = checkContent(root);
const han = /\p{Script=Han}/u;
const index = indexParsedContent(content);
/** The year's headline as its pages write it (figures filled in), in one language. */
const yearTitle = (year: number, lang: 'en' | 'zh') => yearTexts(index.years.require(String(year)), index.metrics, lang).title;

/** Width and height of a PNG from its IHDR chunk, without decoding the picture. */
const pngSize = (bytes: Buffer) => [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];

const pages = new Map(htmlFiles().map((file) => [urlPathOf(file), readFileSync(file, 'utf8')]));
const posterOf = (html: string) => /<a [^>]*href="([^"]+)"[^>]*data-poster/.exec(html)?.[1];

/** Every page that offers a poster, from content/: its path and the poster it must link. */
const posterPages = languages.flatMap((lang) => [
  ...content.charts.map((entry) => ({
    kind: 'charts',
    page: `/${lang}/charts/${entry.data.id}/`,
    poster: `/posters/${lang}/charts/${entry.data.id}.png`,
  })),
  ...content.metrics.map((entry) => ({
    kind: 'figures',
    page: `/${lang}/figures/${entry.data.id}/`,
    poster: `/posters/${lang}/figures/${entry.data.id}.png`,
  })),
  ...content.stories[lang].map((entry) => ({
    kind: 'stories',
    page: `/${lang}/${entry.data.path}/`,
    poster: `/posters/${lang}/stories/${entry.data.path}.png`,
  })),
]);

describe('posters', () => {
  it('every chart, figure and story page links its own poster, a 1080×1440 PNG', () => {
    for (const kind of ['charts', 'figures', 'stories'])
      expect(posterPages.filter((entry) => entry.kind === kind).length, kind).toBeGreaterThan(0);
    for (const { page, poster } of posterPages) {
      const html = pages.get(page);
      expect(html, `${page} is not in dist/`).toBeDefined();
      expect(posterOf(html!), page).toBe(poster);
      const file = fileFor(poster);
      expect(file, `${page}: ${poster} is not in dist/`).toBeDefined();
      expect(pngSize(readFileSync(file!)), poster).toEqual([1080, 1440]);
    }
  });

  it('carry a QR code that opens their page (the first of each kind and language)', () => {
    for (const kind of ['charts', 'figures', 'stories'])
      for (const lang of languages) {
        const { page, poster } = posterPages.find((entry) => entry.kind === kind && entry.page.startsWith(`/${lang}/`))!;
        const image = PNG.sync.read(readFileSync(fileFor(poster)!));
        const decoded = jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
        expect(decoded, poster).toBe(new URL(page, site.url).href);
      }
  });
});

/**
 * The text of a PDF: `raw` as pdf.js reads it, page by page (one line per page), and `text` squeezed
 * (see `squeeze`) for comparing with the site's words; `pages`, how many pages it has.
 */
async function pdfText(file: string): Promise<{ pages: number; text: string; raw: string }> {
  const document = await getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: false }).promise;
  const parts: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const { items } = await page.getTextContent();
    parts.push(items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  await document.destroy();
  const raw = parts.join('\n');
  return { pages: parts.length, text: squeeze(raw), raw };
}

/**
 * Text to compare with a PDF's: without the spaces pdf.js puts between runs (Chinese has none), and
 * NFKC, so typographic variants compare equal (the radical check is made on the raw text).
 */
const squeeze = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/** The ids of the charts a year's edition shows: those of its stories, chosen as the edition page chooses them. */
const editionCharts = (year: number, lang: Lang) => {
  const records = content.stories[lang].map((entry) => ({ path: entry.data.path, data: entry.data }));
  const stories = editionEntries(records, year, lang).map((entry) => entry.story);
  return [...new Set(stories.flatMap((story) => story.data.references.charts))];
};

describe('PDF editions', () => {
  const years = content.years.map((entry) => entry.data.year);
  it('there is a year to print', () => expect(years.length).toBeGreaterThan(0));
  it('there is a chart to find in an edition', () =>
    expect(years.flatMap((year) => languages.flatMap((lang) => editionCharts(year, lang))).length).toBeGreaterThan(0));

  for (const year of years)
    for (const lang of languages) {
      it(`${year} in ${lang}: linked from the year page, printed with its chapters, in its language, with page numbers`, async () => {
        const yearPage = pages.get(`/${lang}/${year}/`)!;
        expect(yearPage).toContain(`href="/${lang}/${year}/edition/"`);
        expect(yearPage).toContain(`href="/downloads/${pdfEditionName(year, lang)}"`);
        const file = join(dist, 'downloads', pdfEditionName(year, lang));
        expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
        const { pages: count, text, raw } = await pdfText(file);
        expect(count).toBeGreaterThan(1);
        // The running head names the edition in the page's language, and the foot numbers the pages.
        expect(text).toContain(squeeze(t(lang, 'edition.title', { year })));
        expect(text).toContain(squeeze(yearTitle(year, lang)));
        const title = t(lang, 'edition.title', { year });
        expect(text).toContain(squeeze(t(lang, 'edition.runningHead', { org: t(lang, 'site.org'), title })));
        expect(text).toContain(squeeze(t(lang, 'edition.pageNumber', { page: count, pages: count })));
        // Copied or searched, the text is the characters shown, never their radical twins (⻚ for 页,
        // ⼯ for 工), which a font that maps both to one glyph makes Chromium record.
        expect(raw.match(/[\u2e80-\u2fdf]/gu) ?? []).toEqual([]);
        const chapters = content.stories[lang].filter((entry) => entry.data.year === year);
        expect(chapters.length).toBeGreaterThan(0);
        for (const chapter of chapters) expect(text, chapter.data.path).toContain(squeeze(chapter.data.title));
        // Every chart the edition's stories show (<Chart>, <ScrollStory chart>), chosen as the edition
        // page chooses its stories, is printed under its title in this language: squeezed, so a
        // title wrapped over two lines still matches.
        const charts = editionCharts(year, lang);
        for (const id of charts) expect(text, `chart ${id}`).toContain(squeeze(chartSummary(index, id, lang).title));
        // In its own language: the other language's edition title is nowhere in it.
        const other = languages.find((candidate) => candidate !== lang)!;
        expect(text).not.toContain(squeeze(t(other, 'edition.title', { year })));
        if (lang === 'zh') expect(han.test(text)).toBe(true);
        // The sources are printed: every document the year draws on, by its title in this language.
        for (const id of content.years.find((entry) => entry.data.year === year)!.data.sources) {
          const source = content.sources.find((entry) => entry.data.id === id)!.data;
          expect(text).toContain(squeeze(source.title[lang]));
        }
      });
    }
});
