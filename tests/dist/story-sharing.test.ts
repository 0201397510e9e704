/**
 * The pages that tell travel too (issue 16, item 5), read from dist/: every story, year overview
 * and home page carries preview tags in its language with its own 1200×630 picture, and every
 * story ends with a share bar whose QR code decodes to the story's address. Pages are found from
 * the sitemap, so a new story is covered without a list.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/config.ts';
import { checkContent } from '../../src/checks/content-files.ts';
import { dist, root, sitemapPaths } from '../built-site.ts';

const { content } = checkContent(root);
const han = /\p{Script=Han}/u;
const storyPaths = new Set(content.stories.en.map((entry) => entry.data.path));
const storyPages = sitemapPaths().filter((path) => /^\/(en|zh)\/\d{4}\/.+\/$/.test(path) && storyPaths.has(path.slice(4, -1)));
const yearPages = sitemapPaths().filter((path) => /^\/(en|zh)\/\d{4}\/$/.test(path));
const homePages = ['/en/', '/zh/'];

const htmlOf = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const unescape = (text: string) =>
  text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const meta = (html: string, key: string) => {
  const match = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html);
  return match ? unescape(match[1]!) : undefined;
};

/** The picture each kind of page must name. */
function pictureOf(path: string): string {
  const [, lang, year, ...rest] = path.split('/').filter(Boolean).length ? ['', ...path.split('/').filter(Boolean)] : [];
  if (!year) return `/og/${lang}/home.png`;
  if (rest.length === 0) return `/og/${lang}/years/${year}.png`;
  return `/og/${lang}/stories/${year}/${rest.join('/')}.png`;
}

it('finds stories, years and home pages in both languages', () => {
  expect(storyPages.length).toBe(content.stories.en.filter((entry) => content.stories.zh.some((zh) => zh.data.path === entry.data.path)).length * 2);
  expect(yearPages.length).toBe(content.years.length * 2);
});

describe.each([...homePages, ...yearPages, ...storyPages])('%s', (path) => {
  const html = htmlOf(path);
  const lang = path.startsWith('/zh/') ? 'zh' : 'en';

  it('has its own 1200×630 preview picture, with tags in its language', () => {
    const image = meta(html, 'og:image') ?? '';
    expect(image).toBe(new URL(pictureOf(path), site.url).href);
    expect(meta(html, 'og:image:width')).toBe('1200');
    expect(meta(html, 'og:image:height')).toBe('630');
    expect(han.test(meta(html, 'og:image:alt') ?? ''), `og:image:alt in ${lang}`).toBe(lang === 'zh');
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    expect(meta(html, 'twitter:image')).toBe(image);
    const file = join(dist, new URL(image).pathname);
    expect(existsSync(file), file).toBe(true);
    const picture = PNG.sync.read(readFileSync(file));
    expect([picture.width, picture.height]).toEqual([1200, 630]);
    const colours = new Set<number>();
    for (let index = 0; index < picture.data.length; index += 4 * 13) colours.add(picture.data.readUInt32BE(index));
    expect(colours.size, `${file} is not blank`).toBeGreaterThan(16);
  });
});

describe.each(storyPages)('%s', (path) => {
  const html = htmlOf(path);

  it('ends with a share bar: link, copy, native share, Weibo and a QR code of its address', () => {
    const bar = /<section class="story-share[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    const url = new URL(path, site.url).href;
    expect(bar).toContain(`value="${url}"`);
    expect(bar).toMatch(/<button[^>]*data-copy="story-share-url"/);
    expect(bar).toMatch(/<button[^>]*data-share-native/);
    expect(bar).toContain(`href="https://service.weibo.com/share/share.php?url=${encodeURIComponent(url)}`);
    const svg = /<svg role="img"[^>]*class="qr-code"[\s\S]*?<\/svg>/.exec(bar)?.[0];
    expect(svg, 'a QR code').toBeTruthy();
    const image = PNG.sync.read(new Resvg(svg!, { fitTo: { mode: 'width', value: 180 }, background: '#ffffff' }).render().asPng());
    const decoded = jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length), image.width, image.height);
    expect(decoded?.data).toBe(url);
    // The share bar comes after the story's own sources, so they are not back to back with the footer's.
    expect(html.indexOf('class="story-share')).toBeGreaterThan(html.indexOf('id="page-sources"'));
  });
});
