import type { Area } from '../schemas/areas.ts';

/** The class that gives an element its programme area's colour as `--area`. */
export const areaClass = (areaId: string) => `area-${areaId}`;

/** One rule per area; colours are validated as #rrggbb by the schema, so they are safe to print. */
export function areaStylesheet(areas: Area[]): string {
  return areas.map((area) => `.${areaClass(area.id)}{--area:${area.colour.toLowerCase()}}`).join('\n') + '\n';
}
