/**
 * Every response the preview server sends carries the site's security headers (issue 18): every
 * file of dist/, the 404 page served for unknown addresses (inside and outside /embed/), and paths
 * spelled with percent-escapes, which the file server decodes (`/%65n/` serves /en/). Only a
 * built embed page may be framed. Raw HTTP requests, so no client rewrites the path first. The
 * rules themselves are unit-tested in tests/unit/headers.test.ts and over dist/_headers in
 * tests/dist/sharing.test.ts; this checks what `astro preview` really sends.
 */
import { readdirSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join, relative, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { dist, htmlFiles, urlPathOf } from '../built-site.ts';
import { watchContext } from './audit.ts';

interface Answer {
  path: string;
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** GET `path` exactly as written (no URL normalisation), the body kept when it is HTML. */
function get(base: string, path: string): Promise<Answer> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const call = httpRequest({ hostname, port, path, method: 'GET' }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => {
        if (/html/.test(String(response.headers['content-type']))) chunks.push(chunk);
      });
      response.on('end', () =>
        resolve({
          path,
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    call.on('error', reject);
    call.end();
  });
}

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );

const pages = htmlFiles().map(urlPathOf);
const embedPage = pages.find((path) => path.startsWith('/embed/'));
const files = filesUnder(dist)
  .map((file) => `/${relative(dist, file).split(sep).join('/')}`)
  .filter((path) => path !== '/_headers');
// Every way a path can be spelled or missed: unknown pages in and out of /embed/, escapes of a
// page and of an embed, a file with an escape, an escape that does not decode, the chooser's file.
const spelled = [
  '/nonexistent/',
  '/nonexistent.png',
  '/embed/en/nope/',
  '/embed/',
  '/embed/zh/',
  `${embedPage}extra/`,
  '/%65n/',
  '/%7A%68/',
  '/en/%61bout/',
  embedPage!.replace('/embed/', '/%65mbed/'),
  embedPage!.replace(/\/$/, '/index.html'),
  '/%E4/',
  '/index.html',
  '/en/index.html',
  '/favicon.svg?x=1',
];

test('every response carries the security headers, and only built embed pages may be framed', async ({ baseURL }) => {
  test.setTimeout(120_000);
  expect(embedPage, 'an embed page in dist/').toBeDefined();
  const paths = [...new Set([...pages, ...files, ...spelled])];
  const answers: Answer[] = [];
  // A few requests at a time: the preview server is one Node process on a shared machine.
  for (let start = 0; start < paths.length; start += 8)
    answers.push(...(await Promise.all(paths.slice(start, start + 8).map((path) => get(baseURL!, path)))));

  const problems: string[] = [];
  for (const { path, status, headers, body } of answers) {
    // An embed page is known by what was served, whatever the address looked like.
    const isEmbed = status === 200 && /<html[^>]*class="embed-page"/.test(body);
    const expected: Record<string, string | undefined> = {
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
      'x-frame-options': isEmbed ? undefined : 'DENY',
      'content-security-policy': isEmbed ? undefined : "frame-ancestors 'none'",
    };
    // An escape that does not decode (/%E4/) makes Vite's static middleware throw; its error
    // handler (finalhandler) replaces the CSP with `default-src 'none'`, stricter still, and keeps
    // X-Frame-Options: DENY. A host answers such a path with its 404 or 400.
    if (status >= 500 && headers['content-security-policy'] === "default-src 'none'")
      delete expected['content-security-policy'];
    for (const [name, value] of Object.entries(expected))
      if (name in expected && headers[name] !== value)
        problems.push(`${path} (HTTP ${status}): ${name} is ${headers[name]}, expected ${value}`);
  }
  expect(problems).toEqual([]);

  const statusOf = (path: string) => answers.find((answer) => answer.path === path)?.status;
  // The kinds the test means to cover really are what they claim: unknown addresses are 404s, escapes are served.
  expect(statusOf('/nonexistent/')).toBe(404);
  expect(statusOf('/embed/en/nope/')).toBe(404);
  expect(statusOf('/%65n/')).toBe(200);
  expect(statusOf(embedPage!.replace('/embed/', '/%65mbed/'))).toBe(200);
  expect(answers.filter((answer) => answer.headers['x-frame-options'] === undefined).length).toBeGreaterThan(0);
});

test('the page CSP refuses pictures, frames, objects and requests from another host, and the audit reports it', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const problems = await watchContext(context);
  const page = await context.newPage();
  for (const path of ['/en/', embedPage!, '/404.html']) {
    problems.reset();
    await page.goto(path);
    await page.evaluate(async () => {
      const add = (html: string) => document.body.insertAdjacentHTML('beforeend', html);
      add('<img src="https://example.com/a.png" alt="">');
      add('<iframe src="https://example.com/" title="x"></iframe>');
      add('<object data="https://example.com/a.swf"></object>');
      await fetch('https://example.com/data.json').catch(() => undefined);
    });
    await expect.poll(() => problems.cspViolations.length, { message: path }).toBeGreaterThanOrEqual(4);
    const directives = problems.cspViolations.map((line) => line.split(':')[0]).sort();
    expect(directives, path).toEqual(['connect-src', 'frame-src', 'img-src', 'object-src']);
    // Refused by the browser before any request left the page.
    expect(problems.foreignRequests, path).toEqual([]);
  }
  await context.close();
});
