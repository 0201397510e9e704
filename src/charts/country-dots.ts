/**
 * Countries as dots at approximate centres on a grid of latitude and longitude, with no borders
 * and no coastlines: the chart says which countries, not where lines on a map run. On small
 * screens, where dots would crowd, the same countries are tiles grouped by region.
 *
 * The projection is plate carrée: longitude and latitude map straight to x and y, so the graticule
 * is straight lines. That needs no projection code in the browser (d3-geo's smallest projection
 * costs about 4 KB gzip there), and over the latitudes shown here its distortion is mild.
 */
import { formatNumber } from '../i18n/format.ts';
import { joinPhrase } from '../i18n/writing.ts';
import { MIN_WIDTH, modeFor, typeSizes } from './layout.ts';
import { chinaPlace, countryPlaces } from './geo/countries.ts';
import {
  fillClass,
  h,
  round,
  paint,
  pointGroup,
  strokeClass,
  textBlock,
  finishChart,
  caveatReserve,
  type SvgNode,
} from './svg.ts';
import { textWidth, wrap } from './text.ts';
import type { Builder, ChartPoint, ChartTheme, CountryDotsData } from './types.ts';

/** The part of the world the dots fall in, with a margin. */
export const EXTENT = { lonMin: -22, lonMax: 132, latMin: -24, latMax: 40 };
/** The highest a link from China may reach, in px from the top of the drawing. */
const LINK_TOP = 2;
const GRATICULE_STEP = 20;
const WIDE_HEIGHT = 380;

/**
 * Where a country's dot goes: longitude, latitude and region, from src/charts/geo/countries.ts.
 * @throws Error naming the file to add it to, for a country id it does not list
 */
export function placeOf(id: string) {
  const place = countryPlaces[id];
  if (!place) throw new Error(`The country "${id}" has no position: add it to src/charts/geo/countries.ts`);
  return place;
}

