/**
 * Faults found in the field (issue 15), checked in a real browser against the built site:
 * - Chinese and quoted searches list only pages holding the whole term, and still find it;
 * - print is always the light palette, whatever the device's colour scheme, with data tables open;
 * - embeds are light and transparent unless the embedding page asks for ?theme=dark or ?theme=auto.
 * Plain Playwright fixtures; the built site is served by tests/playwright.config.ts.
 */
import { test, expect, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { sitemapPaths } from '../built-site.ts';
import { isSearchable, normaliseForMatch, searchExcludeSelectors } from '../../src/browser/search-phrases.ts';

/** The text Pagefind indexes on each searchable page of a language: <main>, without what the index leaves out. */
async function indexedTexts(page: Page, lang: 'en' | 'zh'): Promise<Map<string, string>> {
  const paths = sitemapPaths().filter((path) => path.startsWith(`/${lang}/`) && isSearchable(path));
  await page.goto(`/${lang}/search/`);
  const entries = await page.evaluate(
    async ({ paths, exclude }) => {
      const parser = new DOMParser();
      return Promise.all(
        paths.map(async (path) => {
          const html = await (await fetch(path)).text();
          const doc = parser.parseFromString(html, 'text/html');
          const main = doc.querySelector('[data-pagefind-body]') ?? doc.querySelector('main');
          main
            ?.querySelectorAll([...exclude, '[data-pagefind-ignore]'].join(','))
            .forEach((element) => element.remove());
          return [path, main?.textContent ?? ''] as [string, string];
        }),
      );
    },
    { paths, exclude: searchExcludeSelectors },
  );
  return new Map(entries.map(([path, text]) => [path, normaliseForMatch(text)]));
}

/** Runs a search on the search page and returns the result links, or [] when it says nothing was found. */
async function search(page: Page, lang: 'en' | 'zh', query: string): Promise<string[]> {
  // The first query loads the search page; later ones are typed into it, as a reader would, so
  // Pagefind is not started again for every term. The status names the query it answers.
  if (new URL(page.url()).pathname === `/${lang}/search/` && (await page.locator('[data-search-results]').count())) {
    await page.locator('[data-search-input]').fill(query);
  } else {
    await page.goto(`/${lang}/search/?q=${encodeURIComponent(query)}`);
  }
  const status = page.locator('[data-search-status]');
  await expect(status).toContainText(`“${query}”`, { timeout: 15_000 });
  const none = lang === 'en' ? /^Nothing found/ : /^未找到/;
  await expect(status).toHaveText(lang === 'en' ? /^(Nothing found|One result|\d+ results)/ : /^(未找到|找到)/, {
    timeout: 15_000,
  });
  const said = (await status.textContent()) ?? '';
  if (none.test(said)) return [];
  // Every result, not only the first page of ten: the status says how many there are.
  const count = Number(/\d+/.exec(said)?.[0] ?? 1);
  const items = page.locator('[data-search-results] > li');
  for (let shown = await items.count(); shown < count; shown = await items.count()) {
    await page.locator('[data-search-more]').click();
    await expect(items).not.toHaveCount(shown);
  }
  await expect(items).toHaveCount(count);
  return page
    .locator('[data-search-results] > li h2 a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

test.describe('search holds whole phrases', () => {
  test.describe.configure({ timeout: 180_000 });

  test('Chinese terms: every result holds the whole term, and a term on any page is found', async ({ page }) => {
    const texts = await indexedTexts(page, 'zh');
    expect(texts.size).toBeGreaterThan(10);
    // The field reports, common words, words that share a character with others, and never-used words.
    const candidates = [
      '疫苗',
      '母乳喂养',
      '社会工作者',
      '喂养',
      '疫情',
      '新生儿',
      '心理健康',
      '儿童保护',
      '营养',
      '量子计算',
      '火星探测器',
    ];
    // Terms taken from the built pages themselves: the first four characters of some page titles.
    for (const text of [...texts.values()].filter((_, index) => index % 7 === 3).slice(0, 4)) {
      const run = /[\p{Script=Han}]{4}/u.exec(text)?.[0];
      if (run) candidates.push(run);
    }
    const present = candidates.filter((term) => [...texts.values()].some((text) => text.includes(term)));
    const absent = candidates.filter((term) => !present.includes(term));
    expect(present.length, 'some terms are on the site').toBeGreaterThan(4);
    expect(absent.length, 'some terms are not').toBeGreaterThan(1);
    for (const term of candidates) {
      const found = await search(page, 'zh', term);
      if (absent.includes(term)) {
        expect(found, `${term} is on no page`).toEqual([]);
        continue;
      }
      expect(found.length, `${term} is found`).toBeGreaterThan(0);
      for (const path of found) expect(texts.get(path) ?? '', `${path} holds ${term}`).toContain(term);
    }
  });

  test('quoted English phrases: every result holds the phrase', async ({ page }) => {
    const texts = await indexedTexts(page, 'en');
    for (const phrase of ['road safety', 'health workers', 'safety road', 'children were']) {
      const inSite = [...texts.values()].some((text) => text.includes(phrase));
      const found = await search(page, 'en', `"${phrase}"`);
      if (!inSite) {
        expect(found, `${phrase} is on no page`).toEqual([]);
        continue;
      }
      expect(found.length, `${phrase} is found`).toBeGreaterThan(0);
      for (const path of found) expect(texts.get(path) ?? '', `${path} holds "${phrase}"`).toContain(phrase);
    }
  });
});

/**
 * Every colour the page paints, per element (and its ::before / ::after), as the browser computes
 * it, keyed by the element's place in the document (tag and position under each ancestor), so two
 * loads of a page compare element by element even if a script added or re-drew something.
 */
async function paintedColours(page: Page): Promise<Map<string, string>> {
  const entries = await page.evaluate(() => {
    const properties = [
      'color',
      'background-color',
      'border-top-color',
      'border-bottom-color',
      'border-left-color',
      'border-right-color',
      'outline-color',
      'text-decoration-color',
      'fill',
      'stroke',
      'box-shadow',
      'background-image',
      'color-scheme',
    ];
    const place = (element: Element): string => {
      const parent = element.parentElement;
      const here = `${element.tagName.toLowerCase()}${parent ? `:${[...parent.children].indexOf(element)}` : ''}`;
      return parent ? `${place(parent)}>${here}` : here;
    };
    const out: [string, string][] = [];
    document.querySelectorAll('*').forEach((element) => {
      const key = place(element);
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(element, pseudo);
        if (pseudo && style.content === 'none') continue;
        out.push([
          `${key}${pseudo ?? ''}`,
          properties.map((name) => `${name}=${style.getPropertyValue(name)}`).join(' '),
        ]);
      }
    });
    return out;
  });
  return new Map(entries);
}

const printPages = [
  '/en/2024/health/',
  '/zh/2023/health/',
  '/zh/charts/newborn-care-training/',
  '/en/figures/newborn-care-training/',
  '/zh/',
  '/en/2024/',
  '/en/about/',
];

test.describe('print is light', () => {
  for (const path of printPages) {
    test(`${path} prints the same from a dark-mode device as from a light one`, async ({ browser }) => {
      // One load, four renderings: emulateMedia re-applies the stylesheets in place, so the page is
      // the same document each time and only the media and the device's scheme change.
      const colours: Record<string, Map<string, string>> = {};
      const context = await browser.newContext({ reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto(path, { waitUntil: 'networkidle' });
      // Charts are drawn by their island only when they come near the viewport, and a print
      // rendering moves them: scroll through the page once so every island has drawn before the
      // renderings are compared, and the document stays the same from one rendering to the next.
      await page.evaluate(async () => {
        const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 30)));
        for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
          scrollTo(0, y);
          await frame();
        }
        scrollTo(0, 0);
        await frame();
      });
      await page.waitForLoadState('networkidle');
      // Every chart island has drawn (src/browser/chart-element.ts marks it data-ready): on a busy
      // machine the scroll above can end before the last one has.
      await page.waitForFunction(() =>
        [...document.querySelectorAll('chart-view')].every((chart) => chart.hasAttribute('data-ready')),
      );
      const settled = () =>
        page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      for (const colorScheme of ['light', 'dark'] as const) {
        for (const media of ['screen', 'print'] as const) {
          await page.emulateMedia({ media, colorScheme, reducedMotion: 'reduce' });
          // A change of media can resize a chart, which its island redraws on the next frames.
          await settled();
          colours[`${media}-${colorScheme}`] = await paintedColours(page);
        }
      }
      await context.close();
      const differences = (a: Map<string, string>, b: Map<string, string>) =>
        [...a]
          .filter(([key, value]) => b.has(key) && b.get(key) !== value)
          .map(([key, value]) => `${key}: ${value} / ${b.get(key)}`);
      const light = colours['print-light']!;
      const dark = colours['print-dark']!;
      // Both renderings cover (almost) the same elements, so the comparison covers the page...
      const shared = [...dark.keys()].filter((key) => light.has(key)).length;
      expect(shared, 'elements found in both renderings').toBeGreaterThan(Math.max(dark.size, light.size) * 0.95);
      // ...the emulation works: on screen the two schemes differ...
      expect(differences(colours['screen-dark']!, colours['screen-light']!).length).toBeGreaterThan(0);
      // ...and on paper they do not, for any element or colour.
      expect(differences(dark, light), 'elements printed differently from a dark-mode device').toEqual([]);
    });
  }

  test('data tables print open, in both languages', async ({ page }) => {
    for (const path of ['/en/charts/newborn-care-training/', '/zh/2024/health/']) {
      await page.goto(path);
      const table = page.locator('details.chart__data table').first();
      await expect(table).toBeHidden();
      await page.emulateMedia({ media: 'print' });
      await expect(table).toBeVisible();
      await page.emulateMedia({ media: 'screen' });
      await expect(table).toBeHidden();
    }
  });
});

