/**
 * SVG → PNG for social previews and chart downloads, with resvg and the Noto Sans SC files the
 * project installs (@expo-google-fonts/noto-sans-sc). System fonts are never loaded, so a PNG is
 * byte-for-byte the same on every machine. Build-time only (Node).
 *
 * resvg re-reads a font file for every glyph it draws, so each picture is drawn with a subset of
 * the fonts holding only its own characters (src/share/font-subset.ts): about 30 ms a picture
 * instead of over a second. Results are cached in memory for one build (a chart page and its PNG
 * endpoint ask for the same picture) and on disk in node_modules/.cache/social-images/, keyed by a
 * hash of the SVG, the renderer's version and the fonts, so a rebuild only renders what changed.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { loadFont, subsetFont, type LoadedFont } from './font-subset.ts';
import type { Lang } from '../i18n/languages.ts';

// Resolved from the project root, not from this file: in the build this module runs from a bundle.
const projectRequire = createRequire(join(process.cwd(), 'package.json'));
const fontPackage = dirname(projectRequire.resolve('@expo-google-fonts/noto-sans-sc/package.json'));

/** The font files the PNG renderer is given (Noto Sans SC, regular and bold), from node_modules. */
export const PICTURE_FONT_FILES = [
  join(fontPackage, '400Regular/NotoSansSC_400Regular.ttf'),
  join(fontPackage, '700Bold/NotoSansSC_700Bold.ttf'),
];

const renderOptions = (fontFiles: string[], zoom: number): ResvgRenderOptions => ({
  font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Noto Sans SC', sansSerifFamily: 'Noto Sans SC' },
  fitTo: zoom === 1 ? { mode: 'original' } : { mode: 'zoom', value: zoom },
  background: '#ffffff',
  logLevel: 'off',
});

const cacheDir = join(process.cwd(), 'node_modules/.cache/social-images');
const rendererVersion = (() => {
  try {
    return JSON.parse(readFileSync(projectRequire.resolve('@resvg/resvg-js/package.json'), 'utf8')).version as string;
  } catch {
    return 'unknown';
  }
})();
const fontStamp = PICTURE_FONT_FILES.map((file) => `${file.split('/').pop()}:${statSync(file).size}`).join(',');

const memory = new Map<string, Promise<Buffer>>();
let fonts: LoadedFont[] | undefined;

/** Writes a file under a temporary name and renames it, so a build running alongside never reads half a file. */
function writeAtomically(file: string, data: Buffer) {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, file);
}

/**
 * Font files holding just the characters of `svg` (every character of the markup: a superset of
 * its text), in a temporary folder the caller removes after rendering.
 */
function subsetFiles(svg: string): { files: string[]; folder: string } {
  fonts ??= PICTURE_FONT_FILES.map((file) => loadFont(readFileSync(file)));
  const characters = [...new Set(svg)].sort().join('');
  const folder = mkdtempSync(join(tmpdir(), 'yir-fonts-'));
  const files = fonts.map((font, index) => {
    const file = join(folder, `${index}.ttf`);
    writeFileSync(file, subsetFont(font, characters));
    return file;
  });
  return { files, folder };
}

/** How a picture is rendered to PNG. */
export interface PngOptions {
  /** Renders at this many times the SVG's size (2 for a sharp download). */
  zoom?: number;
  /** The picture's language: see below. */
  lang?: Lang;
}

/**
 * Noto Sans SC sets curly quotes full-width, as Chinese text wants; in English they would leave
 * gaps around the quoted words, so English pictures get straight quotes.
 */
const quotesFor: Record<Lang, (svg: string) => string> = {
  en: (svg) => svg.replace(/[“”]/g, '&quot;').replace(/[‘’]/g, "'"),
  zh: (svg) => svg,
};

/** Renders an SVG to PNG; the same input always gives the same bytes. */
export function svgToPng(source: string, options: PngOptions = {}): Promise<Buffer> {
  const zoom = options.zoom ?? 1;
  const svg = options.lang ? quotesFor[options.lang](source) : source;
  const key = createHash('sha256').update(`${rendererVersion}\n${fontStamp}\n${zoom}\n${svg}`).digest('hex');
  let pending = memory.get(key);
  if (!pending) {
    pending = renderCached(key, svg, zoom);
    memory.set(key, pending);
  }
  return pending;
}

async function renderCached(key: string, svg: string, zoom: number): Promise<Buffer> {
  const file = join(cacheDir, `${key}.png`);
  if (existsSync(file)) {
    try {
      // Marks the picture as used by this build, so pruneSocialImages keeps it.
      const now = new Date();
      utimesSync(file, now, now);
    } catch {
      // A read-only cache is only not pruned.
    }
    return readFileSync(file);
  }
  const subset = subsetFiles(svg);
  let png: Buffer;
  try {
    png = (await renderAsync(svg, renderOptions(subset.files, zoom))).asPng();
  } finally {
    rmSync(subset.folder, { recursive: true, force: true });
  }
  try {
    writeAtomically(file, png);
  } catch {
    // A read-only node_modules only costs speed.
  }
  return png;
}

/**
 * Deletes the cached pictures (node_modules/.cache/social-images/*.png under `root`) that no page
 * of the build that started at `since` (ms since the epoch) drew or read: each one read or
 * written marks its file's time (renderCached), so a file older than the build is a picture of
 * content that is gone or changed. Called once a build has succeeded
 * (src/integrations/content-check.ts); returns how many files it deleted.
 */
export function pruneSocialImages(root: string, since: number): number {
  const dir = join(root, 'node_modules/.cache/social-images');
  if (!existsSync(dir)) return 0;
  let deleted = 0;
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.png')) continue;
    const file = join(dir, name);
    if (statSync(file).mtimeMs < since) {
      rmSync(file, { force: true });
      deleted += 1;
    }
  }
  return deleted;
}
