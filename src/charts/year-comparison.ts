/**
 * Year comparison: one panel per metric, one bar per year, every bar from zero. Panels of the same
 * unit share a scale, so their bars compare honestly; panels of different units do not.
 * A dashed line joins the years only when the metric counts them the same way (`comparable`);
 * otherwise there is no line and the panel says why. A value with parts is drawn as stacked parts.
 */
import type { Lang } from '../i18n/languages.ts';
import { axisLabelWidth, horizontalValueAxis, legend, tickFormat, verticalValueAxis } from './axis.ts';
import { MIN_WIDTH, modeFor, typeSizes } from './layout.ts';
import { bands, stackParts, zeroBasedScale } from './scale.ts';
import { barSegments, partPaints, partsTotal } from './bars.ts';
import {
  fillClass,
  h,
  paint,
  pointGroup,
  polyline,
  strokeClass,
  textBlock,
  finishChart,
  caveatReserve,
  type SvgNode,
} from './svg.ts';
import { textWidth, wrap } from './text.ts';
import { joinClauses, joinPhrase, labelled } from '../i18n/writing.ts';
import type { Builder, ChartModel, ChartPoint, ChartTheme, Datum, Mode, YearComparisonData } from './types.ts';

type Panel = YearComparisonData['panels'][number];

/** One scale per unit: the largest value (or stacked total) of all panels in that unit. */
export function scaleMaxByUnit(panels: Panel[]): Map<string, number> {
  const max = new Map<string, number>();
  for (const panel of panels) {
    const top = Math.max(...panel.values.map((datum) => Math.max(datum.value, partsTotal(datum))));
    max.set(panel.unit, Math.max(max.get(panel.unit) ?? 0, top));
  }
  return max;
}

/** Draws a trend line only where the years are comparable and there are at least two of them. */
export const drawsTrend = (panel: Panel) => panel.comparable && panel.values.length >= 2;
const needsNote = (panel: Panel) => !panel.comparable && panel.values.length >= 2;

function pointFor(panel: Panel, datum: Datum, x: number, y: number, lang: Lang): ChartPoint {
  const parts = (datum.parts ?? []).map((part) => labelled(part.label, part.text, lang));
  return {
    keys: [datum.key, String(datum.year), datum.metric],
    label: joinClauses(
      [labelled(joinPhrase([panel.label, datum.baselineText ?? datum.yearLabel], lang), datum.text, lang), ...parts],
      lang,
    ),
    tooltip: {
      title: datum.yearLabel,
      lines: [panel.label, datum.text, ...parts, ...(datum.baselineText ? [datum.baselineText] : [])],
    },
    x,
    y,
  };
}

const focusRing = (x: number, y: number, width: number, height: number) =>
  h('rect', { class: 'chart-focus-ring', x: x - 4, y: y - 4, width: width + 8, height: height + 8, rx: 4 });

interface Layout {
  height: number;
  nodes: SvgNode[];
  points: ChartPoint[];
}

