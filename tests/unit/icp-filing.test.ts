/**
 * The ICP filing number setting (`site.icpFiling`, src/config.ts): what it accepts and what stops
 * the build. That the footer shows it on every page, linked, is tests/build/staging.test.ts (a
 * build with it set) and tests/dist/footer-filing.test.ts (the real build, as configured).
 */
import { describe, expect, it } from 'vitest';
import { parseIcpFiling } from '../../src/config.ts';

describe('parseIcpFiling', () => {
  it('is null when no filing is set', () => {
    expect(parseIcpFiling(null)).toBeNull();
  });

  it('takes a number as the filing record writes it, with or without the website number', () => {
    for (const value of ['京ICP备12345678号', '京ICP备12345678号-1', '粤ICP备2021012345号-12', '沪ICP备05011566号'])
      expect(parseIcpFiling(value), value).toBe(value);
    expect(parseIcpFiling('  京ICP备12345678号-1 ')).toBe('京ICP备12345678号-1');
  });

  it('stops the build on anything else, naming the setting, the value and the expected form', () => {
    for (const value of [
      '',
      '12345678',
      'ICP备12345678号',
      '京ICP备号',
      '京ICP备12345678',
      '京ICP备12345678号-',
      'Beijing ICP 12345678',
    ])
      expect(() => parseIcpFiling(value), value).toThrow(
        new RegExp(
          `^site\\.icpFiling \\(src/config\\.ts\\): "${value}" is not an ICP filing number: .*京ICP备12345678号-1`,
        ),
      );
  });
});
