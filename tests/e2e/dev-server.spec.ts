/**
 * `npm run dev` as an editor uses it: in a scratch copy of the project (never this one's content/),
 * `astro dev` runs on a free port while the tests break, fix, add, delete and rename content files.
 * - A content problem shows in the browser as the check prints it (file, field, what is expected),
 *   never the last good page or a developer's stack trace, and the page comes back once fixed.
 * - Files added, deleted and renamed are picked up; deleting a duplicate leaves its page working.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { checkContent } from '../../src/checks/content-files.ts';
import { formatProblem } from '../../src/model/errors.ts';
import { root } from '../built-site.ts';
import { content, storyPath, storyWhere } from './content.ts';

test.describe.configure({ mode: 'serial', timeout: 180_000 });

let scratch = '';
let server: ChildProcess | undefined;
let base = '';

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, 'localhost', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('No free port for the dev server');
  return address.port;
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  scratch = mkdtempSync(join(tmpdir(), 'dev-server-'));
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(root, entry), join(scratch, entry), { recursive: true });
  // A hard-linked copy: Astro and Vite keep per-project caches in node_modules/, which must not be shared.
  execFileSync('cp', ['-al', join(root, 'node_modules'), join(scratch, 'node_modules')]);
  for (const cache of ['.astro', '.vite'])
    rmSync(join(scratch, 'node_modules', cache), { recursive: true, force: true });
  const port = await freePort();
  base = `http://localhost:${port}`;
  // The server's output goes to test-results/dev-server.log, to read when a test here fails.
  mkdirSync(join(root, 'test-results'), { recursive: true });
  const log = openSync(join(root, 'test-results', 'dev-server.log'), 'w');
  server = spawn(join(scratch, 'node_modules/.bin/astro'), ['dev', '--port', String(port)], {
    cwd: scratch,
    stdio: ['ignore', log, log],
    detached: true,
  });
  const deadline = Date.now() + 200_000;
  for (;;) {
    const status = await fetch(`${base}/en/`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) break;
    if (Date.now() > deadline) throw new Error(`astro dev did not answer on ${base} (last status ${status})`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
});

// Vite's client reloads a page whenever the dev server says content changed. A navigation of ours
// that collided with such a reload left Chromium's page stuck: `page.goto` never returned, and
// Playwright's context teardown waited out the test's timeout (Debian's Chromium 156, Playwright 1.65;
// microsoft/playwright#35944). So a page that keeps Vite's client (`page`) is only ever navigated
// before the first edit and then watched reloading itself, which is what a reader sees; every page
// opened after an edit is a fresh one whose web socket gets a silent stand-in (`fresh`), so nothing
// reloads it; and a test ends once `page` has been quiet for a while.
test.afterEach(async ({ page }) => {
  await settle(page);
});

/** Waits (at most 30 s) until `page` has loaded and not navigated for 1.5 s. */
async function settle(page: Page) {
  let last = Date.now();
  const seen = () => (last = Date.now());
  page.on('framenavigated', seen);
  const deadline = Date.now() + 30_000;
  while (Date.now() - last < 1500 && Date.now() < deadline) {
    await page.waitForLoadState('load', { timeout: Math.max(1, deadline - Date.now()) }).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  page.off('framenavigated', seen);
}

/**
 * A new page of `page`'s context showing `path` on the dev server, which the dev server's reloads do
 * not reach (its web socket is answered by a silent stand-in). The caller closes it.
 */
async function fresh(page: Page, path: string): Promise<Page> {
  const opened = await page.context().newPage();
  await opened.routeWebSocket(/./, () => undefined);
  await opened.goto(`${base}${path}`);
  return opened;
}

test.afterAll(() => {
  // The server and its children were started in their own process group.
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const file = (path: string) => join(scratch, path);
const edit = (path: string, change: (text: string) => string) =>
  writeFileSync(file(path), change(readFileSync(file(path), 'utf8')));

/** The HTTP status the dev server answers a browser's request for a page with (no page reloads involved). */
const statusOf = (path: string) =>
  fetch(`${base}${path}`, { headers: { accept: 'text/html' } }).then((response) => response.status);

/** The problems `npm run check:content` prints for the scratch copy now. */
const checkMessages = () => checkContent(scratch).problems.map(formatProblem);

/** Waits for the page the dev server gives for `path` to be the content-problem page, or not. */
async function expectProblemPage(page: Page, shown: boolean) {
  await expect(page.locator('[data-content-problems]')).toHaveCount(shown ? 1 : 0, { timeout: 60_000 });
}

/** A chapter with a figure in it, in both languages. */
const story = storyWhere(
  'a chapter showing a figure with <Metric>',
  (text) => /<Metric id="/.test(text) && /^kind: chapter$/m.test(text),
);

test('a misspelt <Metric id> shows the check’s message in the page, and the page comes back when fixed', async ({
  page,
}) => {
  const path = `content/stories/en/${story}.mdx`;
  const original = readFileSync(file(path), 'utf8');
  await page.goto(`${base}${storyPath('en', story)}`);
  await expectProblemPage(page, false);
  const title = (await page.locator('main h1').textContent())!.trim();

  edit(path, (text) => text.replace('<Metric id="', '<Metric id="typo-'));
  const messages = checkMessages();
  expect(messages.some((message) => message.startsWith(`${path}: body: shows the figure "typo-`))).toBe(true);
  // The open page reloads itself to the problem page; a fresh load shows it too.
  await expectProblemPage(page, true);
  const loaded = await fresh(page, storyPath('en', story));
  await expectProblemPage(loaded, true);
  await expect(loaded.locator('[data-content-problems] li')).toHaveText(messages);
  await expect(loaded.locator('body')).not.toContainText('UnhandledRejection');
  await expect(loaded.locator('body')).not.toContainText('src/model/');
  await loaded.close();

  writeFileSync(file(path), original);
  await expectProblemPage(page, false);
  await expect(page.locator('main h1')).toHaveText(title);
});

test('a figure typed with commas shows its message on any page, never the last good value', async ({ page }) => {
  const metric = content.metrics.find((entry) => entry.data.values[0]!.value >= 1000)!;
  const path = metric.file;
  const original = readFileSync(file(path), 'utf8');
  const value = metric.data.values[0]!.value;
  await page.goto(`${base}/en/figures/${metric.data.id}/`);
  await expectProblemPage(page, false);

  edit(path, (text) => text.replace(`value: ${value}`, `value: ${value.toLocaleString('en-US')}`));
  await expectProblemPage(page, true);
  await expect(page.locator('[data-content-problems]')).toContainText(
    `${path}: values[0].value: must be a number written without commas or units`,
  );
  writeFileSync(file(path), original);
  await expectProblemPage(page, false);
});

test('a story added, renamed and deleted is picked up without a restart', async ({ page }) => {
  const [year] = story.split('/');
  const copies = ['en', 'zh'].map((lang) => ({
    from: `content/stories/${lang}/${story}.mdx`,
    added: `content/stories/${lang}/${year}/dev-server-added.mdx`,
    renamed: `content/stories/${lang}/${year}/dev-server-renamed.mdx`,
  }));
  // A copy needs its own chapter number to pass the check.
  for (const copy of copies)
    writeFileSync(file(copy.added), readFileSync(file(copy.from), 'utf8').replace(/^order: \d+$/m, 'order: 99'));
  await expect.poll(() => statusOf(`/en/${year}/dev-server-added/`), { timeout: 60_000 }).toBe(200);
  const added = await fresh(page, `/en/${year}/dev-server-added/`);
  await expect(added.locator('main h1')).toBeVisible();
  await added.close();

  for (const copy of copies) renameSync(file(copy.added), file(copy.renamed));
  await expect.poll(() => statusOf(`/zh/${year}/dev-server-renamed/`), { timeout: 60_000 }).toBe(200);
  expect(await statusOf(`/zh/${year}/dev-server-added/`)).toBe(404);

  for (const copy of copies) unlinkSync(file(copy.renamed));
  await expect.poll(() => statusOf(`/zh/${year}/dev-server-renamed/`), { timeout: 60_000 }).toBe(404);
});

test('deleting a duplicate of a story leaves the story’s page working', async ({ page }) => {
  const [year, slug] = [story.split('/')[0]!, story.split('/').at(-1)!];
  // The same id from another file name (Astro lowercases ids): a duplicate the check reports.
  const duplicate = `content/stories/en/${year}/${slug.toUpperCase()}.mdx`;
  // A second version of the story (another title), as an editor's copy would be.
  writeFileSync(
    file(duplicate),
    readFileSync(file(`content/stories/en/${story}.mdx`), 'utf8').replace(/^title: "/m, 'title: "Second version: '),
  );
  await expect.poll(() => checkMessages().length).toBeGreaterThan(0);
  const loaded = await fresh(page, storyPath('en', story));
  await expectProblemPage(loaded, true);
  await loaded.close();

  unlinkSync(file(duplicate));
  // The problem page answers 500; the story's own page, 200 once the duplicate is gone.
  await expect.poll(() => statusOf(`${storyPath('en', story)}`), { timeout: 60_000 }).toBe(200);
  const back = await fresh(page, storyPath('en', story));
  await expectProblemPage(back, false);
  await expect(back.locator('main h1')).not.toContainText('Second version');
  await back.close();
});
