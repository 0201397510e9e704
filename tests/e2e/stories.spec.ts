/**
 * Stories in a real browser: the scroll-driven section advances with the reader, keeps its chart in
 * view on a phone, reads as plain content without JavaScript and does not animate under reduced
 * motion. That every story shows the data's figures and its charts is checked over dist/ in
 * tests/dist/stories.test.ts.
 */
import { test, expect } from '@playwright/test';
import { storyPath, storyWhere } from './content.ts';

/** A story with a scroll-driven section of two or more steps, picked from content/ (not by name). */
const scrollStory = (lang: 'en' | 'zh') =>
  storyPath(
    lang,
    storyWhere(
      'a story with a <ScrollStory> of two or more steps',
      (body) => /<ScrollStory\b/.test(body) && (body.match(/<Step\b/g) ?? []).length >= 2,
    ),
  );

test.describe('the scroll-driven section', () => {
  test('advances its steps and highlights the chart as the reader scrolls', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(scrollStory('en'));
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

  test('keeps the chart and its title in view on a phone while the steps scroll', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 760 });
    await page.goto(scrollStory('zh'));
    const last = page.locator('scroll-story .scroll-step').last();
    await last.evaluate((element) => element.scrollIntoView({ block: 'center', behavior: 'instant' }));
    const title = await page.locator('scroll-story .chart__title').boundingBox();
    const box = await page.locator('scroll-story chart-view').boundingBox();
    // The title is pinned at the top, the drawing right under it, and the step still shows below.
    expect(title!.y).toBeGreaterThanOrEqual(-1);
    expect(title!.y).toBeLessThan(5);
    expect(box!.y).toBeGreaterThanOrEqual(title!.y + title!.height - 1);
    expect(box!.y).toBeLessThan(title!.y + title!.height + 5);
    const step = await last.boundingBox();
    expect(step!.y).toBeGreaterThanOrEqual(box!.y + box!.height - 1);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('shows every step as plain, readable content after the chart', async ({ page }) => {
      await page.goto(scrollStory('en'));
      const steps = page.locator('scroll-story .scroll-step');
      expect(await steps.count()).toBeGreaterThanOrEqual(2);
      for (const step of await steps.all()) {
        await expect(step).toBeVisible();
        expect(await step.evaluate((element) => getComputedStyle(element.firstElementChild!).opacity)).toBe('1');
        await expect(step.locator('.scroll-step__card')).toHaveCSS(
          'color',
          await page.locator('main h1').evaluate((h1) => getComputedStyle(h1).color),
        );
      }
      await expect(page.locator('scroll-story')).not.toHaveClass(/is-enhanced/);
    });
  });

  test.describe('under reduced motion', () => {
    test.use({ reducedMotion: 'reduce' });
    test('does not animate the steps', async ({ page }) => {
      await page.goto(scrollStory('en'));
      const card = page.locator('scroll-story .scroll-step__card').first();
      expect(await card.evaluate((element) => getComputedStyle(element).transitionDuration)).toMatch(/^0s(, 0s)*$/);
    });
  });
});
