import { z } from 'astro/zod';
import { id } from './common.ts';

/**
 * content/published.yaml (optional): the figures and charts published at their own address
 * (/en/figures/{id}/, /en/charts/{id}/ and the /zh/ twins), which readers link to and cite. The
 * content check (src/checks/published.ts) requires every id listed here to keep its file;
 * `npm run published:update` adds the ids of new files and never removes one.
 */
export const published = z
  .object({
    /** Metric ids: each needs content/metrics/{id}.yaml. */
    figures: z.array(id).default([]),
    /** Chart ids: each needs content/charts/{id}.yaml. */
    charts: z.array(id).default([]),
  })
  .strict();
export type Published = z.infer<typeof published>;
