/**
 * Sharing in a real browser, as a donor does it: copy link and its confirmation, the native share
 * sheet, Weibo and e-mail links, the share panel without JavaScript, the embed snippet sizing its
 * iframe from the embed's height messages, framing refused by the server and the browser, and a
 * real download. What the built files alone can tell (preview tags and pictures, QR codes, embed
 * pages, framing rules, every download parsing back) is in tests/dist/sharing.test.ts; every page,
 * embeds included, gets axe and the clean-load checks in pages.spec.ts.
 */
import { test, expect } from '@playwright/test';
import { site } from '../../src/config.ts';
import { csvRecords } from '../../src/share/csv.ts';
import { EMBED_MESSAGE_TYPE } from '../../src/routes/urls.ts';
import { drawnValues } from '../../src/charts/data.ts';
import { chartPath, chartWhere, dataOf, metricNamed, metrics, storyPath, storyWhere } from './content.ts';
import { expectNoProblems, watchContext } from './audit.ts';

// What is shared is picked from content/, not named by today's ids: any chart and any figure
// shares the same way, and the titles expected are the ones the pages write.
/** A chart to share: the first by id. */
const chart = () => chartWhere('a chart', () => true);
/** A figure to share: the first metric by id (every metric has a figure page). */
function metric() {
  const first = [...metrics].sort((a, b) => a.id.localeCompare(b.id))[0];
  if (!first) throw new Error('This test needs a metric in content/metrics/, and there is none.');
  return first;
}
const figurePath = (lang: 'en' | 'zh') => `/${lang}/figures/${metric().id}/`;
const embedPath = (lang: 'en' | 'zh') => `/embed/${lang}/${chart().id}/`;

test.describe('share menu', () => {
  test('copy link puts the page URL on the clipboard and says so', async ({ browser, baseURL }) => {
    for (const path of [chartPath(chart(), 'zh'), figurePath('en')]) {
      const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
      const problems = await watchContext(context);
      const page = await context.newPage();
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
    await page.goto(chartPath(chart(), 'en'));
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
      Object.defineProperty(navigator, 'share', {
        value: (data: unknown) => ((window as unknown as { shared: unknown[] }).shared.push(data), Promise.resolve()),
      });
    });
    await page.goto(figurePath('zh'));
    await page.getByRole('button', { name: '分享…' }).click();
    const shared = await page.evaluate(
      () => (window as unknown as { shared: { url: string; title: string }[] }).shared,
    );
    // One share: this page, under the figure's Chinese label.
    expect(shared).toHaveLength(1);
    expect(shared[0]!.url).toBe(new URL(figurePath('zh'), site.url).href);
    expect(shared[0]!.title).toContain(metric().label.zh);
  });

  test('Weibo and e-mail are plain links to the page, in its language', async ({ page }) => {
    await page.goto(chartPath(chart(), 'zh'));
    const url = new URL(chartPath(chart(), 'zh'), site.url).href;
    const weibo = new URL((await page.getByRole('link', { name: /分享到微博/ }).getAttribute('href'))!);
    expect(weibo.origin + weibo.pathname).toBe('https://service.weibo.com/share/share.php');
    expect(weibo.searchParams.get('url')).toBe(url);
    expect(weibo.searchParams.get('title')).toContain(dataOf(chart(), 'zh').title);
    await expect(page.getByRole('link', { name: /分享到微博/ })).toHaveAttribute('rel', /noopener/);
    const mail = (await page.getByRole('link', { name: '通过电子邮件发送' }).getAttribute('href'))!;
    expect(mail.startsWith('mailto:?subject=')).toBe(true);
    expect(decodeURIComponent(mail)).toContain(url);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the link, Weibo, e-mail and QR code are there, the buttons that need a script are not', async ({ page }) => {
      await page.goto(chartPath(chart(), 'en'));
      await expect(page.locator('.share__url')).toHaveValue(new URL(chartPath(chart(), 'en'), site.url).href);
      await expect(page.getByRole('link', { name: /Share on Weibo/ })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Send by e-mail' })).toBeVisible();
      await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
      await expect(page.getByText(/Scan this code with WeChat/)).toBeVisible();
      await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
      await expect(page.getByRole('button', { name: 'Share…' })).toBeHidden();
      await expect(page.getByRole('button', { name: 'Copy code' })).toBeHidden();
      await expect(page.getByRole('textbox', { name: 'Embed code' })).toHaveValue(/<iframe /);
    });
  });

  test('pages without a share menu load none of its script', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    for (const path of ['/en/', '/zh/about/', '/en/2024/', '/en/data/']) await page.goto(path);
    expect(scripts.filter((url) => /SharePanel|EmbedCode|share-menu/.test(url))).toEqual([]);
  });
});

