import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { areas as areasSchema } from '../schemas/areas.ts';
import { areaBandStylesheet, areaStylesheet } from '../views/areas.ts';

/** The module the layouts import for the area colours: `import 'virtual:year-in-review/areas.css'`. */
export const AREA_STYLES_MODULE = 'virtual:year-in-review/areas.css';
const resolved = `\0${AREA_STYLES_MODULE}`;

/**
 * The programme areas' colours (content/areas.yaml) as CSS (`.area-health { --area: … }`, and
 * the band of all of them along the top of every page), served
 * as a virtual module that the layouts import like any stylesheet. It used to be a page of its own
 * (/styles/areas.css); as a module it is bundled into the site's one stylesheet (issue 16: one
 * stylesheet request per page), and the CSP forbids inline styles, so it cannot go in the page.
 * Throws with the file's name when areas.yaml does not parse; the content check reports its
 * fields first.
 */
export default function areaStyles(): AstroIntegration {
  return {
    name: 'year-in-review:area-styles',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const file = join(fileURLToPath(config.root), 'content', 'areas.yaml');
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'year-in-review:area-styles',
                resolveId: (id: string) => (id === AREA_STYLES_MODULE ? resolved : undefined),
                load(id: string) {
                  if (id !== resolved) return undefined;
                  this.addWatchFile(file);
                  const result = areasSchema.safeParse(parse(readFileSync(file, 'utf8')));
                  if (!result.success)
                    throw new Error(
                      `content/areas.yaml: not a valid list of programme areas (${result.error.message})`,
                    );
                  return areaStylesheet(result.data) + areaBandStylesheet(result.data);
                },
              },
            ],
          },
        });
      },
    },
  };
}
