/**
 * Progress towards a stated target: the target as an outlined bar with a line through the whole
 * chart at its value, and each result as a solid bar from zero on the same scale. A result short
 * of the target shows what share of it is reached (a lower bound when the source says "more than",
 * so a whole percentage, rounded down). A result at or above the target number gets no words: no
 * source says a target was met, and a later result may count a different group (the 2024
 * mental-health figure covers more schools than the target did), so the bars speak for themselves.
 */
import type { Lang } from '../i18n/languages.ts';
import { joinSentences, labelled } from '../i18n/writing.ts';
import { horizontalValueAxis, tickFormat } from './axis.ts';
import { MIN_WIDTH, modeFor, typeSizes } from './layout.ts';
import { zeroBasedScale } from './scale.ts';
import {
  fillClass,
  h,
  paint,
  pointGroup,
  strokeClass,
  textBlock,
  finishChart,
  caveatReserve,
  type SvgNode,
} from './svg.ts';
import { widest, wrap, wrapKeeping } from './text.ts';
import type { Builder, ChartPoint, ChartTheme, Datum, TargetProgressData } from './types.ts';

/** How far a result has come towards a target: 0.5 is halfway, 1 reached, above 1 past it. */
export const progressShare = (result: Datum, target: Datum) => (target.value > 0 ? result.value / target.value : 0);

/**
 * The words under a result: "64% of the target" while it is short of the target number, and ''
 * once it reaches it, because the chart never claims a target was met (see the top of this file).
 */
export function progressText(data: TargetProgressData, result: Datum): string {
  const share = progressShare(result, data.target.datum);
  return share >= 1 ? '' : data.ui.share.replace('{percent}', `${Math.floor(share * 100)}%`);
}

const focusRing = (x: number, y: number, width: number, height: number) =>
  h('rect', { class: 'chart-focus-ring', x: x - 4, y: y - 4, width: width + 8, height: height + 8, rx: 4 });

