import { z } from 'astro/zod';
import { id } from './common.ts';

/**
 * One list of published ids. Left out or left empty it is no ids: deleting the last line under
 * `charts:` leaves `charts:` with nothing after it, which YAML reads as null.
 */
const ids = z
  .array(id, { error: 'must be a list of ids, one a line ("- newborn-care-training"), or nothing' })
  .nullish()
  .transform((list) => list ?? []);

/**
 * content/published.yaml (optional): the figures and charts published at their own address
 * (/en/figures/{id}/, /en/charts/{id}/ and the /zh/ twins), which readers link to and cite. The
 * content check (src/checks/published.ts) requires every id listed here to keep its file;
 * `npm run published:update` adds the ids of new files and never removes one.
 */
export const published = z
  .object({
    /** Metric ids: each needs content/metrics/{id}.yaml. */
    figures: ids,
    /** Chart ids: each needs content/charts/{id}.yaml. */
    charts: ids,
  })
  .strict();
export type Published = z.infer<typeof published>;