test.describe('embeds', () => {
  test("the snippet copied from the chart page sizes the iframe from the embed's height message", async ({
    context,
    baseURL,
  }) => {
    const chartPage = await context.newPage();
    await chartPage.goto(chartPath(chart(), 'en'));
    const snippet = await chartPage.getByRole('textbox', { name: 'Embed code' }).inputValue();
    const siteOrigin = new URL(site.url).origin;
    expect(snippet).toContain(`src="${siteOrigin}${embedPath('en')}"`);
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
    const contentHeight = async () =>
      await frame.locator('body').evaluate((body) => Math.ceil(body.getBoundingClientRect().height));
    await expect.poll(async () => Number(await iframe.getAttribute('height'))).toBe(await contentHeight());
    const messages = await page.evaluate(
      () => (window as unknown as { messages: { type: string; height: number; chart: string }[] }).messages,
    );
    expect(messages.at(-1)).toMatchObject({ type: EMBED_MESSAGE_TYPE, chart: chart().id, lang: 'en' });
    expect(Number(await iframe.getAttribute('height'))).not.toBe(initial);

    // A narrower frame re-draws the chart in its phone layout, taller: the iframe follows.
    const wideHeight = Number(await iframe.getAttribute('height'));
    await page.setViewportSize({ width: 380, height: 800 });
    await expect.poll(async () => Number(await iframe.getAttribute('height'))).toBeGreaterThan(wideHeight);
    await expect.poll(async () => Number(await iframe.getAttribute('height'))).toBe(await contentHeight());
  });

  test('the listener ignores height messages from other origins', async ({ context, baseURL }) => {
    const chartPage = await context.newPage();
    await chartPage.goto(chartPath(chart(), 'en'));
    const snippet = await chartPage.getByRole('textbox', { name: 'Embed code' }).inputValue();
    // Left pointing at the real site's origin, the listener must not believe the localhost embed.
    const local = snippet.replace(/src="[^"]+"/, `src="${new URL(embedPath('en'), baseURL!).href}"`);
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
    for (const path of ['/', '/en/', chartPath(chart(), 'zh'), figurePath('en')]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['x-frame-options'], path).toBe('DENY');
      expect(response.headers()['content-security-policy'], path).toBe("frame-ancestors 'none'");
    }
    const embed = await request.get(embedPath('en'));
    expect(embed.status()).toBe(200);
    expect(embed.headers()['x-frame-options']).toBeUndefined();
    expect(embed.headers()['content-security-policy']).toBeUndefined();
  });

  test('a page framed by another site is blocked; an embed is shown', async ({ page, baseURL }) => {
    await page.setContent(
      `<!doctype html><html><head><title>Host</title></head><body>` +
        `<iframe id="page" title="page" src="${new URL('/en/', baseURL!).href}"></iframe>` +
        `<iframe id="embed" title="embed" src="${new URL(embedPath('en'), baseURL!).href}"></iframe></body></html>`,
    );
    await expect(page.frameLocator('#embed').locator('h1')).toHaveText(dataOf(chart(), 'en').title);
    await page.waitForTimeout(500);
    await expect(page.frameLocator('#page').locator('main')).toHaveCount(0);
  });
});

