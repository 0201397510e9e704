/**
 * The only door into the data. Each collection is validated by its schema in src/schemas/;
 * cross-references between collections are checked by src/checks/cross-references.ts, which the
 * content-check integration runs before the build renders anything. Which files each collection
 * reads comes from src/checks/content-layout.ts, the list the content check reads too.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { source } from './schemas/sources.ts';
import { area } from './schemas/areas.ts';
import { reviewYear } from './schemas/years.ts';
import { metric } from './schemas/metrics.ts';
import { page } from './schemas/pages.ts';
import { chart } from './schemas/charts.ts';
import { story } from './schemas/stories.ts';
import { glossaryTerm } from './schemas/glossary.ts';
import { contentLayout, type CollectionName } from './checks/content-layout.ts';
import { withFreshStore } from './integrations/fresh-store.ts';

/** The loader of one collection, reading the files content-layout.ts lists. */
function loader(name: CollectionName): Loader {
  const layout = contentLayout[name];
  const inner =
    layout.kind === 'file'
      ? file(`./content/${layout.path}`)
      : glob({ base: `./content/${layout.base}`, pattern: layout.pattern });
  return withFreshStore(inner);
}

export const collections = {
  sources: defineCollection({ loader: loader('sources'), schema: source }),
  areas: defineCollection({ loader: loader('areas'), schema: area }),
  years: defineCollection({ loader: loader('years'), schema: reviewYear }),
  metrics: defineCollection({ loader: loader('metrics'), schema: metric }),
  charts: defineCollection({ loader: loader('charts'), schema: chart }),
  pages: defineCollection({ loader: loader('pages'), schema: page }),
  glossary: defineCollection({ loader: loader('glossary'), schema: glossaryTerm }),
  stories: defineCollection({ loader: loader('stories'), schema: story }),
};
