/**
 * Reads content/ from disk and validates it with the same schemas the site uses, without
 * starting Astro. Used by the build (src/integrations/content-check.ts), `npm run check:content`
 * and the tests, so all three report the same messages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CORE_SCHEMA, load as loadYaml, YAMLException } from 'js-yaml';
import type { z } from 'astro/zod';
import { parseWithSchema, type ContentProblem } from '../model/errors.ts';
import { checkCrossReferences, type Located, type ParsedContent } from './cross-references.ts';
import { ALL_BROKEN } from './parsed-content.ts';
import { contentFiles } from './content-layout.ts';
import { languages } from '../i18n/languages.ts';
import { source as sourceSchema } from '../schemas/sources.ts';
import { area as areaSchema } from '../schemas/areas.ts';
import { reviewYear } from '../schemas/years.ts';
import { metric as metricSchema } from '../schemas/metrics.ts';
import { page as pageSchema } from '../schemas/pages.ts';
import { story as storySchema } from '../schemas/stories.ts';
import { chart as chartSchema } from '../schemas/charts.ts';
import { storyReferences } from './story-references.ts';
import { glossaryTerm as glossarySchema } from '../schemas/glossary.ts';
import { checkMdxWording, checkYamlWording } from '../model/glossary.ts';
import { checkMdxBody } from './mdx.ts';
import { checkContentPromises } from './content-promises.ts';
import { checkPictureGlyphs } from './picture-glyphs.ts';
import { checkTypedFigures, type Prose } from './typed-figures.ts';
import { mdxProseLines } from './typed-numbers.ts';
import { checkPlaceholders, checkScaffoldFields } from './placeholders.ts';
import { checkYearFiles } from './year-files.ts';
import { correction as correctionSchema } from '../schemas/corrections.ts';
import { checkCorrections, withYamlLines } from './corrections.ts';
import { published as publishedSchema } from '../schemas/published.ts';
import { checkPublished, publishedFile } from './published.ts';

export interface ContentReport {
  content: ParsedContent;
  problems: ContentProblem[];
}

/** Splits an MDX file into its YAML frontmatter and body. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return match ? { frontmatter: match[1]!, body: match[2]! } : undefined;
}

/**
 * A YAML syntax error as one message with its line (js-yaml counts from 0). `offset` is the line
 * of the file the YAML starts on, for frontmatter after its "---".
 */
