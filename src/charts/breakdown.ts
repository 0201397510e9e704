/**
 * Totals and their parts: horizontal bars from zero, one per figure. A figure with a breakdown
 * (trained in person / online) is drawn as its stacked parts, which sum to the total, and the parts
 * are written out under the bar, because a small part of a small bar cannot be read from its length.
 * Figures of different units are drawn in separate groups, each with its own scale.
 */
import type { Lang } from '../i18n/languages.ts';
import { horizontalValueAxis, legend, tickFormat } from './axis.ts';
import { MIN_WIDTH, modeFor, typeSizes } from './layout.ts';
import { stackParts, zeroBasedScale } from './scale.ts';
import { fillClass, h, paint, pointGroup, textBlock, finishChart, caveatReserve, type SvgNode } from './svg.ts';
import { textWidth, widest, wrap } from './text.ts';
import { bracketed, joinClauses, labelled } from '../i18n/writing.ts';
import type { BreakdownData, Builder, ChartPoint, ChartTheme, Datum } from './types.ts';
import { barSegments, partPaints } from './bars.ts';

type Row = BreakdownData['groups'][number]['rows'][number];

const total = (datum: Datum) =>
  Math.max(
    datum.value,
    (datum.parts ?? []).reduce((sum, part) => sum + part.value, 0),
  );

function pointFor(row: Row, datum: Datum, x: number, y: number, lang: Lang): ChartPoint {
  const parts = (datum.parts ?? []).map((part) => labelled(part.label, part.text, lang));
  const name = row.sublabel ? bracketed(row.label, row.sublabel, lang) : row.label;
  return {
    keys: [datum.key, String(datum.year), datum.metric],
    label: joinClauses([labelled(name, datum.text, lang), ...parts], lang),
    tooltip: { title: name, lines: [datum.text, ...parts] },
    x,
    y,
  };
}

const focusRing = (x: number, y: number, width: number, height: number) =>
  h('rect', { class: 'chart-focus-ring', x: x - 4, y: y - 4, width: width + 8, height: height + 8, rx: 4 });

/** The bar's segments, from zero. */
function barRects(
  datum: Datum,
  split: boolean,
  scale: (value: number) => number,
  y: number,
  height: number,
  theme?: ChartTheme,
) {
  const segments = barSegments(datum, split);
  const stacked = stackParts(segments.map((segment) => segment.value));
  return segments.map((segment, index) => {
    const [from, to] = stacked[index]!;
    return h('rect', {
      class: `chart-mark chart-grow-x ${fillClass(segment.paint)}`,
      x: scale(from),
      y,
      width: Math.max(0, scale(to) - scale(from)),
      height,
      ...paint(theme, segment.paint, 'bg'),
    });
  });
}

/** The parts written out, each after a swatch of its colour. */
const partsKey = (datum: Datum, lang: Lang, x: number, y: number, width: number, size: number, theme?: ChartTheme) =>
  legend(
    (datum.parts ?? []).map((part, index) => ({
      label: labelled(part.label, part.text, lang),
      paint: partPaints[index % partPaints.length]!,
    })),
    x,
    y,
    width,
    size,
    theme,
  );

