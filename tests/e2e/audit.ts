/**
 * The browser audit every page gets, at the cost of one page load: one browser context and one page
 * per Playwright worker (a worker-scoped fixture), axe-core injected once per load and run inside
 * the page, and the page's console errors, failed requests, requests to other hosts and CSP
 * violations recorded while it loads and while axe runs.
 *
 * Why not `@axe-core/playwright`: its `AxeBuilder.analyze()` opens a new blank page and injects axe
 * (about 600 KB) again on every call to merge frame results, 4-7 s a call on a 2-core machine
 * (../shared/TOOLCHAIN.md). Our pages have no frames of their own, so `axe.run` in the page gives the
 * same verdict in 0.3-1.6 s.
 */
import type * as AxeCore from 'axe-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { PHRASE_CLASS } from '../../src/i18n/phrase-html.ts';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.2 A and AA, as axe tags them (wcag22a has no rules of its own in axe 4.14). */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
  cspViolations: string[];
}

const emptyProblems = (): PageProblems => ({
  consoleErrors: [],
  failedRequests: [],
  foreignRequests: [],
  cspViolations: [],
});

/**
 * Starts recording what goes wrong on every page of `context`: console errors and uncaught
 * exceptions, failed requests and HTTP errors (>= 400; pass `expectStatus` to allow the page's own
 * 404), requests to any host but localhost (blocked as well as recorded: a page must not depend on
 * them, many are blocked in mainland China) and Content-Security-Policy violations (with the
 * directive). Returns the live record; `reset()` empties it between pages.
 */
export async function watchContext(context: BrowserContext): Promise<PageProblems & { reset(): void }> {
  const problems = { ...emptyProblems(), reset() {} };
  problems.reset = () => Object.assign(problems, emptyProblems());
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === 'localhost' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    problems.foreignRequests.push(url.href);
    return route.abort();
  });
  await context.exposeBinding('__recordCspViolation', (_source, text: string) => problems.cspViolations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      void (window as unknown as { __recordCspViolation(text: string): Promise<void> }).__recordCspViolation(
        `${event.violatedDirective}: ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  context.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  context.on('weberror', (error) => problems.consoleErrors.push(error.error().message));
  context.on('requestfailed', (request) =>
    problems.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`),
  );
  context.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
  });
  return problems;
}

/**
 * Fails the test with every problem recorded, grouped by kind. Soft assertions: one broken page
 * reports all its problems at once, not only the first kind.
 */
export function expectNoProblems(problems: PageProblems, allowedFailures: (entry: string) => boolean = () => false) {
  expect.soft(problems.foreignRequests, 'requests to other hosts').toEqual([]);
  expect
    .soft(
      problems.failedRequests.filter((entry) => !allowedFailures(entry)),
      'failed requests',
    )
    .toEqual([]);
  expect.soft(problems.cspViolations, 'Content-Security-Policy violations').toEqual([]);
  expect
    .soft(
      problems.consoleErrors.filter((entry) => !allowedFailures(entry)),
      'console errors',
    )
    .toEqual([]);
}

/**
 * Runs axe in the page as it is now: injects axe-core unless this load already has it, then
 * `axe.run` with `runOnly` set to `tags` (or to the rules `ruleIds`). Returns one line per
 * violation, "rule: selector, selector", or [] when there is none.
 */
export async function axeViolations(page: Page, only: { tags: string[] } | { ruleIds: string[] }): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (only) => {
    const axe = (window as unknown as { axe: typeof AxeCore }).axe;
    const runOnly =
      'tags' in only ? { type: 'tag' as const, values: only.tags } : { type: 'rule' as const, values: only.ruleIds };
    const results = await axe.run(document, { runOnly, resultTypes: ['violations'] });
    return results.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  }, only);
}

/**
 * The rules among `tags` (all enabled: what `axe.run` runs for those tags), split into those that
 * depend on colour (axe's `cat.color` category: color-contrast, link-in-text-block and any added
 * later), what can change when the colour scheme does, and the others. Asked of axe once per
 * worker and tags.
 */
