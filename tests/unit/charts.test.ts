/**
 * Scales and layouts of the chart builders: honest bars (from zero, parts summing to the total, no
 * trend line between years counted differently), targets, places (every province and country
 * placed once, labels apart), text wrapping for Chinese, and heights fixed per layout mode.
 * Over the chart fixture (tests/fixtures/charts/), not content/: the ids and figures named here
 * are the fixture's, so an editor's change to content/ never breaks these tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zeroBasedScale, stackParts, bands } from '../../src/charts/scale.ts';
import { barSegments, partsTotal } from '../../src/charts/bars.ts';
import { builderFor, drawChart, staticDrawings } from '../../src/charts/index.ts';
import { BREAKPOINT, MIN_WIDTH, modeFor } from '../../src/charts/layout.ts';
import { progressShare, progressText } from '../../src/charts/target-progress.ts';
import { placeLabels, projection } from '../../src/charts/country-dots.ts';
import { countryPlaces } from '../../src/charts/geo/countries.ts';
import { GRID, provinceTiles } from '../../src/charts/geo/provinces.ts';
import { breakUnits, textWidth, wrap } from '../../src/charts/text.ts';
import { fillFigures } from '../../src/model/figure-tokens.ts';
import { chartTable } from '../../src/charts/table.ts';
import { formatFigure } from '../../src/i18n/format.ts';
import type { ChartData, DataOf, TargetProgressData } from '../../src/charts/types.ts';
import { dataFor, elements, fixtureContent, liveContent, texts } from './chart-helpers.ts';

const { charts, chartContent } = fixtureContent();
const num = (value: string | undefined) => Number(value);

describe('scales', () => {
  it('start at zero and end at a round number at or above the largest value', () => {
    for (const max of [1, 7, 17, 2053, 2700, 164500, 748000, 2650000, 25000000]) {
      const scale = zeroBasedScale(max, [0, 300]);
      expect(scale.domain[0]).toBe(0);
      expect(scale(0)).toBe(0);
      expect(scale.domain[1]).toBeGreaterThanOrEqual(max);
      expect(scale(max)).toBeLessThanOrEqual(300);
      expect(scale.ticks[0]).toBe(0);
    }
  });

  it('map upwards for vertical bars (zero at the bottom)', () => {
    const scale = zeroBasedScale(17, [200, 20]);
    expect(scale(0)).toBe(200);
    expect(scale(scale.domain[1])).toBe(20);
  });

  it('give a value of zero an empty scale rather than dividing by zero', () => {
    const scale = zeroBasedScale(0, [0, 100]);
    expect(scale(0)).toBe(0);
    expect(scale.domain).toEqual([0, 1]);
  });

  it('band years evenly', () => {
    const band = bands(['2023', '2024'], [0, 200]);
    expect(band.at('2024') - band.at('2023')).toBeCloseTo(band.step);
  });
});

describe('breakdowns', () => {
  it('stack parts end to end, so they sum to the total', () => {
    expect(stackParts([10000, 62000])).toEqual([
      [0, 10000],
      [10000, 72000],
    ]);
  });

  it('every value with parts, in the fixture and in content/, has parts that sum to its total', () => {
    for (const metric of [...chartContent.metrics.all, ...liveContent().chartContent.metrics.all]) {
      for (const value of metric.values) {
        if (!value.breakdown) continue;
        expect(
          value.breakdown.reduce((sum, part) => sum + part.value, 0),
          `${metric.id} ${value.year}`,
        ).toBe(value.value);
      }
    }
  });

  it('draws the 2024 newborn-care bar as its two parts, and the 2023 bar whole and grey', () => {
    const data = dataFor('newborn-care-training', 'en') as DataOf<'breakdown'>;
    const [total2023, total2024] = data.groups[0]!.rows.map((row) => row.datum);
    expect(barSegments(total2024!, true).map((segment) => [segment.value, segment.paint])).toEqual([
      [10000, 'c1'],
      [62000, 'c3'],
    ]);
    expect(partsTotal(total2024!)).toBe(total2024!.value);
    expect(barSegments(total2023!, true)).toEqual([{ value: 748000, paint: 'muted' }]);
  });

  it('draws a part that leaves a rest of the total as the part plus a grey rest', () => {
    const datum = (dataFor('newborn-care-training', 'en') as DataOf<'breakdown'>).groups[0]!.rows[1]!.datum;
    const partial = { ...datum, parts: [datum.parts![0]!] };
    expect(barSegments(partial, true).map((segment) => segment.value)).toEqual([10000, 62000]);
    expect(barSegments(partial, true)[1]!.paint).toBe('muted');
  });
});

/** Rows of horizontal bars: the leftmost segment of every bar starts at the zero line. */
function horizontalBarsStartAtZero(svg: string) {
  const zeroLines = elements(svg, 'line', 'chart-stroke-axis')
    .filter((line) => line.x1 === line.x2)
    .map((line) => num(line.x1));
  const rects = elements(svg, 'rect', 'chart-grow-x');
  expect(rects.length).toBeGreaterThan(0);
  const byRow = new Map<string, number[]>();
  for (const rect of rects) byRow.set(rect.y!, [...(byRow.get(rect.y!) ?? []), num(rect.x)]);
  for (const starts of byRow.values()) expect(zeroLines).toContain(Math.min(...starts));
}

