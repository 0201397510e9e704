/**
 * Stories end to end: every chapter and highlight in both languages shows exactly the figures
 * the data holds (the two languages can never disagree) and the charts its MDX names; the
 * scroll-driven section advances with the reader and reads as plain content without JavaScript.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { checkContent } from '../../src/lib/content-files.ts';
import { formatFigure } from '../../src/lib/format.ts';
import { localizedPath } from '../../src/lib/i18n.ts';
import { storyReferences } from '../../src/lib/story-references.ts';
import { root } from './helpers.ts';

const { content } = checkContent(root);
const metricById = new Map(content.metrics.map((entry) => [entry.data.id, entry.data]));

/** What a <Metric> must show: the value (or breakdown part) with its qualifier, in that language. */
function expected(id: string, year: number, part: string | null, lang: 'en' | 'zh') {
  const metric = metricById.get(id)!;
  const entry = metric.values.find((value) => value.year === year)!;
  const shown = part ? entry.breakdown!.find((piece) => piece.id === part)! : entry;
  return { value: shown.value, text: formatFigure(shown.value, metric.unit, shown.qualifier, lang, { zhWord: shown.zhWord, style: 'prose' }).text };
}

for (const lang of ['en', 'zh'] as const) {
  for (const story of content.stories[lang]) {
    const route = localizedPath(lang, story.data.path);
    test(`${route} shows the data's figures and its charts`, async ({ page }) => {
      const response = await page.goto(route);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveText(story.data.title);

      const figures = page.locator('main a.metric[data-metric]');
      const count = await figures.count();
      const shown = new Set<string>();
      for (let index = 0; index < count; index += 1) {
        const figure = figures.nth(index);
        const id = (await figure.getAttribute('data-metric'))!;
        const year = Number(await figure.getAttribute('data-year'));
        const part = await figure.getAttribute('data-part');
        const want = expected(id, year, part, lang);
        expect(Number(await figure.getAttribute('data-value')), `${id} ${year}`).toBe(want.value);
        await expect(figure).toHaveText(want.text);
        shown.add(`${id}@${year}${part ? `#${part}` : ''}`);
      }
      // Every <Metric> in the MDX is on the page (StatGrid figures are cards linking to figure pages).
      const mdx = readFileSync(join(root, story.file), 'utf8');
      const inline = storyReferences(mdx.replace(/<StatGrid\b[^>]*\/?>/g, '')).metrics;
      expect([...shown].sort()).toEqual(inline);
      for (const reference of storyReferences(mdx).metrics.filter((ref) => !inline.includes(ref))) {
        await expect(page.locator(`main a.stat-card[href$="/figures/${reference.split('@')[0]}/"]`).first(), reference).toBeAttached();
      }
      for (const chart of story.data.references.charts) {
        await expect(page.locator(`main figure[data-chart-id="${chart}"] svg`).first(), `chart ${chart}`).toBeAttached();
      }
    });
  }
}

test.describe('the scroll-driven section', () => {
  test('advances its steps and highlights the chart as the reader scrolls', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/en/2024/health/');
    const story = page.locator('scroll-story');
    await expect(story).toHaveClass(/is-enhanced/);
    const steps = story.locator('.scroll-step');
    const stepCount = await steps.count();
    expect(stepCount).toBeGreaterThanOrEqual(2);
    const chart = story.locator('chart-view');
    for (let index = 0; index < stepCount; index += 1) {
      await steps.nth(index).evaluate((element) => element.scrollIntoView({ block: 'center', behavior: 'instant' }));
      await expect(steps.nth(index)).toHaveAttribute('data-active', '');
      const highlight = await steps.nth(index).getAttribute('data-highlight');
      if (highlight) await expect(chart).toHaveAttribute('highlight', highlight);
      else await expect(chart).not.toHaveAttribute('highlight');
    }
  });

  test('keeps the chart in view on a phone while the steps scroll', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 760 });
    await page.goto('/zh/2024/health/');
    const last = page.locator('scroll-story .scroll-step').last();
    await last.evaluate((element) => element.scrollIntoView({ block: 'center', behavior: 'instant' }));
    const box = await page.locator('scroll-story chart-view').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(-1);
    expect(box!.y).toBeLessThan(50);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('shows every step as plain, readable content after the chart', async ({ page }) => {
      await page.goto('/en/2024/health/');
      const steps = page.locator('scroll-story .scroll-step');
      expect(await steps.count()).toBeGreaterThanOrEqual(2);
      for (const step of await steps.all()) {
        await expect(step).toBeVisible();
        expect(await step.evaluate((element) => getComputedStyle(element.firstElementChild!).opacity)).toBe('1');
        await expect(step.locator('.scroll-step__card')).toHaveCSS('color', await page.locator('main h1').evaluate((h1) => getComputedStyle(h1).color));
      }
      await expect(page.locator('scroll-story')).not.toHaveClass(/is-enhanced/);
    });
  });

  test.describe('under reduced motion', () => {
    test.use({ reducedMotion: 'reduce' });
    test('does not animate the steps', async ({ page }) => {
      await page.goto('/en/2024/health/');
      const card = page.locator('scroll-story .scroll-step__card').first();
      expect(await card.evaluate((element) => getComputedStyle(element).transitionDuration)).toMatch(/^0s(, 0s)*$/);
    });
  });
});
