/**
 * Sharing, as a donor does it: every chart and figure page carries preview tags and a real
 * 1200×630 picture in its language; copy link, QR code, Weibo and e-mail; the embed page sizes
 * its iframe through the documented snippet, only embeds may be framed; the downloads parse back
 * to content/ and the pictures are valid images. Embed pages are not in the sitemap, so they get
 * their axe and clean-load checks here (the static audits cover them through dist/).
 */
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { site } from '../../src/config.ts';
import { checkContent } from '../../src/lib/content-files.ts';
import { csvRecords } from '../../src/lib/csv.ts';
import { headersFor, parseHeadersFile } from '../../src/lib/headers-file.ts';
import { EMBED_MESSAGE_TYPE } from '../../src/lib/share.ts';
import { expectNoProblems, root, sitemapPaths, watchPage } from './helpers.ts';

/** The built site. SHARING_DIST points elsewhere when the preview serves another build folder. */
const dist = process.env.SHARING_DIST ?? join(root, 'dist');
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
  return { width: image.width, height: image.height, colours: colours.size, image };
}

function decodeQr(svg: string): string | undefined {
  const image = PNG.sync.read(new Resvg(svg, { fitTo: { mode: 'width', value: 180 }, background: '#ffffff' }).render().asPng());
  return jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length), image.width, image.height)?.data;
}

test('every chart and every figure has a page in both languages', () => {
  for (const lang of languages) {
    for (const chart of charts) expect(sharePages).toContain(`/${lang}/charts/${chart.id}/`);
    for (const metric of metrics) expect(sharePages).toContain(`/${lang}/figures/${metric.id}/`);
  }
});

test('every chart and figure page has preview tags in its language and a 1200×630 picture that is not blank', () => {
  for (const path of sharePages) {
    const html = htmlOf(path);
    const lang = path.startsWith('/zh/') ? 'zh' : 'en';
    const canonical = new URL(path, site.url).href;
    const title = meta(html, 'og:title') ?? '';
    const description = meta(html, 'og:description') ?? '';
    expect(title.length, path).toBeGreaterThan(3);
    expect(han.test(title), `${path}: og:title in ${lang}`).toBe(lang === 'zh');
    expect(han.test(description), `${path}: og:description in ${lang}`).toBe(lang === 'zh');
    expect(meta(html, 'og:url')).toBe(canonical);
    const image = meta(html, 'og:image') ?? '';
    const kind = path.split('/')[2];
    const id = path.split('/')[3];
    expect(image, path).toBe(new URL(`/og/${lang}/${kind}/${id}.png`, site.url).href);
    expect(meta(html, 'og:image:width')).toBe('1200');
    expect(meta(html, 'og:image:height')).toBe('630');
    expect(meta(html, 'og:image:alt')?.length ?? 0, path).toBeGreaterThan(10);
    expect(han.test(meta(html, 'og:image:alt') ?? ''), `${path}: og:image:alt in ${lang}`).toBe(lang === 'zh');
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    expect(meta(html, 'twitter:image')).toBe(image);
    // The same picture near the top of the page, as an <img> (the one WeChat's link card takes).
    expect(html, path).toContain(`<img src="/og/${lang}/${kind}/${id}.png" width="1200" height="630"`);

    const file = join(dist, new URL(image).pathname);
    expect(existsSync(file), file).toBe(true);
    const { width, height, colours } = pixels(readFileSync(file));
    expect([width, height], file).toEqual([1200, 630]);
    expect(colours, `${file} has more than a few colours`).toBeGreaterThan(16);
  }
});

test('the QR code on every chart and figure page decodes to exactly the page URL', () => {
  for (const path of sharePages) {
    const svg = /<svg role="img" aria-label="[^"]*" width="176" height="176" class="qr-code"[\s\S]*?<\/svg>/.exec(htmlOf(path))?.[0];
    expect(svg, `${path} has a QR code`).toBeTruthy();
    expect(decodeQr(svg!), path).toBe(new URL(path, site.url).href);
  }
});