const rulesByTags = new Map<string, { colour: string[]; others: string[] }>();
export async function colourRules(page: Page, tags: string[] = wcagTags): Promise<string[]> {
  return (await splitRules(page, tags)).colour;
}
async function splitRules(page: Page, tags: string[]): Promise<{ colour: string[]; others: string[] }> {
  const known = rulesByTags.get(tags.join());
  if (known) return known;
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const rules = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: typeof AxeCore }).axe;
    // The rules axe.run runs for these tags, from a run's own account of every rule it ran
    // (getRules also lists rules it leaves out by default, such as experimental ones).
    const run = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    const ran = new Set(
      [...run.passes, ...run.violations, ...run.incomplete, ...run.inapplicable].map((result) => result.id),
    );
    const all = axe.getRules(tags).filter((rule) => ran.has(rule.ruleId));
    return {
      colour: all.filter((rule) => rule.tags.includes('cat.color')).map((rule) => rule.ruleId),
      others: all.filter((rule) => !rule.tags.includes('cat.color')).map((rule) => rule.ruleId),
    };
  }, tags);
  // The same axe in every page: the lists are asked once per worker.
  rulesByTags.set(tags.join(), rules);
  return rules;
}

/**
 * Takes the text of every Chinese phrase span (`span.w`, PHRASE_CLASS: the build's line-breaking
 * markup) out of its span, for the colour rules only, and returns how many it took out. Leaves the
 * page in the light scheme.
 *
 * Why: a Chinese page has several times the text elements of its English page, one per phrase kept
 * whole, and axe's colour rules weigh each element's text against what lies behind it: half of a Chinese
 * page's audit time, twice (light and dark). A phrase span changes only where a line may break;
 * it has its parent's colour, size and weight and no background, border or effect of its own, so
 * its text has the same contrast inside the parent. Each span is checked for exactly that in the
 * page, in the dark and in the light scheme (spanDiffers), and one that differs in either keeps its
 * text and is audited as it is. The other rules run on the page as built, before this.
 */
