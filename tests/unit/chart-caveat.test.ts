/**
 * Caveats travel with the chart (issue 16 item 6): where bars must not be read as a trend, the
 * sentence saying so is part of the drawing, so the page, the embed, the SVG and PNG downloads and
 * the preview pictures all carry it. Over the frozen chart fixture: ssc-funding and ecd-coverage
 * state their own caveat; newborn-care-training states none but draws two years of a metric
 * marked comparable: false, so it gets the standard one.
 */
import { describe, expect, it } from 'vitest';
import { builderFor, drawChart } from '../../src/charts/index.ts';
import { modeFor } from '../../src/charts/layout.ts';
import { chartCaveat, chartData } from '../../src/charts/data.ts';
import { t } from '../../src/i18n/index.ts';
import { languages } from '../../src/i18n/languages.ts';
import { pictureTheme } from '../../src/share/pictures.ts';
import { dataFor, fixtureContent } from './chart-helpers.ts';

const spec = (id: string) => fixtureContent().charts.find((chart) => chart.id === id)!;
/** The text inside the drawing's caveat group, tspans joined by spaces. */
const drawnCaveat = (svg: string) => {
  const group = /<g class="chart-caveat">([\s\S]*?)<\/g>/.exec(svg)?.[1];
  if (!group) return undefined;
  const texts = [...group.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((match) => match[1]!);
  const sentence = texts.at(-1)!;
  const lines = [...sentence.matchAll(/<tspan\b[^>]*>([^<]*)<\/tspan>/g)].map((match) => match[1]!);
  return lines.length ? lines : [sentence];
};

describe('chart caveats', () => {
  it("use the spec's own sentence when it states one", () => {
    for (const lang of languages)
      expect(chartCaveat(spec('ssc-funding'), fixtureContent().chartContent, lang)).toBe(
        spec('ssc-funding').caveat![lang],
      );
  });

  it('fall back to the standard sentence for two years of a metric counted differently', () => {
    const newborn = spec('newborn-care-training');
    expect(newborn.caveat).toBeUndefined();
    for (const lang of languages)
      expect(chartCaveat(newborn, fixtureContent().chartContent, lang)).toBe(t(lang, 'chart.caveat'));
  });

  it('are absent where every drawn series compares across its years', () => {
    expect(chartCaveat(spec('health-services-reach'), fixtureContent().chartContent, 'en')).toBeUndefined();
  });

  for (const id of ['ssc-funding', 'ecd-coverage', 'newborn-care-training'])
    for (const lang of languages)
      for (const width of [320, 360, 559, 560, 720, 1100])
        it(`${id} (${lang}, ${width}px) draws its caveat whole, inside the height the page reserves`, () => {
          const data = dataFor(id, lang);
          const model = drawChart(data, width);
          expect(model.height).toBe(builderFor(data).height(data, modeFor(width)));
          const lines = drawnCaveat(model.svg);
          expect(lines, 'caveat group').toBeDefined();
          const compact = (text: string) => text.replace(/\s+/g, '');
          expect(compact(lines!.join(''))).toBe(compact(data.caveat!.replace(/&/g, '&amp;')));
          const ys = [...model.svg.matchAll(/<g class="chart-caveat">[\s\S]*?<\/g>/g)][0]![0];
          const lastBaseline =
            Number(/<text x="24" y="([\d.]+)"/.exec(ys)![1]) + (lines!.length - 1) * (width < 560 ? 17 : 18);
          expect(lastBaseline).toBeLessThanOrEqual(model.height);
        });

  it('are drawn in the preview pictures and downloads too (the themed drawing)', () => {
    const data = dataFor('ssc-funding', 'zh');
    const svg = drawChart(data, 1100, pictureTheme).svg;
    expect(drawnCaveat(svg)?.join('')).toContain('两个不同指标');
    expect(svg).toContain(`fill="${pictureTheme.colors.c3}"`);
  });
});

describe('different measures in separate panels', () => {
  it('a breakdown with a caveat over figures of different years draws one panel per year, each with its own heading', () => {
    for (const lang of languages) {
      const data = dataFor('ecd-coverage', lang);
      if (data.kind !== 'breakdown') throw new Error('ecd-coverage is a breakdown');
      const years = data.groups.map((group) => [...new Set(group.rows.map((row) => row.datum.year))]);
      expect(years.every((list) => list.length === 1)).toBe(true);
      expect(new Set(years.flat()).size).toBe(data.groups.length);
      expect(data.groups.length).toBeGreaterThan(1);
      for (const group of data.groups) expect(group.heading).toContain(String(group.rows[0]!.datum.year));
    }
  });

  it('without a caveat, figures of one unit share one panel', () => {
    const ecd = spec('ecd-coverage');
    const content = fixtureContent();
    const { caveat: _caveat, ...withoutCaveat } = ecd;
    const data = chartData(withoutCaveat, content.chartContent, 'en');
    if (data.kind !== 'breakdown') throw new Error('ecd-coverage is a breakdown');
    expect(data.groups).toHaveLength(1);
  });
});
