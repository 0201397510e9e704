/**
 * Keeps Astro's content cache (node_modules/.astro/data-store.json) from serving what the files
 * no longer say, so a build from any earlier state of the cache gives the same site as a clean one.
 *
 * Root cause. Astro 7.3's glob() loader keeps a stored entry when an entry of the same id has the
 * same digest, and the digest is of the file's text only (astro/dist/content/loaders/glob.js,
 * `existingEntry.digest === digest && existingEntry.filePath`): it never compares the stored
 * entry's file with the file it is reading. A story renamed from .mdx to .md (or back) has the
 * same id and the same text, so the entry of the old file is kept: after .mdx → .md the build
 * imports the .mdx file that is gone (Rolldown: "failed to resolve import
 * astro:content-layer-deferred-module?…fileName=…health.mdx"); after .md → .mdx the page keeps the
 * HTML rendered from the .md, with <Metric …/> as plain text, on every build until the cache is
 * deleted. Astro clears the whole cache when content.config.ts changes, but it hashes that file's
 * text only: a change to a schema it imports (src/schemas/) keeps entries parsed by the old schema.
 *
 * Fix, per collection, before Astro's loader runs: drop every stored entry whose file is no
 * longer on disk (so it is read again from the file that is), and clear the collection when the
 * schemas' source changed since it was stored. Only what changed is read again; a clean cache is
 * never needed. Tested by tests/build/fresh-store.test.ts (build, break, fix, build, compare).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';

const SCHEMA_DIGEST = 'year-in-review:schema-digest';

/** A hash of the text of every module in src/schemas/, which shape the stored entries' data. */
function schemaDigest(root: string): string {
  const dir = join(root, 'src/schemas');
  const hash = createHash('sha256');
  if (existsSync(dir)) {
    for (const name of readdirSync(dir).sort()) {
      hash.update(`${name}\n`);
      hash.update(readFileSync(join(dir, name)));
    }
  }
  return hash.digest('hex');
}

/**
 * Drops what a loader's store holds that the files no longer back (see above). Exported for the
 * tests; `root` is the project folder. Returns the ids dropped, and whether everything was.
 */
export function pruneStore(
  context: Pick<LoaderContext, 'store' | 'meta'>,
  root: string,
): { dropped: string[]; cleared: boolean } {
  const digest = schemaDigest(root);
  if (context.meta.get(SCHEMA_DIGEST) !== digest) {
    const had = context.store.keys().length > 0;
    context.store.clear();
    context.meta.set(SCHEMA_DIGEST, digest);
    return { dropped: [], cleared: had };
  }
  const dropped: string[] = [];
  for (const [id, entry] of context.store.entries()) {
    if (entry.filePath && !existsSync(join(root, entry.filePath))) {
      context.store.delete(id);
      dropped.push(id);
    }
  }
  return { dropped, cleared: false };
}

/** `loader` (Astro's glob() or file()) with its stored entries checked against the disk first. */
export function withFreshStore(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      pruneStore(context, fileURLToPath(context.config.root));
      return loader.load(context);
    },
  };
}