function layoutWide(data: YearComparisonData, width: number, height: number, lang: Lang, theme?: ChartTheme): Layout {
  const size = typeSizes('wide');
  const gap = 40;
  const count = data.panels.length;
  const panelWidth = (width - gap * (count - 1)) / count;
  const nodes: SvgNode[] = [];
  const points: ChartPoint[] = [];

  let top = 0;
  if (data.parts.length) {
    const key = legend(
      data.parts.map((part, index) => ({ label: part.label, paint: partPaints[index % partPaints.length]! })),
      0,
      0,
      width,
      size.small,
      theme,
    );
    nodes.push(key.node);
    top = key.height + 8;
  }
  // A single panel's label is the chart's own subject, already in the figure's title.
  const titles = data.panels.map((panel) => (count > 1 ? wrap(panel.label, panelWidth, size.title, 3, true) : []));
  const titleLines = Math.max(...titles.map((lines) => lines.length));
  const titleHeight = titleLines ? titleLines * size.lineHeight + 10 : 0;
  const notes = data.panels.map((panel) =>
    needsNote(panel) ? wrap(data.ui.notComparable, panelWidth, size.small, 3) : [],
  );
  const noteLines = Math.max(0, ...notes.map((lines) => lines.length));
  const noteHeight = noteLines ? noteLines * 16 + 10 : 0;
  const valueLabelHeight = 40;
  const yearRow = 26;
  const minPlot = 170;
  const natural = top + titleHeight + valueLabelHeight + minPlot + yearRow + noteHeight;
  const plotTop = top + titleHeight + valueLabelHeight;
  const plotBottom = Math.max(natural, height) - yearRow - noteHeight;
  const maxByUnit = scaleMaxByUnit(data.panels);

  data.panels.forEach((panel, panelIndex) => {
    const left = panelIndex * (panelWidth + gap);
    const format = tickFormat(panel.unit, lang);
    const scale = zeroBasedScale(maxByUnit.get(panel.unit)!, [plotBottom, plotTop]);
    const axisWidth = axisLabelWidth(scale, format, size.small) + 8;
    if (titles[panelIndex]!.length)
      nodes.push(
        textBlock({
          x: left,
          y: top + size.title,
          lines: titles[panelIndex]!,
          size: size.title,
          weight: 'bold',
          lineHeight: size.lineHeight,
          theme,
        }),
      );
    nodes.push(
      verticalValueAxis({
        scale,
        format,
        size: size.small,
        theme,
        left: left + axisWidth,
        right: left + panelWidth,
        labelX: left + axisWidth - 6,
      }),
    );

    const years = panel.values.map((datum) => String(datum.year));
    const band = bands(years, [left + axisWidth, left + panelWidth], 0.45);
    const barWidth = Math.min(band.width, 110);
    const tops: [number, number][] = [];
    const bars = panel.values.map((datum) => {
      const x = band.at(String(datum.year)) + (band.width - barWidth) / 2;
      const stacked = stackParts(barSegments(datum, data.parts.length > 0).map((segment) => segment.value));
      const segments = barSegments(datum, data.parts.length > 0).map((segment, index) => {
        const [from, to] = stacked[index]!;
        return h('rect', {
          class: `chart-mark chart-grow-y ${fillClass(segment.paint)}`,
          x,
          y: scale(to),
          width: barWidth,
          height: Math.max(0, scale(from) - scale(to)),
          ...paint(theme, segment.paint, 'bg'),
        });
      });
      const barTop = scale(Math.max(datum.value, partsTotal(datum)));
      tops.push([x, barTop]);
      const point = pointFor(panel, datum, x + barWidth / 2, barTop, lang);
      const labelLines = datum.qualifierText ? [datum.qualifierText, datum.amount] : [datum.amount];
      const label = h(
        'text',
        {
          x: x + barWidth / 2,
          y: barTop - 8 - (labelLines.length - 1) * 17,
          'text-anchor': 'middle',
          class: fillClass('text'),
          ...(theme ? { fill: theme.colors.text } : {}),
        },
        labelLines.map((line, index) =>
          h(
            'tspan',
            {
              x: x + barWidth / 2,
              dy: index === 0 ? undefined : 17,
              'font-size': index === labelLines.length - 1 ? size.value : size.small,
              'font-weight': index === labelLines.length - 1 ? 700 : undefined,
              class: index < labelLines.length - 1 ? fillClass('text-muted') : undefined,
            },
            line,
          ),
        ),
      );
      const year = textBlock({
        x: x + barWidth / 2,
        y: plotBottom + 19,
        lines: [datum.yearLabel],
        size: size.label,
        anchor: 'middle',
        weight: 'bold',
        theme,
      });
      const hit = h('rect', {
        class: 'chart-hit',
        x: band.at(String(datum.year)),
        y: plotTop - valueLabelHeight,
        width: band.width,
        height: plotBottom - plotTop + valueLabelHeight + yearRow,
        fill: 'transparent',
      });
      points.push(point);
      return pointGroup(
        points.length - 1,
        point,
        hit,
        segments,
        focusRing(x, barTop, barWidth, plotBottom - barTop),
        label,
        year,
      );
    });
    if (drawsTrend(panel)) {
      // From the right edge of each bar's top to the left edge of the next: the line reads as "then", not as a value.
      const path = tops.flatMap(([x, y], index) =>
        index === 0
          ? [[x + barWidth, y]]
          : index === tops.length - 1
            ? [[x, y]]
            : [
                [x, y],
                [x + barWidth, y],
              ],
      ) as [number, number][];
      nodes.push(
        h('path', {
          class: `chart-trend ${strokeClass('text-muted')}`,
          d: polyline(path),
          fill: 'none',
          'stroke-dasharray': '5 4',
          'aria-hidden': 'true',
          ...paint(theme, undefined, 'text-muted'),
        }),
      );
    }
    nodes.push(h('g', { class: 'chart-bars' }, bars));
    if (notes[panelIndex]!.length) {
      nodes.push(
        textBlock({
          x: left,
          y: plotBottom + yearRow + 8 + size.small,
          lines: notes[panelIndex]!,
          size: size.small,
          lineHeight: 16,
          className: 'chart-note',
          theme,
        }),
      );
    }
  });
  return { height: Math.max(natural, height), nodes, points };
}

