import { z } from 'astro/zod';
import { bilingual, id } from './common.ts';

/** A programme area (content/areas.yaml is a list of these). */
export const area = z
  .object({
    /** Referenced by metrics and stories, e.g. `child-protection`. */
    id,
    /** The area's name in both languages. */
    name: bilingual,
    /** One sentence on what the area covers. */
    summary: bilingual,
    /** Accent colour for the area's charts and cards; must keep 3:1 contrast on white. */
    colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'must be a colour written as #rrggbb, like #0077a8' }),
  })
  .strict();

export const areas = z.array(area, { error: 'must be a list of programme areas' });
export type Area = z.infer<typeof area>;
