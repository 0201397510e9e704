/**
 * A staging build (SITE_STAGING=1, README "Publishing") of the small valid fixture content in a
 * scratch project: every page carries the noindex meta tag and robots.txt disallows everything.
 * The public build's pages carry none (tests/dist/ checks robots.txt and the sitemap there).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astro, removeScratchProjects, scratchProject } from './scratch-project.ts';

let dist = '';

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });

beforeAll(async () => {
  const root = scratchProject();
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
