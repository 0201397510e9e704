/**
 * The site's mark (issue 16, item 3): a ring of arcs, one per programme area in its colour from
 * content/areas.yaml, around a child on a blue disc, on a 40 × 40 grid. One drawing for every
 * place it appears: the header's wordmark (src/components/Logo.astro, coloured by the page's
 * CSS so it follows dark mode), the favicon (src/pages/favicon.svg.ts) and the footer of every
 * preview picture and download (src/share/pictures.ts), which name literal colours because no
 * stylesheet reaches them. Pure: numbers and path strings.
 */

/** The mark's grid: a 40 × 40 viewBox. */
export const MARK_SIZE = 40;

/** The blue disc at the centre (cx, cy, r on the 40-unit grid). */
export const markCentre = { cx: 20, cy: 20, r: 9.5 } as const;

/** The child on the disc: a head (circle) and shoulders (path), on the 40-unit grid. */
export const markChild = {
  head: { cx: 20, cy: 16.6, r: 2.6 },
  shoulders: 'M14.6 25.4c.9-3.2 2.9-4.9 5.4-4.9s4.5 1.7 5.4 4.9z',
} as const;

/** The width of each arc's stroke on the 40-unit grid. */
export const MARK_ARC_WIDTH = 5;

/**
 * The mark's ring cut into `count` equal arcs with a gap between them, clockwise from the top,
 * as SVG path data on a 40 × 40 grid centred at (20, 20); meant to be stroked, not filled. The
 * home page's hero ring uses it with its own radius and gap (in degrees).
 * @throws RangeError when `count` is not a whole number of at least 1 (the mark needs an area)
 */
export function ringSegments(count: number, radius = 15.5, gapDegrees = 14): string[] {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`The mark needs at least one area (got ${count})`);
  const point = (degrees: number) => {
    const radians = ((degrees - 90) * Math.PI) / 180;
    return `${(20 + radius * Math.cos(radians)).toFixed(2)} ${(20 + radius * Math.sin(radians)).toFixed(2)}`;
  };
  if (count === 1) return [`M${point(0)}A${radius} ${radius} 0 1 1 ${point(359.99)}`];
  const step = 360 / count;
  return Array.from({ length: count }, (_, index) => {
    const start = index * step + gapDegrees / 2;
    const end = (index + 1) * step - gapDegrees / 2;
    return `M${point(start)}A${radius} ${radius} 0 ${end - start > 180 ? 1 : 0} 1 ${point(end)}`;
  });
}

/** The mark's literal colours where no stylesheet reaches: the light theme of src/styles/global.css. */
export interface MarkColours {
  /** One colour per arc (#rrggbb), the programme areas' in content order. At least one. */
  arcs: readonly string[];
  /** The disc (--accent). */
  centre: string;
  /** The child on the disc (--on-accent). */
  child: string;
}

/**
 * The mark's shapes with literal colours, as plain descriptions (element name and attributes) on
 * the 40-unit grid, for a renderer to turn into markup: the favicon writes them as a string, the
 * pictures as SVG nodes. Throws a RangeError when `colours.arcs` is empty.
 */
export function markShapes(
  colours: MarkColours,
): { name: 'path' | 'circle'; attributes: Record<string, string | number> }[] {
  const arcs = ringSegments(colours.arcs.length).map((d, index) => ({
    name: 'path' as const,
    attributes: { d, fill: 'none', stroke: colours.arcs[index]!, 'stroke-width': MARK_ARC_WIDTH },
  }));
  return [
    ...arcs,
    { name: 'circle', attributes: { ...markCentre, fill: colours.centre } },
    { name: 'circle', attributes: { ...markChild.head, fill: colours.child } },
    { name: 'path', attributes: { d: markChild.shoulders, fill: colours.child } },
  ];
}

/**
 * The mark as a standalone SVG document (the favicon): 40 × 40 viewBox, literal colours.
 * Attribute values are numbers and #rrggbb colours checked by the areas schema, and path data
 * made here, so nothing needs escaping. Throws a RangeError when `colours.arcs` is empty.
 */
export function markSvg(colours: MarkColours): string {
  const shapes = markShapes(colours)
    .map(
      ({ name, attributes }) =>
        `<${name} ${Object.entries(attributes)
          .map(([key, value]) => `${key}="${value}"`)
          .join(' ')}/>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MARK_SIZE} ${MARK_SIZE}">${shapes}</svg>`;
}
