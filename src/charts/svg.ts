/**
 * A tiny description of SVG and its serialisation to markup. Builders return strings, not DOM,
 * so the same code runs in the build (no DOM), in tests (snapshots) and in the browser
 * (innerHTML). Numbers are rounded to two decimals: output is stable across machines and small.
 * Hand-written rather than a DOM library (jsdom, linkedom): the build has no DOM, and a library
 * would ship to the browser with every chart for what is forty lines here.
 */
import type { ChartPoint, ChartTheme, Mode, Paint } from './types.ts';
import { MIN_WIDTH } from './layout.ts';
import { wrap } from './text.ts';

export type AttrValue = string | number | undefined | null | false;
export type Attrs = Record<string, AttrValue>;
export interface SvgNode {
  tag: string;
  attrs: Attrs;
  children: Child[];
}
export type Child = SvgNode | string;
type ChildInput = Child | null | undefined | false | ChildInput[];

/**
 * An SVG element as plain data: tag, attributes and children (nested arrays are flattened;
 * null, undefined and false are left out), so charts build the same tree in Node and the browser.
 */
export function h(tag: string, attrs: Attrs = {}, ...children: ChildInput[]): SvgNode {
  const flat: Child[] = [];
  const add = (child: ChildInput) => {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) child.forEach(add);
    else flat.push(child);
  };
  children.forEach(add);
  return { tag, attrs, children: flat };
}

/** Two decimals, and never "-0". */
export function round(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? 0 : rounded;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/**
 * An SVG tree as markup. Text and attribute values are escaped; numbers are rounded to two
 * decimals; attributes that are undefined, null or false are left out.
 */
export function render(node: Child): string {
  if (typeof node === 'string') return escapeText(node);
  const attrs = Object.entries(node.attrs)
    .filter(([, value]) => value !== undefined && value !== null && value !== false)
    .map(
      ([name, value]) => ` ${name}="${escapeAttr(typeof value === 'number' ? String(round(value)) : String(value))}"`,
    )
    .join('');
  if (node.children.length === 0) return `<${node.tag}${attrs}/>`;
  return `<${node.tag}${attrs}>${node.children.map(render).join('')}</${node.tag}>`;
}

/** `M x,y L x,y …` with rounded numbers: enough for the straight lines charts need. */
export function polyline(points: [number, number][]): string {
  return points.map(([x, y], index) => `${index === 0 ? 'M' : 'L'}${round(x)},${round(y)}`).join('');
}

/**
 * Colour attributes for a paint. Without a theme the class does the work (CSS custom properties,
 * so dark mode and print follow); with a theme the colour is written out for renderers without CSS.
 */
export function paint(theme: ChartTheme | undefined, fill?: Paint, stroke?: Paint): Attrs {
  if (!theme) return {};
  return { fill: fill ? theme.colors[fill] : 'none', stroke: stroke ? theme.colors[stroke] : undefined };
}

/** `class` for a paint: `chart-fill-c1`, `chart-stroke-grid`. */
export const fillClass = (paintName: Paint) => `chart-fill-${paintName}`;
/** `class` for a stroke paint: `chart-stroke-grid`. */
export const strokeClass = (paintName: Paint) => `chart-stroke-${paintName}`;

export interface TextOptions {
  x: number;
  y: number;
  lines: string[];
  size: number;
  lineHeight?: number;
  anchor?: 'start' | 'middle' | 'end';
  weight?: 'normal' | 'bold';
  paint?: Paint;
  className?: string;
  theme?: ChartTheme;
}

/**
 * Text, one <tspan> per line. `y` is the first line's baseline. Spaces are kept as written:
 * the markup never goes through a whitespace-collapsing step (see Chart.astro).
 */
export function textBlock(options: TextOptions): SvgNode {
  const { x, y, lines, size, anchor = 'start', weight = 'normal', paint: colour = 'text', className, theme } = options;
  const lineHeight = options.lineHeight ?? Math.round(size * 1.3);
  const attrs: Attrs = {
    x,
    y,
    'font-size': size,
    'text-anchor': anchor === 'start' ? undefined : anchor,
    'font-weight': weight === 'bold' ? 700 : undefined,
    class: [fillClass(colour), className].filter(Boolean).join(' '),
    ...(theme ? { fill: theme.colors[colour], 'font-family': theme.fontFamily } : {}),
  };
  if (lines.length === 1) return h('text', attrs, lines[0]!);
  return h(
    'text',
    attrs,
    lines.map((line, index) => h('tspan', { x, dy: index === 0 ? undefined : lineHeight }, line)),
  );
}

/** A focusable data point: its marks grouped, with what the island needs to find it again. */
export function pointGroup(index: number, point: ChartPoint, ...marks: ChildInput[]): SvgNode {
  return h(
    'g',
    { class: 'chart-point', 'data-index': index, 'data-keys': point.keys.join(' '), 'aria-label': point.label },
    ...marks,
  );
}

export interface SvgRootOptions {
  id: string;
  width: number;
  height: number;
  title: string;
  description: string;
  theme?: ChartTheme;
  className?: string;
}

/**
 * The <svg> element. It is an image with a name and a description for assistive technology; the
 * island turns it into a group of focusable points once it can handle the keyboard.
 */
export function svgRoot(options: SvgRootOptions, ...children: ChildInput[]): SvgNode {
  const { id, width, height, title, description, theme, className } = options;
  return h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: ['chart-svg', className].filter(Boolean).join(' '),
      width,
      height,
      viewBox: `0 0 ${round(width)} ${round(height)}`,
      role: 'img',
      'aria-labelledby': `${id}-title`,
      'aria-describedby': `${id}-desc`,
      ...(theme ? { 'font-family': theme.fontFamily } : {}),
    },
    h('title', { id: `${id}-title` }, title),
    h('desc', { id: `${id}-desc` }, description),
    theme ? h('rect', { width, height, fill: theme.colors.bg }) : null,
    ...children,
  );
}