test.describe('share menu', () => {
  test('copy link puts the page URL on the clipboard and says so', async ({ browser, baseURL }) => {
    for (const path of ['/zh/charts/newborn-care-training/', '/en/figures/newborn-care-training/']) {
      const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
      const page = await context.newPage();
      const problems = await watchPage(context, page);
      await page.goto(path);
      const button = page.getByRole('button', { name: path.startsWith('/zh/') ? '复制链接' : 'Copy link' });
      await expect(button).toBeVisible();
      await button.click();
      const status = page.locator('.share [role="status"]');
      await expect(status).toHaveText(path.startsWith('/zh/') ? /链接已复制/ : /Link copied/);
      await expect(status).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(path, site.url).href);
      expect(new URL(baseURL!).host).toBe(new URL(page.url()).host);
      expectNoProblems(problems);
      await context.close();
    }
  });

  test('works by keyboard: Tab reaches the copy button and Enter copies', async ({ browser }) => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto('/en/charts/health-services-reach/');
    await page.locator('.share__url').focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('.share [role="status"]')).toHaveText(/Link copied/);
    await context.close();
  });

  test('the native share sheet is offered only where the browser has one', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { shared: unknown[] }).shared = [];
      Object.defineProperty(navigator, 'share', { value: (data: unknown) => ((window as unknown as { shared: unknown[] }).shared.push(data), Promise.resolve()) });
    });
    await page.goto('/zh/figures/newborn-care-training/');
    await page.getByRole('button', { name: '分享…' }).click();
    const shared = await page.evaluate(() => (window as unknown as { shared: { url: string; title: string }[] }).shared);
    expect(shared).toHaveLength(1);
    expect(shared[0]!.url).toBe(new URL('/zh/figures/newborn-care-training/', site.url).href);
    expect(shared[0]!.title).toContain('接受新生儿早期基本保健培训的卫生工作者');
  });

  test('Weibo and e-mail are plain links to the page, in its language', async ({ page }) => {
    await page.goto('/zh/charts/newborn-care-training/');
    const url = new URL('/zh/charts/newborn-care-training/', site.url).href;
    const weibo = new URL((await page.getByRole('link', { name: /分享到微博/ }).getAttribute('href'))!);
    expect(weibo.origin + weibo.pathname).toBe('https://service.weibo.com/share/share.php');
    expect(weibo.searchParams.get('url')).toBe(url);
    expect(weibo.searchParams.get('title')).toContain('接受新生儿早期基本保健培训的卫生工作者');
    await expect(page.getByRole('link', { name: /分享到微博/ })).toHaveAttribute('rel', /noopener/);
    const mail = (await page.getByRole('link', { name: '通过电子邮件发送' }).getAttribute('href'))!;
    expect(mail.startsWith('mailto:?subject=')).toBe(true);
    expect(decodeURIComponent(mail)).toContain(url);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the link, Weibo, e-mail and QR code are there, the buttons that need a script are not', async ({ page }) => {
      await page.goto('/en/charts/newborn-care-training/');
      await expect(page.locator('.share__url')).toHaveValue(new URL('/en/charts/newborn-care-training/', site.url).href);
      await expect(page.getByRole('link', { name: /Share on Weibo/ })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Send by e-mail' })).toBeVisible();
      await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
      await expect(page.getByText(/Scan this code with WeChat/)).toBeVisible();
      await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
      await expect(page.getByRole('button', { name: 'Share…' })).toBeHidden();
      await expect(page.getByRole('button', { name: 'Copy code' })).toBeHidden();
      await expect(page.locator('textarea')).toHaveValue(/<iframe /);
    });
  });

  test('pages without a share menu load none of its script', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    for (const path of ['/en/', '/zh/about/', '/en/2024/health/', '/en/data/']) await page.goto(path);
    expect(scripts.filter((url) => /SharePanel|EmbedCode|share-menu/.test(url))).toEqual([]);
  });
});

