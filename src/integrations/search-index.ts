import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { isSearchable, pathOfBuiltFile, searchExcludeSelectors } from '../browser/search-phrases.ts';
import { normaliseBase, sitePath } from '../i18n/languages.ts';

/**
 * Builds the Pagefind search index after every `astro build`, into dist/pagefind/: one index per
 * `<html lang>` (en, zh-cn; Pagefind's extended build segments Chinese into words), holding only
 * each page's <main data-pagefind-body>. The search pages (/en/search/, /zh/search/) load it.
 */
export default function searchIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'year-in-review:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now();
        const dist = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: searchExcludeSelectors });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          let pages = 0;
          for (const file of htmlFiles(dist)) {
            const url = pathOfBuiltFile(relative(dist, file));
            if (!isSearchable(url)) continue;
            // Results link to the page as served: under the site's base path, if any.
            const added = await index.addHTMLFile({ url: sitePath(url, base), content: readFileSync(file, 'utf8') });
            if (added.errors.length) throw new Error(`Pagefind could not index ${url}: ${added.errors.join('; ')}`);
            pages++;
          }
          const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
          if (written.errors.length)
            throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`search index: ${pages} pages in dist/pagefind/ (${Date.now() - started} ms)`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(full);
      return name.endsWith('.html') ? [full] : [];
    });
}
