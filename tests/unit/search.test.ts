/** What goes into the search index: content pages in both languages, not the pages that only list or lead to others. */
import { describe, expect, it } from 'vitest';
import { isSearchable, pathOfBuiltFile } from '../../src/browser/search-phrases.ts';

describe('isSearchable', () => {
  it.each([
    '/en/',
    '/zh/',
    '/en/2024/',
    '/zh/2024/health/',
    '/en/2023/highlights/healthy-food/',
    '/zh/figures/partners/',
    '/en/charts/ssc-countries/',
    '/en/about/',
  ])('indexes %s', (path) => expect(isSearchable(path)).toBe(true));

  it.each([
    '/',
    '/404.html',
    '/en/search/',
    '/zh/search/',
    '/en/data/',
    '/zh/data/',
    '/en/changes/',
    '/zh/changes/',
    '/embed/en/ssc-countries/',
    '/en/embed/x/',
    '/data/metrics.csv',
  ])('leaves out %s', (path) => expect(isSearchable(path)).toBe(false));
});

describe('pathOfBuiltFile', () => {
  it('turns dist/ file paths into site paths', () => {
    expect(pathOfBuiltFile('en/about/index.html')).toBe('/en/about/');
    expect(pathOfBuiltFile('index.html')).toBe('/');
    expect(pathOfBuiltFile('404.html')).toBe('/404.html');
    expect(pathOfBuiltFile('zh\\2024\\health\\index.html')).toBe('/zh/2024/health/');
  });
});