describe('bars start at zero', () => {
  for (const chart of charts.filter((candidate) =>
    ['year-comparison', 'breakdown', 'target-progress', 'area-counts'].includes(candidate.kind),
  )) {
    it(`${chart.id}, phone layout: every bar starts at the zero line`, () => {
      horizontalBarsStartAtZero(drawChart(dataFor(chart.id, 'en'), 360).svg);
    });
  }

  for (const chart of charts.filter(
    (candidate) =>
      candidate.kind === 'breakdown' || candidate.kind === 'area-counts' || candidate.kind === 'target-progress',
  )) {
    it(`${chart.id}, wide layout: every bar starts at the zero line`, () => {
      horizontalBarsStartAtZero(drawChart(dataFor(chart.id, 'zh'), 960).svg);
    });
  }

  for (const chart of charts.filter((candidate) => candidate.kind === 'year-comparison')) {
    it(`${chart.id}, wide layout: every column stands on the zero line`, () => {
      const svg = drawChart(dataFor(chart.id, 'en'), 960).svg;
      const baselines = elements(svg, 'line', 'chart-stroke-axis')
        .filter((line) => line.y1 === line.y2)
        .map((line) => num(line.y1));
      const columns = elements(svg, 'rect', 'chart-grow-y');
      expect(columns.length).toBeGreaterThan(0);
      for (const column of columns) expect(baselines).toContain(num(column.y) + num(column.height));
    });
  }
});

describe('trend lines', () => {
  it('join years counted the same way, and only those', () => {
    const trends = (id: string, width: number) =>
      elements(drawChart(dataFor(id, 'en'), width).svg, 'path', 'chart-trend').length;
    for (const width of [360, 960]) {
      expect(trends('health-services-reach', width)).toBe(1);
      expect(trends('one-stop-centres', width)).toBe(1);
      // Counties are comparable, children served are not (comparable: false): one line, not two.
      expect(trends('child-protection-reach', width)).toBe(1);
      // Two different metrics, one year each: nothing to join.
      expect(trends('ssc-funding', width)).toBe(0);
      expect(trends('newborn-care-training', width)).toBe(0);
    }
  });

  it('a panel of years counted differently says so on the chart', () => {
    for (const width of [360, 960]) {
      const svg = drawChart(dataFor('child-protection-reach', 'en'), width).svg;
      expect(texts(svg).join(' ')).toContain('Counted differently in each year, so no trend line is drawn.');
      const zh = drawChart(dataFor('child-protection-reach', 'zh'), width).svg;
      expect(texts(zh).join('')).toContain('各年度统计口径不同，因此未绘制趋势线。');
    }
  });
});