/** The colour of one pixel of a screenshot. */
function pixel(png: Buffer, x: number, y: number): [number, number, number] {
  const image = PNG.sync.read(png);
  const at = (image.width * y + x) * 4;
  return [image.data[at]!, image.data[at + 1]!, image.data[at + 2]!];
}

/** A white host page with one embed, seen by a reader whose device prefers `colorScheme`. */
async function hostWithEmbed(page: Page, baseURL: string, src: string) {
  await page.setContent(
    `<!doctype html><html><head><style>html,body{margin:0;background:#ffffff}iframe{display:block;width:600px;height:500px;border:0}</style></head>` +
      `<body><iframe src="${new URL(src, baseURL).href}" title="embed"></iframe></body></html>`,
  );
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('.chart__title')).toBeVisible();
  await expect(frame.locator('html')).toHaveClass(/is-framed/);
  // The frame's top-left corner is padding: whatever shows there is the frame's own background.
  await page.waitForTimeout(100);
  return { frame, corner: pixel(await page.screenshot({ clip: { x: 0, y: 0, width: 600, height: 500 } }), 2, 2) };
}

const dark = ([r, g, b]: number[]) => r! + g! + b! < 200;
const white = ([r, g, b]: number[]) => r === 255 && g === 255 && b === 255;

