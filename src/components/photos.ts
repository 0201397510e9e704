/**
 * Photos through astro:assets. An editor writes `/photos/2024/clinic.jpg`; the file is
 * content/photos/2024/clinic.jpg (src/checks/content-layout.ts lists them, and the content check
 * reports a path with no file before the build gets here). Vite's import.meta.glob makes each file
 * an image module, so sharp (Astro's default image service) reads its size and writes small
 * copies of it in AVIF, WebP and the original format; the original itself is never copied to
 * dist/ (see photoSize).
 */
import { getImage } from 'astro:assets';
import type { GetImageResult, ImageMetadata } from 'astro';
import { PREVIEW_SIZE } from '../routes/urls.ts';

// Lazy: a photo is decoded only when a page shows it. The pattern is content-layout.ts's photo pattern.
const files = import.meta.glob<{ default: ImageMetadata }>('/content/photos/**/*.{jpg,jpeg,png,webp,avif}');

/**
 * The image module of a photo path (`/photos/2024/clinic.jpg`).
 * @throws Error naming the path and the file it looked for, when there is no such photo file (the
 *   content check reports this first, with the story's file and line)
 */
export async function photoModule(src: string): Promise<ImageMetadata> {
  const load = files[`/content${src}`];
  if (!load)
    throw new Error(
      `Photo "${src}": there is no file content${src} (photos live in content/photos/, see content/README.md)`,
    );
  return (await load()).default;
}

/**
 * A photo's size in pixels, read without marking the original for dist/: in the build an image
 * module is a proxy that marks its file to be copied to dist/ as it is as soon as one of its
 * fields is read (astro/dist/assets/utils/proxy.js); its `clone` is a plain copy that marks
 * nothing, which is what Astro's own getImage reads. The module itself goes to <Picture> and
 * getImage untouched, as they need its file path to resize it.
 */
export function photoSize(image: ImageMetadata): { width: number; height: number } {
  const { width, height } = (image as ImageMetadata & { clone?: ImageMetadata }).clone ?? image;
  return { width, height };
}

/** The widest copy of a photo the site writes, in pixels: a 60rem column at about 1.7 times density. */
export const PHOTO_MAX_WIDTH = 1600;

/**
 * The widths, in pixels, the site writes of a photo `originalWidth` pixels wide: from a phone's
 * screen to {@link PHOTO_MAX_WIDTH}, never wider than the original (no upscaling).
 */
export function photoWidths(originalWidth: number): number[] {
  const widest = Math.min(originalWidth, PHOTO_MAX_WIDTH);
  return [...[480, 800, 1200].filter((width) => width < widest), widest];
}

/** The formats each photo is offered in, best first; the `<img>` fallback keeps the original's format. */
export const photoFormats = ['avif', 'webp'] as const;

/**
 * A story's lead photo as its social preview picture (og:image): a 1200×630 JPEG cut from the
 * middle of the photo, written by sharp at build time. Returns the picture's site path (with the
 * base), its size and the photo's alt text as the picture's alt.
 * @throws Error when the photo file does not exist (see {@link photoModule})
 */
export async function leadPhotoPreview(image: {
  src: string;
  alt: string;
}): Promise<{ src: string; width: number; height: number; alt: string; type: string }> {
  const picture: GetImageResult = await getImage({
    src: await photoModule(image.src),
    ...PREVIEW_SIZE,
    fit: 'cover',
    position: 'center',
    format: 'jpeg',
    quality: 80,
  });
  return { src: picture.src, ...PREVIEW_SIZE, alt: image.alt, type: 'image/jpeg' };
}