describe('numbers read as on the rest of the site', () => {
  it('labels use formatFigure, with the qualifier, in both languages', () => {
    const en = texts(drawChart(dataFor('newborn-care-training', 'en'), 960).svg).join(' | ');
    expect(en).toContain(formatFigure(748000, 'people', 'almost', 'en').text);
    expect(en).toContain('almost 748,000');
    expect(en).toContain('more than 72,000');
    const zh = texts(drawChart(dataFor('newborn-care-training', 'zh'), 960).svg).join(' | ');
    expect(zh).toContain('近74.8万');
    expect(zh).toContain('超过7.2万');
    const online = chartContent.metrics
      .require('newborn-care-training')
      .values.find((entry) => entry.year === 2024)!
      .breakdown!.find((part) => part.id === 'online')!;
    expect(zh).toContain(
      `${online.label.zh}：${formatFigure(online.value, 'people', online.qualifier, 'zh', { zhWord: online.zhWord }).text}`,
    );
  });

  it('fills {metric@year} in chart texts, parts included', () => {
    expect(fillFigures('{newborn-care-training@2024/online} online', chartContent.metrics, 'en')).toBe(
      'more than 62,000 online',
    );
    expect(fillFigures('{health-services-reach@2024}', chartContent.metrics, 'zh')).toBe('超过265万');
    expect(() => fillFigures('{health-services-reach@2019}', chartContent.metrics, 'en')).toThrow(/does not exist/);
  });

  it('the text alternative states the numbers', () => {
    const data = dataFor('health-services-reach', 'en');
    expect(data.description).toContain('1.1 million in 2023');
    expect(data.description).toContain('more than 2.65 million in 2024');
    expect(drawChart(data, 360).svg).toContain(
      `<desc id="chart-health-services-reach-narrow-desc">${data.description}</desc>`,
    );
  });
});

describe('targets', () => {
  const data = dataFor('mental-health-target', 'en') as TargetProgressData;

  it('measure progress as the share of the target reached', () => {
    const result = data.results[0]!.datum;
    expect(progressShare(result, data.target.datum)).toBeCloseTo(1.645);
    // A result at or past the target number claims nothing: no source says the target was met.
    expect(progressText(data, result)).toBe('');
    expect(progressText(data, { ...result, value: data.target.datum.value })).toBe('');
    expect(progressText(data, { ...result, value: 64900 })).toBe('64% of the target');
    expect(progressText(dataFor('mental-health-target', 'zh') as TargetProgressData, { ...result, value: 50000 })).toBe(
      '已达目标的50%',
    );
  });

  it('draw the target line where the outlined target bar ends, and the result bar past it', () => {
    for (const width of [360, 960]) {
      const svg = drawChart(data, width).svg;
      const [line] = elements(svg, 'line', 'chart-target-line');
      const [targetBar] = elements(svg, 'rect', 'chart-target-bar');
      const [resultBar] = elements(svg, 'rect', 'chart-grow-x');
      expect(num(line!.x1)).toBeCloseTo(num(targetBar!.x) + num(targetBar!.width), 1);
      expect(num(resultBar!.x) + num(resultBar!.width)).toBeGreaterThan(num(line!.x1));
      expect(num(resultBar!.x)).toBe(num(targetBar!.x));
    }
  });
});

/** The first key of every data point drawn, in order. */
const pointIds = (svg: string) =>
  [...svg.matchAll(/class="chart-point"[^>]*data-keys="([^" ]+)/g)].map((match) => match[1]!);

