/**
 * Every chart, in both languages, at a phone width and a desktop width, kept as SVG files in
 * tests/unit/__snapshots__/charts/: a change to a builder or to the data shows up in review as a
 * diff of the drawing. One element per line so the diffs read well. Deterministic: numbers are
 * rounded to two decimals, ids come from the chart id, and time zone and locale are fixed.
 * After an intended change: npx vitest run --config tests/vitest.config.ts -u tests/unit/charts.snapshot.test.ts
 */
import { describe, expect, it } from 'vitest';
import { drawChart } from '../../src/charts/index.ts';
import { chartData } from '../../src/charts/data.ts';
import { languages } from '../../src/lib/i18n.ts';
import { siteContent } from './chart-helpers.ts';

const { charts, chartContent } = siteContent();
const widths = [360, 960];

describe('chart snapshots', () => {
  it('cover every kind of chart', () => {
    expect(new Set(charts.map((chart) => chart.kind))).toEqual(
      new Set(['year-comparison', 'breakdown', 'target-progress', 'area-counts', 'country-dots', 'province-tiles', 'timeline']),
    );
  });

  for (const chart of charts) {
    for (const lang of languages) {
      for (const width of widths) {
        it(`${chart.id} (${chart.kind}), ${lang}, ${width}px`, async () => {
          const model = drawChart(chartData(chart, chartContent, lang), width);
          expect(model.width).toBe(width);
          await expect(model.svg.replace(/></g, '>\n<') + '\n').toMatchFileSnapshot(`__snapshots__/charts/${chart.id}.${lang}.${width}.svg`);
        });
      }
    }
  }
});