function layoutNarrow(data: YearComparisonData, width: number, lang: Lang, theme?: ChartTheme): Layout {
  const size = typeSizes('narrow');
  const nodes: SvgNode[] = [];
  const points: ChartPoint[] = [];
  const maxByUnit = scaleMaxByUnit(data.panels);
  const barHeight = 24;
  let y = 0;
  if (data.parts.length) {
    const key = legend(
      data.parts.map((part, index) => ({ label: part.label, paint: partPaints[index % partPaints.length]! })),
      0,
      0,
      width,
      size.small,
      theme,
    );
    nodes.push(key.node);
    y = key.height + 8;
  }
  data.panels.forEach((panel, panelIndex) => {
    if (panelIndex > 0) y += 24;
    const title = data.panels.length > 1 ? wrap(panel.label, width, size.title, 4, true) : [];
    if (title.length) {
      nodes.push(
        textBlock({
          x: 0,
          y: y + size.title,
          lines: title,
          size: size.title,
          weight: 'bold',
          lineHeight: size.lineHeight,
          theme,
        }),
      );
      y += title.length * size.lineHeight + 8;
    }
    const scale = zeroBasedScale(maxByUnit.get(panel.unit)!, [0, width - 2], 3);
    const format = tickFormat(panel.unit, lang);
    const gridTop = y;
    const ends: [number, number, number][] = [];
    const bars = panel.values.map((datum) => {
      const yearText = datum.yearLabel;
      const yearWidth = textWidth(yearText, size.label, true);
      const labelY = y + size.label;
      const barY = y + size.lineHeight + 4;
      const stacked = stackParts(barSegments(datum, data.parts.length > 0).map((segment) => segment.value));
      const segments = barSegments(datum, data.parts.length > 0).map((segment, index) => {
        const [from, to] = stacked[index]!;
        return h('rect', {
          class: `chart-mark chart-grow-x ${fillClass(segment.paint)}`,
          x: scale(from),
          y: barY,
          width: Math.max(0, scale(to) - scale(from)),
          height: barHeight,
          ...paint(theme, segment.paint, 'bg'),
        });
      });
      const end = scale(Math.max(datum.value, partsTotal(datum)));
      ends.push([end, barY, barY + barHeight]);
      const point = pointFor(panel, datum, end, barY, lang);
      points.push(point);
      const group = pointGroup(
        points.length - 1,
        point,
        h('rect', { class: 'chart-hit', x: 0, y, width, height: size.lineHeight + 4 + barHeight, fill: 'transparent' }),
        textBlock({ x: 0, y: labelY, lines: [yearText], size: size.label, weight: 'bold', theme }),
        textBlock({ x: yearWidth + 8, y: labelY, lines: [datum.text], size: size.label, theme }),
        segments,
        focusRing(0, barY, end, barHeight),
      );
      y = barY + barHeight + 12;
      return group;
    });
    nodes.push(
      horizontalValueAxis({
        scale,
        format,
        size: size.small,
        theme,
        top: gridTop,
        bottom: y - 6,
        labelY: y + size.small,
      }),
    );
    if (drawsTrend(panel)) {
      const path: [number, number][] = ends.flatMap(([x, barTop, barBottom], index) =>
        index === 0
          ? [[x, barBottom]]
          : index === ends.length - 1
            ? [[x, barTop]]
            : [
                [x, barTop],
                [x, barBottom],
              ],
      ) as [number, number][];
      nodes.push(
        h('path', {
          class: `chart-trend ${strokeClass('text-muted')}`,
          d: polyline(path),
          fill: 'none',
          'stroke-dasharray': '5 4',
          'aria-hidden': 'true',
          ...paint(theme, undefined, 'text-muted'),
        }),
      );
    }
    nodes.push(h('g', { class: 'chart-bars' }, bars));
    y += size.small + 8;
    if (needsNote(panel)) {
      const note = wrap(data.ui.notComparable, width, size.small, 4);
      nodes.push(
        textBlock({
          x: 0,
          y: y + size.small,
          lines: note,
          size: size.small,
          lineHeight: 16,
          className: 'chart-note',
          theme,
        }),
      );
      y += note.length * 16 + 6;
    }
  });
  return { height: Math.ceil(y + 4), nodes, points };
}

function layout(data: YearComparisonData, width: number, height: number, lang: Lang, theme?: ChartTheme): Layout {
  return modeFor(width) === 'narrow'
    ? layoutNarrow(data, width, lang, theme)
    : layoutWide(data, width, height, lang, theme);
}

export const yearComparison: Builder<YearComparisonData> = {
  height(data, mode: Mode) {
    return layout(data, MIN_WIDTH[mode], 0, data.lang).height + caveatReserve(data, mode);
  },
  build(data, width, height, lang, theme): ChartModel {
    const mode = modeFor(width);
    const marks = layout(data, width, height - caveatReserve(data, mode), lang, theme);
    return finishChart(data, { width, height, mode }, marks, theme);
  },
};
