// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { site } from './src/config.ts';
import { alternatesOf } from './src/i18n/languages.ts';
import contentCheck from './src/integrations/content-check.ts';
import searchIndex from './src/integrations/search-index.ts';
import frameHeaders from './src/integrations/frame-headers.ts';
import chineseLineBreaks from './src/integrations/chinese-line-breaks.ts';
import areaStyles from './src/integrations/area-styles.ts';
import editor from './src/integrations/editor.ts';
import pdfEditions from './src/integrations/pdf-editions.ts';
import { cspDirectives, cspScriptHashes } from './src/routes/security-policy.ts';

export default defineConfig({
  // SITE_URL (src/config.ts): the origin, and the path the site lives under as Astro's base.
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // With the CSP on, inlined styles did not match their hash: always ship CSS as files.
    inlineStylesheets: 'never',
    // Two routes at a time: a preview picture or poster is drawn by resvg off the main thread
    // (renderAsync), so while one route waits for its picture the other renders. A cold build on
    // 2 cores: 61.9 s with 1, 52.8 s with 2, 54.2 s with 4; dist/ the same with 1 and 2 (diff -rq:
    // only the PDFs' dates).
    concurrency: 2,
  },
  // No code blocks in the content, and Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  // Astro writes script-src and style-src with the hashes of what it ships, plus the site's own
  // inline script (the style gate); the other directives (no image, frame, object, connection or
  // form target off the site) are src/routes/security-policy.ts.
  security: {
    csp: { directives: [...cspDirectives], scriptDirective: { hashes: [...cspScriptHashes] } },
  },
  vite: {
    // Inlined assets become data: URLs that the CSP would have to allow: keep them as files.
    build: {
      assetsInlineLimit: 0,
      // One stylesheet for the whole site (issue 16): 7.5 KB gzip, cached after the first page,
      // instead of 5-9 render-blocking files of 0.1-3 KB on every page. Inlining it instead would
      // need a CSP hash per page and resend it with every page.
      cssCodeSplit: false,
      rolldownOptions: {
        // @astrojs/mdx marks every MDX module with the "use astro:head-inject" directive, which
        // Astro's own plugin reads before bundling; Rolldown then warns once per MDX file (56 warnings,
        // ~1,100 lines) that it may drop the directive, which is harmless because nothing needs it
        // after that point (withastro/astro#18087, open). Only that exact warning is dropped.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  integrations: [
    // First, so that a content mistake stops the build with a readable message before anything renders.
    contentCheck(),
    mdx(),
    // The area colours from content/areas.yaml, bundled into the one stylesheet.
    areaStyles(),
    sitemap({
      // Embed pages are for other sites' frames, not for search: they are noindex and stay out.
      filter: (page) => !/\/404\/?$/.test(page) && !/\/embed\//.test(page),
      // The same alternates as each page's head (en, zh-CN, x-default → the language chooser).
      serialize: (item) => ({
        ...item,
        links: alternatesOf(item.url, site.base).map(({ hreflang, href }) => ({ lang: hreflang, url: href })),
      }),
    }),
    // After the pages are written, before they are indexed: Chinese phrases kept whole.
    chineseLineBreaks(),
    // After the pages are written: indexes dist/ with Pagefind, so `astro build` produces the search index.
    searchIndex(),
    // public/_headers plus one rule per embed page into dist/_headers, applied by `astro dev` and `astro preview` too.
    frameHeaders(),
    // Prints each year's edition page to dist/downloads/review-{year}-{lang}.pdf when a Chromium is
    // found (the year pages link the PDFs only then); see the file for why.
    pdfEditions(),
    editor(),
  ],
});
