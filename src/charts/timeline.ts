/**
 * A year month by month. Every month is shown, empty ones too, so the chart is honest about when
 * things happened. Wide: two half-year rows of six month columns, events stacked in their month.
 * Narrow: one column of months, events listed beside them.
 */
import { MIN_WIDTH, modeFor, typeSizes } from './layout.ts';
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
import { widest, wrap } from './text.ts';
import type { Builder, ChartPoint, ChartTheme, Mode, TimelineData } from './types.ts';
import { bracketed, labelled } from '../i18n/writing.ts';

type Event = TimelineData['events'][number];

/** Events by month, January first; each month keeps the order its events are listed in. */
export const eventsByMonth = (data: TimelineData) =>
  data.months.map((_, index) => data.events.filter((event) => event.month === index + 1));

function pointFor(data: TimelineData, event: Event, x: number, y: number): ChartPoint {
  const month = data.datedMonths[event.month - 1]!;
  return {
    keys: [event.slug, `${data.year}-${String(event.month).padStart(2, '0')}`, event.area],
    label: labelled(month, bracketed(event.title, event.areaName, data.lang), data.lang),
    tooltip: { title: month, lines: [event.title, event.areaName] },
    href: event.href,
    x,
    y,
  };
}

const dot = (x: number, y: number, theme?: ChartTheme) =>
  h('circle', { class: `chart-mark ${fillClass('c1')}`, cx: x, cy: y, r: 5, ...paint(theme, 'c1', 'bg') });

function layoutWide(data: TimelineData, width: number, theme?: ChartTheme) {
  const size = typeSizes('wide');
  const perRow = 6;
  const column = width / perRow;
  const byMonth = eventsByMonth(data);
  const nodes: SvgNode[] = [];
  const points: ChartPoint[] = [];
  let y = 0;
  for (let half = 0; half < 2; half += 1) {
    if (half > 0) y += 18;
    const axisY = y + size.label + 8;
    nodes.push(
      h('line', {
        x1: 0,
        x2: width,
        y1: axisY,
        y2: axisY,
        class: strokeClass('axis'),
        'aria-hidden': 'true',
        ...paint(theme, undefined, 'axis'),
      }),
    );
    let rowBottom = axisY;
    for (let index = 0; index < perRow; index += 1) {
      const month = half * perRow + index;
      const x = index * column;
      const events = byMonth[month]!;
      nodes.push(
        textBlock({
          x: x + 2,
          y: y + size.label,
          lines: [data.months[month]!],
          size: size.label,
          weight: 'bold',
          paint: events.length ? 'text' : 'text-muted',
          theme,
        }),
      );
      nodes.push(
        h('line', {
          x1: x + 0.5,
          x2: x + 0.5,
          y1: axisY - 4,
          y2: axisY + 4,
          class: strokeClass('axis'),
          'aria-hidden': 'true',
          ...paint(theme, undefined, 'axis'),
        }),
      );
      let cy = axisY + 12;
      for (const event of events) {
        const lines = wrap(event.title, column - 22, size.small, 4);
        const height = lines.length * 16 + 6;
        const point = pointFor(data, event, x + 8, cy + 6);
        points.push(point);
        nodes.push(
          pointGroup(
            points.length - 1,
            point,
            h('rect', { class: 'chart-hit', x, y: cy - 4, width: column - 4, height: height + 4, fill: 'transparent' }),
            h('rect', { class: 'chart-focus-ring', x: x - 1, y: cy - 4, width: column - 4, height: height + 4, rx: 4 }),
            dot(x + 8, cy + 7, theme),
            textBlock({ x: x + 18, y: cy + 11, lines, size: size.small, lineHeight: 16, theme }),
          ),
        );
        cy += height + 6;
      }
      rowBottom = Math.max(rowBottom, cy);
    }
    y = rowBottom;
  }
  return { height: Math.ceil(y + 4), nodes, points };
}

function layoutNarrow(data: TimelineData, width: number, theme?: ChartTheme) {
  const size = typeSizes('narrow');
  const monthWidth = Math.ceil(widest(data.months, size.label, true)) + 2;
  const lineX = monthWidth + 6;
  const textX = lineX + 14;
  const byMonth = eventsByMonth(data);
  const nodes: SvgNode[] = [];
  const points: ChartPoint[] = [];
  let y = 4;
  byMonth.forEach((events, month) => {
    nodes.push(
      textBlock({
        x: monthWidth,
        y: y + size.label,
        lines: [data.months[month]!],
        size: size.label,
        anchor: 'end',
        weight: events.length ? 'bold' : 'normal',
        paint: events.length ? 'text' : 'text-muted',
        theme,
      }),
    );
    if (!events.length) {
      nodes.push(
        h('circle', {
          cx: lineX,
          cy: y + size.label * 0.65,
          r: 2.5,
          class: fillClass('axis'),
          'aria-hidden': 'true',
          ...paint(theme, 'axis'),
        }),
      );
      y += 24;
      return;
    }
    for (const event of events) {
      const lines = wrap(event.title, width - textX - 2, size.label, 3);
      const height = lines.length * size.lineHeight;
      const point = pointFor(data, event, lineX, y);
      points.push(point);
      nodes.push(
        pointGroup(
          points.length - 1,
          point,
          h('rect', {
            class: 'chart-hit',
            x: lineX - 8,
            y: y - 2,
            width: width - lineX + 8,
            height: height + 6,
            fill: 'transparent',
          }),
          h('rect', {
            class: 'chart-focus-ring',
            x: lineX - 9,
            y: y - 3,
            width: width - lineX + 8,
            height: height + 8,
            rx: 4,
          }),
          dot(lineX, y + size.label * 0.65, theme),
          textBlock({ x: textX, y: y + size.label, lines, size: size.label, lineHeight: size.lineHeight, theme }),
        ),
      );
      y += height + 10;
    }
  });
  // The spine runs behind the dots, from the first month to the last.
  nodes.unshift(
    h('line', {
      x1: lineX,
      x2: lineX,
      y1: 4,
      y2: y - 10,
      class: strokeClass('grid'),
      'stroke-width': 2,
      'aria-hidden': 'true',
      ...paint(theme, undefined, 'grid'),
    }),
  );
  return { height: Math.ceil(y), nodes, points };
}

const layout = (data: TimelineData, width: number, mode: Mode, theme?: ChartTheme) =>
  mode === 'wide' ? layoutWide(data, width, theme) : layoutNarrow(data, width, theme);

export const timeline: Builder<TimelineData> = {
  height(data, mode) {
    return layout(data, MIN_WIDTH[mode], mode).height + caveatReserve(data, mode);
  },
  build(data, width, height, _lang, theme) {
    const mode = modeFor(width);
    return finishChart(data, { width, height, mode }, layout(data, width, mode, theme), theme);
  },
};
