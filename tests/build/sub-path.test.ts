/**
 * A site served under a sub-path (issue 18): built once with SITE_URL=https://yearinreview.unicef.cn/yir/
 * into its own folder (node_modules/.cache/sub-path-dist, never dist/), then crawled: every link,
 * stylesheet, script, picture and download of every page stays under /yir/ and is a file of the
 * build; canonical, hreflang, preview-picture and share URLs, the sitemap, robots.txt, the embed
 * snippet, the search index and its script, and the embed rules of _headers all keep the path.
 * Every kind of page is among them (checked below).
 *
 * It needs no dist/, so npm test runs it in the build lane right after the main build: the host is
 * the production one, so the preview pictures come from the picture cache that build just filled
 * (measured: 15 CPU-seconds for the whole site, where fixture content with a cold picture cache
 * took 24).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { pageKind, pageKinds } from '../../src/bench/budgets.ts';
import { root } from '../built-site.ts';

const base = '/yir/';
const origin = 'https://yearinreview.unicef.cn';
const outDir = join(root, 'node_modules/.cache/sub-path-dist');

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
const read = (path: string) => readFileSync(join(outDir, path), 'utf8');
/** The file a path under the base is served from, or undefined. */
function served(path: string): string | undefined {
  const inSite = decodeURIComponent(path.split(/[?#]/)[0]!.slice(base.length));
  const candidates =
    inSite === '' || inSite.endsWith('/') ? [join(outDir, inSite, 'index.html')] : [join(outDir, inSite)];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

let pages: { path: string; html: string }[] = [];

beforeAll(() => {
  rmSync(outDir, { recursive: true, force: true });
  const started = Date.now();
  const build = spawnSync(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      // Without the PDF editions (seconds of Chromium): the year pages then do not link them, and the
      // crawl checks that. The picture cache is not pruned: this build's posters (QR codes of /yir/
      // addresses) are not the main build's.
      env: {
        ...process.env,
        SITE_URL: `${origin}${base}`,
        ASTRO_TELEMETRY_DISABLED: '1',
        PDF_EDITIONS: 'off',
        PICTURE_CACHE_PRUNE: 'off',
      },
    },
  );
  if (build.status !== 0) throw new Error(`the sub-path build failed:\n${(build.stdout + build.stderr).slice(-4000)}`);
  console.log(`sub-path build: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  pages = filesUnder(outDir)
    .filter((file) => file.endsWith('.html') && !file.includes(`${sep}pagefind${sep}`))
    .map((file) => ({ path: `/${relative(outDir, file).split(sep).join('/')}`, html: readFileSync(file, 'utf8') }));
}, 900_000);

describe(`a site under ${base}`, () => {
  it('has every kind of page', () => {
    const kinds = new Set(pages.map(({ path }) => pageKind(path.replace(/(^|\/)index\.html$/, '$1'))));
    expect([...kinds].sort()).toEqual([...pageKinds].sort());
  });

  it('every link, stylesheet, script, picture and download of every page is a file of the build under the base', () => {
    expect(pages.length).toBeGreaterThan(20);
    const problems: string[] = [];
    for (const { path, html } of pages) {
      for (const [, attribute, url] of html.matchAll(/\s(href|src|action|content)="([^"]*)"/g)) {
        if (attribute === 'content' && !url!.startsWith('/')) continue;
        if (!url!.startsWith('/') || url!.startsWith('//')) continue;
        if (!url!.startsWith(base)) problems.push(`${path}: ${attribute}="${url}" is outside ${base}`);
        else if (attribute !== 'action' && !served(url!))
          problems.push(`${path}: ${attribute}="${url}" is not a file of the build`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('canonical, hreflang, preview-picture and share addresses are absolute under the base', () => {
    const problems: string[] = [];
    for (const { path, html } of pages) {
      for (const [, url] of html.matchAll(/"(https?:\/\/yearinreview\.unicef\.cn[^"]*)"/g))
        if (!url!.startsWith(`${origin}${base}`)) problems.push(`${path}: ${url}`);
      for (const [, url] of html.matchAll(/(?:src|url)=(?:&quot;|")(https?:\/\/yearinreview\.unicef\.cn[^"&]*)/g))
        if (!url!.startsWith(`${origin}${base}`)) problems.push(`${path}: ${url}`);
    }
    expect(problems).toEqual([]);
    const chartPage = pages.find(({ path }) => /^\/en\/charts\/[^/]+\/index\.html$/.test(path))!;
    expect(chartPage.html).toMatch(new RegExp(`<link rel="canonical" href="${origin}${base}en/charts/`));
    expect(chartPage.html).toMatch(new RegExp(`<meta property="og:image" content="${origin}${base}og/en/charts/`));
    // The embed snippet frames the embed under the base.
    expect(chartPage.html).toContain(`${origin}${base}embed/en/`);
  });

  it('the sitemap lists every page under the base, and robots.txt points at it', () => {
    const maps = readdirSync(outDir).filter((name) => /^sitemap-\d+\.xml$/.test(name));
    const locs = maps.flatMap((name) => [...read(name).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!));
    expect(locs.length).toBeGreaterThan(20);
    expect(locs.filter((loc) => !loc.startsWith(`${origin}${base}`))).toEqual([]);
    const alternates = maps.flatMap((name) => [...read(name).matchAll(/href="([^"]+)"/g)].map((match) => match[1]!));
    expect(alternates.length).toBeGreaterThan(0);
    expect(alternates.filter((href) => !href.startsWith(`${origin}${base}`))).toEqual([]);
    expect(read('robots.txt')).toContain(`Sitemap: ${origin}${base}sitemap-index.xml`);
    expect(read('sitemap-index.xml')).toContain(`<loc>${origin}${base}sitemap-0.xml</loc>`);
  });

  it('search loads Pagefind from under the base, and its results link under the base', () => {
    const scripts = filesUnder(join(outDir, '_astro')).filter((file) => file.endsWith('.js'));
    expect(scripts.some((file) => readFileSync(file, 'utf8').includes('pagefind/pagefind.js'))).toBe(true);
    const searchScripts = scripts.filter((file) => readFileSync(file, 'utf8').includes('pagefind/pagefind.js'));
    expect(searchScripts.filter((file) => readFileSync(file, 'utf8').includes('"/pagefind/pagefind.js"'))).toEqual([]);
    const fragments = filesUnder(join(outDir, 'pagefind/fragment'));
    expect(fragments.length).toBeGreaterThan(0);
    const urls = fragments.map((file) => {
      const text = gunzipSync(readFileSync(file)).toString('utf8');
      return /"url":"([^"]+)"/.exec(text)?.[1] ?? '';
    });
    expect(urls.filter((url) => !url.startsWith(base))).toEqual([]);
  });

  it('the corrections feeds and the JSON-LD addresses stay under the base', () => {
    for (const lang of ['en', 'zh']) {
      const feed = read(`${lang}/corrections/feed.xml`);
      const hrefs = [...feed.matchAll(/(?:href="|<id>)(https?:[^"<]+)/g)].map((match) => match[1]!);
      expect(hrefs.length).toBeGreaterThan(1);
      expect(hrefs.filter((href) => !href.startsWith(`${origin}${base}`))).toEqual([]);
    }
    const data = pages.find(({ path }) => path === '/en/data/index.html')!;
    const dataset = JSON.parse(/<script type="application\/ld\+json">([^<]+)<\/script>/.exec(data.html)![1]!);
    for (const file of dataset.distribution as { contentUrl: string }[]) {
      expect(file.contentUrl.startsWith(`${origin}${base}`), file.contentUrl).toBe(true);
      expect(served(new URL(file.contentUrl).pathname), file.contentUrl).toBeDefined();
    }
  });

  it('the framing rules of _headers name the embed pages under the base', () => {
    const rules = read('_headers')
      .split('\n')
      .filter((line) => line.startsWith('/embed') || line.startsWith(`${base}embed`));
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.filter((line) => !line.startsWith(`${base}embed/`))).toEqual([]);
  });
});
