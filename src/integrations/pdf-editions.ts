/**
 * The PDF editions: after `astro build`, each year's edition page (/{lang}/{year}/edition/, every
 * chapter on one page) is printed with Chromium's own print engine (Playwright's `page.pdf()`)
 * into dist/downloads/review-{year}-{lang}.pdf, through the site's print stylesheet, with the
 * charts as the page draws them, its sources, a running head and page numbers.
 *
 * Why a build step that depends on finding Chromium, rather than a separate `npm run pdf`: the
 * year pages are written before any PDF exists, so they must know whether the PDFs will be there.
 * The build decides once, at its start: when a Chromium is found (src/integrations/chromium.ts:
 * CHROMIUM_PATH, Playwright's own, or the system's) the pages link the PDFs and this step must
 * write them (a failure stops the build); when none is found, or PDF_EDITIONS=off, the pages do
 * not link them and the build says so. So `npm start` on a fresh machine without Chromium serves
 * a site whose every link resolves, only without PDFs; `npm test` installs Chromium first (as it
 * does for the browser tests), so the tests always see the PDFs. A separate step run after the
 * build would have left the links broken wherever it could not run.
 *
 * The pages are read straight from dist/ through Playwright's request routing (no server, no
 * port), under a made-up origin; the fonts are Noto Sans SC from node_modules, the same files the
 * pictures use, so a PDF looks the same whatever fonts the machine has.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { t } from '../i18n/index.ts';
import { isLang, normaliseBase, type Lang } from '../i18n/languages.ts';
import { PDF_EDITIONS_FLAG, pdfEditionName } from '../routes/urls.ts';
import { loadFont, subsetFont, withoutCharacters } from '../share/font-subset.ts';
import { PICTURE_FONT_FILES } from '../share/png.ts';
import type { FoundBrowser } from './chromium.ts';
import type { Page } from '@playwright/test';

/** A year's edition page found in dist/, and where its PDF goes. */
interface Edition {
  lang: Lang;
  year: number;
  /** The page's path under the base: `en/2024/edition/`. */
  page: string;
}

/** The edition pages the build wrote: dist/{lang}/{year}/edition/index.html. */
function editionsIn(dist: string): Edition[] {
  return readdirSync(dist)
    .filter(isLang)
    .flatMap((lang) =>
      readdirSync(join(dist, lang))
        .filter((year) => /^\d{4}$/.test(year) && existsSync(join(dist, lang, year, 'edition/index.html')))
        .map((year) => ({ lang, year: Number(year), page: `${lang}/${year}/edition/` })),
    );
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.json': 'application/json',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
};

/** The made-up origin the pages are loaded from; `.invalid` can never resolve (RFC 2606). */
const ORIGIN = 'http://edition.invalid';
const FONT_PATH = '/__edition-fonts/';

/** A string as a CSS string token: "…", with quotes, backslashes and line breaks escaped. */
const cssString = (text: string) =>
  `"${text
    .replace(/[\\"]/g, (char) => `\\${char}`)
    .replace(/\n/g, '\\A ')
    .replace(/\r/g, '\\D ')
    .replace(/\f/g, '\\C ')}"`;

/**
 * The running head and the page numbers, in the edition's language, as CSS page-margin boxes
 * (`@page { @top-left … }`, in Chromium since version 131) and the characters they use.
 * Why not page.pdf()'s header and footer templates: Chromium draws those apart from the page and
 * without waiting for their fonts, so they came out in the machine's own CJK font, whose text it
 * records as radicals (⻚ for 页, ⼯ for 工): a reader who copied or searched the running head of
 * a Chinese edition got the wrong characters. Margin boxes are set in the page's own fonts.
 */
function pageMargins(lang: Lang, year: number): { css: string; characters: string } {
  // The organisation and the edition ("UNICEF China · The 2024 review in full"): the site's name
  // would say "review" twice.
  const head = t(lang, 'edition.runningHead', { org: t(lang, 'site.org'), title: t(lang, 'edition.title', { year }) });
  const [before = '', middle = '', after = ''] = t(lang, 'edition.pageNumber', {
    page: '\u0000',
    pages: '\u0000',
  }).split('\u0000');
  const box = `font-family:'Edition Noto Sans SC',sans-serif;font-size:8pt;color:#4a5f6d`;
  const css = `@page{
    @top-left{content:${cssString(head)};${box}}
    @bottom-right{content:${cssString(before)} counter(page) ${cssString(middle)} counter(pages) ${cssString(after)};${box}}
  }`;
  return { css, characters: `${head}${before}${middle}${after}0123456789` };
}

