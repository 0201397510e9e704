/**
 * The response headers: public/_headers read as Cloudflare Pages reads it (every matching rule
 * applies, `! Name` detaches from the other rules; tests/unit/netlify-headers.test.ts reads it
 * with Netlify's engine), paths matched as the file server resolves them (decoded), and the
 * rules the build writes for embed pages. The same rules against a running `astro preview` are in
 * tests/e2e/headers.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  conflictsAt,
  embedRules,
  headersFor,
  parseHeadersFile,
  patternMatches,
  requestPath,
} from '../../src/routes/headers.ts';
import { framingHeaders, securityHeaders } from '../../src/routes/security-policy.ts';

const root = join(import.meta.dirname, '../..');
const base = readFileSync(join(root, 'public/_headers'), 'utf8');
const embed = '/embed/zh/some-chart/';
// What the build writes: public/_headers plus one rule per embed page.
const rules = parseHeadersFile(`${base}\n${embedRules(embed, framingHeaders)}\n`);

describe('_headers', () => {
  it('matches paths as Netlify and Cloudflare Pages do', () => {
    expect(patternMatches('/', '/')).toBe(true);
    expect(patternMatches('/', '/en/')).toBe(false);
    expect(patternMatches('/en/*', '/en/charts/a/')).toBe(true);
    expect(patternMatches('/embed/*', '/embedded/')).toBe(false);
    expect(patternMatches('/*', '/nonexistent/')).toBe(true);
  });

  it('decodes a path before matching it, as the file server does before it finds the file', () => {
    expect(requestPath('/%65n/?q=1#x')).toBe('/en/');
    expect(requestPath('/%65mbed/zh/some-chart/')).toBe('/embed/zh/some-chart/');
    expect(requestPath('/%E4/')).toBe('/%E4/');
    expect(headersFor(rules, '/%65mbed/zh/some-chart/')['X-Frame-Options']).toBeUndefined();
  });

  it('sends every security header on every kind of path, 404s and files included', () => {
    const paths = [
      '/',
      '/index.html',
      '/en/',
      '/%65n/',
      '/zh/charts/a/',
      '/en/figures/b/',
      '/404.html',
      '/nonexistent/',
      '/embed/en/nope/',
      '/embed/',
      '/embed/zh/some-chart/extra/',
      '/_astro/x.js',
      '/og/en/charts/a.png',
      '/downloads/a-en.csv',
      '/pagefind/pagefind.js',
      '/sitemap-index.xml',
      '/%E4/',
    ];
    for (const path of paths) expect(headersFor(rules, path), path).toEqual(securityHeaders);
  });

  it('lets only a built embed page be framed, at both of its addresses', () => {
    const { 'X-Frame-Options': _frame, 'Content-Security-Policy': _policy, ...rest } = securityHeaders;
    for (const path of [embed, `${embed}index.html`, `${embed}?theme=dark`])
      expect(headersFor(rules, path), path).toEqual({ ...rest, 'X-Robots-Tag': 'noindex' });
  });

  it('public/_headers sends the values of src/routes/security-policy.ts', () => {
    expect(headersFor(parseHeadersFile(base), '/anything/')).toEqual(securityHeaders);
  });

  it('never sets one header from two rules on one path (hosts combine those differently)', () => {
    for (const path of ['/', '/en/a/', '/zh/a/', '/404.html', embed, `${embed}index.html`, '/embed/en/a/'])
      expect(conflictsAt(rules, path)).toEqual([]);
  });

  it('reports a header line outside a rule or a malformed detach', () => {
    expect(() => parseHeadersFile('  X-Frame-Options: DENY')).toThrow(/_headers:1: .*under a path/);
    expect(() => parseHeadersFile('/a\n  ! X Frame')).toThrow(/_headers:2: .*"! Header-Name"/);
  });
});
