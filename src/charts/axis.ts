/**
 * Pieces every chart shares: value axes with light grid lines and a baseline at zero, tick labels
 * written the way the site writes numbers (src/i18n/format.ts), and a legend that wraps.
 */
import { formatAmount } from '../i18n/format.ts';
import type { Lang } from '../i18n/languages.ts';
import type { Unit } from '../schemas/metrics.ts';
import type { LinearScale } from './scale.ts';
import { fillClass, h, paint, strokeClass, textBlock, type SvgNode } from './svg.ts';
import { textWidth, widest, wrap } from './text.ts';
import type { ChartTheme, Paint } from './types.ts';

/** Tick labels as the site writes numbers: "1.5 million", "150万", "US$10 million". */
export const tickFormat = (unit: Unit, lang: Lang) => (value: number) => formatAmount(value, unit, lang);

/**
 * Ticks whose labels fit side by side on a horizontal axis: drops every other tick until they do
 * (zero is always kept: it is the baseline every bar starts from). The first label is anchored at
 * its start and the last at its end, so neither hangs over the plot's edges.
 */
export function fittingTicks(scale: LinearScale, format: (value: number) => string, size: number, gap = 10): number[] {
  for (let step = 1; ; step += 1) {
    const kept = scale.ticks.filter((_, index) => index % step === 0);
    const extents = kept.map((tick, index) => {
      const width = textWidth(format(tick), size);
      const x = scale(tick);
      if (index === 0) return [x, x + width];
      if (index === kept.length - 1) return [x - width, x];
      return [x - width / 2, x + width / 2];
    });
    const fits = extents.every((extent, index) => index === 0 || extents[index - 1]![1]! + gap <= extent[0]!);
    if (fits || kept.length <= 2) return kept;
  }
}

interface AxisOptions {
  scale: LinearScale;
  format: (value: number) => string;
  size: number;
  theme?: ChartTheme;
}

/** Grid lines across a horizontal value scale (bars grow rightwards), labels under them. */
export function horizontalValueAxis(options: AxisOptions & { top: number; bottom: number; labelY: number }): SvgNode {
  const { scale, format, size, theme, top, bottom, labelY } = options;
  const ticks = fittingTicks(scale, format, size);
  const last = ticks.length - 1;
  return h(
    'g',
    { class: 'chart-axis', 'aria-hidden': 'true' },
    ticks.map((tick) =>
      h('line', {
        x1: scale(tick),
        x2: scale(tick),
        y1: top,
        y2: bottom,
        class: strokeClass(tick === 0 ? 'axis' : 'grid'),
        ...paint(theme, undefined, tick === 0 ? 'axis' : 'grid'),
      }),
    ),
    ticks.map((tick, index) =>
      textBlock({
        x: scale(tick),
        y: labelY,
        lines: [format(tick)],
        size,
        // The first and last labels stay inside the plot instead of hanging over its edges.
        anchor: index === 0 ? 'start' : index === last ? 'end' : 'middle',
        paint: 'text-muted',
        theme,
      }),
    ),
  );
}

/** Grid lines across a vertical value scale (bars grow upwards), labels to the left, ending at `labelX`. */
export function verticalValueAxis(options: AxisOptions & { left: number; right: number; labelX: number }): SvgNode {
  const { scale, format, size, theme, left, right, labelX } = options;
  const ticks = scale.ticks;
  return h(
    'g',
    { class: 'chart-axis', 'aria-hidden': 'true' },
    ticks.map((tick) =>
      h('line', {
        x1: left,
        x2: right,
        y1: scale(tick),
        y2: scale(tick),
        class: strokeClass(tick === 0 ? 'axis' : 'grid'),
        ...paint(theme, undefined, tick === 0 ? 'axis' : 'grid'),
      }),
    ),
    ticks.map((tick) =>
      textBlock({
        x: labelX,
        y: scale(tick) + size * 0.35,
        lines: [format(tick)],
        size,
        anchor: 'end',
        paint: 'text-muted',
        theme,
      }),
    ),
  );
}

/** Width the labels of a vertical axis need. */
export const axisLabelWidth = (scale: LinearScale, format: (value: number) => string, size: number) =>
  Math.max(...scale.ticks.map((tick) => textWidth(format(tick), size)));

export interface LegendItem {
  label: string;
  paint: Paint;
}

/**
 * Swatches with labels, left to right, wrapping onto more rows when they do not fit. A label too
 * long for the width wraps onto more lines under its own swatch: a label often ends in a figure
 * ("Trained online: more than 62,000"), so it is never cut short.
 */
export function legend(items: LegendItem[], x: number, y: number, maxWidth: number, size: number, theme?: ChartTheme) {
  const swatch = Math.round(size * 0.9);
  const rowHeight = Math.round(size * 1.6);
  const lineHeight = Math.round(size * 1.3);
  const nodes: SvgNode[] = [];
  let cx = x;
  let cy = y;
  /** Height of the row being filled: its tallest item. */
  let rowBottom = y + rowHeight;
  for (const item of items) {
    const lines = wrap(item.label, maxWidth - swatch - 6, size, Infinity);
    const labelWidth = widest(lines, size);
    const itemWidth = swatch + 6 + labelWidth;
    const itemHeight = rowHeight + (lines.length - 1) * lineHeight;
    if (cx > x && cx + itemWidth > x + maxWidth) {
      cx = x;
      cy = rowBottom;
      rowBottom = cy + rowHeight;
    }
    nodes.push(
      h('rect', {
        x: cx,
        y: cy + (rowHeight - swatch) / 2 - 2,
        width: swatch,
        height: swatch,
        rx: 2,
        class: fillClass(item.paint),
        ...paint(theme, item.paint),
      }),
      textBlock({ x: cx + swatch + 6, y: cy + rowHeight / 2 + size * 0.35 - 2, lines, size, lineHeight, theme }),
    );
    rowBottom = Math.max(rowBottom, cy + itemHeight);
    cx += itemWidth + 18;
  }
  return { node: h('g', { class: 'chart-legend', 'aria-hidden': 'true' }, nodes), height: rowBottom - y };
}
