/**
 * Charts in a real browser: tooltips by mouse, keyboard and touch; every data point reachable and
 * announced; re-drawn at the real width into the box the page reserved (no layout shift); the
 * chart and its table without JavaScript; no motion when reduced motion is asked for; highlight
 * for scroll-driven stories; no chart code on pages without charts. (axe runs on every chart page
 * in pages.spec.ts, which covers every built page.)
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { formatFigure } from '../../src/i18n/format.ts';
import { provinceMentions } from '../../src/charts/data.ts';
import { provinceTiles } from '../../src/charts/geo/provinces.ts';
import { chartTable } from '../../src/charts/table.ts';
import type { DataOf } from '../../src/charts/types.ts';
import { chartContent, chartPath, charts, chartWhere, content, dataOf, metricNamed } from './content.ts';
import { expectNoProblems, watchContext } from './audit.ts';
import { layoutShifts, recordLayoutShifts } from './layout-shifts.ts';

/** The first chart of each kind: every kind's drawing gets one rendering without JavaScript. */
const oneChartPerKind = [...new Map(charts.map((chart) => [chart.kind, chart])).values()];

/** Every figure a year-comparison chart draws, as its points show them. */
const yearValues = (chart: (typeof charts)[number]) =>
  (dataOf(chart, 'en') as DataOf<'year-comparison'>).panels.flatMap((panel) => panel.values);

// The charts each test needs, picked from content/ by what they are, not by today's ids. Each is
// looked up when a test first asks for it, so content/ lacking one fails only the tests needing it.
const once = <T>(make: () => T) => {
  let value: { v: T } | undefined;
  return () => (value ??= { v: make() }).v;
};
/** One metric over two or more years: two or more points, one per year. */
const yearChart = once(() =>
  chartWhere(
    'a year-comparison chart of one metric with two or more years',
    (chart) => chart.kind === 'year-comparison' && chart.metrics.length === 1 && yearValues(chart).length >= 2,
  ),
);
/** The year-comparison chart with the most points, for walking them by keyboard. */
const manyPoints = once(
  () =>
    [...charts.filter((chart) => chart.kind === 'year-comparison')].sort(
      (a, b) => yearValues(b).length - yearValues(a).length,
    )[0],
);
const walkChart = once(() =>
  chartWhere(
    'a year-comparison chart with two or more points',
    (chart) => chart === manyPoints() && yearValues(chart).length >= 2,
  ),
);
/** A breakdown of one metric: its rows are that metric's years. */
const breakdownChart = once(() =>
  chartWhere(
    'a breakdown chart of one metric with two or more years',
    (chart) =>
      chart.kind === 'breakdown' &&
      chart.metrics.length === 1 &&
      (dataOf(chart, 'en') as DataOf<'breakdown'>).groups.flatMap((group) => group.rows).length >= 2,
  ),
);
/** A chart drawing a figure whose parts have Chinese labels of four or more Han characters. */
const hanLabel = (chart: (typeof charts)[number]) =>
  chart.metrics
    .flatMap((id) => metricNamed(id).values.filter((value) => !chart.years || chart.years.includes(value.year)))
    .flatMap((value) => value.breakdown ?? [])
    .map((part) => part.label.zh)
    .find((label) => /^\p{Script=Han}{4}/u.test(label));
const partsChart = once(() =>
  chartWhere(
    'a breakdown or year-comparison chart drawing a figure whose parts have Chinese labels',
    (chart) => (chart.kind === 'breakdown' || chart.kind === 'year-comparison') && hanLabel(chart) !== undefined,
  ),
);
const tilesChart = once(() =>
  chartWhere(
    'a province-tiles chart naming a province',
    (chart) => chart.kind === 'province-tiles' && provinceMentions(chart, chartContent, 'zh').size > 0,
  ),
);
const dotsChart = once(() => chartWhere('a country-dots chart', (chart) => chart.kind === 'country-dots'));

const chartPage = () => chartPath(yearChart(), 'en');
const ready = (page: Page) => page.locator('chart-view[data-ready]').first().waitFor();
const tooltip = (page: Page) => page.locator('.chart-tooltip');
const points = (page: Page) => page.locator('chart-view .chart-point');

/** Focus moves by Tab from the top of the page until it reaches a chart point. */
async function tabToChart(page: Page) {
  for (let step = 0; step < 60; step += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.classList.contains('chart-point'))) return;
  }
  throw new Error('Tab never reached a chart point');
}