test.describe('downloads', () => {
  test('the chart page links each file with its name, format and size, and the CSV downloads', async ({ page }) => {
    // A chart drawing a value with its own year's label (the source counts it differently that year).
    const labelled = chartWhere('a chart drawing a metric value with its own label', (candidate) =>
      candidate.metrics.some((id) => drawnValues(candidate, metricNamed(id)).some((value) => value.label)),
    );
    const file = `${labelled.id}-zh`;
    await page.goto(chartPath(labelled, 'zh'));
    for (const format of ['csv', 'json', 'svg', 'png']) {
      const link = page.locator(`a[href="/downloads/${file}.${format}"]`);
      await expect(link).toHaveAttribute('download', `${file}.${format}`);
      await expect(link.locator('xpath=..')).toContainText(/\d+(\.\d)? (B|KB|MB)/);
    }
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`a[href="/downloads/${file}.csv"]`).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${file}.csv`);
    const text = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    // That year's row is the data's value, labelled as that year's source counts it.
    const metric = labelled.metrics
      .map(metricNamed)
      .find((candidate) => drawnValues(labelled, candidate).some((value) => value.label))!;
    const value = drawnValues(labelled, metric).find((candidate) => candidate.label)!;
    expect(
      csvRecords(text).find((row) => row.metric_id === metric.id && row.year === String(value.year) && row.part === ''),
    ).toMatchObject({
      value: String(value.value),
      qualifier: value.qualifier ?? '',
      label: value.label!.zh,
    });
    // The server names each format's type, so a browser opens or saves it as what it is.
    const types = { csv: /text\/csv/, json: /application\/json/, svg: /image\/svg\+xml/, png: /image\/png/ };
    for (const [format, type] of Object.entries(types)) {
      const response = await page.request.get(`/downloads/${file}.${format}`);
      expect(response.headers()['content-type'], format).toMatch(type);
    }
  });
});

test.describe('posters for WeChat Moments', () => {
  // Without JavaScript: the poster is a plain link, so it must work with none.
  test.use({ javaScriptEnabled: false });
  test('a reader saves the poster of a chart, a figure and a story from the share panel', async ({ page }) => {
    const story = storyWhere('a story', () => true);
    const cases = [
      { path: chartPath(chart(), 'zh'), name: '朋友圈海报', poster: `/posters/zh/charts/${chart().id}.png` },
      { path: figurePath('en'), name: 'Poster for WeChat Moments', poster: `/posters/en/figures/${metric().id}.png` },
      { path: storyPath('zh', story), name: '朋友圈海报', poster: `/posters/zh/stories/${story}.png` },
    ];
    for (const { path, name, poster } of cases) {
      await page.goto(path);
      const link = page.getByRole('link', { name });
      await expect(link).toBeVisible();
      await expect(link).toHaveAttribute('href', poster);
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toMatch(/-(en|zh)-poster\.png$/);
      const bytes = Buffer.concat(await (await download.createReadStream()).toArray());
      // A PNG, 1080×1440 (its IHDR chunk).
      expect(bytes.subarray(1, 4).toString()).toBe('PNG');
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1080, 1440]);
    }
  });
});

// Story pages offer the same citation; their copy buttons come with the story's share bar.
test.describe('cite this page', () => {
  test('a reader opens "Cite this page", copies the BibTeX, GB/T 7714 and APA references', async ({ browser }) => {
    const story = storyWhere('a story', () => true);
    for (const [path, copy, opener, copied, reference] of [
      [chartPath(chart(), 'en'), 'Copy the BibTeX reference', 'Cite this page', /Reference copied/, /^@misc\{/],
      [figurePath('zh'), '复制GB/T 7714—2015引用信息', '引用本页', /引用信息已复制/, /\[EB\/OL\]/],
      [
        storyPath('en', story),
        'Copy the APA (7th edition) reference',
        'Cite this page',
        /Reference copied/,
        /\(n\.d\.\)/,
      ],
    ] as const) {
      const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
      const problems = await watchContext(context);
      const page = await context.newPage();
      await page.goto(path);
      const details = page.locator('details.cite');
      await details.getByText(opener, { exact: true }).click();
      const button = details.getByRole('button', { name: copy });
      await expect(button).toBeVisible();
      await button.click();
      await expect(details.getByRole('status')).toHaveText(copied);
      const text = await page.evaluate(() => navigator.clipboard.readText());
      expect(text).toContain(new URL(path, site.url).href);
      expect(text).toMatch(reference);
      expectNoProblems(problems);
      await context.close();
    }
  });

  test('without JavaScript the references are there to select, and no copy button shows', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(figurePath('en'));
    await page.locator('details.cite summary').click();
    await expect(page.locator('details.cite textarea')).toHaveCount(3);
    await expect(page.locator('details.cite textarea').first()).toBeVisible();
    await expect(page.locator('details.cite button')).toHaveCount(3);
    await expect(page.locator('details.cite button:visible')).toHaveCount(0);
    await context.close();
  });
});
