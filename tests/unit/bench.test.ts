import { describe, expect, it } from 'vitest';
import { pageKind, summarise, type PageWeight } from '../../src/bench/budgets.ts';
import { copyStory, copyYaml, kindTimings, median, scaleFailures, scaleTable } from '../../src/bench/scale.ts';
import { cpuSlowdownFor } from '../../src/bench/throttling.ts';

describe('pageKind', () => {
  it.each([
    ['/', 'root'],
    ['/en/', 'home'],
    ['/zh/2024/', 'year'],
    ['/en/2024/health/', 'chapter'],
    ['/zh/2024/edition/', 'edition'],
    ['/en/2023/highlights/', 'highlights'],
    ['/zh/2023/highlights/healthy-food/', 'highlight'],
    ['/en/figures/partners/', 'figure'],
    ['/en/charts/', 'gallery'],
    ['/zh/charts/ssc-countries/', 'chart'],
    ['/en/data/', 'data'],
    ['/zh/changes/', 'changes'],
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

  it('allow the open-data page its explorer script, and no other page without charts', () => {
    expect(summarise([page({ path: '/en/data/', kind: 'data', js: 1500 })], 95000).failures).toEqual([]);
    expect(summarise([page({ path: '/en/data/', kind: 'data', js: 3000 })], 95000).failures).toEqual([
      "/en/data/: 3000 B of JavaScript on a page without charts (budget 2048 B, the data page's own script)",
    ]);
    expect(summarise([page({ path: '/en/changes/', kind: 'changes', js: 1500 })], 95000).failures).toEqual([
      '/en/changes/: 1500 B of JavaScript on a page without charts (budget 0 B)',
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

describe('scale benchmark', () => {
  const ids = { metrics: new Set(['partners', 'ssc-funding']), charts: new Set(['ssc-chart']) };

  it('copies a metric or chart with every id and figure token pointing at the same copy, and fixed words kept', () => {
    const metric =
      'id: partners\nunit: partners\narea: advocacy\nnote:\n  en: "See {ssc-funding@2024} and {other@2024}"\n';
    expect(copyYaml(metric, ids, 3)).toBe(
      'id: partners-x3\nunit: partners\narea: advocacy\nnote:\n  en: See {ssc-funding-x3@2024} and {other@2024}\n',
    );
    expect(copyYaml('id: ssc-chart\nmetrics: [partners, ssc-funding]\n', ids, 2)).toBe(
      'id: ssc-chart-x2\nmetrics:\n  - partners-x2\n  - ssc-funding-x2\n',
    );
  });

  it('copies a story with its references, a title of its own and an order after the originals', () => {
    const story =
      '---\ntitle: "Health"\norder: 2\n---\n\n<Metric id="partners" year={2024} /> partners <Chart id="ssc-chart" /> {ssc-funding@2024} "other"\n';
    expect(copyStory(story, ids, 2)).toBe(
      '---\ntitle: "Health (copy B)"\norder: 2002\n---\n\n<Metric id="partners-x2" year={2024} /> partners <Chart id="ssc-chart-x2" /> {ssc-funding-x2@2024} "other"\n',
    );
  });

  it('reads per-kind route times from the build log', () => {
    const log = [
      ' generating static routes ',
      '15:12:32   ├─ /en/charts/a/index.html (+30ms) ',
      '15:12:32   ├─ /zh/charts/b/index.html (+10ms) ',
      '15:12:32   ├─ /og/en/charts/a.png (+100ms) ',
      '15:12:32   ├─ /og/zh/charts/a.png (+1.50s) ',
      '\u001b[2m15:12:32\u001b[22m   └─ /downloads/a-en.csv (+4ms) ',
    ].join('\n');
    expect(kindTimings(log)).toEqual([
      { kind: 'preview picture', routes: 2, totalMs: 1600, msPerRoute: 800, medianMs: 800 },
      { kind: 'chart', routes: 2, totalMs: 40, msPerRoute: 20, medianMs: 20 },
      { kind: 'download csv', routes: 1, totalMs: 4, msPerRoute: 4, medianMs: 4 },
    ]);
  });

  it('fails a kind whose cost per route more than doubles, and not a small or flat one', () => {
    const at = (ms: number, routes = 10, kind = 'chart') => [
      { kind, routes, totalMs: ms * routes, msPerRoute: ms, medianMs: ms },
    ];
    expect(scaleFailures([at(15), at(83, 200)], [1, 20])).toEqual([
      'chart: 83.0 ms per route (median) at 20x, 5.5 times 15.0 ms at 1x (budget 2 times)',
    ]);
    expect(scaleFailures([at(15), at(25, 50)], [1, 5])).toEqual([]);
    expect(scaleFailures([at(2), at(6, 50)], [1, 5])).toEqual([]);
    // A listing page (as many routes at 5x as at 1x) may cost more per page.
    expect(scaleFailures([at(15, 2), at(75, 2)], [1, 5])).toEqual([]);
    expect(scaleTable([at(10), at(15)])[0]).toMatchObject({ kind: 'chart', ratio: [1, 1.5], medianRatio: [1, 1.5] });
  });

  it('judges the median page: one slow route (a warm-up, a garbage collection) is not a cost per page', () => {
    const log = (times: number[]) =>
      times.map((ms, index) => `  ├─ /downloads/c${index}-en.svg (+${ms}ms) `).join('\n');
    const oneX = kindTimings(log([5, 4, 6, 5, 5]));
    // 5x: every page as cheap, but one route absorbed a 300 ms pause: the mean is 2.4 times 1x's.
    const fiveX = kindTimings(log([...Array.from({ length: 24 }, () => 5), 300]));
    expect(oneX[0]).toMatchObject({ kind: 'download svg', medianMs: 5, msPerRoute: 5 });
    expect(fiveX[0]!.msPerRoute / oneX[0]!.msPerRoute).toBeGreaterThan(2);
    expect(scaleFailures([oneX, fiveX], [1, 5])).toEqual([]);
    // Every page slower is a failure.
    expect(scaleFailures([oneX, kindTimings(log(Array.from({ length: 25 }, () => 20)))], [1, 5])).toEqual([
      'download svg: 20.0 ms per route (median) at 5x, 4.0 times 5.0 ms at 1x (budget 2 times)',
    ]);
  });
});

describe('Lighthouse CPU slowdown', () => {
  // The calculator's points (src/bench/throttling.ts): Lighthouse's default 4x belongs to an index of 1,533.
  it.each([
    [150, 1],
    [800, 2],
    [1050, 2.5],
    [1300, 3],
    [1533, 4],
    [1766, 5],
    [2000, 6],
  ])('an index of %d gives %dx', (index, multiplier) => {
    expect(cpuSlowdownFor(index)).toBeCloseTo(multiplier, 1);
  });

  it('is continuous and rises with the index', () => {
    const indices = Array.from({ length: 400 }, (_, step) => 150 + step * 5);
    const multipliers = indices.map(cpuSlowdownFor);
    for (let step = 1; step < multipliers.length; step += 1) {
      expect(multipliers[step]!).toBeGreaterThanOrEqual(multipliers[step - 1]!);
      expect(multipliers[step]! - multipliers[step - 1]!).toBeLessThan(0.035); // steepest line: 5 / 233 plus rounding
    }
  });

  it('refuses a host too slow to emulate the phone, and a missing index', () => {
    expect(() => cpuSlowdownFor(149)).toThrow(/too slow/);
    expect(() => cpuSlowdownFor(Number.NaN)).toThrow(RangeError);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
