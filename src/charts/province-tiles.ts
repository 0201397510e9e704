/**
 * China's province-level divisions as a tile grid (no borders): every division gets one square in
 * roughly its place, and those the reviews name are filled, coloured by the year(s) that name them.
 * On wide screens, the named provinces are listed beside the grid with what each is named for.
 */
import { legend } from './axis.ts';
import { GRID, provinceTiles } from './geo/provinces.ts';
import { MIN_WIDTH, modeFor, typeSizes } from './layout.ts';
import { fillClass, h, paint, pointGroup, textBlock, finishChart, caveatReserve, type SvgNode } from './svg.ts';
import { textWidth, wrap } from './text.ts';
import type { Builder, ChartPoint, ChartTheme, Mode, Paint, ProvinceTilesData } from './types.ts';
import type { Lang } from '../i18n/languages.ts';
import { enumerate, joinClauses, joinSentences, labelled } from '../i18n/writing.ts';

/**
 * The type size of a name on a narrow tile: a Chinese name (two or three characters) at 11 px, an
 * English two-letter code at 11.5 px. A chart-layout measure, not a rule of writing, so it stays here.
 */
const narrowTileSize: Record<Lang, number> = { en: 11.5, zh: 11 };

type Province = ProvinceTilesData['provinces'][number];

/**
 * A province's tile: its column and row in the grid, names and code (src/charts/geo/provinces.ts).
 * @throws Error naming the file to add it to, for a province id it does not list
 */
export function tileOf(id: string) {
  const tile = provinceTiles[id];
  if (!tile) throw new Error(`The province "${id}" has no tile: add it to src/charts/geo/provinces.ts`);
  return tile;
}

/** Named in the earlier year, the later year, or both. */
export function provincePaint(province: Province, years: number[]): Paint {
  if (province.years.length === 0) return 'tile';
  if (province.years.length > 1) return 'c4';
  return province.years[0] === years[years.length - 1] && years.length > 1 ? 'c3' : 'c1';
}

const LIST_WIDTH = 250;
const legendItems = (data: ProvinceTilesData) => {
  const items = data.years.map((year, index) => ({
    label: data.ui.namedIn.replace('{year}', String(year)),
    paint: (index === data.years.length - 1 && data.years.length > 1 ? 'c3' : 'c1') as Paint,
  }));
  if (data.provinces.some((province) => province.years.length > 1))
    items.push({ label: data.ui.namedInBoth, paint: 'c4' });
  items.push({ label: data.ui.notNamed, paint: 'tile' });
  return items;
};

function pointFor(province: Province, lang: Lang): ChartPoint {
  const mentions = province.mentions.map((mention) => labelled(String(mention.year), mention.about, lang));
  return {
    keys: [province.id, ...province.years.map(String)],
    label: joinSentences([province.name, joinClauses(mentions, lang)], lang),
    tooltip: { title: province.name, lines: mentions },
    x: 0,
    y: 0,
  };
}

/** The named provinces as a list: name and years, then what each is named for. */
function namedList(
  data: ProvinceTilesData,
  x: number,
  y: number,
  width: number,
  size: ReturnType<typeof typeSizes>,
  theme?: ChartTheme,
) {
  const nodes: SvgNode[] = [];
  let cy = y;
  for (const province of data.provinces.filter((candidate) => candidate.years.length)) {
    nodes.push(
      h('rect', {
        x,
        y: cy + 3,
        width: 10,
        height: 10,
        rx: 2,
        class: fillClass(provincePaint(province, data.years)),
        ...paint(theme, provincePaint(province, data.years)),
      }),
    );
    nodes.push(
      textBlock({
        x: x + 16,
        y: cy + size.small,
        lines: [`${province.name} · ${enumerate(province.years, data.lang)}`],
        size: size.small,
        weight: 'bold',
        theme,
      }),
    );
    cy += 16;
    for (const mention of province.mentions) {
      const lines = wrap(mention.about, width - 16, size.small - 0.5, 3);
      nodes.push(
        textBlock({
          x: x + 16,
          y: cy + size.small,
          lines,
          size: size.small - 0.5,
          lineHeight: 15,
          paint: 'text-muted',
          theme,
        }),
      );
      cy += lines.length * 15;
    }
    cy += 7;
  }
  return { node: h('g', { class: 'chart-named-list', 'aria-hidden': 'true' }, nodes), height: cy - y };
}

