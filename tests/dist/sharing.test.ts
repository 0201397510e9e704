/**
 * What a donor shares, read from dist/: every chart and figure has a page in both languages with
 * preview tags in its language and a real 1200×630 picture; the QR code decodes to the page URL;
 * embeds exist for every chart, out of the sitemap and canonical to the chart page; every page but
 * the embeds refuses framing; each chart's CSV and JSON parse back to content/ and its SVG and PNG
 * are valid pictures. What needs a browser (copy, share sheet, the embed's height messages,
 * framing as a browser enforces it, a real download) is in tests/e2e/sharing.spec.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/config.ts';
import { checkContent } from '../../src/checks/content-files.ts';
import { csvRecords } from '../../src/share/csv.ts';
import { headersFor, parseHeadersFile } from '../../src/routes/headers.ts';
import { dist, htmlFiles, root, sitemapPaths, urlPathOf } from '../built-site.ts';

const { content } = checkContent(root);
const metrics = content.metrics.map((entry) => entry.data);
const charts = content.charts.map((entry) => entry.data);
const languages = ['en', 'zh'] as const;
const han = /\p{Script=Han}/u;

const sharePages = sitemapPaths().filter((path) => /^\/(en|zh)\/(charts|figures)\/[^/]+\/$/.test(path));
const htmlOf = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const unescape = (text: string) => text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const meta = (html: string, key: string) => {
  const match = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html);
  return match ? unescape(match[1]!) : undefined;
};

function pixels(png: Buffer) {
  const image = PNG.sync.read(png);
  const colours = new Set<number>();
  for (let index = 0; index < image.data.length; index += 4 * 13) colours.add(image.data.readUInt32BE(index));
  return { width: image.width, height: image.height, colours: colours.size };
}

function decodeQr(svg: string): string | undefined {
  const image = PNG.sync.read(new Resvg(svg, { fitTo: { mode: 'width', value: 180 }, background: '#ffffff' }).render().asPng());
  return jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length), image.width, image.height)?.data;
}

it('every chart and every figure has a page in both languages', () => {
  for (const lang of languages) {
    for (const chart of charts) expect(sharePages).toContain(`/${lang}/charts/${chart.id}/`);
    for (const metric of metrics) expect(sharePages).toContain(`/${lang}/figures/${metric.id}/`);
  }
});

describe.each(sharePages)('%s', (path) => {
  const html = htmlOf(path);
  const lang = path.startsWith('/zh/') ? 'zh' : 'en';

  it('has preview tags in its language and a 1200×630 picture that is not blank', () => {
    const canonical = new URL(path, site.url).href;
    const title = meta(html, 'og:title') ?? '';
    const description = meta(html, 'og:description') ?? '';
    expect(title.length).toBeGreaterThan(3);
    expect(han.test(title), `og:title in ${lang}`).toBe(lang === 'zh');
    expect(han.test(description), `og:description in ${lang}`).toBe(lang === 'zh');
    expect(meta(html, 'og:url')).toBe(canonical);
    const image = meta(html, 'og:image') ?? '';
    const [, , kind, id] = path.split('/');
    expect(image).toBe(new URL(`/og/${lang}/${kind}/${id}.png`, site.url).href);
    expect(meta(html, 'og:image:width')).toBe('1200');
    expect(meta(html, 'og:image:height')).toBe('630');
    expect(meta(html, 'og:image:alt')?.length ?? 0).toBeGreaterThan(10);
    expect(han.test(meta(html, 'og:image:alt') ?? ''), `og:image:alt in ${lang}`).toBe(lang === 'zh');
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    expect(meta(html, 'twitter:image')).toBe(image);
    // The same picture near the top of the page, as an <img> (the one WeChat's link card takes).
    expect(html).toContain(`<img src="/og/${lang}/${kind}/${id}.png" width="1200" height="630"`);

    const file = join(dist, new URL(image).pathname);
    expect(existsSync(file), file).toBe(true);
    const { width, height, colours } = pixels(readFileSync(file));
    expect([width, height], file).toEqual([1200, 630]);
    expect(colours, `${file} has more than a few colours`).toBeGreaterThan(16);
  });

  it('has a QR code that decodes to exactly the page URL', () => {
    const svg = /<svg role="img" aria-label="[^"]*" width="176" height="176" class="qr-code"[\s\S]*?<\/svg>/.exec(html)?.[0];
    expect(svg, 'a QR code').toBeTruthy();
    expect(decodeQr(svg!)).toBe(new URL(path, site.url).href);
  });
});

describe('embeds', () => {
  it('exist for every chart in both languages, out of the sitemap, noindex, canonical to the chart page', () => {
    const sitemap = sitemapPaths();
    for (const lang of languages) {
      for (const chart of charts) {
        const path = `/embed/${lang}/${chart.id}/`;
        expect(sitemap).not.toContain(path);
        const html = htmlOf(path);
        expect(html).toContain('<meta name="robots" content="noindex">');
        expect(html).toContain(`<link rel="canonical" href="${new URL(`/${lang}/charts/${chart.id}/`, site.url).href}">`);
        expect(html).toContain(`href="/${lang}/charts/${chart.id}/"`);
        expect(html).not.toContain('class="site-header');
        expect((html.match(/<h1[\s>]/g) ?? []).length, path).toBe(1);
      }
    }
  });
});

it('dist/_headers sends the security headers for every built file, and lets only the built embed pages be framed', () => {
  const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
    );
  const problems: string[] = [];
  const paths = [...htmlFiles().map(urlPathOf), ...files(dist).map((file) => `/${relative(dist, file).split(sep).join('/')}`)];
  for (const path of [...paths, '/nonexistent/', '/embed/en/nope/', '/%65n/']) {
    const headers = headersFor(rules, path);
    const embedPage = /^\/embed\/(en|zh)\/[^/]+\/(index\.html)?$/.test(path) && paths.includes(path);
    if (headers['X-Content-Type-Options'] !== 'nosniff' || !headers['Referrer-Policy'] || !headers['Permissions-Policy'])
      problems.push(`${path}: ${JSON.stringify(headers)}`);
    if (embedPage ? headers['X-Frame-Options'] !== undefined : headers['X-Frame-Options'] !== 'DENY')
      problems.push(`${path}: X-Frame-Options ${headers['X-Frame-Options']}`);
    if (embedPage ? headers['Content-Security-Policy'] !== undefined : headers['Content-Security-Policy'] !== "frame-ancestors 'none'")
      problems.push(`${path}: Content-Security-Policy ${headers['Content-Security-Policy']}`);
  }
  expect(paths.filter((path) => path.startsWith('/embed/')).length).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});

describe.each(charts.flatMap((chart) => languages.map((lang) => [`${chart.id}-${lang}`, chart, lang] as const)))('downloads %s', (name, chart, lang) => {
  const file = (format: string) => join(dist, 'downloads', `${name}.${format}`);

  it('CSV and JSON parse back to the published values', () => {
    const csv = readFileSync(file('csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('\r\n');
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const rows = csvRecords(csv);
    expect(rows.length).toBeGreaterThan(0);
    const json = JSON.parse(readFileSync(file('json'), 'utf8')) as { chart: { id: string; lang: string }; rows: Record<string, unknown>[] };
    expect(json.chart).toMatchObject({ id: chart.id, lang });
    expect(json.rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value === null ? '' : String(value)])))).toEqual(rows);

    for (const row of rows) {
      if (row.value !== undefined && row.metric_id) {
        // A metric value (or one of its parts): exactly the number in content/metrics/.
        const metric = metrics.find((candidate) => candidate.id === row.metric_id)!;
        const entry = metric.values.find((value) => value.year === Number(row.year))!;
        const published = row.part ? entry.breakdown!.find((part) => part.id === row.part)! : entry;
        expect(Number(row.value), `${row.metric_id} ${row.year} ${row.part}`).toBe(published.value);
        expect(row.qualifier).toBe(published.qualifier);
        // The year's own label where its source counts something different from the series label.
        expect(row.label).toBe((entry.label ?? metric.label)[lang]);
      }
      if (row.country_id) {
        const metric = metrics.find((candidate) => candidate.id === row.metric_id)!;
        const item = metric.values.find((value) => value.year === Number(row.year))!.items!.find((candidate) => candidate.id === row.country_id)!;
        expect(row.country).toBe(item[lang]);
      }
    }
  });

  it('SVG and PNG are valid pictures of the chart', () => {
    const svg = readFileSync(file('svg'), 'utf8');
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    const [, width, height] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg)!;
    expect(svg).toMatch(/<title>[^<]+<\/title>/);
    expect(svg).toContain("font-family=\"'Noto Sans SC'");
    expect(svg).toContain(lang === 'en' ? 'Source' : '资料来源');
    const rendered = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
    expect([rendered.width, rendered.height]).toEqual([Number(width), Number(height)]);

    const picture = pixels(readFileSync(file('png')));
    expect([picture.width, picture.height]).toEqual([Number(width) * 2, Number(height) * 2]);
    expect(picture.colours).toBeGreaterThan(16);
  });
});
