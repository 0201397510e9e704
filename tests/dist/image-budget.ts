/**
 * The byte budget of a picture in dist/, shared by the check over the real build
 * (tests/dist/images.test.ts) and the photo build test (tests/build/photos.test.ts).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * No picture the site serves is larger than this: a photo's widest copy (1600 px) of a real photo
 * is a few hundred kilobytes at most, a chart's PNG download at twice its size has been up to
 * 350 KB, and a camera original (several megabytes) is far over it.
 */
export const IMAGE_BYTES_BUDGET = 600 * 1024;

/** Picture file extensions: what a photo or a chart picture can be served as. */
const pictureFile = /\.(jpe?g|png|webp|avif|gif|heic|tiff?)$/i;

/** Every picture file under `dir` (absolute paths). */
export function imageFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && pictureFile.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}
