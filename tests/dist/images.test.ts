/**
 * A camera original never reaches readers (issue 17 item 8): no picture in dist/ is over the
 * budget, and no photo of content/photos/ is in dist/ as it is (astro:assets serves resized
 * copies only). tests/build/photos.test.ts builds a 9 MB fixture photo to show both hold when
 * there is one; this checks the real build.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, requireDist, root } from '../built-site.ts';
import { IMAGE_BYTES_BUDGET, imageFiles } from './image-budget.ts';

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('pictures in dist/', () => {
  it(`are each at most ${IMAGE_BYTES_BUDGET / 1024} KB`, () => {
    requireDist();
    const over = imageFiles(dist)
      .filter((file) => statSync(file).size > IMAGE_BYTES_BUDGET)
      .map((file) => `${relative(dist, file)}: ${Math.round(statSync(file).size / 1024)} KB`);
    expect(over).toEqual([]);
  });

  it('hold no photo of content/photos/ as it is', () => {
    requireDist();
    const photosDir = join(root, 'content/photos');
    const originals = existsSync(photosDir) ? imageFiles(photosDir) : [];
    const sizes = new Set(originals.map((file) => statSync(file).size));
    const hashes = new Map(originals.map((file) => [sha(file), relative(root, file)]));
    const copied = readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .filter((file) => sizes.has(statSync(file).size) && hashes.has(sha(file)))
      .map((file) => `${relative(dist, file)} is ${hashes.get(sha(file))}`);
    expect(copied).toEqual([]);
  });
});