test.describe('embeds follow the embedder, not the reader', () => {
  for (const lang of ['en', 'zh'] as const) {
    test(`/embed/${lang}/ is light and transparent on a white page for a dark-mode reader`, async ({
      browser,
      baseURL,
    }) => {
      const context = await browser.newContext({ colorScheme: 'dark' });
      const page = await context.newPage();
      const { frame, corner } = await hostWithEmbed(page, baseURL!, `/embed/${lang}/newborn-care-training/`);
      expect(white(corner), `the host page shows through (${corner})`).toBe(true);
      const painted = await frame.locator('body').evaluate((body) => ({
        body: getComputedStyle(body).backgroundColor,
        html: getComputedStyle(document.documentElement).backgroundColor,
        scheme: getComputedStyle(document.documentElement).colorScheme,
        text: getComputedStyle(body).color,
      }));
      expect(painted).toEqual({
        body: 'rgba(0, 0, 0, 0)',
        html: 'rgba(0, 0, 0, 0)',
        scheme: 'light',
        text: 'rgb(16, 42, 58)',
      });
      await context.close();
    });
  }

  for (const [query, scheme, expectDark] of [
    ['?theme=dark', 'light', true],
    ['?theme=dark', 'dark', true],
    ['?theme=auto', 'dark', true],
    ['?theme=auto', 'light', false],
    ['?theme=DARK', 'light', true],
    ['?theme=sepia', 'dark', false],
  ] as const) {
    test(`an embed asked for ${query} is ${expectDark ? 'dark' : 'light'} for a ${scheme}-mode reader`, async ({
      browser,
      baseURL,
    }) => {
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      const { frame, corner } = await hostWithEmbed(page, baseURL!, `/embed/zh/newborn-care-training/${query}`);
      const text = await frame.locator('.chart__title').evaluate((title) => getComputedStyle(title).color);
      if (expectDark) {
        expect(dark(corner), `the dark embed paints its own background (${corner})`).toBe(true);
        expect(text).toBe('rgb(232, 241, 246)');
      } else {
        expect(white(corner), String(corner)).toBe(true);
        expect(text).toBe('rgb(16, 42, 58)');
      }
      await context.close();
    });
  }

  test('the embed code shown to users says how to ask for a dark chart, in both languages', async ({ page }) => {
    for (const lang of ['en', 'zh'] as const) {
      await page.goto(`/${lang}/charts/newborn-care-training/`);
      await expect(page.locator('.embed-code')).toContainText('?theme=dark');
      await expect(page.locator('.embed-code')).toContainText('?theme=auto');
      expect(await page.locator('.embed-code textarea').inputValue()).toContain('?theme=dark');
    }
  });
});
