/**
 * The `_headers` file the build writes, read by Netlify's own headers engine (@netlify/headers,
 * which `netlify dev` uses, with Netlify's parser @netlify/headers-parser), over every kind of
 * path. Netlify applies every rule whose path matches, in file order, a later rule's header
 * replacing an earlier one of the same name; it has no `! Name` detach (a line without a colon
 * is dropped). So an embed page cannot lose the catch-all's framing headers there: it must
 * override them. tests/unit/headers.test.ts reads the same file as Cloudflare Pages does.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HeadersHandler } from '@netlify/headers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedRules } from '../../src/routes/headers.ts';
import { framingHeaders, securityHeaders } from '../../src/routes/security-policy.ts';

const root = join(import.meta.dirname, '../..');
const embed = '/embed/zh/some-chart/';
let dir: string;
let handler: HeadersHandler;
const errors: string[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'netlify-headers-'));
  // What the build writes to dist/_headers: public/_headers plus one rule per embed page.
  const base = readFileSync(join(root, 'public/_headers'), 'utf8');
  writeFileSync(join(dir, '_headers'), `${base}\n${embedRules(embed, framingHeaders)}\n`);
  const logger = { error: (message: string) => errors.push(message), log() {}, warn() {} };
  handler = new HeadersHandler({ projectDir: dir, logger: logger as never });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The headers Netlify sends for a path, names lowercased (HTTP header names are case-insensitive). */
async function netlifyHeaders(path: string): Promise<Record<string, string>> {
  const sent = await handler.apply(new Request(`https://example.org${path}`));
  return Object.fromEntries(Object.entries(sent).map(([name, value]) => [name.toLowerCase(), value]));
}

/**
 * Whether a browser lets another site frame a response with these headers: CSP `frame-ancestors`
 * decides when present (browsers then ignore X-Frame-Options, CSP Level 2 §7.7.1); otherwise
 * X-Frame-Options DENY or SAMEORIGIN forbids it.
 */
function frameableBy(headers: Record<string, string>): boolean {
  const ancestors = /(?:^|[;,])\s*frame-ancestors\s+([^;,]*)/i.exec(headers['content-security-policy'] ?? '');
  if (ancestors) {
    // Several policies (comma-joined) are all enforced: any that refuses wins.
    const all = [...(headers['content-security-policy'] ?? '').matchAll(/frame-ancestors\s+([^;,]*)/gi)];
    return all.every(([, sources]) => /(^|\s)(\*|https:)(\s|$)/.test(sources!.trim()));
  }
  return !/^(deny|sameorigin)$/i.test((headers['x-frame-options'] ?? '').trim());
}

const lower = (headers: Record<string, string>) =>
  Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));

describe('dist/_headers as Netlify applies it', () => {
  it('parses without errors', async () => {
    await netlifyHeaders('/');
    expect(errors).toEqual([]);
  });

  const paths = [
    '/',
    '/index.html',
    '/en/',
    '/zh/2024/health/',
    '/zh/charts/a/',
    '/en/figures/b/',
    '/en/data/',
    '/404.html',
    '/nonexistent/',
    '/embed/',
    '/embed/en/nope/',
    '/embed/zh/some-chart/extra/',
    '/_astro/x.js',
    '/_astro/clinic-visit.abc_123.avif',
    '/og/en/charts/a.png',
    '/downloads/a-en.csv',
    '/data/metrics.csv',
    '/pagefind/pagefind.js',
    '/sitemap-index.xml',
    '/robots.txt',
    '/%65n/',
  ];
  it.each(paths)('sends every security header on %s, and it cannot be framed', async (path) => {
    const headers = await netlifyHeaders(path);
    expect(headers).toEqual(lower(securityHeaders));
    expect(frameableBy(headers)).toBe(false);
  });

  it.each([embed, `${embed}index.html`])(
    'lets the built embed page %s be framed, kept out of search, with the other security headers',
    async (path) => {
      const headers = await netlifyHeaders(path);
      expect(frameableBy(headers), JSON.stringify(headers)).toBe(true);
      expect(headers['x-robots-tag']).toBe('noindex');
      for (const [name, value] of Object.entries(lower(securityHeaders)))
        if (!(framingHeaders as readonly string[]).some((framing) => framing.toLowerCase() === name))
          expect(headers[name], name).toBe(value);
    },
  );
});

describe('frameableBy', () => {
  it('reads frame-ancestors before X-Frame-Options, and enforces every policy', () => {
    expect(frameableBy({})).toBe(true);
    expect(frameableBy({ 'x-frame-options': 'DENY' })).toBe(false);
    expect(frameableBy({ 'content-security-policy': "frame-ancestors 'none'" })).toBe(false);
    expect(frameableBy({ 'x-frame-options': 'DENY', 'content-security-policy': 'frame-ancestors *' })).toBe(true);
    expect(frameableBy({ 'content-security-policy': "frame-ancestors 'none', frame-ancestors *" })).toBe(false);
  });
});
