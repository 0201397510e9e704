/**
 * A build from any earlier state of Astro's content cache (node_modules/.astro/data-store.json)
 * gives the same site as a clean build (issue 18, item 2; the root cause is in
 * src/integrations/fresh-store.ts). The editor's path: a good build; the story edited and saved
 * as Health.mdx, which `astro sync` (what `astro dev` and `astro check` run) stores while the
 * check only reports it; the build refusing it; the file renamed to health.mdx; the build.
 * Without the fix Astro kept the stored entry of the file that was gone (same id, same text) and
 * the build failed with Rolldown's "failed to resolve import …fileName=…/Health.mdx".
 */
import { readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astro, removeScratchProjects, scratchProject } from './scratch-project.ts';

afterAll(removeScratchProjects);

/** Every file of a built site, relative path → bytes, for comparison. */
function site(root: string): Map<string, string> {
  const dist = join(root, 'dist');
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dist, path), readFileSync(path).toString('base64'));
    }
  };
  walk(dist);
  return files;
}

/** The files two sites differ in (missing on one side, or with other bytes). */
function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((file) => a.get(file) !== b.get(file)).sort();
}

describe('the content cache', () => {
  it('never serves a page the files no longer say: build, break, fix, build equals a clean build', async () => {
    const edit = (root: string, name: string) =>
      writeFileSync(
        join(root, 'content/stories/en/2024', name),
        `${readFileSync(join(root, 'content/stories/en/2024/health.mdx'), 'utf8')}\nThe work goes on in 2025.\n`,
      );
    const clean = scratchProject();
    edit(clean, 'health.mdx');
    const root = scratchProject();
    const stories = join(root, 'content/stories/en/2024');
    // The clean build and the editor's first good build are independent: both at once (two cores).
    const [cleanBuild, firstBuild] = await Promise.all([astro(clean, 'build'), astro(root, 'build')]);
    expect(cleanBuild.status, cleanBuild.output).toBe(0);
    expect(firstBuild.status, firstBuild.output).toBe(0);
    edit(root, 'Health.mdx');
    rmSync(join(stories, 'health.mdx'));
    const sync = await astro(root, 'sync');
    expect(sync.status, sync.output).toBe(0);
    const refused = await astro(root, 'build');
    expect(refused.status).not.toBe(0);
    expect(refused.output).toContain('content/stories/en/2024/Health.mdx');
    renameSync(join(stories, 'Health.mdx'), join(stories, 'health.mdx'));
    // A preview picture of content that is gone: the next successful build removes it.
    const pictures = join(root, 'node_modules/.cache/social-images');
    const used = readdirSync(pictures).filter((name) => name.endsWith('.png'));
    expect(used.length).toBeGreaterThan(0);
    writeFileSync(join(pictures, 'no-page-uses-this.png'), 'x');
    utimesSync(join(pictures, 'no-page-uses-this.png'), new Date('2020-01-01'), new Date('2020-01-01'));
    const fixed = await astro(root, 'build');
    expect(fixed.status, fixed.output).toBe(0);
    expect(differences(site(root), site(clean))).toEqual([]);
    expect(readdirSync(pictures).sort()).toEqual(readdirSync(join(clean, 'node_modules/.cache/social-images')).sort());
  });
});