function layout(data: ProvinceTilesData, width: number, mode: Mode, theme?: ChartTheme) {
  const size = typeSizes(mode);
  const nodes: SvgNode[] = [];
  const key = legend(legendItems(data), 0, 0, width, size.small, theme);
  nodes.push(key.node);
  const top = key.height + 10;
  const gap = 3;
  const showList = mode === 'wide' && width >= GRID.cols * 64 + 24 + LIST_WIDTH;
  const gridWidth = mode === 'wide' ? Math.min(GRID.cols * 72, showList ? width - LIST_WIDTH - 24 : width) : width;
  const tile = (gridWidth - gap * (GRID.cols - 1)) / GRID.cols;
  // The chart has one height per mode (worked out at the mode's narrowest width): on a wider phone
  // the tiles widen but grow no taller than they are there, or the grid would outgrow its drawing.
  const narrowest = (MIN_WIDTH.narrow - gap * (GRID.cols - 1)) / GRID.cols;
  const tileHeight = Math.min(tile, mode === 'wide' ? 64 : narrowest);
  const label = (province: Province) => (mode === 'narrow' ? province.short : province.name);
  const fontSize = mode === 'narrow' ? narrowTileSize[data.lang] : 12;
  const points: ChartPoint[] = [];
  const tiles = data.provinces.map((province) => {
    const place = tileOf(province.id);
    const x = place.col * (tile + gap);
    const y = top + place.row * (tileHeight + gap);
    const colour = provincePaint(province, data.years);
    const named = province.years.length > 0;
    // A province's name stays whole in its tile (the grid leaves a gap for a name a little wider).
    // Narrow English tiles set the name in its syllable pieces, at a size that fits the tile.
    const given = label(province);
    const lines = given.includes('\n') ? given.split('\n') : wrap(given, tile - 6, fontSize, 2, named, false);
    const textSize = given.includes('\n')
      ? Math.min(fontSize, ...lines.map((line) => (tile - 4) / textWidth(line, 1, named)))
      : fontSize;
    const yearLine = named && tileHeight >= 40 ? province.years.join(' ') : '';
    const blockHeight = lines.length * (textSize + 2) + (yearLine ? 13 : 0);
    const textTop = y + (tileHeight - blockHeight) / 2 + textSize - 1;
    const shapes = [
      h('rect', {
        class: `chart-mark chart-tile ${fillClass(colour)}`,
        x,
        y,
        width: tile,
        height: tileHeight,
        rx: 3,
        ...paint(theme, colour),
      }),
      textBlock({
        x: x + tile / 2,
        y: textTop,
        lines,
        size: Math.round(textSize * 10) / 10,
        lineHeight: textSize + 2,
        anchor: 'middle',
        weight: named ? 'bold' : 'normal',
        paint: named ? 'on-mark' : 'text-muted',
        theme,
      }),
      yearLine
        ? textBlock({
            x: x + tile / 2,
            y: textTop + lines.length * (textSize + 2) + 1,
            lines: [yearLine],
            size: 10.5,
            anchor: 'middle',
            paint: 'on-mark',
            theme,
          })
        : null,
    ];
    if (!named) return h('g', { class: 'chart-tile-group', 'data-province': province.id }, shapes);
    const point = { ...pointFor(province, data.lang), x: x + tile / 2, y };
    points.push(point);
    return pointGroup(
      points.length - 1,
      point,
      shapes,
      h('rect', { class: 'chart-focus-ring', x: x - 2, y: y - 2, width: tile + 4, height: tileHeight + 4, rx: 4 }),
    );
  });
  nodes.push(h('g', { class: 'chart-tiles' }, tiles));
  let height = top + GRID.rows * (tileHeight + gap);
  if (mode === 'wide') {
    // The list's height does not depend on the width, so the chart's height stays constant in this mode.
    const list = namedList(data, gridWidth + 24, top, LIST_WIDTH, size, theme);
    if (showList) nodes.push(list.node);
    height = Math.max(height, top + list.height);
  }
  return { height: Math.ceil(height + 2), nodes, points };
}

export const provinceTilesChart: Builder<ProvinceTilesData> = {
  height(data, mode) {
    return layout(data, MIN_WIDTH[mode], mode).height + caveatReserve(data, mode);
  },
  build(data, width, height, _lang, theme) {
    const mode = modeFor(width);
    return finishChart(data, { width, height, mode }, layout(data, width, mode, theme), theme);
  },
};