test.describe('embeds', () => {
  const embedPaths = languages.flatMap((lang) => charts.map((chart) => `/embed/${lang}/${chart.id}/`));

  test('exist for every chart in both languages, out of the sitemap, noindex, canonical to the chart page', () => {
    const sitemap = sitemapPaths();
    for (const path of embedPaths) {
      expect(sitemap).not.toContain(path);
      const html = htmlOf(path);
      const [, lang, id] = path.split('/').filter(Boolean);
      expect(html).toContain('<meta name="robots" content="noindex">');
      expect(html).toContain(`<link rel="canonical" href="${new URL(`/${lang}/charts/${id}/`, site.url).href}">`);
      expect(html).toContain(`href="/${lang}/charts/${id}/"`);
      expect(html).not.toContain('class="site-header');
    }
  });

  for (const path of ['/embed/en/newborn-care-training/', '/embed/zh/provinces-named/']) {
    test(`${path} loads cleanly and passes axe in light and dark`, async ({ browser }) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const problems = await watchPage(context, page);
      expect((await page.goto(path))?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(results.violations.map((violation) => `${colorScheme}: ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
      }
      expectNoProblems(problems);
      await context.close();
    });
  }

  test('the snippet copied from the chart page sizes the iframe from the embed\'s height message', async ({ context, baseURL }) => {
    const chartPage = await context.newPage();
    await chartPage.goto('/en/charts/newborn-care-training/');
    const snippet = await chartPage.locator('textarea').inputValue();
    const siteOrigin = new URL(site.url).origin;
    expect(snippet).toContain(`src="${siteOrigin}/embed/en/newborn-care-training/"`);
    expect(snippet).toMatch(/<iframe [^>]*title="[^"]+"/);
    // The test serves the site from localhost: point the snippet (src and origin check) there.
    const origin = new URL(baseURL!).origin;
    const local = snippet.replaceAll(siteOrigin, origin);
    const initial = Number(/height="(\d+)"/.exec(local)![1]);
    // A fresh blank page stands for the donor's site (the chart page's own CSP must not apply).
    const page = await context.newPage();
    await page.setViewportSize({ width: 900, height: 800 });
    await page.setContent(
      `<!doctype html><html><head><title>Host</title></head><body><h1>A donor's page</h1>` +
        `<script>window.messages = []; addEventListener('message', (event) => window.messages.push(event.data));</script>${local}</body></html>`,
    );
    const iframe = page.locator('iframe[data-yir-embed]');
    const frame = page.frameLocator('iframe[data-yir-embed]');
    await expect(frame.locator('chart-view[data-ready]')).toHaveCount(1);
    const contentHeight = async () => (await frame.locator('body').evaluate((body) => Math.ceil(body.getBoundingClientRect().height)));
    await expect.poll(async () => Number(await iframe.getAttribute('height'))).toBe(await contentHeight());
    const messages = await page.evaluate(() => (window as unknown as { messages: { type: string; height: number; chart: string }[] }).messages);
    expect(messages.at(-1)).toMatchObject({ type: EMBED_MESSAGE_TYPE, chart: 'newborn-care-training', lang: 'en' });
    expect(Number(await iframe.getAttribute('height'))).not.toBe(initial);

    // A narrower frame re-draws the chart in its phone layout, taller: the iframe follows.
    const wideHeight = Number(await iframe.getAttribute('height'));
    await page.setViewportSize({ width: 380, height: 800 });
    await expect.poll(async () => Number(await iframe.getAttribute('height'))).toBeGreaterThan(wideHeight);
    await expect.poll(async () => Number(await iframe.getAttribute('height'))).toBe(await contentHeight());
  });

  test('the listener ignores height messages from other origins', async ({ context, baseURL }) => {
    const chartPage = await context.newPage();
    await chartPage.goto('/en/charts/newborn-care-training/');
    const snippet = await chartPage.locator('textarea').inputValue();
    // Left pointing at the real site's origin, the listener must not believe the localhost embed.
    const local = snippet.replace(/src="[^"]+"/, `src="${new URL('/embed/en/newborn-care-training/', baseURL!).href}"`);
    const initial = /height="(\d+)"/.exec(local)![1]!;
    const page = await context.newPage();
    await page.setContent(`<!doctype html><html><head><title>Host</title></head><body>${local}</body></html>`);
    await expect(page.frameLocator('iframe').locator('chart-view[data-ready]')).toHaveCount(1);
    await page.waitForTimeout(300);
    await expect(page.locator('iframe')).toHaveAttribute('height', initial);
  });
});

test.describe('framing', () => {
  test('the preview server refuses framing of pages and allows it for embeds', async ({ request }) => {
    for (const path of ['/', '/en/', '/zh/charts/newborn-care-training/', '/en/figures/partners/']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['x-frame-options'], path).toBe('DENY');
      expect(response.headers()['content-security-policy'], path).toBe("frame-ancestors 'none'");
    }
    const embed = await request.get('/embed/en/newborn-care-training/');
    expect(embed.status()).toBe(200);
    expect(embed.headers()['x-frame-options']).toBeUndefined();
    expect(embed.headers()['content-security-policy']).toBeUndefined();
  });

  test('a page framed by another site is blocked; an embed is shown', async ({ page, baseURL }) => {
    await page.setContent(
      `<!doctype html><html><head><title>Host</title></head><body>` +
        `<iframe id="page" title="page" src="${new URL('/en/', baseURL!).href}"></iframe>` +
        `<iframe id="embed" title="embed" src="${new URL('/embed/en/newborn-care-training/', baseURL!).href}"></iframe></body></html>`,
    );
    await expect(page.frameLocator('#embed').locator('h1')).toHaveText('Health workers trained in early essential newborn care');
    await page.waitForTimeout(500);
    await expect(page.frameLocator('#page').locator('main')).toHaveCount(0);
  });

  test('every built page but the embeds is covered by a rule that refuses framing', () => {
    const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
    const html = (dir: string): string[] =>
      readdirSync(join(dist, dir), { withFileTypes: true }).flatMap((entry) => {
        const path = `${dir}/${entry.name}`;
        if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : html(path);
        return entry.name.endsWith('.html') ? [path.replace(/index\.html$/, '')] : [];
      });
    const uncovered = html('').filter((path) => {
      const headers = headersFor(rules, path);
      return path.startsWith('/embed/') ? headers['X-Frame-Options'] !== undefined : headers['X-Frame-Options'] !== 'DENY';
    });
    expect(uncovered).toEqual([]);
  });
});

test.describe('downloads', () => {
  test('the chart page links each file with its name, format and size, and the CSV downloads', async ({ page }) => {
    await page.goto('/zh/charts/newborn-care-training/');
    for (const format of ['csv', 'json', 'svg', 'png']) {
      const link = page.locator(`a[href="/downloads/newborn-care-training-zh.${format}"]`);
      await expect(link).toHaveAttribute('download', `newborn-care-training-zh.${format}`);
      await expect(link.locator('xpath=..')).toContainText(/\d+(\.\d)? (B|KB|MB)/);
    }
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[href="/downloads/newborn-care-training-zh.csv"]').click()]);
    expect(download.suggestedFilename()).toBe('newborn-care-training-zh.csv');
    const text = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(csvRecords(text).find((row) => row.year === '2023' && row.part === '')).toMatchObject({ value: '748000', qualifier: 'almost', label: '接受新生儿早期基本保健培训的卫生工作者' });
  });

  test('every chart\'s CSV and JSON, in both languages, parse back to the published values', async ({ request }) => {
    for (const chart of charts) {
      for (const lang of languages) {
        const csvResponse = await request.get(`/downloads/${chart.id}-${lang}.csv`);
        expect(csvResponse.ok(), `${chart.id}-${lang}.csv`).toBe(true);
        const csv = await csvResponse.text();
        expect(csv.charCodeAt(0)).toBe(0xfeff);
        expect(csv).toContain('\r\n');
        expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
        const rows = csvRecords(csv);
        expect(rows.length, chart.id).toBeGreaterThan(0);
        const json = (await (await request.get(`/downloads/${chart.id}-${lang}.json`)).json()) as { chart: { id: string; lang: string }; rows: Record<string, unknown>[] };
        expect(json.chart).toMatchObject({ id: chart.id, lang });
        expect(json.rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value === null ? '' : String(value)])))).toEqual(rows);

        for (const row of rows) {
          if (row.value !== undefined && row.metric_id) {
            // A metric value (or one of its parts): exactly the number in content/metrics/.
            const metric = metrics.find((candidate) => candidate.id === row.metric_id)!;
            const entry = metric.values.find((value) => value.year === Number(row.year))!;
            const published = row.part ? entry.breakdown!.find((part) => part.id === row.part)! : entry;
            expect(Number(row.value), `${chart.id} ${lang} ${row.metric_id} ${row.year} ${row.part}`).toBe(published.value);
            expect(row.qualifier).toBe(published.qualifier);
            expect(row.label).toBe(metric.label[lang]);
          }
          if (row.country_id) {
            const metric = metrics.find((candidate) => candidate.id === row.metric_id)!;
            const item = metric.values.find((value) => value.year === Number(row.year))!.items!.find((candidate) => candidate.id === row.country_id)!;
            expect(row.country).toBe(item[lang]);
          }
        }
      }
    }
  });

  test('every chart\'s SVG and PNG, in both languages, are valid pictures of the chart', async ({ request }) => {
    for (const chart of charts) {
      for (const lang of languages) {
        const svgResponse = await request.get(`/downloads/${chart.id}-${lang}.svg`);
        expect(svgResponse.headers()['content-type']).toMatch(/image\/svg\+xml/);
        const svg = await svgResponse.text();
        expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
        const [, width, height] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg)!;
        expect(svg).toMatch(/<title>[^<]+<\/title>/);
        expect(svg).toContain("font-family=\"'Noto Sans SC'");
        expect(svg).toContain(lang === 'en' ? 'Source' : '资料来源');
        const rendered = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
        expect([rendered.width, rendered.height]).toEqual([Number(width), Number(height)]);

        const png = await (await request.get(`/downloads/${chart.id}-${lang}.png`)).body();
        const picture = pixels(png);
        expect([picture.width, picture.height]).toEqual([Number(width) * 2, Number(height) * 2]);
        expect(picture.colours).toBeGreaterThan(16);
      }
    }
  });
});