/** Longitude/latitude to x/y inside a box, keeping degrees square. */
export function projection(box: { x: number; y: number; width: number; height: number }) {
  const lonSpan = EXTENT.lonMax - EXTENT.lonMin;
  const latSpan = EXTENT.latMax - EXTENT.latMin;
  const k = Math.min(box.width / lonSpan, box.height / latSpan);
  const x0 = box.x + (box.width - lonSpan * k) / 2;
  const y0 = box.y + (box.height - latSpan * k) / 2;
  return (lon: number, lat: number): [number, number] => [
    x0 + (lon - EXTENT.lonMin) * k,
    y0 + (EXTENT.latMax - lat) * k,
  ];
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Places each label near its dot without overlapping other labels or dots: it tries right, left,
 * above and below, then further out with a leader line. Crowded dots choose first.
 */
export function placeLabels(
  dots: { id: string; x: number; y: number; label: string }[],
  size: number,
  bounds: { width: number; height: number },
  radius = 5,
) {
  const placed: Box[] = [];
  const dotBoxes = dots.map((dot) => ({
    id: dot.id,
    x0: dot.x - radius - 1,
    y0: dot.y - radius - 1,
    x1: dot.x + radius + 1,
    y1: dot.y + radius + 1,
  }));
  const crowd = (dot: (typeof dots)[number]) =>
    dots.filter((other) => Math.hypot(other.x - dot.x, other.y - dot.y) < 60).length;
  const order = [...dots].sort((a, b) => crowd(b) - crowd(a) || a.y - b.y || a.x - b.x);
  const result = new Map<
    string,
    { x: number; y: number; anchor: 'start' | 'middle' | 'end'; leader?: [number, number, number, number] }
  >();
  const directions: [number, number][] = [
    [1, 0],
    [-1, 0],
    [0, -1],
    [0, 1],
    [1, -1],
    [-1, -1],
    [1, 1],
    [-1, 1],
  ];
  for (const dot of order) {
    const width = textWidth(dot.label, size);
    const height = size * 1.1;
    let chosen: { box: Box; x: number; y: number; anchor: 'start' | 'middle' | 'end'; far: boolean } | undefined;
    search: for (const distance of [radius + 3, radius + 14, radius + 28, radius + 46, radius + 70]) {
      for (const [dx, dy] of directions) {
        const anchor = dx > 0 ? 'start' : dx < 0 ? 'end' : 'middle';
        const x = dot.x + dx * distance;
        const baseline = dot.y + dy * distance + (dy === 0 ? size * 0.35 : dy > 0 ? size * 0.8 : 0);
        const x0 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
        const box = { x0: x0 - 1, y0: baseline - size * 0.85, x1: x0 + width + 1, y1: baseline - size * 0.85 + height };
        if (box.x0 < 0 || box.y0 < 0 || box.x1 > bounds.width || box.y1 > bounds.height) continue;
        if (placed.some((other) => overlaps(box, other))) continue;
        if (dotBoxes.some((other) => other.id !== dot.id && overlaps(box, other))) continue;
        chosen = { box, x, y: baseline, anchor, far: distance > radius + 3 };
        break search;
      }
    }
    if (!chosen) {
      const x = Math.min(dot.x + radius + 3, bounds.width - width);
      chosen = {
        box: { x0: x, y0: dot.y - size, x1: x + width, y1: dot.y + 2 },
        x,
        y: dot.y + size * 0.35,
        anchor: 'start',
        far: false,
      };
    }
    placed.push(chosen.box);
    const { box } = chosen;
    const cx = Math.max(box.x0, Math.min(dot.x, box.x1));
    const cy = Math.max(box.y0, Math.min(dot.y, box.y1));
    const length = Math.hypot(cx - dot.x, cy - dot.y);
    const leader: [number, number, number, number] | undefined =
      chosen.far && length > radius + 2
        ? [dot.x + ((cx - dot.x) / length) * (radius + 1), dot.y + ((cy - dot.y) / length) * (radius + 1), cx, cy]
        : undefined;
    result.set(dot.id, { x: chosen.x, y: chosen.y, anchor: chosen.anchor, leader });
  }
  return result;
}

function pointFor(
  data: CountryDotsData,
  country: CountryDotsData['countries'][number],
  x: number,
  y: number,
): ChartPoint {
  const region = data.regions.find((candidate) => candidate.id === country.region)?.name ?? '';
  return {
    keys: [country.id, country.region],
    label: joinPhrase([country.name, region], data.lang),
    tooltip: { title: country.name, lines: [region] },
    x,
    y,
  };
}

const shortName = (data: CountryDotsData, id: string, name: string) => countryPlaces[id]?.short?.[data.lang] ?? name;

function layoutWide(data: CountryDotsData, width: number, height: number, theme?: ChartTheme) {
  const size = typeSizes('wide');
  const labelSize = size.small;
  const project = projection({ x: 8, y: 8, width: width - 16, height: height - 16 });
  const nodes: SvgNode[] = [];
  const lines: SvgNode[] = [];
  for (
    let lon = Math.ceil(EXTENT.lonMin / GRATICULE_STEP) * GRATICULE_STEP;
    lon <= EXTENT.lonMax;
    lon += GRATICULE_STEP
  ) {
    const [x1, y1] = project(lon, EXTENT.latMax);
    const [, y2] = project(lon, EXTENT.latMin);
    lines.push(h('line', { x1, x2: x1, y1, y2, class: strokeClass('grid'), ...paint(theme, undefined, 'grid') }));
  }
  for (
    let lat = Math.ceil(EXTENT.latMin / GRATICULE_STEP) * GRATICULE_STEP;
    lat <= EXTENT.latMax;
    lat += GRATICULE_STEP
  ) {
    const [x1, y1] = project(EXTENT.lonMin, lat);
    const [x2] = project(EXTENT.lonMax, lat);
    lines.push(
      h('line', {
        x1,
        x2,
        y1,
        y2: y1,
        class: strokeClass(lat === 0 ? 'axis' : 'grid'),
        'stroke-dasharray': lat === 0 ? '2 3' : undefined,
        ...paint(theme, undefined, lat === 0 ? 'axis' : 'grid'),
      }),
    );
  }
  nodes.push(h('g', { class: 'chart-graticule', 'aria-hidden': 'true' }, lines));

  const [chinaX, chinaY] = project(chinaPlace.lon, chinaPlace.lat);
  const dots = data.countries.map((country) => {
    const place = placeOf(country.id);
    const [x, y] = project(place.lon, place.lat);
    return { id: country.id, x, y, label: shortName(data, country.id, country.name) };
  });
  const labels = placeLabels([...dots, { id: '__china', x: chinaX, y: chinaY, label: data.ui.china }], labelSize, {
    width,
    height,
  });
  const china = labels.get('__china')!;
  // The graphic: a thin arc from China to each country, bowed upwards, under the dots.
  nodes.push(
    h(
      'g',
      { class: 'chart-links', 'aria-hidden': 'true' },
      dots.map((dot) => {
        const mx = (chinaX + dot.x) / 2;
        // Bowed upwards by a fifth of its length, but its top (a quadratic curve's midpoint,
        // (start + 2 × control + end) / 4) no higher than 2 px from the drawing's edge: a
        // downloaded SVG or PNG ends at that edge, and the page clips a little past it.
        const bowed = (chinaY + dot.y) / 2 - Math.hypot(dot.x - chinaX, dot.y - chinaY) * 0.22;
        const my = Math.max(bowed, (4 * LINK_TOP - chinaY - dot.y) / 2);
        return h('path', {
          d: `M${round(chinaX)},${round(chinaY)}Q${round(mx)},${round(my)} ${round(dot.x)},${round(dot.y)}`,
          class: `chart-link ${strokeClass('c1')}`,
          fill: 'none',
          'stroke-width': 1,
          'stroke-opacity': 0.35,
          ...(theme ? { stroke: theme.colors.c1 } : {}),
        });
      }),
    ),
  );
  // How many, set large in the open sea at the top left, where no country is drawn.
  const [countX, countY] = project(EXTENT.lonMin + 1, EXTENT.latMax - 4);
  const countLines = data.ui.count.replace('{count}', formatNumber(data.countries.length, data.lang));
  nodes.push(
    h(
      'g',
      { class: 'chart-count', 'aria-hidden': 'true' },
      textBlock({ x: countX, y: countY + 30, lines: [countLines], size: 30, weight: 'bold', paint: 'c1', theme }),
    ),
  );
  nodes.push(
    h(
      'g',
      { class: 'chart-reference', 'aria-hidden': 'true' },
      h('rect', {
        x: chinaX - 6,
        y: chinaY - 6,
        width: 12,
        height: 12,
        transform: `rotate(45 ${round(chinaX)} ${round(chinaY)})`,
        class: `${fillClass('bg')} ${strokeClass('text')}`,
        'stroke-width': 2.5,
        ...paint(theme, 'bg', 'text'),
      }),
      textBlock({
        x: china.x,
        y: china.y,
        lines: [data.ui.china],
        size: labelSize,
        anchor: china.anchor,
        paint: 'text',
        weight: 'bold',
        theme,
      }),
    ),
  );
  const points: ChartPoint[] = [];
  const groups = data.countries.map((country, index) => {
    const dot = dots[index]!;
    const label = labels.get(country.id)!;
    const point = pointFor(data, country, dot.x, dot.y - 6);
    points.push(point);
    return pointGroup(
      index,
      point,
      h('circle', { class: 'chart-hit', cx: dot.x, cy: dot.y, r: 12, fill: 'transparent' }),
      label.leader
        ? h('line', {
            x1: label.leader[0],
            y1: label.leader[1],
            x2: label.leader[2],
            y2: label.leader[3],
            class: strokeClass('text-muted'),
            ...paint(theme, undefined, 'text-muted'),
          })
        : null,
      h('circle', { class: `chart-mark ${fillClass('c1')}`, cx: dot.x, cy: dot.y, r: 5, ...paint(theme, 'c1', 'bg') }),
      h('circle', { class: 'chart-focus-ring', cx: dot.x, cy: dot.y, r: 9 }),
      textBlock({ x: label.x, y: label.y, lines: [dot.label], size: labelSize, anchor: label.anchor, theme }),
    );
  });
  nodes.push(h('g', { class: 'chart-dots' }, groups));
  return { height: WIDE_HEIGHT, nodes, points };
}

function layoutNarrow(data: CountryDotsData, width: number, theme?: ChartTheme) {
  const size = typeSizes('narrow');
  const columns = width >= 420 ? 3 : 2;
  const gap = 6;
  const tileWidth = (width - gap * (columns - 1)) / columns;
  const nodes: SvgNode[] = [];
  const points: ChartPoint[] = [];
  let y = 0;
  for (const region of data.regions) {
    const countries = data.countries.filter((country) => country.region === region.id);
    if (!countries.length) continue;
    if (y > 0) y += 14;
    nodes.push(
      textBlock({
        x: 0,
        y: y + size.title,
        lines: [`${region.name} · ${data.ui.count.replace('{count}', formatNumber(countries.length, data.lang))}`],
        size: size.title,
        weight: 'bold',
        theme,
      }),
    );
    y += size.lineHeight + 8;
    const rows: SvgNode[] = [];
    let rowY = y;
    for (let start = 0; start < countries.length; start += columns) {
      const row = countries.slice(start, start + columns);
      const labels = row.map((country) => wrap(country.name, tileWidth - 26, size.small, 2));
      const tileHeight = Math.max(...labels.map((lines) => lines.length)) * 15 + 14;
      row.forEach((country, column) => {
        const x = column * (tileWidth + gap);
        const point = pointFor(data, country, x + tileWidth / 2, rowY);
        points.push(point);
        rows.push(
          pointGroup(
            points.length - 1,
            point,
            h('rect', {
              class: `chart-mark chart-tile ${fillClass('tile')}`,
              x,
              y: rowY,
              width: tileWidth,
              height: tileHeight,
              rx: 4,
              ...paint(theme, 'tile'),
            }),
            h('circle', { class: fillClass('c1'), cx: x + 11, cy: rowY + 14, r: 4.5, ...paint(theme, 'c1') }),
            h('rect', {
              class: 'chart-focus-ring',
              x: x - 2,
              y: rowY - 2,
              width: tileWidth + 4,
              height: tileHeight + 4,
              rx: 5,
            }),
            textBlock({ x: x + 21, y: rowY + 18, lines: labels[column]!, size: size.small, lineHeight: 15, theme }),
          ),
        );
      });
      rowY += tileHeight + gap;
    }
    nodes.push(h('g', { class: 'chart-tiles', 'data-region': region.id }, rows));
    y = rowY;
  }
  return { height: Math.ceil(y + 2), nodes, points };
}

export const countryDots: Builder<CountryDotsData> = {
  height(data, mode) {
    return (mode === 'wide' ? WIDE_HEIGHT : layoutNarrow(data, MIN_WIDTH.narrow).height) + caveatReserve(data, mode);
  },
  build(data, width, height, _lang, theme) {
    const mode = modeFor(width);
    return finishChart(
      data,
      { width, height, mode },
      mode === 'wide'
        ? layoutWide(data, width, height - caveatReserve(data, mode), theme)
        : layoutNarrow(data, width, theme),
      theme,
    );
  },
};
