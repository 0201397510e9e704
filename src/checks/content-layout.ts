/**
 * What is content: the one list of the files under content/ that the site reads. The loaders in
 * src/content.config.ts are made from it, and the content check (content-files.ts) reads exactly
 * the files it names, with the same globbing library Astro's glob() loader uses (tinyglobby), so
 * the check and the site can never read different files. Any other file under content/ is an
 * error naming it: a `.yml` or `.md` the site would silently skip or render as plain text, a
 * name in capitals (Astro lowercases entry ids, so `Road-Safety.mdx` beside `road-safety.mdx`
 * would drop one story), or a stray file.
 *
 * Files and folders whose name starts with "." (.DS_Store, an editor's swap file) are not
 * content and are ignored, as git and the loaders ignore them.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import type { ContentProblem } from '../model/errors.ts';

/** A collection stored as one YAML file holding a list (Astro's `file()` loader). */
export interface ListFile {
  kind: 'file';
  /** Relative to content/. */
  path: string;
  /** Whether the site works without it. */
  optional?: boolean;
}

/** A collection of one file per entry (Astro's `glob()` loader). */
export interface EntryFiles {
  kind: 'glob';
  /** Folder relative to content/. */
  base: string;
  /** Glob pattern relative to `base`, as Astro's glob() loader takes it. */
  pattern: string;
  /** What the files are, for messages ("a metric file"). */
  extension: '.yaml' | '.mdx';
}

/** Every collection, keyed as in src/content.config.ts. */
export const contentLayout = {
  sources: { kind: 'file', path: 'sources.yaml' },
  areas: { kind: 'file', path: 'areas.yaml' },
  glossary: { kind: 'file', path: 'glossary.yaml', optional: true },
  // The log of changes made after publication: an empty list until something is corrected.
  corrections: { kind: 'file', path: 'corrections.yaml', optional: true },
  years: { kind: 'glob', base: 'years', pattern: '*.yaml', extension: '.yaml' },
  metrics: { kind: 'glob', base: 'metrics', pattern: '*.yaml', extension: '.yaml' },
  charts: { kind: 'glob', base: 'charts', pattern: '*.yaml', extension: '.yaml' },
  pages: { kind: 'glob', base: 'pages', pattern: '{en,zh}/*.mdx', extension: '.mdx' },
  // Any depth: a story in a wrong folder is read, so that the check can say where it belongs.
  stories: { kind: 'glob', base: 'stories', pattern: '{en,zh}/**/*.mdx', extension: '.mdx' },
} as const satisfies Record<string, ListFile | EntryFiles>;

export type CollectionName = keyof typeof contentLayout;

/**
 * Photo files: content/photos/{year}/{name}.jpg and so on, shown with <Photo src="/photos/…"> or a
 * story's `image:`. They are not a collection: the build resizes the ones a page shows
 * (astro:assets, src/components/photos.ts) and copies none of them as they are.
 */
export const photoFolder = 'photos';
/** The photo formats astro:assets' sharp service reads and the site accepts, lowercase. */
export const photoExtensions = ['jpg', 'jpeg', 'png', 'webp', 'avif'] as const;
const photoPattern = `${photoFolder}/**/*.{${photoExtensions.join(',')}}`;

/**
 * Files under content/ that are not site content but belong there: the editors' guide, the
 * translation review marks (read and validated by `npm run i18n:status`, src/schemas/translations.ts)
 * and the list of published figures and charts (read by the content check, src/checks/published.ts).
 */
const notContent = new Set(['README.md', 'translations.yaml', 'published.yaml']);

/** File and folder names of entries: the id rule of src/schemas/common.ts, which Astro's lowercased ids keep. */
const entryName = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface ContentFiles {
  /** For each collection, the files the site reads, relative to the project root, sorted. */
  files: Record<CollectionName, string[]>;
  /** The photo files, relative to the project root (content/photos/2024/x.jpg), sorted. */
  photos: string[];
  /** Every other file under content/, named, and every file name the loader would lowercase. */
  problems: ContentProblem[];
}

const posix = (path: string) => path.split('\\').join('/');

/** Every file under `dir`, relative to it, skipping names that start with ".". */
function allFiles(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? allFiles(full, `${prefix}${name}/`) : [`${prefix}${name}`];
    });
}

/** The collection a stray file was probably meant for, and what it should be called. */
function meantFor(path: string): { layout: EntryFiles; rename: string } | undefined {
  for (const layout of Object.values(contentLayout)) {
    if (layout.kind !== 'glob' || !path.startsWith(`${layout.base}/`)) continue;
    const rename = path.replace(/\.[^./]+$/, layout.extension);
    if (rename === path) continue;
    const inFolder = rename.slice(layout.base.length + 1);
    if (matches(layout, inFolder)) return { layout, rename };
  }
  return undefined;
}

/**
 * Whether a path that is not on disk (a stray file's corrected name) would match a collection's
 * pattern. Hand-written for the three pattern shapes of contentLayout (a file in the folder, a file
 * in a language folder, a file at any depth in a language folder): tinyglobby only matches files on disk.
 */
