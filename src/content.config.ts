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
import { correction } from './schemas/corrections.ts';
import { contentLayout, type CollectionName } from './checks/content-layout.ts';
import { withFreshStore } from './integrations/fresh-store.ts';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { load as loadYaml } from 'js-yaml';

/** The loader of one collection, reading the files content-layout.ts lists. */
function loader(name: CollectionName): Loader {
  const layout = contentLayout[name];
  const inner =
    layout.kind === 'file'
      ? file(`./content/${layout.path}`)
      : glob({ base: `./content/${layout.base}`, pattern: layout.pattern });
  return withFreshStore(inner);
}

/**
 * A list file that may be missing or empty (the corrections log before anything is corrected):
 * Astro's file() loader logs an error for a missing file and a warning for an empty list on every
 * build, so those two cases clear the collection here and anything else is file()'s. The content
 * check has already reported a file that is not a list.
 */
function optionalList(name: CollectionName): Loader {
  const layout = contentLayout[name];
  if (layout.kind !== 'file') throw new Error(`${name} is not a list file`);
  const inner = loader(name);
  // Whether the last load found the file empty: then file() watches nothing, and this loader
  // loads again when the file changes (in `astro dev`), once file() has taken over, it watches.
  let empty = false;
  let watching = false;
  const load: Loader['load'] = async (context) => {
    const path = fileURLToPath(new URL(`./content/${layout.path}`, context.config.root));
    let data: unknown;
    try {
      data = existsSync(path) ? loadYaml(readFileSync(path, 'utf8')) : undefined;
    } catch {
      empty = false;
      return inner.load(context); // not YAML: file() logs it, and the content check names the line
    }
    empty = data === null || data === undefined || (Array.isArray(data) && data.length === 0);
    if (!empty) return inner.load(context);
    context.store.clear();
    if (context.watcher && !watching) {
      watching = true;
      context.watcher.add(path);
      context.watcher.on('change', (changed) => {
        if (changed === path && empty) void load(context);
      });
    }
  };
  return { name: `${inner.name}:optional`, load };
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
  corrections: defineCollection({ loader: optionalList('corrections'), schema: correction }),
};
