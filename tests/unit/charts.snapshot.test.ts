/**
 * Chart drawings, two ways:
 *
 * 1. Snapshots over the FIXTURE (tests/fixtures/charts/content/), as Observable Plot's tests do:
 *    every fixture chart, in both languages, at a phone width and a desktop width, kept as SVG
 *    files in tests/unit/__snapshots__/charts/. A change to a builder shows up in review as a diff
 *    of the drawing; an editor's change to content/ changes nothing here. One element per line so
 *    the diffs read well. Deterministic: numbers are rounded to two decimals, ids come from the
 *    chart id, and time zone and locale are fixed.
 *    After an intended change to a builder: npx vitest run --config tests/vitest.config.ts -u tests/unit/charts.snapshot.test.ts
 *
 * 2. Properties over the LIVE content/: whatever editors write, every chart builds in both
 *    languages at both widths, has a title and a description, shows each figure it draws, and
 *    prints no NaN or undefined.
 */
import { describe, expect, it } from 'vitest';
import { builderFor, drawChart } from '../../src/charts/index.ts';
import { modeFor } from '../../src/charts/layout.ts';
import { chartData } from '../../src/charts/data.ts';
import { chartKinds } from '../../src/schemas/charts.ts';
import { languages } from '../../src/i18n/languages.ts';
import { fixtureContent, liveContent, texts } from './chart-helpers.ts';

const widths = [360, 960];

describe('chart snapshots (fixture)', () => {
  const { charts, chartContent } = fixtureContent();

  it('cover every kind of chart the builders support', () => {
    expect(new Set(charts.map((chart) => chart.kind))).toEqual(new Set(chartKinds));
  });

  it('cover the hard cases', () => {
    const drawn = new Set(charts.flatMap((chart) => [...chart.metrics, ...(chart.target ? [chart.target] : [])]));
    const metrics = chartContent.metrics.all.filter((metric) => drawn.has(metric.id));
    expect(
      metrics.some((metric) => !metric.comparable),
      'a metric not comparable across years',
    ).toBe(true);
    expect(
      metrics.some((metric) =>
        metric.values.some((entry) => entry.statedIn !== undefined && entry.statedIn > entry.year),
      ),
      'a baseline stated by a later review',
    ).toBe(true);
    expect(
      metrics.some((metric) =>
        metric.values.some((entry) => entry.zhWord || entry.breakdown?.some((part) => part.zhWord)),
      ),
      'a Chinese word qualifier (zhWord)',
    ).toBe(true);
    expect(
      metrics.some((metric) => metric.label.en.length > 100),
      'a long label',
    ).toBe(true);
  });

  for (const chart of charts) {
    for (const lang of languages) {
      for (const width of widths) {
        it(`${chart.id} (${chart.kind}), ${lang}, ${width}px`, async () => {
          const model = drawChart(chartData(chart, chartContent, lang), width);
          expect(model.width).toBe(width);
          await expect(model.svg.replace(/></g, '>\n<') + '\n').toMatchFileSnapshot(
            `__snapshots__/charts/${chart.id}.${lang}.${width}.svg`,
          );
        });
      }
    }
  }
});

/** Every drawn figure in a chart's data: objects with a number `value` and its written `text`. */
function figureTexts(data: unknown): string[] {
  if (Array.isArray(data)) return data.flatMap(figureTexts);
  if (!data || typeof data !== 'object') return [];
  const record = data as Record<string, unknown>;
  const own = typeof record.value === 'number' && typeof record.text === 'string' ? [record.text] : [];
  return [...own, ...Object.values(record).flatMap(figureTexts)];
}

const unescape = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('every chart in content/ (properties only)', () => {
  const { charts, chartContent } = liveContent();

  it('content/ has charts', () => {
    expect(charts.length).toBeGreaterThan(0);
  });

  for (const chart of charts) {
    for (const lang of languages) {
      it(`${chart.id} (${chart.kind}), ${lang}: builds at both widths with a title, a description and its figures`, () => {
        const data = chartData(chart, chartContent, lang);
        for (const width of widths) {
          const { svg, height } = drawChart(data, width);
          // One height per layout mode, whatever the width: the page reserves it before any script.
          expect(height, `${chart.id} ${lang} ${width}px height`).toBe(builderFor(data).height(data, modeFor(width)));
          expect(svg, `${chart.id} ${lang} ${width}px: <title>`).toMatch(/<title\b[^>]*>[^<]+<\/title>/);
          expect(svg, `${chart.id} ${lang} ${width}px: <desc>`).toMatch(/<desc\b[^>]*>[^<]+<\/desc>/);
          expect(svg, `${chart.id} ${lang} ${width}px`).not.toMatch(/NaN|undefined/);
          // The figure is written on the chart or in its point's own label, not only in the description.
          const marks = svg.replace(/<(title|desc)\b[\s\S]*?<\/\1>/g, '');
          const written = unescape(`${texts(marks).join(' | ')} ${marks}`);
          for (const text of figureTexts(data))
            expect(written, `${chart.id} ${lang} ${width}px shows "${text}"`).toContain(text);
        }
      });
    }
  }
});
