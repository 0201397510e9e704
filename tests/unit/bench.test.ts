import { describe, expect, it } from 'vitest';
import { pageKind, summarise, type PageWeight } from '../../src/bench/budgets.ts';

describe('pageKind', () => {
  it.each([
    ['/', 'root'],
    ['/en/', 'home'],
    ['/zh/2024/', 'year'],
    ['/en/2024/health/', 'chapter'],
    ['/en/2023/highlights/', 'highlights'],
    ['/zh/2023/highlights/healthy-food/', 'highlight'],
    ['/en/figures/partners/', 'figure'],
    ['/en/charts/', 'gallery'],
    ['/zh/charts/ssc-countries/', 'chart'],
    ['/en/data/', 'data'],
    ['/en/search/', 'search'],
    ['/embed/en/ssc-countries/', 'embed'],
    ['/en/about/', 'page'],
    ['/404.html', '404'],
  ])('%s is a %s page', (path, kind) => {
    expect(pageKind(path)).toBe(kind);
  });
});

const page = (overrides: Partial<PageWeight>): PageWeight => ({
  path: '/en/about/',
  kind: 'page',
  html: 5000,
  css: 4000,
  js: 0,
  requests: 3,
  hasChart: false,
  hasShareMenu: false,
  ...overrides,
});

describe('budgets', () => {
  it('pass a light site', () => {
    const { failures, rows } = summarise(
      [page({}), page({ path: '/en/charts/x/', kind: 'chart', js: 9000, hasChart: true })],
      95000,
    );
    expect(failures).toEqual([]);
    expect(rows.map((row) => row.kind)).toEqual(['chart', 'page']);
  });

  it('fail JavaScript on a page without charts', () => {
    expect(summarise([page({ js: 10 })], 95000).failures).toEqual([
      '/en/about/: 10 B of JavaScript on a page without charts (budget 0 B)',
    ]);
  });

  it('allow only the small share-menu script on a page without charts', () => {
    expect(summarise([page({ js: 481, hasShareMenu: true })], 95000).failures).toEqual([]);
    expect(summarise([page({ js: 2000, hasShareMenu: true })], 95000).failures).toEqual([
      '/en/about/: 2000 B of JavaScript on a page without charts (budget 1024 B, the share menu)',
    ]);
  });

  it('fail a heavy chart page and a heavy story', () => {
    const { failures } = summarise(
      [
        page({ path: '/en/charts/x/', kind: 'chart', js: 20000, hasChart: true }),
        page({ path: '/en/2024/health/', kind: 'chapter', html: 40000, css: 20000 }),
      ],
      95000,
    );
    expect(failures).toEqual([
      '/en/charts/x/: 20000 B of JavaScript on a chart page (budget 14336 B)',
      '/en/2024/health/: 60000 B of HTML + CSS on a story (budget 51200 B)',
    ]);
  });
});
