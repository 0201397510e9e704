/**
 * Counts across programme areas: for each area, one bar per review year, all from zero on one
 * scale. Years are told apart by colour and by the legend, and every bar carries its count.
 */
import { horizontalValueAxis, legend } from './axis.ts';
import { formatNumber } from '../i18n/format.ts';
import { joinPhrase, labelled } from '../i18n/writing.ts';
import { MIN_WIDTH, modeFor, typeSizes } from './layout.ts';
import { zeroBasedScale } from './scale.ts';
import { fillClass, h, paint, pointGroup, textBlock, finishChart, caveatReserve, type SvgNode } from './svg.ts';
import { widest, wrap } from './text.ts';
import type { AreaCountsData, Builder, ChartPoint, ChartTheme, Paint } from './types.ts';

/** The latest year gets the strongest colour. */
export const yearPaint = (index: number, count: number): Paint =>
  index === count - 1 ? 'c1' : index === count - 2 ? 'c3' : 'c4';

// Counts are numbers like any other: written by the site's one formatter.
const countText = (data: AreaCountsData, count: number) =>
  (count === 1 ? data.ui.figure : data.ui.figures).replace('{count}', formatNumber(count, data.lang));

function layout(data: AreaCountsData, width: number, theme?: ChartTheme) {
  const mode = modeFor(width);
  const size = typeSizes(mode);
  const barHeight = mode === 'narrow' ? 12 : 14;
  const nodes: SvgNode[] = [];
  const points: ChartPoint[] = [];
  const key = legend(
    data.years.map((year, index) => ({ label: String(year), paint: yearPaint(index, data.years.length) })),
    0,
    0,
    width,
    size.small,
    theme,
  );
  nodes.push(key.node);
  let y = key.height + 10;
  const max = Math.max(...data.areas.flatMap((area) => area.counts));
  const labelWidth =
    mode === 'wide'
      ? Math.min(
          width * 0.32,
          widest(
            data.areas.map((area) => area.name),
            size.label,
            true,
          ) + 4,
        )
      : width;
  const barLeft = mode === 'wide' ? labelWidth + 16 : 0;
  const countWidth =
    widest(
      data.areas.flatMap((area) => area.counts.map((count) => formatNumber(count, data.lang))),
      size.small,
      true,
    ) + 10;
  const scale = zeroBasedScale(max, [barLeft, width - countWidth], mode === 'wide' ? 5 : 3);
  const gridTop = y;
  const rows = data.areas.map((area) => {
    const rowTop = y;
    const name = wrap(area.name, labelWidth, size.label, 2, true);
    const barsHeight = data.years.length * (barHeight + 3) - 3;
    let barsTop: number;
    const labels: SvgNode[] = [];
    if (mode === 'wide') {
      const rowHeight = Math.max(name.length * size.lineHeight, barsHeight);
      barsTop = y + (rowHeight - barsHeight) / 2;
      labels.push(
        textBlock({
          x: 0,
          y: y + (rowHeight - name.length * size.lineHeight) / 2 + size.label,
          lines: name,
          size: size.label,
          weight: 'bold',
          lineHeight: size.lineHeight,
          theme,
        }),
      );
      y += rowHeight;
    } else {
      labels.push(
        textBlock({
          x: 0,
          y: y + size.label,
          lines: name,
          size: size.label,
          weight: 'bold',
          lineHeight: size.lineHeight,
          theme,
        }),
      );
      barsTop = y + name.length * size.lineHeight + 4;
      y = barsTop + barsHeight;
    }
    const bars = data.years.map((year, index) => {
      const count = area.counts[index] ?? 0;
      const barY = barsTop + index * (barHeight + 3);
      const end = scale(count);
      const colour = yearPaint(index, data.years.length);
      const point: ChartPoint = {
        keys: [`${area.id}@${year}`, String(year), area.id],
        label: labelled(joinPhrase([area.name, String(year)], data.lang), countText(data, count), data.lang),
        tooltip: { title: area.name, lines: [labelled(String(year), countText(data, count), data.lang)] },
        x: end,
        y: barY,
      };
      points.push(point);
      return pointGroup(
        points.length - 1,
        point,
        h('rect', {
          class: 'chart-hit',
          x: barLeft,
          y: barY - 1.5,
          width: width - barLeft,
          height: barHeight + 3,
          fill: 'transparent',
        }),
        h('rect', {
          class: `chart-mark chart-grow-x ${fillClass(colour)}`,
          x: barLeft,
          y: barY,
          width: Math.max(0, end - barLeft),
          height: barHeight,
          ...paint(theme, colour),
        }),
        h('rect', {
          class: 'chart-focus-ring',
          x: barLeft - 3,
          y: barY - 3,
          width: Math.max(0, end - barLeft) + 6,
          height: barHeight + 6,
          rx: 3,
        }),
        textBlock({
          x: end + 5,
          y: barY + barHeight / 2 + size.small * 0.35,
          lines: [formatNumber(count, data.lang)],
          size: size.small,
          weight: 'bold',
          theme,
        }),
      );
    });
    y += 14;
    return h(
      'g',
      { class: 'chart-row', 'data-area': area.id },
      h('rect', { class: 'chart-hit', x: 0, y: rowTop, width: barLeft, height: y - rowTop - 14, fill: 'transparent' }),
      labels,
      bars,
    );
  });
  nodes.push(
    horizontalValueAxis({
      scale,
      format: (value) => formatNumber(value, data.lang),
      size: size.small,
      theme,
      top: gridTop,
      bottom: y - 8,
      labelY: y + size.small - 2,
    }),
  );
  nodes.push(h('g', { class: 'chart-bars' }, rows));
  return { height: Math.ceil(y + size.small + 6), nodes, points };
}

export const areaCounts: Builder<AreaCountsData> = {
  height(data, mode) {
    return layout(data, MIN_WIDTH[mode]).height + caveatReserve(data, mode);
  },
  build(data, width, height, _lang, theme) {
    return finishChart(data, { width, height, mode: modeFor(width) }, layout(data, width, theme), theme);
  },
};
