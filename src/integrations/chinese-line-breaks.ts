import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { breakChinesePhrases } from '../i18n/phrase-html.ts';

/**
 * After `astro build` writes the pages, and before the search index reads them: Chinese phrases
 * are kept on one line (src/i18n/phrase-html.ts and the `.w` rule of src/styles/global.css), so a
 * heading, title or short text never breaks inside a word, and no text inside a figure.
 * Done on the built HTML, not in each component, so that headings, cards, leads, tables and the
 * MDX prose all follow one rule, whoever renders them. `astro dev` serves pages without
 * them: there Chinese breaks between any two characters, as browsers do by default.
 */
export default function chineseLineBreaks(): AstroIntegration {
  return {
    name: 'year-in-review:chinese-line-breaks',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = Date.now();
        let changed = 0;
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          if (!/<html[^>]*\slang="zh|\slang="zh/i.test(html)) continue;
          const broken = breakChinesePhrases(html);
          if (broken === html) continue;
          writeFileSync(file, broken);
          changed++;
        }
        logger.info(`Chinese phrase breaks in ${changed} pages (${Date.now() - started} ms)`);
      },
    },
  };
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}