test.describe('chart page with JavaScript', () => {
  test('loads cleanly, draws at the real width and announces itself', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const problems = await watchContext(context);
    const page = await context.newPage();
    await page.goto(chartPage());
    await ready(page);
    const view = page.locator('chart-view');
    const width = await view.evaluate((element) => Math.floor(element.getBoundingClientRect().width));
    await expect(view.locator('svg')).toHaveCount(1);
    await expect(view.locator('svg')).toHaveAttribute('width', String(width));
    await expect(view.locator('svg')).toHaveAttribute('role', 'group');
    await expect(view.locator('svg title')).toHaveText(dataOf(yearChart(), 'en').title);
    await expect(points(page)).toHaveCount(yearValues(yearChart()).length);
    expectNoProblems(problems);
    await context.close();
  });

  test('tooltips follow the mouse', async ({ page }) => {
    await page.goto(chartPage());
    await ready(page);
    await expect(tooltip(page)).toBeHidden();
    // Each point's tooltip shows its year and its figure as the site writes it.
    for (const [index, datum] of yearValues(yearChart()).entries()) {
      await points(page).nth(index).locator('.chart-mark').first().hover();
      await expect(tooltip(page)).toBeVisible();
      await expect(tooltip(page)).toContainText(String(datum.year));
      await expect(tooltip(page)).toContainText(datum.text);
    }
    await page.mouse.move(5, 5);
    await expect(tooltip(page)).toBeHidden();
  });

  test('the keyboard walks every data point, each shown and announced', async ({ page }) => {
    await page.goto(chartPath(walkChart(), 'en'));
    await ready(page);
    await tabToChart(page);
    // Roving tabindex: the chart is one stop in the tab order, whatever its number of points.
    await expect(page.locator('chart-view .chart-point[tabindex="0"]')).toHaveCount(1);
    const live = page.locator('chart-view [aria-live="polite"]');
    const seen: string[] = [];
    const count = await points(page).count();
    expect(count).toBeGreaterThanOrEqual(2);
    for (let index = 0; index < count; index += 1) {
      if (index > 0) await page.keyboard.press('ArrowRight');
      await expect(points(page).nth(index)).toBeFocused();
      await expect(tooltip(page)).toBeVisible();
      // What is announced is the point's own description: its label, year and figure.
      const announced = (await live.textContent()) ?? '';
      expect(announced).toBe(await points(page).nth(index).getAttribute('aria-label'));
      expect(announced).toMatch(/20\d\d/);
      expect(announced).toMatch(/\d/);
      seen.push(announced);
    }
    expect(new Set(seen).size, 'each point is announced differently').toBe(count);
    await expect(tooltip(page)).toContainText(seen.at(-1)!.split(': ').at(-1)!);
    await page.keyboard.press('ArrowRight');
    await expect(points(page).nth(count - 1)).toBeFocused();
    await page.keyboard.press('Home');
    await expect(points(page).nth(0)).toBeFocused();
    await page.keyboard.press('End');
    await expect(points(page).nth(count - 1)).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(points(page).nth(count - 2)).toBeFocused();
    await expect(page.locator('chart-view .chart-point[tabindex="0"]')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(tooltip(page)).toBeHidden();
    // Tab leaves the chart in one step.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('chart-view'))).toBeNull();
  });

  test('a tap shows the tooltip', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    // A province the chart names: its tooltip gives its Chinese name and the year it is named in.
    const [province, mentions] = [...provinceMentions(tilesChart(), chartContent, 'zh')][0]!;
    await page.goto(chartPath(tilesChart(), 'zh'));
    await ready(page);
    await page.locator(`chart-view .chart-point[data-keys^="${province}"] .chart-mark`).tap();
    await expect(tooltip(page)).toBeVisible();
    await expect(tooltip(page)).toContainText(provinceTiles[province]!.zh);
    await expect(tooltip(page)).toContainText(String(mentions[0]!.year));
    await context.close();
  });

  test('Chinese labels render in the chart', async ({ page }) => {
    const chart = partsChart();
    await page.goto(chartPath(chart, 'zh'));
    await ready(page);
    // The figures and part labels the data holds, written the Chinese way.
    for (const id of chart.metrics) {
      const metric = metricNamed(id);
      for (const value of metric.values.filter((entry) => !chart.years || chart.years.includes(entry.year))) {
        await expect(page.locator('chart-view svg')).toContainText(
          formatFigure(value.value, metric.unit, value.qualifier, 'zh', { zhWord: value.zhWord }).text,
        );
      }
    }
    const han = hanLabel(chart)!;
    await expect(page.locator('chart-view svg')).toContainText(han);
    // A CJK face is used: a Han character is about one em wide, not a fallback box of another width.
    const ratio = await page
      .locator('chart-view svg text')
      .filter({ hasText: han })
      .first()
      .evaluate((element, label) => {
        const text = element as SVGTextElement;
        const start = (text.textContent ?? '').indexOf(label.slice(0, 4));
        return text.getSubStringLength(start, 4) / 4 / Number(text.getAttribute('font-size'));
      }, han);
    expect(ratio).toBeGreaterThan(0.9);
    expect(ratio).toBeLessThan(1.1);
  });

  test('highlight picks out data points for scroll-driven stories', async ({ page }) => {
    await page.goto(chartPage());
    await ready(page);
    const view = page.locator('chart-view');
    const latest = yearValues(yearChart()).at(-1)!;
    await view.evaluate((element, year) => element.setAttribute('highlight', year), String(latest.year));
    await expect(view.locator('svg')).toHaveClass(/has-highlight/);
    await expect(view.locator('.chart-point.is-highlighted')).toHaveCount(1);
    await expect(view.locator('.chart-point.is-highlighted')).toHaveAttribute(
      'data-keys',
      new RegExp(`(^| )${latest.key}( |$)`),
    );
    await view.evaluate((element) =>
      (element as HTMLElement & { highlight(key: string | null): void }).highlight(null),
    );
    await expect(view.locator('.chart-point.is-highlighted')).toHaveCount(0);
  });
});