describe('provinces', () => {
  it('every tile has its own square on the grid', () => {
    const cells = Object.values(provinceTiles).map((tile) => `${tile.col},${tile.row}`);
    expect(new Set(cells).size).toBe(cells.length);
    expect(cells).toHaveLength(34);
    for (const tile of Object.values(provinceTiles)) {
      expect(tile.col).toBeLessThan(GRID.cols);
      expect(tile.row).toBeLessThan(GRID.rows);
    }
  });

  it('every province named in the reviews is placed and highlighted exactly once', () => {
    const named = [
      'beijing',
      'gansu',
      'guangxi',
      'guizhou',
      'jiangsu',
      'jiangxi',
      'ningxia',
      'qinghai',
      'shandong',
      'sichuan',
    ];
    for (const lang of ['en', 'zh'] as const) {
      const data = dataFor('provinces-named', lang) as DataOf<'province-tiles'>;
      expect(
        data.provinces
          .filter((province) => province.years.length)
          .map((province) => province.id)
          .sort(),
      ).toEqual(named);
      for (const width of [360, 960]) {
        const svg = drawChart(data, width).svg;
        expect(pointIds(svg).sort()).toEqual(named);
        expect(elements(svg, 'rect', 'chart-tile')).toHaveLength(34);
      }
    }
  });

  it('Jiangsu is named in 2024 and coloured for that year; the others in 2023', () => {
    const data = dataFor('provinces-named', 'en') as DataOf<'province-tiles'>;
    expect(data.provinces.find((province) => province.id === 'jiangsu')!.years).toEqual([2024]);
    expect(
      data.provinces.find((province) => province.id === 'qinghai')!.mentions.map((mention) => mention.year),
    ).toEqual([2023, 2023]);
    const svg = drawChart(data, 960).svg;
    const jiangsu =
      /data-keys="jiangsu[^"]*"[^>]*>(?:<[^>]*>)*?<rect class="chart-mark chart-tile chart-fill-(\w+)"/.exec(svg);
    expect(jiangsu?.[1]).toBe('c3');
  });
});

