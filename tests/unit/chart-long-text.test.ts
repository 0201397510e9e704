/**
 * Long text in charts (issue 15, kind 8): labels of 70 characters and more, in both languages, at
 * the narrowest phone width and on a wide screen, for every chart kind and in the preview picture.
 * Text wraps (or a word too long for a line is broken), and is never cut so that a figure
 * disappears: every figure the data holds is drawn whole, and no line is wider than the drawing,
 * measured with the same estimate the layouts use (src/charts/text.ts).
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkContent } from '../../src/checks/content-files.ts';
import { chartData } from '../../src/charts/data.ts';
import { indexParsedContent } from '../../src/checks/parsed-content.ts';
import { builderFor } from '../../src/charts/index.ts';
import { MIN_WIDTH, modeFor } from '../../src/charts/layout.ts';
import { textWidth } from '../../src/charts/text.ts';
import { chartPreviewSvg, chartStandaloneSvg, figurePreviewSvg } from '../../src/share/pictures.ts';
import { figurePicture } from '../../src/share/chart-files.ts';
import { PREVIEW_SIZE } from '../../src/routes/urls.ts';
import { chartKinds } from '../../src/schemas/charts.ts';
import type { ChartData } from '../../src/charts/types.ts';
import { languages, type Lang } from '../../src/i18n/languages.ts';

const { content } = checkContent(join(import.meta.dirname, '../fixtures/long-text'));
const specs = content.charts.map((entry) => entry.data);
const chartContent = indexParsedContent(content);

interface DrawnLine {
  text: string;
  left: number;
  right: number;
}
interface DrawnText {
  lines: string[];
  drawn: DrawnLine[];
}

const unescape = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/**
 * Every <text> of an SVG with its lines and where each line starts and ends, from its x, anchor,
 * size and weight (a <tspan> may set its own). Only the charts' own coordinates: `dx` is unused.
 */
function drawnTexts(svg: string): DrawnText[] {
  return [...svg.matchAll(/<text\b([^>]*)>([\s\S]*?)<\/text>/g)].map(([, attrs, inner]) => {
    const base = {
      x: Number(attribute(attrs!, 'x') ?? 0),
      size: Number(attribute(attrs!, 'font-size') ?? 14),
      bold: attribute(attrs!, 'font-weight') === '700',
      anchor: attribute(attrs!, 'text-anchor') ?? 'start',
    };
    const spans = inner!.includes('<tspan')
      ? [...inner!.matchAll(/<tspan\b([^>]*)>([\s\S]*?)<\/tspan>/g)].map(([, spanAttrs, text]) => ({
          attrs: spanAttrs!,
          text: text!,
        }))
      : [{ attrs: '', text: inner! }];
    const drawn = spans.map(({ attrs: spanAttrs, text }) => {
      const line = unescape(text);
      const x = Number(attribute(spanAttrs, 'x') ?? base.x);
      const size = Number(attribute(spanAttrs, 'font-size') ?? base.size);
      const bold = (attribute(spanAttrs, 'font-weight') ?? (base.bold ? '700' : '')) === '700';
      const width = textWidth(line, size, bold);
      const left = base.anchor === 'middle' ? x - width / 2 : base.anchor === 'end' ? x - width : x;
      return { text: line, left, right: left + width };
    });
    return { lines: drawn.map((line) => line.text), drawn };
  });
}

/** Every figure a chart's data holds, as the page writes it (with its qualifier). */
function heldFigures(data: ChartData): string[] {
  const found = new Set<string>();
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.text === 'string' && typeof record.value === 'number') found.add(record.text);
      Object.values(record).forEach(visit);
    }
  };
  visit(data);
  return [...found];
}

/**
 * The figures a chart of this kind draws: those its data holds that a drawing so wide that nothing
 * needs wrapping shows (a year-comparison writes its parts' figures only in the table and tooltips).
 */
function figures(data: ChartData): string[] {
  const builder = builderFor(data);
  const read = drawnTexts(builder.build(data, 4000, builder.height(data, 'wide'), data.lang).svg).map((text) =>
    readAs(text, data.lang),
  );
  return heldFigures(data).filter((figure) => read.some((text) => text.includes(figure)));
}

/** The text of a <text> as a reader reads it: lines joined by a space, or by nothing in Chinese. */
const readAs = (text: DrawnText, lang: Lang) => text.lines.join(lang === 'zh' ? '' : ' ').replace(/\s+/g, ' ');

describe('long text in charts', () => {
  it('has a fixture chart of every kind, with long labels', () => {
    expect(new Set(specs.map((spec) => spec.kind))).toEqual(new Set(chartKinds));
  });

  for (const spec of specs) {
    for (const lang of languages) {
      for (const width of [MIN_WIDTH.narrow, 480, MIN_WIDTH.wide, 960]) {
        it(`${spec.id} (${lang}, ${width}px) draws every figure whole and no line wider than the drawing`, () => {
          const data = chartData(spec, chartContent, lang);
          // The kinds that write figures: the test is empty unless they find them.
          if (spec.kind === 'breakdown') expect(figures(data).length).toBeGreaterThan(3);
          if (spec.kind === 'target-progress' || spec.kind === 'year-comparison')
            expect(figures(data).length).toBeGreaterThanOrEqual(2);
          const builder = builderFor(data);
          const model = builder.build(data, width, builder.height(data, modeFor(width)), lang);
          const drawn = drawnTexts(model.svg);
          const read = drawn.map((text) => readAs(text, lang));
          for (const figure of figures(data)) {
            expect(
              read.some((text) => text.includes(figure)),
              `"${figure}" is drawn in ${JSON.stringify(read)}`,
            ).toBe(true);
          }
          const tooWide = drawn
            .flatMap((text) => text.drawn)
            .filter((line) => line.left < -1 || line.right > width + 1);
          expect(tooWide.map((line) => `${line.text} [${Math.round(line.left)}, ${Math.round(line.right)}]`)).toEqual(
            [],
          );
        });
      }
    }
  }

  for (const spec of specs) {
    for (const lang of languages) {
      it(`${spec.id} (${lang}) keeps every figure in the preview picture and the SVG download`, () => {
        const data = chartData(spec, chartContent, lang);
        const frame = {
          lang,
          data,
          title: data.title,
          subtitle: spec.subtitle?.[lang],
          siteName: 'UNICEF China Year in Review',
          siteHost: 'yearinreview.unicef.cn',
          sourceLine: 'Source: annual review',
          areaColour: '#00833d',
        };
        for (const svg of [chartPreviewSvg(frame), chartStandaloneSvg(frame)]) {
          const read = drawnTexts(svg).map((text) => readAs(text, lang));
          for (const figure of figures(data))
            expect(
              read.some((text) => text.includes(figure)),
              `"${figure}" in the picture`,
            ).toBe(true);
        }
      });
    }
  }

  for (const entry of content.metrics) {
    for (const lang of languages) {
      it(`the figure picture of ${entry.data.id} (${lang}) draws the figure whole, inside the picture`, () => {
        const input = figurePicture(chartContent, entry.data.id, lang, 'https://yearinreview.unicef.cn');
        const drawn = drawnTexts(figurePreviewSvg(input));
        expect(
          drawn.some((text) => text.lines.includes(input.amount)),
          `${input.amount} is drawn`,
        ).toBe(true);
        const tooWide = drawn
          .flatMap((text) => text.drawn)
          .filter((line) => line.left < -1 || line.right > PREVIEW_SIZE.width + 1);
        expect(tooWide.map((line) => line.text)).toEqual([]);
      });
    }
  }
});