test.describe('no layout shift', () => {
  for (const width of [375, 1280]) {
    test(`the chart keeps the box it had before any script, at ${width}px, and re-draws on resize`, async ({
      browser,
    }) => {
      const viewport = { width, height: 900 };
      const staticContext = await browser.newContext({ viewport, javaScriptEnabled: false });
      const staticPage = await staticContext.newPage();
      await staticPage.goto(chartPath(breakdownChart(), 'en'));
      const before = await staticPage.locator('chart-view').boundingBox();
      const figureBefore = await staticPage.locator('figure.chart').boundingBox();
      await staticContext.close();

      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await recordLayoutShifts(page);
      await page.goto(chartPath(breakdownChart(), 'en'));
      await ready(page);
      const view = page.locator('chart-view');
      const after = await view.boundingBox();
      expect({ width: after!.width, height: after!.height }).toEqual({ width: before!.width, height: before!.height });
      const figureAfter = await page.locator('figure.chart').boundingBox();
      expect(figureAfter!.height).toBe(figureBefore!.height);
      // The drawing was made for this width, not scaled from another.
      expect(Number(await view.locator('svg').getAttribute('width'))).toBe(Math.floor(after!.width));
      await page.waitForTimeout(300);
      expect(await layoutShifts(page)).toEqual([]);

      // A resize within the layout mode re-draws at the new width in a box of the same height.
      const narrower = width < 560 ? 340 : 900;
      await page.setViewportSize({ width: narrower, height: 900 });
      await expect
        .poll(async () => Number(await view.locator('svg').getAttribute('width')))
        .toBe(Math.floor((await view.boundingBox())!.width));
      expect((await view.boundingBox())!.height).toBe(after!.height);
      await context.close();
    });
  }

  test('crossing the breakpoint switches between the phone and wide layouts', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(chartPath(walkChart(), 'en'));
    await ready(page);
    const view = page.locator('chart-view');
    await expect(view.locator('svg title')).toHaveAttribute('id', `chart-${walkChart().id}-wide-title`);
    await page.setViewportSize({ width: 400, height: 900 });
    await expect(view.locator('svg title')).toHaveAttribute('id', `chart-${walkChart().id}-narrow-title`);
    // The phone layout lays the bars horizontally.
    await expect(view.locator('.chart-grow-x').first()).toBeVisible();
    await expect(view.locator('.chart-grow-y')).toHaveCount(0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  // One page for every kind, language and width: a new context per kind would cost more than the loads.
  test('every kind of chart is drawn at a real size, in both languages, at phone and desktop widths', async ({
    page,
  }) => {
    expect(oneChartPerKind.length).toBeGreaterThan(0);
    for (const chart of oneChartPerKind) {
      for (const lang of ['en', 'zh'] as const) {
        // One load per page: without JavaScript a new width only re-applies the stylesheet's media queries.
        await page.setViewportSize({ width: 375, height: 900 });
        await page.goto(`/${lang}/charts/${chart.id}/`);
        for (const width of [375, 1280]) {
          await page.setViewportSize({ width, height: 900 });
          const where = `${chart.kind} chart ${chart.id}, ${lang}, ${width}px`;
          // Each chart ships a phone and a wide drawing; exactly the one that fits the width shows.
          const visible = page.locator('main figure[data-chart-id] svg[role="img"]').filter({ visible: true });
          await expect.soft(visible, where).toHaveCount(1);
          const box = await visible.first().boundingBox();
          expect.soft(box?.width ?? 0, where).toBeGreaterThan(Math.min(width - 80, 300));
          expect.soft(box?.height ?? 0, where).toBeGreaterThan(100);
        }
      }
    }
  });

  for (const [width, shown] of [
    [375, 'narrow'],
    [1280, 'wide'],
  ] as const) {
    test(`the chart and its data table are there at ${width}px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      const data = dataOf(breakdownChart(), 'en') as DataOf<'breakdown'>;
      const datums = data.groups.flatMap((group) => group.rows.map((row) => row.datum));
      await page.goto(chartPath(breakdownChart(), 'en'));
      const svg = page.locator(`.chart__static--${shown} svg`);
      await expect(svg).toBeVisible();
      await expect(page.locator('chart-view svg:visible')).toHaveCount(1);
      await expect(svg).toHaveAttribute('role', 'img');
      await expect(page.getByRole('img', { name: data.title, exact: true })).toHaveCount(1);
      await expect(svg).toContainText(datums[0]!.text);
      await page.locator('.chart__data summary').click();
      const table = page.locator('.chart__data table');
      await expect(table).toBeVisible();
      await expect(table.locator('tbody tr')).toHaveCount(chartTable(data, 'en').rows.length);
      await expect(table).toContainText(datums.at(-1)!.text);
      await expect(page.locator('.chart__source a[href^="http"]').first()).toBeVisible();
    });
  }

  test('no mark, label or stroke reaches further past its drawing than the paint clip, at phone and desktop widths', async ({
    page,
  }) => {
    // content-visibility clips a drawing's paint to its box plus overflow-clip-margin (charts.css):
    // a mark, label or stroke drawn beyond that would be cut off. Every chart, both languages, the
    // phone and the wide drawing (focus rings included: they are rects drawn on focus).
    const overflows: string[] = [];
    for (const chart of charts) {
      for (const lang of ['en', 'zh'] as const) {
        await page.setViewportSize({ width: 375, height: 900 });
        await page.goto(chartPath(chart, lang));
        for (const width of [375, 1280]) {
          await page.setViewportSize({ width, height: 900 });
          const [margin, furthest] = await page
            .locator('main svg.chart-svg')
            .filter({ visible: true })
            .evaluate((svg) => {
              const box = svg.getBoundingClientRect();
              const past = [...svg.querySelectorAll('path, rect, line, circle, text')].map((mark) => {
                const r = mark.getBoundingClientRect();
                if (r.width === 0 && r.height === 0) return 0;
                // A box leaves out its stroke, half of which lies outside the shape.
                const style = getComputedStyle(mark);
                const stroke = style.stroke === 'none' ? 0 : parseFloat(style.strokeWidth) / 2;
                return (
                  Math.max(box.left - r.left, r.right - box.right, box.top - r.top, r.bottom - box.bottom) + stroke
                );
              });
              return [parseFloat(getComputedStyle(svg).overflowClipMargin), Math.max(0, ...past)];
            });
          if (!(furthest < margin))
            overflows.push(`${chart.id} (${lang}, ${width}px): ${furthest} px past, clip ${margin} px`);
        }
      }
    }
    expect(overflows).toEqual([]);
  });

  test('every chart page has its drawing and table', async ({ page }) => {
    await page.goto('/zh/charts/');
    const links = await page
      .locator('.gallery__link')
      .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).pathname));
    expect(links.sort()).toEqual(charts.map((chart) => `/zh/charts/${chart.id}/`).sort());
    for (const link of links) {
      await page.goto(link);
      await expect(page.locator('chart-view svg:visible')).toHaveCount(1);
      expect(await page.locator('.chart__data tbody tr').count()).toBeGreaterThan(0);
    }
  });
});

test.describe('motion', () => {
  test('reduced motion: nothing transitions', async ({ browser }) => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(chartPage());
    await ready(page);
    const durations = await page
      .locator('chart-view .chart-mark')
      .evaluateAll((marks) => marks.map((mark) => getComputedStyle(mark).transitionDuration));
    expect(durations.length).toBeGreaterThan(0);
    for (const duration of durations) expect(duration.split(',').every((part) => parseFloat(part) === 0)).toBe(true);
    await expect(page.locator('chart-view svg')).not.toHaveClass(/is-entering/);
    await context.close();
  });

  test('motion allowed: bars ease in', async ({ browser }) => {
    const context = await browser.newContext({ reducedMotion: 'no-preference' });
    const page = await context.newPage();
    await page.goto(chartPage());
    await ready(page);
    const duration = await page
      .locator('chart-view .chart-mark')
      .first()
      .evaluate((mark) => getComputedStyle(mark).transitionDuration);
    expect(duration.split(',').some((part) => parseFloat(part) > 0)).toBe(true);
    await context.close();
  });
});

test('pages without a chart load no chart code', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/en/about/');
  await page.waitForLoadState('networkidle');
  await expect(page.locator('chart-view')).toHaveCount(0);
  expect(scripts.filter((path) => /chart|Chart/.test(path))).toEqual([]);
});

test('a chart page loads only the builder of its kind', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(chartPath(dotsChart(), 'en'));
  await ready(page);
  expect(scripts.some((path) => path.includes('country-dots'))).toBe(true);
  for (const other of [
    'year-comparison',
    'breakdown',
    'province-tiles',
    'timeline',
    'target-progress',
    'area-counts',
  ]) {
    expect(
      scripts.some((path) => path.includes(other)),
      other,
    ).toBe(false);
  }
});

/**
 * Requires that of `drawings` (SVG elements, or boxes holding one), the last is skipped on the first
 * screen (content-visibility: not laid out), that each is drawn once scrolled to, and that no box
 * changes its height on the way and nothing on the page shifts. Asking for a skipped drawing's
 * contents' boxes would lay it out, so the test asks whether it is skipped instead.
 */
async function expectDrawnNearScreenOnly(page: Page, drawings: Locator) {
  const count = await drawings.count();
  expect(count).toBeGreaterThan(1);
  const heights = () => drawings.evaluateAll((boxes) => boxes.map((box) => box.getBoundingClientRect().height));
  const before = await heights();
  const drawn = (index: number) =>
    drawings.nth(index).evaluate((box) => {
      const svg = box instanceof SVGSVGElement ? box : box.querySelector('svg')!;
      return svg.querySelector('g, path, rect, line, circle, text')!.checkVisibility({ contentVisibilityAuto: true });
    });
  expect(await drawn(count - 1), 'the last drawing is not laid out on the first screen').toBe(false);
  for (let index = 0; index < count; index++) {
    await drawings.nth(index).evaluate((box) => box.scrollIntoView({ block: 'center', behavior: 'instant' }));
    await expect.poll(() => drawn(index)).toBe(true);
  }
  // A chart's script may be replacing a drawing with its interactive one at this moment: wait for it.
  await expect.poll(heights).toEqual(before);
  expect(await layoutShifts(page)).toEqual([]);
}

test('the gallery lays out only the drawings near the screen, and nothing moves as they are drawn', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
  const page = await context.newPage();
  await recordLayoutShifts(page);
  await page.goto('/en/charts/');
  const thumbs = page.locator('.gallery__thumb');
  expect(await thumbs.count()).toBe(charts.length);
  await expectDrawnNearScreenOnly(page, thumbs);
  await context.close();
});

// Each year's edition in Chinese: the longest pages of drawings, the whole year on one page.
const editions = content.years.map((entry) => `/zh/${entry.data.year}/edition/`);

for (const [path, width] of editions.flatMap((path) => [360, 1440].map((width) => [path, width] as const))) {
  test(`${path} lays out its charts' drawings only near the screen, at ${width}px, the same size drawn or not`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await recordLayoutShifts(page);
    await page.goto(path);
    // The drawings the layout shows (each chart has a phone and a wide one; one is display: none).
    const shown = page.locator('main svg.chart-svg').filter({ visible: true });
    // A drawing's box is its column's width and its height attribute, whether drawn or not.
    const offBy = await shown.evaluateAll((svgs) =>
      svgs.map((svg) => Math.round(svg.getBoundingClientRect().height) - Number(svg.getAttribute('height'))),
    );
    expect(offBy).toEqual(offBy.map(() => 0));
    await expectDrawnNearScreenOnly(page, shown);
    await context.close();
  });
}
