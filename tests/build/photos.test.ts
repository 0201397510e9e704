/**
 * Photos done properly (issue 17 item 8): a story's lead photo and a <Photo> in its body, from a
 * camera-sized original of about 9 MB in content/photos/, go through astro:assets. The built
 * pages offer AVIF and WebP copies at several widths with the original's format as the
 * fallback, with width, height, lazy loading (eager for the lead) and async decoding; the story's
 * og:image is a 1200×630 JPEG cut from the lead photo; and no copy of the original, nor any
 * picture over the budget, reaches dist/.
 *
 * The original is made here with sharp (smooth colour with fine grain, like a photo, so it
 * compresses as one does): megabytes are not committed.
 */
import { createHash } from 'node:crypto';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/content-files.ts';
import { formatProblem } from '../../src/model/errors.ts';
import { IMAGE_BYTES_BUDGET, imageFiles } from '../dist/image-budget.ts';
import { astro, project, removeScratchProjects, scratchProject } from './scratch-project.ts';

afterAll(removeScratchProjects);

/** A photo-like JPEG of `width`×`height` pixels: gradients with grain, quality 95 (about 9 MB at 5500×3667). */
async function samplePhoto(width: number, height: number): Promise<Buffer> {
  const raw = randomBytes(width * height * 3);
  for (let y = 0; y < height; y += 1)
    for (let x = 0; x < width; x += 1) {
      const i = (y * width + x) * 3;
      raw[i] = ((x * 200) / width + (raw[i]! & 31)) | 0;
      raw[i + 1] = ((y * 200) / height + (raw[i + 1]! & 31)) | 0;
      raw[i + 2] = (((x + y) * 100) / (width + height) + (raw[i + 2]! & 31)) | 0;
    }
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 95 })
    .toBuffer();
}

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

describe('a 9 MB photo in a story', () => {
  let root: string;
  let original: Buffer;
  let build: Awaited<ReturnType<typeof astro>>;
  const dist = () => join(root, 'dist');
  const page = (path: string) => readFileSync(join(dist(), path, 'index.html'), 'utf8');

  beforeAll(async () => {
    root = scratchProject(join(project, 'tests/fixtures/photos'));
    original = await samplePhoto(5500, 3667);
    mkdirSync(join(root, 'content/photos/2024'), { recursive: true });
    writeFileSync(join(root, 'content/photos/2024/clinic-visit.jpg'), original);
    build = await astro(root, 'build');
  }, 600_000);

  it('is a camera-sized original that the check accepts and the site builds', () => {
    expect(original.length).toBeGreaterThan(8 * 1024 * 1024);
    expect(checkContent(root).problems.map(formatProblem)).toEqual([]);
    expect(build.status, build.output).toBe(0);
  });

  it('never reaches dist/ as it is, and no picture in dist/ is over the budget', () => {
    const files = readdirSync(dist(), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name));
    const originalHash = sha(original);
    expect(
      files.filter((file) => statSync(file).size === original.length && sha(readFileSync(file)) === originalHash),
    ).toEqual([]);
    const images = imageFiles(dist());
    expect(images.length).toBeGreaterThan(0);
    expect(
      images
        .filter((file) => statSync(file).size > IMAGE_BYTES_BUDGET)
        .map((file) => `${relative(dist(), file)}: ${Math.round(statSync(file).size / 1024)} KB`),
    ).toEqual([]);
  });

  for (const lang of ['en', 'zh'] as const) {
    it(`is offered in AVIF, WebP and JPEG at several widths, with its size, on /${lang}/2024/health/`, async () => {
      const html = page(`${lang}/2024/health`);
      const pictures = [...html.matchAll(/<picture[^>]*>([\s\S]*?)<\/picture>/g)].map((match) => match[1]!);
      expect(pictures).toHaveLength(2); // the lead photo and the one in the body
      for (const [index, picture] of pictures.entries()) {
        const sources = [...picture.matchAll(/<source[^>]*>/g)].map((match) => match[0]);
        expect(sources.map((source) => attribute(source, 'type'))).toEqual(['image/avif', 'image/webp']);
        const img = /<img[^>]*>/.exec(picture)![0];
        for (const tag of [...sources, img]) {
          const srcset = attribute(tag, 'srcset')!;
          const widths = srcset.split(',').map((entry) => Number(/ (\d+)w$/.exec(entry.trim())?.[1]));
          expect(widths).toEqual([480, 800, 1200, 1600]);
          expect(attribute(tag, 'sizes')).toBeTruthy();
          // Every copy is in dist/, and is what its srcset says.
          for (const entry of srcset.split(',')) {
            const [url, width] = entry.trim().split(' ');
            const meta = await sharp(join(dist(), url!)).metadata();
            expect(`${meta.width}w`).toBe(width);
          }
        }
        expect(attribute(img, 'alt')).toMatch(lang === 'en' ? /weighs a baby/ : /称体重/);
        expect(Number(attribute(img, 'width')) / Number(attribute(img, 'height'))).toBeCloseTo(5500 / 3667, 2);
        expect(attribute(img, 'decoding')).toBe('async');
        // The lead photo is at the top of the page: loaded at once. The one in the body waits.
        expect(attribute(img, 'loading')).toBe(index === 0 ? 'eager' : 'lazy');
        expect((await sharp(join(dist(), attribute(img, 'src')!)).metadata()).format).toBe('jpeg');
      }
      expect(html).toContain('© UNICEF/China/2024/Example');
      // Caption, then credit: a space after an English full stop, none after a Chinese one.
      const captions = [...html.matchAll(/<figcaption[^>]*>([\s\S]*?)<\/figcaption>/g)].map((match) =>
        match[1]!.replace(/<[^>]+>/g, ''),
      );
      expect(captions).toContain(
        lang === 'en'
          ? 'Regular check-ups catch problems early. © UNICEF/China/2024/Example'
          : '定期体检有助于及早发现问题。© UNICEF/China/2024/Example',
      );
    });

    it(`is the story's preview picture on /${lang}/2024/health/: a 1200×630 JPEG`, async () => {
      const html = page(`${lang}/2024/health`);
      const meta = (property: string) =>
        new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html)?.[1];
      const url = new URL(meta('og:image')!);
      expect(meta('og:image:type')).toBe('image/jpeg');
      expect([meta('og:image:width'), meta('og:image:height')]).toEqual(['1200', '630']);
      expect(meta('og:image:alt')).toMatch(lang === 'en' ? /weighs a baby/ : /称体重/);
      expect(meta('twitter:card')).toBe('summary_large_image');
      const picture = await sharp(join(dist(), url.pathname)).metadata();
      expect([picture.format, picture.width, picture.height]).toEqual(['jpeg', 1200, 630]);
    });
  }
});
