/**
 * SITE_URL is an input like any other (issue 18): a value the site cannot be built for stops
 * the build with a message that names SITE_URL, the value and what it expects.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, parseSiteUrl } from '../../src/config.ts';
import { alternatesOf, normaliseBase, sitePath, withoutBase } from '../../src/i18n/languages.ts';

const root = join(import.meta.dirname, '../..');

describe('SITE_URL', () => {
  it('accepts an http(s) origin, with or without its trailing slash, and defaults to production', () => {
    expect(parseSiteUrl(undefined)).toEqual({ origin: DEFAULT_SITE_URL, base: '/' });
    expect(parseSiteUrl('  ')).toEqual({ origin: DEFAULT_SITE_URL, base: '/' });
    expect(parseSiteUrl('https://example.org/')).toEqual({ origin: 'https://example.org', base: '/' });
    expect(parseSiteUrl('http://localhost:4399')).toEqual({ origin: 'http://localhost:4399', base: '/' });
  });

  it('reads the path a site lives under as its base, with both slashes', () => {
    expect(parseSiteUrl('https://example.org/yir')).toEqual({ origin: 'https://example.org', base: '/yir/' });
    expect(parseSiteUrl('https://example.org/a/yir/')).toEqual({ origin: 'https://example.org', base: '/a/yir/' });
  });

  it.each([
    ['example.org', /is not an address/],
    ['not a url', /is not an address/],
    ['ftp://example.org', /starts with "ftp:"/],
    ['mailto:a@example.org', /starts with "mailto:"/],
    ['https://user:secret@example.org', /user name or password/],
    ['https://example.org/?x=1', /query/],
    ['https://example.org/#top', /fragment/],
    ['https://example.org//yir/', /empty, "\." or "\.\." segment/],
    ['https://example.org/a/../yir/', /empty, "\." or "\.\." segment/],
  ])('refuses %s, naming SITE_URL and what it expects', (value, problem) => {
    expect(() => parseSiteUrl(value)).toThrow(problem);
    expect(() => parseSiteUrl(value)).toThrow(/^SITE_URL: .*expected the absolute address/);
  });

  it('a bad SITE_URL stops astro.config.mjs, so astro build and astro dev stop before anything is built', () => {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', "await import('./astro.config.mjs')"], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, SITE_URL: 'htps//example.org' },
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('SITE_URL: "htps//example.org" is not an address');
  }, 60_000);
});

describe('site paths under a base', () => {
  it('adds the base once, and takes it off again', () => {
    expect(sitePath('/favicon.svg', '/yir/')).toBe('/yir/favicon.svg');
    expect(sitePath('en/about/', '/yir/')).toBe('/yir/en/about/');
    expect(sitePath('/yir/en/', '/yir/')).toBe('/yir/en/');
    expect(sitePath('/', '/yir/')).toBe('/yir/');
    expect(sitePath('/en/', '/')).toBe('/en/');
    expect(withoutBase('/yir/en/about/', '/yir/')).toBe('/en/about/');
    expect(withoutBase('/yir/', '/yir/')).toBe('/');
    expect(withoutBase('/other/', '/yir/')).toBe('/other/');
    expect(['yir', '/yir', '/yir/', '', '/'].map(normaliseBase)).toEqual(['/yir/', '/yir/', '/yir/', '/', '/']);
  });

  it('writes hreflang alternates and x-default under the base', () => {
    expect(alternatesOf('https://example.org/yir/zh/about/', '/yir/')).toEqual([
      { hreflang: 'en', href: 'https://example.org/yir/en/about/' },
      { hreflang: 'zh-CN', href: 'https://example.org/yir/zh/about/' },
      { hreflang: 'x-default', href: 'https://example.org/yir/' },
    ]);
  });
});
