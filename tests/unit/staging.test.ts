import { describe, expect, it } from 'vitest';
import { parseStaging } from '../../src/config.ts';
import { robotsTxt } from '../../src/routes/robots.ts';

describe('SITE_STAGING', () => {
  it('is off unless set to 1 or true', () => {
    for (const value of [undefined, '', ' ', '0', 'false', 'FALSE'])
      expect(parseStaging(value), String(value)).toBe(false);
    for (const value of ['1', 'true', 'True', ' 1 ']) expect(parseStaging(value), value).toBe(true);
  });

  it('stops the build on any other value, naming the setting', () => {
    expect(() => parseStaging('yes')).toThrow(/SITE_STAGING: "yes" is not usable: expected 1/);
    expect(() => parseStaging('staging')).toThrow(/SITE_STAGING/);
  });
});

describe('robots.txt', () => {
  const sitemap = 'https://example.org/sitemap-index.xml';
  it('allows everything and names the sitemap on the public site', () => {
    expect(robotsTxt({ sitemap, staging: false })).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`);
  });
  it('disallows everything, with no sitemap, on a staging build', () => {
    const text = robotsTxt({ sitemap, staging: true });
    expect(text).toMatch(/^User-agent: \*\nDisallow: \/\n$/);
    expect(text).not.toContain('Sitemap');
  });
});
