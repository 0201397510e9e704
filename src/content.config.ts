/**
 * The only door into the data. Each collection is validated by its schema in src/schemas/;
 * cross-references between collections are checked by src/checks/cross-references.ts, which the
 * content-check integration runs before the build renders anything.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { source } from './schemas/sources.ts';
import { area } from './schemas/areas.ts';
import { reviewYear } from './schemas/years.ts';
import { metric } from './schemas/metrics.ts';
import { page } from './schemas/pages.ts';
import { chart } from './schemas/charts.ts';
import { story } from './schemas/stories.ts';
import { glossaryTerm } from './schemas/glossary.ts';

export const collections = {
  sources: defineCollection({ loader: file('./content/sources.yaml'), schema: source }),
  areas: defineCollection({ loader: file('./content/areas.yaml'), schema: area }),
  years: defineCollection({ loader: glob({ base: './content/years', pattern: '*.yaml' }), schema: reviewYear }),
  metrics: defineCollection({ loader: glob({ base: './content/metrics', pattern: '*.yaml' }), schema: metric }),
  charts: defineCollection({ loader: glob({ base: './content/charts', pattern: '*.yaml' }), schema: chart }),
  pages: defineCollection({ loader: glob({ base: './content/pages', pattern: '{en,zh}/*.{md,mdx}' }), schema: page }),
  glossary: defineCollection({ loader: file('./content/glossary.yaml'), schema: glossaryTerm }),
  stories: defineCollection({
    loader: glob({ base: './content/stories', pattern: '{en,zh}/**/*.{md,mdx}' }),
    schema: story,
  }),
};