function yamlMessage(error: unknown, what = 'is not valid YAML', offset = 0): string {
  if (error instanceof YAMLException) {
    const line = error.mark ? ` at line ${error.mark.line + 1 + offset}` : '';
    return `${what}${line}: ${error.reason}. Check the indentation and quotes on that line and the lines above it (text holding ": " or starting with a quote, a bracket or a "-" must be in quotes)`;
  }
  return `${what}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
}

/** The message for a YAML file that read as nothing (empty, or only comments), or as the wrong shape. */
function emptyOr(data: unknown, shape: string): string {
  return data === null || data === undefined
    ? 'is empty: it holds no fields (see content/README.md for what it needs, or copy a file next to it)'
    : shape;
}

/** Reads and checks everything under `root`/content/: the parsed content, and every problem found. */
export function checkContent(root: string): ContentReport {
  const layout = contentFiles(root);
  const problems: ContentProblem[] = [...layout.problems];
  const rel = (path: string) => relative(root, path).split('\\').join('/');

  /**
   * A YAML file read as the site reads it: with js-yaml, the parser of Astro's loaders and
   * frontmatter (so an unquoted 2024-05-01 is a date here too, as in the build).
   */
  function readYaml(path: string, typedDates = true): { ok: true; data: unknown } | { ok: false } {
    try {
      return { ok: true, data: loadYaml(readFileSync(path, 'utf8'), typedDates ? {} : { schema: CORE_SCHEMA }) };
    } catch (error) {
      problems.push({ file: rel(path), field: '', message: yamlMessage(error) });
      return { ok: false };
    }
  }

  /**
   * Whether a photo path (/photos/2024/x.jpg) names a photo file under content/ that the site
   * reads (content-layout.ts lists them): the file the build resizes (src/components/photos.ts).
   */
  const photoFiles = new Set(layout.photos);
  const photoExists = (photoPath: string) => photoFiles.has(`content${photoPath}`);
  /** Prose an editor wrote, for the typed-figures check. */
  const prose: Prose[] = [];

  /** Files of a collection as absolute paths. */
  const filesOf = (name: keyof typeof layout.files) => layout.files[name].map((file) => join(root, file));

  function one<S extends z.ZodType>(schema: S, data: unknown, file: string, path: (string | number)[] = []) {
    const result = parseWithSchema(schema, data, file, path);
    if (!result.ok) {
      problems.push(...result.problems);
      return undefined;
    }
    return { file, path, data: result.data } as Located<z.output<S>>;
  }

  /**
   * A YAML file holding a list: each entry is checked on its own so one mistake hides no other.
   * `emptyIsList`: a file that holds nothing (only comments) is an empty list, not a mistake.
   * `datesAsTyped`: an unquoted 2025-02-30 stays that text, so the schema can refuse it (js-yaml's
   * default schema would read it as the date 2 March 2025).
   */
  function listFile<S extends z.ZodType>(
    path: string,
    schema: S,
    broken: string[] = [],
    { emptyIsList = false, datesAsTyped = false } = {},
  ): Located<z.output<S>>[] {
    const file = rel(path);
    if (!existsSync(path)) {
      problems.push({ file, field: '', message: 'is missing' });
      broken.push(ALL_BROKEN);
      return [];
    }
    const read = readYaml(path, !datesAsTyped);
    if (emptyIsList && read.ok && (read.data === null || read.data === undefined)) return [];
    if (!read.ok || !Array.isArray(read.data)) {
      if (read.ok)
        problems.push({
          file,
          field: '',
          message: emptyOr(read.data, 'must be a list (each entry starting with "- ")'),
        });
      broken.push(ALL_BROKEN);
      return [];
    }
    return read.data.flatMap((entry, index) => {
      const parsed = one(schema, entry, file, [index]);
      if (!parsed) {
        const id = (entry as { id?: unknown } | null)?.id;
        broken.push(typeof id === 'string' ? id : ALL_BROKEN);
      }
      return parsed ?? [];
    });
  }

  /** One entry per file: its schema, or one message when the file holds nothing or not a group of fields. */
  function entryFile<S extends z.ZodType>(path: string, schema: S) {
    const read = readYaml(path);
    if (!read.ok) return undefined;
    if (read.data === null || read.data === undefined || typeof read.data !== 'object' || Array.isArray(read.data)) {
      problems.push({
        file: rel(path),
        field: '',
        message: emptyOr(
          read.data,
          'must be a group of fields, one per line (id: …, title: …), not a list or a single value',
        ),
      });
      return undefined;
    }
    return one(schema, read.data, rel(path));
  }

  const contentDir = join(root, 'content');
  const broken: ParsedContent['broken'] = {
    metrics: [],
    pages: { en: [], zh: [] },
    stories: { en: [], zh: [] },
    areas: [],
    sources: [],
    years: [],
  };
  const sources = listFile(join(contentDir, 'sources.yaml'), sourceSchema, broken.sources);
  const areas = listFile(join(contentDir, 'areas.yaml'), areaSchema, broken.areas);
  const baseName = (path: string) => path.replace(/^.*[\\/]/, '').replace(/\.[a-z]+$/, '');
  const years = filesOf('years').flatMap((path) => {
    const parsed = entryFile(path, reviewYear);
    if (!parsed) broken.years!.push(Number(baseName(path)));
    return parsed ?? [];
  });
  const metrics = filesOf('metrics').flatMap((path) => {
    const parsed = entryFile(path, metricSchema);
    if (!parsed) broken.metrics.push(baseName(path));
    return parsed ?? [];
  });

  /** Frontmatter of an MDX file, parsed with its schema; undefined (with problems recorded) when broken. */
  function mdxFile<S extends z.ZodType>(path: string, schema: S) {
    const file = rel(path);
    const text = readFileSync(path, 'utf8');
    const split = splitFrontmatter(text);
    if (!split) {
      problems.push({ file, field: '', message: 'must start with frontmatter between two "---" lines' });
      return undefined;
    }
    let data: unknown;
    try {
      data = loadYaml(split.frontmatter);
    } catch (error) {
      problems.push({ file, field: '', message: yamlMessage(error, 'has frontmatter that is not valid YAML', 1) });
      return undefined;
    }
    // The body's own checks run even when the frontmatter is wrong: one mistake hides no other.
    const firstLine = text.slice(0, text.length - split.body.length).split('\n').length;
    problems.push(...checkMdxBody(file, split.body, firstLine, { photoExists }));
    const parsed = one(schema, data, file);
    if (parsed) {
      const fields = parsed.data as { year?: number; title?: string; summary?: string; description?: string };
      const figure = (id: string) => `<Metric id="${id}" year={${fields.year ?? '…'}} />`;
      for (const field of ['title', 'summary', 'description'] as const) {
        const value = fields[field];
        if (typeof value === 'string') prose.push({ file, field, text: value, figure });
      }
      // What a reader sees, line by line, read with the MDX parser: attributes, comments and code
      // never count. A body that does not parse is reported by the MDX check above.
      let lines = new Map<number, string>();
      try {
        lines = mdxProseLines(split.body);
      } catch {
        // reported by checkMdxBody with its line
      }
      for (const [line, text] of lines) prose.push({ file, field: 'body', line: firstLine + line - 1, text, figure });
    }
    return parsed && { ...parsed, body: split.body };
  }

  const stories = Object.fromEntries(
    languages.map((lang) => [
      lang,
      layout.files.stories
        .filter((file) => file.startsWith(`content/stories/${lang}/`))
        .map((file) => file.slice(`content/stories/${lang}/`.length))
        .flatMap((relPath) => {
          const parsed = mdxFile(join(contentDir, 'stories', lang, relPath), storySchema);
          const storyPath = relPath.replace(/\.mdx$/, '');
          if (!parsed) {
            broken.stories[lang].push(storyPath);
            return [];
          }
          const { body, ...entry } = parsed;
          return [{ ...entry, data: { ...entry.data, path: storyPath, references: storyReferences(body) } }];
        }),
    ]),
  ) as ParsedContent['stories'];

  const chartIds = filesOf('charts').map(baseName);
  const charts = filesOf('charts').flatMap((path) => entryFile(path, chartSchema) ?? []);

  const pages = Object.fromEntries(
    languages.map((lang) => [
      lang,
      filesOf('pages')
        .filter((path) => rel(path).startsWith(`content/pages/${lang}/`))
        .flatMap((path) => {
          const parsed = mdxFile(path, pageSchema);
          const slug = baseName(path);
          if (!parsed) {
            broken.pages[lang].push(slug);
            return [];
          }
          const { body, ...entry } = parsed;
          return [{ ...entry, data: { ...entry.data, slug, references: storyReferences(body) } }];
        }),
    ]),
  ) as ParsedContent['pages'];

  // The glossary is optional: a project without content/glossary.yaml simply has no terms.
  const glossaryPath = join(contentDir, 'glossary.yaml');
  const glossary = existsSync(glossaryPath) ? listFile(glossaryPath, glossarySchema) : [];

  // The corrections log is optional too, and may be empty: nothing has been corrected yet.
  const correctionsPath = join(contentDir, 'corrections.yaml');
  const corrections = existsSync(correctionsPath)
    ? listFile(correctionsPath, correctionSchema, [], { emptyIsList: true, datesAsTyped: true })
    : [];

  const content: ParsedContent = {
    sources,
    areas,
    years,
    metrics,
    pages,
    stories,
    chartIds,
    charts,
    broken,
    glossary,
    corrections,
  };
  problems.push(
    ...checkCrossReferences(content),
    ...checkContentPromises(content),
    ...checkPictureGlyphs(content),
    ...checkScaffoldFields(content),
  );
  problems.push(...checkYearFiles(content), ...checkCorrections(content));

  // Published figures and charts keep their files (content/published.yaml, optional): their
  // addresses are linked and cited. Read with dates as typed: the file holds ids only.
  const publishedPath = join(root, publishedFile);
  if (existsSync(publishedPath)) {
    const read = readYaml(publishedPath, false);
    const list = read.ok ? one(publishedSchema, read.data ?? {}, publishedFile) : undefined;
    if (list)
      problems.push(
        ...checkPublished(list.data, {
          figures: new Set(filesOf('metrics').map(baseName)),
          charts: new Set(chartIds),
        }),
      );
  }

  // A story's lead photo, like a photo in its body, is a file under content/photos/.
  for (const lang of languages)
    for (const entry of content.stories[lang]) {
      const src = entry.data.image?.src;
      if (src && !photoExists(src))
        problems.push({
          file: entry.file,
          field: 'image.src',
          message: `is "${src}", but there is no file content${src}: check the spelling of the file name (capitals count), or put the photo there`,
        });
    }

  // Figures typed into prose, and placeholders left by the scaffolds.
  for (const entry of years)
    for (const field of ['title', 'intro', 'approach'] as const)
      for (const lang of languages) {
        const text = entry.data[field]?.[lang];
        if (text)
          prose.push({
            file: entry.file,
            field: `${field}.${lang}`,
            text,
            figure: (id) => `{${id}@${entry.data.year}}`,
          });
      }
  problems.push(...checkTypedFigures(content, prose));
  for (const files of Object.values(layout.files))
    for (const file of files) problems.push(...checkPlaceholders(file, readFileSync(join(root, file), 'utf8')));

  // Wording: every text an editor writes, read as written (line numbers are the file's own).
  const terms = glossary.map((entry) => entry.data);
  if (terms.length) {
    for (const path of [...filesOf('years'), ...filesOf('metrics'), ...filesOf('charts'), ...filesOf('corrections')])
      problems.push(...checkYamlWording(rel(path), readFileSync(path, 'utf8'), terms));
    const mdxPaths = [...filesOf('stories'), ...filesOf('pages')];
    for (const path of mdxPaths) problems.push(...checkMdxWording(rel(path), readFileSync(path, 'utf8'), terms));
  }
  // The corrections log's and the published list's messages name the line of the field they are about.
  let located = problems;
  for (const path of [correctionsPath, publishedPath])
    if (existsSync(path)) located = withYamlLines(located, rel(path), readFileSync(path, 'utf8'));
  return { content, problems: located };
}