/** The caveat's type, and the space between the marks and its rule. */
const caveatType = (mode: Mode) => (mode === 'narrow' ? { size: 12.5, line: 17 } : { size: 13, line: 18 });
const CAVEAT_GAP = 16;
const CAVEAT_ICON = 16;

const caveatLines = (caveat: string, width: number, mode: Mode) =>
  wrap(caveat, width - CAVEAT_ICON - 8, caveatType(mode).size, Infinity, true);

const caveatBlockHeight = (caveat: string, width: number, mode: Mode) =>
  CAVEAT_GAP + 10 + caveatLines(caveat, width, mode).length * caveatType(mode).line;

/**
 * The height a chart keeps at its bottom for its caveat in a layout mode, in px: worked out at
 * the mode's narrowest width, where the sentence wraps most, so every builder's `height()` adds
 * the same constant and the page can size the drawing before any script runs. 0 without a caveat.
 */
export function caveatReserve(data: { caveat?: string }, mode: Mode): number {
  return data.caveat ? caveatBlockHeight(data.caveat, MIN_WIDTH[mode], mode) : 0;
}

/**
 * The caveat as part of the drawing: a rule, a "!" disc in the accent the charts use for
 * emphasis, and the sentence, in bold so it reads as a warning in every copy of the chart.
 */
function caveatNode(caveat: string, width: number, mode: Mode, top: number, theme?: ChartTheme): SvgNode {
  const { size, line } = caveatType(mode);
  const lines = caveatLines(caveat, width, mode);
  const ruleY = top + CAVEAT_GAP / 2;
  const textTop = top + CAVEAT_GAP + 6;
  const iconY = textTop + size / 2 - 1;
  return h(
    'g',
    { class: 'chart-caveat' },
    h('line', {
      class: strokeClass('grid'),
      x1: 0,
      x2: width,
      y1: ruleY,
      y2: ruleY,
      ...(theme ? { stroke: theme.colors.grid } : {}),
    }),
    h('circle', {
      class: fillClass('c3'),
      cx: CAVEAT_ICON / 2,
      cy: iconY,
      r: CAVEAT_ICON / 2,
      ...(theme ? { fill: theme.colors.c3 } : {}),
    }),
    textBlock({
      x: CAVEAT_ICON / 2,
      y: iconY + size * 0.36,
      lines: ['!'],
      size: size - 1,
      anchor: 'middle',
      weight: 'bold',
      paint: 'on-mark',
      theme,
    }),
    textBlock({
      x: CAVEAT_ICON + 8,
      y: textTop + size * 0.8,
      lines,
      size,
      lineHeight: line,
      weight: 'bold',
      paint: 'text',
      theme,
    }),
  );
}

/**
 * The finished chart: the layout's marks inside the <svg>, centred vertically when the layout
 * needs less height than its mode reserves (a wide screen wraps labels less than the narrowest
 * width of the mode, which the height was worked out for). A chart with a caveat draws it under
 * the marks, in the space `caveatReserve` kept for it: pass the layout the height without it.
 */
export function finishChart(
  data: { id: string; title: string; description: string; caveat?: string },
  size: { width: number; height: number; mode: 'narrow' | 'wide' },
  layout: { height: number; nodes: SvgNode[]; points: ChartPoint[] },
  theme?: ChartTheme,
) {
  const { width, height, mode } = size;
  const caveat = data.caveat ? caveatBlockHeight(data.caveat, width, mode) : 0;
  const dy = mode === 'wide' ? Math.max(0, Math.floor((height - layout.height - caveat) / 2)) : 0;
  const svg = svgRoot(
    { id: `chart-${data.id}-${mode}`, width, height, title: data.title, description: data.description, theme },
    dy ? h('g', { transform: `translate(0 ${dy})` }, layout.nodes) : layout.nodes,
    data.caveat ? caveatNode(data.caveat, width, mode, dy + layout.height, theme) : null,
  );
  const points = dy ? layout.points.map((point) => ({ ...point, y: point.y + dy })) : layout.points;
  return { width, height, svg: render(svg), points };
}