function layout(data: BreakdownData, width: number, lang: Lang, theme?: ChartTheme) {
  const mode = modeFor(width);
  const size = typeSizes(mode);
  const nodes: SvgNode[] = [];
  const points: ChartPoint[] = [];
  const barHeight = mode === 'narrow' ? 22 : 26;
  // No legend on top: each split bar names its parts, with their figures, right under it.
  let y = 0;
  data.groups.forEach((group, groupIndex) => {
    if (groupIndex > 0) y += 18;
    if (data.groups.length > 1) {
      nodes.push(
        textBlock({
          x: 0,
          y: y + size.title,
          lines: [group.heading],
          size: size.title,
          weight: 'bold',
          paint: 'text-muted',
          theme,
        }),
      );
      y += size.lineHeight + 8;
    }
    const format = tickFormat(group.unit, lang);
    const max = Math.max(...group.rows.map((row) => total(row.datum)));
    const valueWidth =
      widest(
        group.rows.map((row) => row.datum.text),
        size.value,
        true,
      ) + 12;
    // Wide: labels in a column on the left, values after the bars. Narrow: labels above the bars.
    // Wide: the label column fits the widest label or sublabel (what a year counts), up to 36%.
    const labelWidth =
      mode === 'wide'
        ? Math.min(
            width * 0.36,
            Math.max(
              widest(
                group.rows.map((row) => row.label),
                size.label,
                true,
              ),
              widest(
                group.rows.map((row) => row.sublabel),
                size.small,
              ),
            ) + 4,
          )
        : width;
    const barLeft = mode === 'wide' ? labelWidth + 16 : 0;
    const barRight = mode === 'wide' ? width - valueWidth : width - 2;
    const scale = zeroBasedScale(max, [barLeft, barRight], mode === 'wide' ? 4 : 3);
    const gridTop = y;
    const rows = group.rows.map((row) => {
      const { datum } = row;
      const end = scale(total(datum));
      let barY: number;
      let labelNodes: SvgNode[];
      const rowTop = y;
      if (mode === 'wide') {
        const lines = wrap(row.label, labelWidth, size.label, 3, true);
        const sub = row.sublabel ? wrap(row.sublabel, labelWidth, size.small, 3) : [];
        const textHeight = lines.length * size.lineHeight + sub.length * 16;
        const rowHeight = Math.max(textHeight, barHeight);
        barY = y + (rowHeight - barHeight) / 2;
        const textTop = y + (rowHeight - textHeight) / 2;
        labelNodes = [
          textBlock({
            x: 0,
            y: textTop + size.label,
            lines,
            size: size.label,
            weight: 'bold',
            lineHeight: size.lineHeight,
            theme,
          }),
          sub.length
            ? textBlock({
                x: 0,
                y: textTop + lines.length * size.lineHeight + size.small,
                lines: sub,
                size: size.small,
                paint: 'text-muted',
                theme,
              })
            : null,
          textBlock({
            x: end + 8,
            y: barY + barHeight / 2 + size.value * 0.35,
            lines: [datum.text],
            size: size.value,
            weight: 'bold',
            theme,
          }),
        ].filter((node): node is SvgNode => node !== null);
        y += rowHeight;
      } else {
        const heading = row.sublabel ? `${row.label} · ${row.sublabel}` : row.label;
        const oneLine = textWidth(`${heading}  ${datum.text}`, size.label, true) <= width;
        const lines = oneLine ? [heading] : wrap(heading, width, size.label, 3, true);
        labelNodes = [
          textBlock({
            x: 0,
            y: y + size.label,
            lines,
            size: size.label,
            weight: 'bold',
            lineHeight: size.lineHeight,
            theme,
          }),
        ];
        if (oneLine) {
          labelNodes.push(
            textBlock({
              x: textWidth(heading, size.label, true) + 10,
              y: y + size.label,
              lines: [datum.text],
              size: size.label,
              theme,
            }),
          );
          y += size.lineHeight + 4;
        } else {
          labelNodes.push(
            textBlock({
              x: 0,
              y: y + lines.length * size.lineHeight + size.label,
              lines: [datum.text],
              size: size.label,
              theme,
            }),
          );
          y += (lines.length + 1) * size.lineHeight + 4;
        }
        barY = y;
        y += barHeight;
      }
      const partLines = datum.parts?.length
        ? partsKey(
            datum,
            lang,
            barLeft,
            y + 4,
            mode === 'wide' ? barRight - barLeft + valueWidth : width,
            size.small,
            theme,
          )
        : undefined;
      if (partLines) y += partLines.height + 4;
      const point = pointFor(row, datum, end, barY, lang);
      points.push(point);
      const group = pointGroup(
        points.length - 1,
        point,
        h('rect', { class: 'chart-hit', x: 0, y: rowTop, width, height: y - rowTop, fill: 'transparent' }),
        labelNodes,
        barRects(datum, data.parts.length > 0, scale, barY, barHeight, theme),
        focusRing(barLeft, barY, end - barLeft, barHeight),
        partLines?.node,
      );
      y += 14;
      return group;
    });
    nodes.push(
      horizontalValueAxis({
        scale,
        format,
        size: size.small,
        theme,
        top: gridTop,
        bottom: y - 8,
        labelY: y + size.small - 2,
      }),
    );
    nodes.push(h('g', { class: 'chart-bars' }, rows));
    y += size.small + 4;
  });
  return { height: Math.ceil(y + 4), nodes, points };
}

export const breakdown: Builder<BreakdownData> = {
  height(data, mode) {
    return layout(data, MIN_WIDTH[mode], data.lang).height + caveatReserve(data, mode);
  },
  build(data, width, height, lang, theme) {
    return finishChart(data, { width, height, mode: modeFor(width) }, layout(data, width, lang, theme), theme);
  },
};
