/**
 * The content editor (Keystatic, src/integrations/editor.ts) runs under `astro dev` only: the built
 * site holds no page, route, script or mention of it, and no React.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../built-site.ts';

const dist = join(root, 'dist');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });

describe('the built site', () => {
  const all = files(dist).map((file) => relative(dist, file));

  it('has no editor page or route', () => {
    expect(all.length).toBeGreaterThan(50);
    expect(all.filter((file) => /keystatic/i.test(file))).toEqual([]);
  });

  it('ships no editor or React code in any page or script', () => {
    const found = all
      .filter((file) => /\.(html|js|mjs|css)$/.test(file) && !file.startsWith('pagefind/'))
      .filter((file) => /keystatic|keystar|react-dom|__reactFiber|createRoot\(/i.test(readFileSync(join(dist, file), 'utf8')));
    expect(found).toEqual([]);
  });
});