/** Prints every edition page of `dist` to dist/downloads/; returns how many PDFs it wrote. */
async function printEditions(dist: string, base: string, executablePath: string | undefined): Promise<number> {
  const editions = editionsIn(dist);
  if (editions.length === 0) return 0;
  const { chromium } = await import('@playwright/test');
  const { chromiumArgs } = await import('./chromium.ts');
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    // bypassCSP: the font face below is added as a <style>, which the pages' CSP (hashes only)
    // would refuse; nothing else is added, and nothing leaves the machine (every request is
    // answered from dist/ or refused).
    // Noto Sans SC without its radical code points (see withoutCharacters): the PDF's text then
    // copies and searches as the ideographs it shows. Each edition gets the fonts cut down to the
    // characters of its page (src/share/font-subset.ts): Chromium then reads and embeds a few
    // hundred KB instead of 10 MB a weight, which made printing several times slower.
    const isRadical = (code: number) => code >= 0x2e80 && code <= 0x2fdf;
    const fonts = PICTURE_FONT_FILES.map((file) => withoutCharacters(loadFont(readFileSync(file)), isRadical));
    const editionFonts = new Map(
      editions.map((edition) => {
        const page = readFileSync(join(dist, edition.page, 'index.html'), 'utf8');
        const characters = [...new Set(page + pageMargins(edition.lang, edition.year).characters)].join('');
        return [edition.page, fonts.map((font) => subsetFont(font, characters))] as const;
      }),
    );
    const context = await browser.newContext({ bypassCSP: true, javaScriptEnabled: true });
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== ORIGIN) return route.abort();
      if (url.pathname.startsWith(FONT_PATH)) {
        // /__edition-fonts/{lang}/{year}/edition/700.ttf: the fonts of that edition's page.
        const page = url.pathname.slice(FONT_PATH.length).replace(/[^/]+$/, '');
        const weight = url.pathname.endsWith('700.ttf') ? 1 : 0;
        const body = editionFonts.get(page)?.[weight];
        return body ? route.fulfill({ body, contentType: 'font/ttf' }) : route.fulfill({ status: 404, body: '' });
      }
      let path = decodeURIComponent(url.pathname);
      if (!path.startsWith(base)) return route.fulfill({ status: 404, body: '' });
      path = path.slice(base.length);
      const file = join(dist, path.endsWith('/') || path === '' ? `${path}index.html` : path);
      if (!existsSync(file)) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({
        body: readFileSync(file),
        contentType: contentTypes[extname(file)] ?? 'application/octet-stream',
      });
    });
    mkdirSync(join(dist, 'downloads'), { recursive: true });
    const print = async (page: Page, edition: Edition) => {
      await page.goto(`${ORIGIN}${base}${edition.page}`, { waitUntil: 'load' });
      await page.addStyleTag({
        content: `@font-face{font-family:'Edition Noto Sans SC';font-weight:400;src:url('${FONT_PATH}${edition.page}400.ttf')}
          @font-face{font-family:'Edition Noto Sans SC';font-weight:700 900;src:url('${FONT_PATH}${edition.page}700.ttf')}
          :root,:lang(zh){--font-latin:'Edition Noto Sans SC',sans-serif;--font-cjk:'Edition Noto Sans SC',sans-serif}
          ${pageMargins(edition.lang, edition.year).css}`,
      });
      // Lazy pictures load only near the viewport, which a print never scrolls to.
      await page.evaluate(async () => {
        const images = [...document.images];
        for (const image of images) image.loading = 'eager';
        await Promise.all([document.fonts.ready, ...images.map((image) => image.decode().catch(() => undefined))]);
      });
      await page.pdf({
        path: join(dist, 'downloads', pdfEditionName(edition.year, edition.lang)),
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: false,
        margin: { top: '20mm', bottom: '20mm', left: '16mm', right: '16mm' },
        outline: true,
        tagged: true,
      });
    };
    // Two at a time: the machines this builds on have two cores, and a print is mostly one.
    const queue = [...editions];
    await Promise.all(
      [0, 1].map(async () => {
        const page = await context.newPage();
        for (let edition = queue.shift(); edition; edition = queue.shift()) await print(page, edition);
      }),
    );
    return editions.length;
  } finally {
    await browser.close();
  }
}

/**
 * The PDF step of `astro build` (see the top of this file for why it is one): decides at the
 * start of a build whether the PDF editions will be printed, tells the pages through
 * `PDF_EDITIONS_FLAG` (read by `pdfEditionsBuilt()` in src/routes/urls.ts), and prints them once
 * the pages are written. Printing that fails after the pages linked the PDFs stops the build.
 */
export default function pdfEditions(): AstroIntegration {
  let base = '/';
  let executablePath: string | undefined;
  return {
    name: 'year-in-review:pdf-editions',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        process.env[PDF_EDITIONS_FLAG] = '0';
        if (command !== 'build') return;
        if (process.env.PDF_EDITIONS === 'off') {
          logger.info('PDF editions off (PDF_EDITIONS=off): the year pages do not link them.');
          return;
        }
        let found: FoundBrowser | undefined;
        try {
          found = (await import('./chromium.ts')).findChromium();
        } catch {
          found = undefined; // Playwright not installed (a production-only install): no PDFs.
        }
        if (!found) {
          logger.warn(
            'PDF editions skipped: no Chromium found (install Debian’s chromium, or set CHROMIUM_PATH). The year pages do not link them.',
          );
          return;
        }
        executablePath = found.executablePath;
        process.env[PDF_EDITIONS_FLAG] = '1';
      },
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[PDF_EDITIONS_FLAG] !== '1') return;
        const started = Date.now();
        const count = await printEditions(fileURLToPath(dir), base, executablePath);
        logger.info(`PDF editions: ${count} in dist/downloads/ (${Date.now() - started} ms)`);
      },
    },
  };
}
