/**
 * The operator's settings in one build of the small valid fixture content in a scratch project
 * (one build, not one per setting: each takes a core for a minute):
 * - a staging build (SITE_STAGING=1, README "Publishing"): every page carries the noindex meta tag
 *   and robots.txt disallows everything. The public build's pages carry none (tests/dist/ checks
 *   robots.txt and the sitemap there);
 * - an ICP filing number set in the scratch copy's src/config.ts (`site.icpFiling`, README
 *   "Hosting in mainland China"): every page's footer shows it, in both languages, linked to
 *   MIIT's filing search. tests/dist/footer-filing.test.ts checks the real build as configured.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ICP_FILING_URL } from '../../src/config.ts';
import { astro, removeScratchProjects, scratchProject } from './scratch-project.ts';

let dist = '';
const filing = '京ICP备12345678号-1';

/** The scratch copy's src/config.ts with `filing` as its ICP filing number, as an operator writes it. */
function setIcpFiling(root: string) {
  const file = join(root, 'src/config.ts');
  const unset = 'icpFiling: parseIcpFiling(null),';
  const text = readFileSync(file, 'utf8');
  if (text.split(unset).length !== 2)
    throw new Error(
      `src/config.ts no longer holds "${unset}" once: update setIcpFiling to how the setting is written now`,
    );
  writeFileSync(file, text.replace(unset, `icpFiling: parseIcpFiling('${filing}'),`));
}

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });

beforeAll(async () => {
  const root = scratchProject();
  setIcpFiling(root);
  const result = await astro(root, 'build', { SITE_STAGING: '1' });
  if (result.status !== 0) throw new Error(`the staging build failed:\n${result.output.slice(-4000)}`);
  dist = join(root, 'dist');
});
afterAll(removeScratchProjects);

describe('a staging build (SITE_STAGING=1)', () => {
  it('marks every page noindex', () => {
    const pages = htmlFiles(dist);
    expect(pages.length).toBeGreaterThan(10);
    const indexable = pages.filter((file) => !/<meta name="robots" content="noindex/.test(readFileSync(file, 'utf8')));
    expect(indexable).toEqual([]);
  });

  it('disallows every crawler in robots.txt and names no sitemap', () => {
    const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
    expect(robots).toContain('Disallow: /');
    expect(robots).not.toContain('Sitemap:');
  });
});

describe(`an ICP filing number in src/config.ts (${filing})`, () => {
  it('is shown at the foot of every page with a footer, in both languages, linked to the filing search', () => {
    const footed = htmlFiles(dist)
      .map((file) => ({ file, $: load(readFileSync(file, 'utf8')) }))
      .filter(({ $ }) => $('footer.site-footer').length > 0);
    for (const lang of ['en', 'zh'])
      expect(
        footed.some(({ $ }) => $('html').attr('lang')?.startsWith(lang)),
        `pages in ${lang}`,
      ).toBe(true);
    const missing = footed.filter(({ $ }) => {
      const link = $(`footer.site-footer a[href="${ICP_FILING_URL}"]`);
      return link.length !== 1 || link.text().trim() !== filing || !/\bnoopener\b/.test(link.attr('rel') ?? '');
    });
    expect(missing.map(({ file }) => file)).toEqual([]);
  });
});
