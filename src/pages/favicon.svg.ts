import type { APIRoute } from 'astro';
import { loadAreas } from '../model/collections.ts';
import { markSvg } from '../views/mark.ts';
import { pictureTheme } from '../share/pictures.ts';

/**
 * The favicon: the site's mark (src/views/mark.ts), the same drawing as the header's wordmark,
 * with one arc per programme area in its colour from content/areas.yaml, so a new area shows in
 * the tab too. Literal light-theme colours: a favicon is not styled by the page.
 */
export const GET: APIRoute = async () => {
  const areas = await loadAreas();
  const svg = markSvg({
    arcs: areas.map((area) => area.colour.toLowerCase()),
    centre: pictureTheme.colors.c1!,
    child: pictureTheme.colors['on-mark']!,
  });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
