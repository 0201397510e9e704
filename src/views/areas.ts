import type { Area } from '../schemas/areas.ts';

/** The class that gives an element its programme area's colour as `--area`. */
export const areaClass = (areaId: string) => `area-${areaId}`;

/** One rule per area; colours are validated as #rrggbb by the schema, so they are safe to print. */
export function areaStylesheet(areas: Area[]): string {
  return areas.map((area) => `.${areaClass(area.id)}{--area:${area.colour.toLowerCase()}}`).join('\n') + '\n';
}

/**
 * The band of area colours across the top of every page (identity, issue 16 item 3): equal stops,
 * one per area in content order, as `--area-band` on :root, which the header paints. Colours are
 * #rrggbb, checked by the schema.
 */
export function areaBandStylesheet(areas: Area[]): string {
  const share = 100 / areas.length;
  const stops = areas.map(
    (area, index) =>
      `${area.colour.toLowerCase()} ${+(index * share).toFixed(3)}% ${+((index + 1) * share).toFixed(3)}%`,
  );
  return `:root{--area-band:linear-gradient(90deg,${stops.join(',')})}\n`;
}