function matches(layout: EntryFiles, inFolder: string): boolean {
  const [langs, ...rest] = layout.pattern.split('/');
  const parts = inFolder.split('/');
  if (rest.length === 0) return parts.length === 1 && parts[0]!.endsWith(layout.extension);
  const first = langs!.replace(/[{}]/g, '').split(',');
  if (!first.includes(parts[0]!)) return false;
  const deep = rest[0] === '**';
  return (deep ? parts.length >= 2 : parts.length === 2) && parts.at(-1)!.endsWith(layout.extension);
}

/**
 * The files of each collection under `root`/content/ and the problems of every file that is not
 * content. Reads the folder with tinyglobby, as Astro's glob() loader does.
 */
export function contentFiles(root: string): ContentFiles {
  const contentDir = join(root, 'content');
  const problems: ContentProblem[] = [];
  const files = {} as Record<CollectionName, string[]>;
  const claimed = new Set<string>();
  for (const [name, layout] of Object.entries(contentLayout) as [CollectionName, ListFile | EntryFiles][]) {
    if (layout.kind === 'file') {
      claimed.add(layout.path);
      files[name] = existsSync(join(contentDir, layout.path)) ? [`content/${layout.path}`] : [];
      continue;
    }
    const found = existsSync(join(contentDir, layout.base))
      ? globSync(layout.pattern, { cwd: join(contentDir, layout.base), expandDirectories: false })
          .map(posix)
          .sort()
      : [];
    for (const file of found) claimed.add(`${layout.base}/${file}`);
    files[name] = found.map((file) => `content/${layout.base}/${file}`);
  }

  const photos = globSync(photoPattern, { cwd: contentDir, expandDirectories: false }).map(posix).sort();
  for (const file of photos) claimed.add(file);

  const all = allFiles(contentDir);
  const lowercased = new Map<string, string[]>();
  for (const path of all) {
    if (claimed.has(path)) {
      lowercased.set(path.toLowerCase(), [...(lowercased.get(path.toLowerCase()) ?? []), path]);
      continue;
    }
    if (notContent.has(path)) continue;
    const file = `content/${path}`;
    if (path.startsWith(`${photoFolder}/`)) {
      problems.push({
        file,
        field: '',
        message: `is not a photo the site can use: photos are .jpg, .jpeg, .png, .webp or .avif files with a lowercase name, like content/${photoFolder}/2024/clinic-visit.jpg${/\.(jpe?g|png|webp|avif)$/i.test(path) ? `. Rename it to content/${path.replace(/\.[^./]+$/, (extension) => extension.toLowerCase())}` : ' (save it as JPEG first)'}`,
      });
      continue;
    }
    const meant = meantFor(path);
    if (meant) {
      const taken = all.includes(meant.rename);
      problems.push({
        file,
        field: '',
        message:
          meant.layout.extension === '.mdx'
            ? `is a ${path.replace(/^.*\./, '.')} file, which the site does not read: stories and pages are .mdx files (a .md file would show <Metric …/> as plain text). Rename it to content/${meant.rename}${taken ? ', which already exists: keep one of the two' : ''}`
            : `is a ${path.replace(/^.*\./, '.')} file, which the site does not read: files in content/${meant.layout.base}/ end in .yaml. Rename it to content/${meant.rename}${taken ? ', which already exists: keep one of the two' : ''}`,
      });
      continue;
    }
    problems.push({
      file,
      field: '',
      message:
        'is not a file the site reads: content/ holds sources.yaml, areas.yaml, glossary.yaml, corrections.yaml, years/*.yaml, metrics/*.yaml, charts/*.yaml, pages/{en,zh}/*.mdx, stories/{en,zh}/… .mdx and photos/… (.jpg, .jpeg, .png, .webp, .avif) only. Move it out of content/, or delete it',
    });
  }

  // Astro lowercases entry ids: a name with capitals (or other characters) is read under another id.
  for (const paths of lowercased.values()) {
    for (const path of paths) {
      const names = path.replace(/\.[^./]+$/, '').split('/');
      const bad = names.find((name) => !entryName.test(name));
      if (!bad) continue;
      const twin = paths.find((other) => other !== path);
      // Not read any further: its own messages would only repeat this one.
      for (const list of Object.values(files)) {
        const at = list.indexOf(`content/${path}`);
        if (at !== -1) list.splice(at, 1);
      }
      problems.push({
        file: `content/${path}`,
        field: '',
        message: twin
          ? `has the same name as content/${twin} but for capitals: the site reads both as one entry and drops one. Keep one file, named in lowercase`
          : `has "${bad}" in its name: file and folder names are lowercase letters, digits and hyphens, like road-safety.mdx (the name becomes the page's address). Rename it to content/${path.toLowerCase()}`,
      });
    }
  }
  // public/ is copied to the site as it is: a photo there would reach readers unresized.
  for (const path of allFiles(join(root, 'public', photoFolder)))
    problems.push({
      file: `public/${photoFolder}/${path}`,
      field: '',
      message: `is copied to the site as it is, unresized: move it to content/${photoFolder}/${path}, where the build makes small copies of it for each screen (the path in <Photo src> and image.src stays /${photoFolder}/${path})`,
    });
  return { files, photos: photos.map((file) => `content/${file}`), problems };
}
