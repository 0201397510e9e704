/**
 * A drawn icon per programme area (content/areas.yaml), for cards, chapter lists and the home
 * page. Each is a few strokes on a 24 × 24 grid, drawn for this site (no icon font, nothing
 * fetched), stroked in `currentColor` so the area's colour or the text colour paints it.
 *
 * An area an editor adds without a drawing here gets `fallbackIcon` (a plain ring and dot), never
 * an error: the page builds and looks deliberate, and a developer can draw its icon later.
 */
export interface AreaIcon {
  /** SVG path data on a 24 × 24 grid, stroked (no fill) with round caps and joins. */
  paths: string[];
  /** Circles as [cx, cy, r], stroked like the paths. */
  circles?: [number, number, number][];
}

/** The icon for an area that has no drawing of its own: a ring with a dot. */
export const fallbackIcon: AreaIcon = {
  paths: [],
  circles: [
    [12, 12, 8],
    [12, 12, 1.5],
  ],
};

/** Drawings by area id. */
export const areaIcons: Readonly<Record<string, AreaIcon>> = {
  // A globe: the programme as a whole, across the country.
  overview: {
    paths: ['M4 12h16', 'M12 4c2.6 2.4 3.8 5 3.8 8s-1.2 5.6-3.8 8', 'M12 4c-2.6 2.4-3.8 5-3.8 8s1.2 5.6 3.8 8'],
    circles: [[12, 12, 8]],
  },
  // A heart with a pulse: health and development.
  health: {
    paths: [
      'M12 20s-7.5-4.6-7.5-10.1A4.2 4.2 0 0 1 12 7.4a4.2 4.2 0 0 1 7.5 2.5C19.5 15.4 12 20 12 20z',
      'M7 12.5h3l1.2-2.4 1.8 4.4 1.2-2h2.8',
    ],
  },
  // An open book: education.
  education: {
    paths: [
      'M12 7.5C10 5.8 7.2 5.2 4 5.5v12c3.2-.3 6 .3 8 2',
      'M12 7.5c2-1.7 4.8-2.3 8-2v12c-3.2-.3-6 .3-8 2',
      'M12 7.5v12',
    ],
  },
  // A shield around a small figure: child protection.
  'child-protection': {
    paths: ['M12 3.5 5 6v5.5c0 4.4 3 7.7 7 9 4-1.3 7-4.6 7-9V6z', 'M9.2 15.5c.5-1.6 1.5-2.4 2.8-2.4s2.3.8 2.8 2.4'],
    circles: [[12, 10.2, 1.7]],
  },
  // A columned building: public policy and budgets.
  'social-policy': {
    paths: ['M4 9.5 12 5l8 4.5', 'M5 9.5h14', 'M7 12v5', 'M12 12v5', 'M17 12v5', 'M4 20h16'],
  },
  // Two arrows passing each other: sharing between countries.
  'south-south': {
    paths: ['M4 9h13', 'M14 5.5 17.5 9 14 12.5', 'M20 15H7', 'M10 11.5 6.5 15 10 18.5'],
  },
  // A tent under a roof line: emergency shelter and supplies.
  emergencies: {
    paths: ['M3.5 19.5 12 5l8.5 14.5z', 'M12 5v14.5', 'M9 19.5l3-5 3 5'],
  },
  // A megaphone: speaking up for children.
  advocacy: {
    paths: [
      'M4 10v4h3l7 4V6l-7 4z',
      'M7 14l1.2 4.5h2.3L9.6 14',
      'M17.5 9.5a3.5 3.5 0 0 1 0 5',
      'M19.5 7.5a6.3 6.3 0 0 1 0 9',
    ],
  },
};

/** The drawing for an area id: its own, or `fallbackIcon` when none is drawn yet. */
export function iconFor(areaId: string): AreaIcon {
  return Object.hasOwn(areaIcons, areaId) ? areaIcons[areaId]! : fallbackIcon;
}

/** The mark's ring of arcs: drawn in src/views/mark.ts, which the favicon and pictures share. */
export { ringSegments } from '../views/mark.ts';