function layout(data: TargetProgressData, width: number, lang: Lang, theme?: ChartTheme) {
  const mode = modeFor(width);
  const size = typeSizes(mode);
  const barHeight = mode === 'narrow' ? 24 : 30;
  const rows = [{ ...data.target, isTarget: true }, ...data.results.map((result) => ({ ...result, isTarget: false }))];
  const valueWidth =
    mode === 'wide'
      ? widest(
          rows.map((row) => row.datum.text),
          size.value,
          true,
        ) + 12
      : 0;
  const labelWidth =
    mode === 'wide'
      ? Math.min(
          width * 0.3,
          widest(
            rows.map((row) => row.label),
            size.label,
            true,
          ) + 4,
        )
      : width;
  const barLeft = mode === 'wide' ? labelWidth + 16 : 0;
  const barRight = mode === 'wide' ? width - valueWidth : width - 2;
  const max = Math.max(...rows.map((row) => row.datum.value));
  const scale = zeroBasedScale(max, [barLeft, barRight], mode === 'wide' ? 4 : 3);
  const format = tickFormat(data.target.datum.unit, lang);
  const targetX = scale(data.target.datum.value);

  const nodes: SvgNode[] = [];
  const points: ChartPoint[] = [];
  const top = 4;
  let y = top;
  const groups = rows.map((row) => {
    const { datum } = row;
    const end = scale(datum.value);
    const rowTop = y;
    const labelNodes: SvgNode[] = [];
    let barY: number;
    const note = row.isTarget ? '' : progressText(data, datum);
    if (mode === 'wide') {
      const lines = wrap(row.label, labelWidth, size.label, 3, true);
      const rowHeight = Math.max(lines.length * size.lineHeight, barHeight) + (note ? 20 : 0);
      barY = y + (Math.max(lines.length * size.lineHeight, barHeight) - barHeight) / 2;
      labelNodes.push(
        textBlock({
          x: 0,
          y: barY + barHeight / 2 - ((lines.length - 1) * size.lineHeight) / 2 + size.label * 0.35,
          lines,
          size: size.label,
          weight: 'bold',
          lineHeight: size.lineHeight,
          theme,
        }),
        textBlock({
          x: Math.max(end, row.isTarget ? end : targetX) + 8,
          y: barY + barHeight / 2 + size.value * 0.35,
          lines: [datum.text],
          size: size.value,
          weight: 'bold',
          theme,
        }),
      );
      if (note)
        labelNodes.push(
          textBlock({
            x: barLeft,
            y: barY + barHeight + 16,
            lines: [note],
            size: size.small,
            paint: 'text-muted',
            theme,
          }),
        );
      y += rowHeight;
    } else {
      // The label may be shortened to fit three lines; the figure after it never is.
      const lines = wrapKeeping(row.label, labelled('', datum.text, lang), width, size.label, 3, true);
      labelNodes.push(
        textBlock({
          x: 0,
          y: y + size.label,
          lines,
          size: size.label,
          weight: 'bold',
          lineHeight: size.lineHeight,
          theme,
        }),
      );
      y += lines.length * size.lineHeight + 4;
      barY = y;
      y += barHeight;
      if (note) {
        labelNodes.push(textBlock({ x: 0, y: y + 16, lines: [note], size: size.small, paint: 'text-muted', theme }));
        y += 20;
      }
    }
    const bar = row.isTarget
      ? h('rect', {
          class: `chart-mark chart-target-bar ${strokeClass('target')}`,
          x: barLeft,
          y: barY + 1,
          width: Math.max(0, end - barLeft),
          height: barHeight - 2,
          fill: 'none',
          'stroke-width': 2,
          'stroke-dasharray': '6 4',
          ...paint(theme, undefined, 'target'),
        })
      : h('rect', {
          class: `chart-mark chart-grow-x ${fillClass('c1')}`,
          x: barLeft,
          y: barY,
          width: Math.max(0, end - barLeft),
          height: barHeight,
          ...paint(theme, 'c1'),
        });
    const point: ChartPoint = {
      keys: [datum.key, String(datum.year), datum.metric, ...(row.isTarget ? ['target'] : [])],
      label: joinSentences([labelled(row.label, datum.text, lang), note], lang),
      tooltip: { title: row.label, lines: [datum.label, datum.text, ...(note ? [note] : [])] },
      x: end,
      y: barY,
    };
    points.push(point);
    const group = pointGroup(
      points.length - 1,
      point,
      h('rect', { class: 'chart-hit', x: 0, y: rowTop, width, height: y - rowTop, fill: 'transparent' }),
      labelNodes,
      bar,
      focusRing(barLeft, barY, end - barLeft, barHeight),
    );
    y += 16;
    return group;
  });
  const plotBottom = y - 8;
  nodes.push(
    horizontalValueAxis({
      scale,
      format,
      size: size.small,
      theme,
      top,
      bottom: plotBottom,
      labelY: plotBottom + size.small + 6,
    }),
  );
  nodes.push(h('g', { class: 'chart-bars' }, groups));
  // The target line runs through every row, so each result reads against it.
  nodes.push(
    h('line', {
      class: `chart-target-line ${strokeClass('target')}`,
      x1: targetX,
      x2: targetX,
      y1: top - 4,
      y2: plotBottom,
      'stroke-width': 2,
      'aria-hidden': 'true',
      ...paint(theme, undefined, 'target'),
    }),
  );
  const height = Math.ceil(plotBottom + size.small + 12);
  return { height, nodes, points };
}

export const targetProgress: Builder<TargetProgressData> = {
  height(data, mode) {
    return layout(data, MIN_WIDTH[mode], data.lang).height + caveatReserve(data, mode);
  },
  build(data, width, height, lang, theme) {
    return finishChart(data, { width, height, mode: modeFor(width) }, layout(data, width, lang, theme), theme);
  },
};