describe('countries', () => {
  const countries = (chartContent.metrics.require('china-funded-programme-countries').values[0]!.items ?? []).map(
    (item) => item.id,
  );

  it('every country the metric lists has a position', () => {
    expect(countries).toHaveLength(24);
    for (const id of countries) expect(countryPlaces[id], id).toBeDefined();
  });

  it('every link from China stays inside the drawing, its top included', () => {
    for (const width of [560, 960, 1100]) {
      const links = [
        ...drawChart(dataFor('ssc-countries', 'en'), width).svg.matchAll(
          /<path d="M([\d.-]+),([\d.-]+)Q([\d.-]+),([\d.-]+) ([\d.-]+),([\d.-]+)" class="chart-link/g,
        ),
      ];
      expect(links.length).toBe(countries.length);
      for (const [, , y0, , control, , y1] of links) {
        // A quadratic curve's highest point is its midpoint: (start + 2 × control + end) / 4.
        expect((Number(y0) + 2 * Number(control) + Number(y1)) / 4).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('every country is placed exactly once, on the map and in the tiles', () => {
    for (const width of [360, 960]) {
      expect(pointIds(drawChart(dataFor('ssc-countries', 'zh'), width).svg).sort()).toEqual([...countries].sort());
    }
  });

  it('labels do not overlap one another', () => {
    const project = projection({ x: 8, y: 8, width: 704, height: 364 });
    const dots = countries.map((id) => {
      const [x, y] = project(countryPlaces[id]!.lon, countryPlaces[id]!.lat);
      return { id, x, y, label: id };
    });
    const placed = placeLabels(dots, 12.5, { width: 720, height: 380 });
    const boxes = dots.map((dot) => {
      const label = placed.get(dot.id)!;
      const width = textWidth(dot.label, 12.5);
      const x0 = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - width : label.x - width / 2;
      return { x0, x1: x0 + width, y0: label.y - 10, y1: label.y + 2 };
    });
    for (const [index, a] of boxes.entries()) {
      for (const b of boxes.slice(index + 1)) {
        expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false);
      }
    }
  });

  it('no border, coastline or outline is drawn: only straight graticule lines, dots and open links from China', () => {
    const svg = drawChart(dataFor('ssc-countries', 'en'), 960).svg;
    // The only curves are the links from China to each country: one open curve each, no shape.
    const links = /<g class="chart-links"[^>]*>(.*?)<\/g>/.exec(svg)?.[1] ?? '';
    const curves = [...links.matchAll(/<path d="([^"]*)"/g)].map((match) => match[1]!);
    const data = dataFor('ssc-countries', 'en');
    if (data.kind !== 'country-dots') throw new Error('ssc-countries is expected to be a country-dots chart');
    expect(curves).toHaveLength(data.countries.length);
    for (const d of curves) expect(d).toMatch(/^M[\d.,-]+Q[\d.,-]+ [\d.,-]+$/);
    const rest = svg.replace(/<g class="chart-links"[^>]*>.*?<\/g>/, '');
    expect(rest).not.toMatch(/<path/);
    expect(rest).not.toMatch(/<polygon/);
  });
});

describe('timeline', () => {
  it('places the twelve 2023 highlights in their months, in the source order', () => {
    const data = dataFor('highlights-2023', 'en') as DataOf<'timeline'>;
    expect(data.events.map((event) => event.month)).toEqual([1, 5, 6, 8, 8, 9, 9, 10, 11, 11, 11, 12]);
    expect(data.events[0]!.href).toBe('/en/2023/highlights/climate-resilient-sanitation/');
    for (const width of [360, 960])
      expect(pointIds(drawChart(data, width).svg)).toEqual(data.events.map((event) => event.slug));
    expect((dataFor('highlights-2023', 'zh') as DataOf<'timeline'>).months[10]).toBe('11月');
  });
});

describe('Chinese text', () => {
  it('breaks between Han characters, never before closing punctuation or inside a number', () => {
    const lines = wrap('联合国儿童基金会与中国政府携手合作已超过40年，为儿童服务。覆盖74.8万名卫生工作者', 80, 13);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) {
      expect(textWidth(line, 13)).toBeLessThanOrEqual(80 + 13);
      expect(line).not.toMatch(/^[，。、）]/);
    }
    expect(lines.join('')).toBe('联合国儿童基金会与中国政府携手合作已超过40年，为儿童服务。覆盖74.8万名卫生工作者');
    expect(breakUnits('近74.8万').map((unit) => unit.text)).toEqual(['近', '74.8万']);
  });

  it('English breaks at spaces and keeps them', () => {
    const text = 'Children and caregivers reached with quality health services';
    const lines = wrap(text, 150, 13);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(150);
    expect(lines.join(' ')).toBe(text);
  });

  it('ends a truncated text with an ellipsis', () => {
    const lines = wrap('one two three four five six seven eight nine ten', 60, 13, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
  });
});

describe('layout modes', () => {
  it('the breakpoint matches the container query in charts.css', () => {
    const css = readFileSync(join(import.meta.dirname, '../../src/styles/charts.css'), 'utf8');
    expect(css).toContain(`@container (min-width: ${BREAKPOINT}px)`);
    expect(modeFor(BREAKPOINT - 1)).toBe('narrow');
    expect(modeFor(BREAKPOINT)).toBe('wide');
  });

  it('a chart has one height per mode, whatever the width, so the page never shifts when it re-draws', () => {
    for (const chart of charts) {
      for (const lang of ['en', 'zh'] as const) {
        const data: ChartData = dataFor(chart.id, lang);
        const builder = builderFor(data);
        for (const [mode, widths] of [
          ['narrow', [MIN_WIDTH.narrow, 400, 559]],
          ['wide', [MIN_WIDTH.wide, 800, 1100]],
        ] as const) {
          const height = builder.height(data, mode);
          for (const width of widths)
            expect(drawChart(data, width).height, `${chart.id} ${lang} ${width}`).toBe(height);
        }
        const drawings = staticDrawings(data);
        expect(drawings.narrow.height).toBe(builder.height(data, 'narrow'));
        expect(drawings.wide.height).toBe(builder.height(data, 'wide'));
      }
    }
  });

  it('and its marks fit that height at every width of the mode: nothing is drawn below the drawing', () => {
    // The page reserves the mode's one height; a mark below it would be drawn over what follows the
    // chart, or cut off where the drawing's paint is clipped (content-visibility, charts.css).
    const bottoms = (svg: string) => {
      const dy = Number(/<g transform="translate\(0 ([\d.]+)\)">/.exec(svg)?.[1] ?? 0);
      const attributes = (tag: string) =>
        [...svg.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'g'))].map((match) =>
          Object.fromEntries(
            [...match[1]!.matchAll(/([\w:-]+)="([^"]*)"/g)].map((attr) => [attr[1]!, Number(attr[2])]),
          ),
        );
      return [
        ...attributes('rect').map((rect) => (rect.y ?? 0) + (rect.height ?? 0)),
        ...attributes('circle').map((circle) => (circle.cy ?? 0) + (circle.r ?? 0)),
        ...attributes('text').map((text) => text.y ?? 0),
      ].map((bottom) => bottom + dy);
    };
    const overflows: string[] = [];
    for (const chart of charts) {
      for (const lang of ['en', 'zh'] as const) {
        const data: ChartData = dataFor(chart.id, lang);
        for (const width of [MIN_WIDTH.narrow, 340, 400, 480, 559, MIN_WIDTH.wide, 800, 1100]) {
          const { svg, height } = drawChart(data, width);
          const lowest = Math.max(...bottoms(svg.replace(/^<svg\b[^>]*>/, '')));
          if (lowest > height) overflows.push(`${chart.id} ${lang} at ${width}: ${lowest} > ${height}`);
        }
      }
    }
    expect(overflows).toEqual([]);
  });

  it('ids differ between the two static drawings of a page', () => {
    const drawings = staticDrawings(dataFor('one-stop-centres', 'en'));
    expect(drawings.narrow.svg).toContain('id="chart-one-stop-centres-narrow-title"');
    expect(drawings.wide.svg).toContain('id="chart-one-stop-centres-wide-title"');
  });
});

describe('themes', () => {
  it('write colours and the font out, for renderers without CSS (social images)', () => {
    const colors = {
      c1: '#0068a0',
      c3: '#b3446c',
      c4: '#6a4c93',
      muted: '#4a5f6d',
      tile: '#e6eef3',
      'on-mark': '#ffffff',
      text: '#102a3a',
      'text-muted': '#4a5f6d',
      axis: '#4a5f6d',
      grid: '#dde8ee',
      bg: '#fffffe',
      target: '#102a3a',
    } as const;
    for (const chart of charts) {
      const data = dataFor(chart.id, 'zh');
      const builder = builderFor(data);
      const svg = builder.build(data, 960, builder.height(data, 'wide'), 'zh', {
        colors,
        fontFamily: 'Noto Sans SC',
      }).svg;
      expect(svg, chart.id).toContain('font-family="Noto Sans SC"');
      expect(svg, chart.id).toMatch(/<rect width="960" height="[\d.]+" fill="#fffffe"\/>/);
      // Every text has its colour written out.
      expect(svg.match(/<text\b(?![^>]*\bfill=")[^>]*>/g), chart.id).toBeNull();
    }
  });

  it('leave colours to CSS classes otherwise', () => {
    const svg = drawChart(dataFor('newborn-care-training', 'en'), 960).svg;
    expect(svg).not.toMatch(/\sfill="#/);
    expect(svg).not.toMatch(/\sstyle="/);
    expect(svg).toContain('class="chart-mark chart-grow-x chart-fill-c1"');
  });
});

describe('data tables', () => {
  it('list every drawn value as the page writes it, with links to the figures', () => {
    // Expected rows come from the metric itself, so a routine edit to its wording cannot break this.
    const metric = chartContent.metrics.require('newborn-care-training');
    const table = chartTable(dataFor('newborn-care-training', 'zh'), 'zh');
    expect(table.rows.map((row) => row.map((cell) => cell.text))).toEqual(
      [...metric.values]
        .sort((a, b) => a.year - b.year)
        .map((entry) => [
          // A year the source words differently keeps its own label, so two years never share one.
          (entry.label ?? metric.label).zh,
          String(entry.year),
          formatFigure(entry.value, metric.unit, entry.qualifier, 'zh', { zhWord: entry.zhWord }).text,
          (entry.breakdown ?? [])
            .map(
              (part) =>
                `${part.label.zh}：${formatFigure(part.value, metric.unit, part.qualifier, 'zh', { zhWord: part.zhWord }).text}`,
            )
            .join('；'),
        ]),
    );
    expect(table.rows[0]![0]!.href).toBe('/zh/figures/newborn-care-training/');
  });
});
