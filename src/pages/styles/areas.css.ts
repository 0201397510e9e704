import type { APIRoute } from 'astro';
import { loadAreas } from '../../model/collections.ts';
import { areaStylesheet } from '../../views/areas.ts';
import type { Area } from '../../schemas/areas.ts';

/**
 * The band of area colours across the top of every page (identity): equal stops, one per area in
 * content order, as a custom property the header paints. Colours are #rrggbb, checked by the schema.
 */
const areaBand = (areas: Area[]) => {
  const share = 100 / areas.length;
  const stops = areas.map(
    (area, index) =>
      `${area.colour.toLowerCase()} ${+(index * share).toFixed(3)}% ${+((index + 1) * share).toFixed(3)}%`,
  );
  return `:root{--area-band:linear-gradient(90deg,${stops.join(',')})}\n`;
};

/**
 * Area colours live in content/areas.yaml. The CSP forbids inline style attributes, so the colours
 * reach the page as this small stylesheet (`.area-health { --area: … }`) instead.
 */
export const GET: APIRoute = async () => {
  const areas = await loadAreas();
  return new Response(areaStylesheet(areas) + areaBand(areas), {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
};