export async function unwrapPhraseSpans(page: Page): Promise<number> {
  await page.evaluate(() => ((window as unknown as { auditKeep: Set<Element> }).auditKeep = new Set()));
  for (const colorScheme of ['dark', 'light'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await page.evaluate(spanDiffers, PHRASE_CLASS);
  }
  return page.evaluate((phraseClass) => {
    const keep = (window as unknown as { auditKeep: Set<Element> }).auditKeep;
    let unwrapped = 0;
    for (const span of document.querySelectorAll(`span.${phraseClass}`)) {
      if (keep.has(span) || !span.parentElement) continue;
      const text = document.createDocumentFragment();
      text.append(...span.childNodes);
      span.parentElement.replaceChild(text, span);
      unwrapped += 1;
    }
    document.body.normalize();
    return unwrapped;
  }, PHRASE_CLASS);
}

/**
 * In the page, in the scheme it is in now: adds to `window.auditKeep` every phrase span whose text
 * could be weighed differently outside it: a value axe's colour rules read (colour, text fill and
 * stroke, shadow, size, weight, style, decoration, visibility) that is not its parent's, or any
 * box, background, border, outline, shadow, opacity, filter, blend mode, positioning or generated
 * content of its own (properties that do not inherit must have their initial value).
 */
function spanDiffers(phraseClass: string) {
  const keep = (window as unknown as { auditKeep: Set<Element> }).auditKeep;
  const asParent = [
    'color',
    '-webkit-text-fill-color',
    '-webkit-text-stroke-width',
    '-webkit-text-stroke-color',
    'text-shadow',
    'font-size',
    'font-weight',
    'font-style',
    'text-decoration-line',
    'visibility',
  ];
  const initial: Record<string, string> = {
    display: 'inline',
    position: 'static',
    opacity: '1',
    filter: 'none',
    'mix-blend-mode': 'normal',
    'background-color': 'rgba(0, 0, 0, 0)',
    'background-image': 'none',
    'box-shadow': 'none',
    'border-top-style': 'none',
    'border-right-style': 'none',
    'border-bottom-style': 'none',
    'border-left-style': 'none',
    'outline-style': 'none',
  };
  for (const span of document.querySelectorAll(`span.${phraseClass}`)) {
    const parent = span.parentElement;
    if (!parent) continue;
    const own = getComputedStyle(span);
    const outer = getComputedStyle(parent);
    const differs =
      asParent.some((property) => own.getPropertyValue(property) !== outer.getPropertyValue(property)) ||
      Object.entries(initial).some(([property, value]) => own.getPropertyValue(property) !== value) ||
      ['::before', '::after'].some((pseudo) => getComputedStyle(span, pseudo).content !== 'none');
    if (differs) keep.add(span);
  }
}

/**
 * Below this many phrase spans a page is audited as built in both schemes (measured: an axe run
 * costs 0.1-0.2 s before it checks anything).
 */
const FEW_PHRASE_SPANS = 100;

/**
 * Audits the page at `path`: in the light scheme every WCAG 2.2 AA rule but the colour rules on
 * the page as built, then the colour rules in the light and in the dark scheme once the phrase
 * spans are unwrapped (unwrapPhraseSpans; a page with fewer than FEW_PHRASE_SPANS of them keeps
 * them, and gets every rule in one light run), and checks nothing went wrong while it loaded and ran.
 * Reduced motion is on for the whole context, so axe measures settled colours, not a transition
 * caught halfway.
 */
export async function auditPage(
  page: Page,
  problems: PageProblems & { reset(): void },
  path: string,
  { status = 200 } = {},
) {
  problems.reset();
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  const response = await page.goto(path, { waitUntil: 'load' });
  expect(response?.status(), `${path}: HTTP status`).toBe(status);
  // Every closed disclosure (<details>: a chart's data table, the figures What changed folds, …) is
  // opened before axe runs, which skips hidden content: what a reader can open is audited, open.
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details:not([open])')) (details as HTMLDetailsElement).open = true;
  });
  const rules = await splitRules(page, wcagTags);
  // A page with few phrase spans (an English page has only the Chinese name in its header) gets
  // one light run of every rule: a second axe run costs more than unwrapping saves it.
  const split =
    (await page.evaluate((selector) => document.querySelectorAll(selector).length, `span.${PHRASE_CLASS}`)) >=
    FEW_PHRASE_SPANS;
  const light = await axeViolations(page, split ? { ruleIds: rules.others } : { tags: wcagTags });
  if (split) {
    await unwrapPhraseSpans(page);
    light.push(...(await axeViolations(page, { ruleIds: rules.colour })));
  }
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  const dark = await axeViolations(page, { ruleIds: rules.colour });
  expect
    .soft([...light.map((line) => `light: ${line}`), ...dark.map((line) => `dark: ${line}`)], `${path}: axe`)
    .toEqual([]);
  // The page's own 404 response is expected when auditing the 404 page.
  const own = new URL(path, page.url()).href;
  expectNoProblems(
    problems,
    status === 404
      ? (entry) =>
          entry.startsWith(`${own} (HTTP 404)`) ||
          entry.startsWith('Failed to load resource: the server responded with a status of 404')
      : undefined,
  );
}

interface WorkerFixtures {
  /** One context and page per worker, reused by every audit this worker runs. */
  auditTab: { context: BrowserContext; page: Page; problems: PageProblems & { reset(): void } };
}

/** `test` with the worker's audit tab. Its context has the config's base URL and reduced motion. */
export const test = base.extend<object, WorkerFixtures>({
  auditTab: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ baseURL: process.env.E2E_BASE_URL, reducedMotion: 'reduce' });
      const problems = await watchContext(context);
      const page = await context.newPage();
      await use({ context, page, problems });
      await context.close();
    },
    { scope: 'worker' },
  ],
});

export { expect };
