import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type BrowserContext, type Page } from '@playwright/test';

export const root = join(import.meta.dirname, '../..');
const dist = join(root, 'dist');

/** Every page path the built sitemap lists (read from dist/, so new pages are covered automatically). */
export function sitemapPaths(): string[] {
  const files = readdirSync(dist).filter((name) => /^sitemap-\d+\.xml$/.test(name));
  const paths = files.flatMap((name) =>
    [...readFileSync(join(dist, name), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname),
  );
  return [...new Set(paths)].sort();
}

export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

/**
 * Records console errors, failed requests and any request to another host. Requests leaving the
 * site are blocked as well as recorded: a page must not depend on them (many are blocked in China).
 */
export async function watchPage(context: BrowserContext, page: Page): Promise<PageProblems> {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === 'localhost' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    problems.foreignRequests.push(url.href);
    return route.abort();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(error.message));
  page.on('requestfailed', (request) => problems.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
  });
  return problems;
}

export function expectNoProblems(problems: PageProblems) {
  expect(problems.foreignRequests, 'requests to other hosts').toEqual([]);
  expect(problems.failedRequests, 'failed requests').toEqual([]);
  expect(problems.consoleErrors, 'console errors').toEqual([]);
}
