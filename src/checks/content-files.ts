/**
 * Reads content/ from disk and validates it with the same schemas the site uses, without
 * starting Astro. Used by the build (src/integrations/content-check.ts), `npm run check:content`
 * and the tests, so all three report the same messages.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'astro/zod';
import { parseWithSchema, type ContentProblem } from '../model/errors.ts';
import { checkCrossReferences, type Located, type ParsedContent } from './cross-references.ts';
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
import { checkPlaceholders } from './placeholders.ts';

export interface ContentReport {
  content: ParsedContent;
  problems: ContentProblem[];
}

/** Splits an MDX file into its YAML frontmatter and body. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return match ? { frontmatter: match[1]!, body: match[2]! } : undefined;
}

/** Reads and checks everything under `root`/content/: the parsed content, and every problem found. */
export function checkContent(root: string): ContentReport {
  const problems: ContentProblem[] = [];
  const rel = (path: string) => relative(root, path).split('\\').join('/');

  function readYaml(path: string): { ok: true; data: unknown } | { ok: false } {
    try {
      return { ok: true, data: parseYaml(readFileSync(path, 'utf8')) };
    } catch (error) {
      const where = error instanceof YAMLParseError && error.linePos ? ` at line ${error.linePos[0].line}` : '';
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      problems.push({ file: rel(path), field: '', message: `is not valid YAML${where}: ${reason}` });
      return { ok: false };
    }
  }

  function filesIn(dir: string, pattern: RegExp): string[] {
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => pattern.test(name))
      .sort()
      .map((name) => join(dir, name));
  }

  function one<S extends z.ZodType>(schema: S, data: unknown, file: string, path: (string | number)[] = []) {
    const result = parseWithSchema(schema, data, file, path);
    if (!result.ok) {
      problems.push(...result.problems);
      return undefined;
    }
    return { file, path, data: result.data } as Located<z.output<S>>;
  }

  /** A YAML file holding a list: each entry is checked on its own so one mistake hides no other. */
  function listFile<S extends z.ZodType>(path: string, schema: S): Located<z.output<S>>[] {
    const file = rel(path);
    if (!existsSync(path)) {
      problems.push({ file, field: '', message: 'is missing' });
      return [];
    }
    const read = readYaml(path);
    if (!read.ok) return [];
    if (!Array.isArray(read.data)) {
      problems.push({ file, field: '', message: 'must be a list (each entry starting with "- ")' });
      return [];
    }
    return read.data.flatMap((entry, index) => one(schema, entry, file, [index]) ?? []);
  }

  const contentDir = join(root, 'content');
  const sources = listFile(join(contentDir, 'sources.yaml'), sourceSchema);
  const areas = listFile(join(contentDir, 'areas.yaml'), areaSchema);
  const years = filesIn(join(contentDir, 'years'), /\.ya?ml$/).flatMap((path) => {
    const read = readYaml(path);
    return read.ok ? (one(reviewYear, read.data, rel(path)) ?? []) : [];
  });
  const broken: ParsedContent['broken'] = { metrics: [], pages: { en: [], zh: [] }, stories: { en: [], zh: [] } };
  const baseName = (path: string) => path.replace(/^.*[\\/]/, '').replace(/\.[a-z]+$/, '');
  const metrics = filesIn(join(contentDir, 'metrics'), /\.ya?ml$/).flatMap((path) => {
    const read = readYaml(path);
    const parsed = read.ok ? one(metricSchema, read.data, rel(path)) : undefined;
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
      data = parseYaml(split.frontmatter);
    } catch (error) {
      problems.push({
        file,
        field: '',
        message: `has frontmatter that is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
      });
      return undefined;
    }
    // The body's own checks run even when the frontmatter is wrong: one mistake hides no other.
    const firstLine = text.slice(0, text.length - split.body.length).split('\n').length;
    problems.push(...checkMdxBody(file, split.body, firstLine));
    const parsed = one(schema, data, file);
    return parsed && { ...parsed, body: split.body };
  }

  /** MDX files under a folder, at any depth, as paths relative to it ('2023/highlights/healthy-food.mdx'). */
  function mdxTree(dir: string, prefix = ''): string[] {
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .sort()
      .flatMap((name) => {
        const full = join(dir, name);
        if (statSync(full).isDirectory()) return mdxTree(full, `${prefix}${name}/`);
        return /\.mdx?$/.test(name) ? [`${prefix}${name}`] : [];
      });
  }

  const stories = Object.fromEntries(
    languages.map((lang) => [
      lang,
      mdxTree(join(contentDir, 'stories', lang)).flatMap((relPath) => {
        const parsed = mdxFile(join(contentDir, 'stories', lang, relPath), storySchema);
        const storyPath = relPath.replace(/\.mdx?$/, '');
        if (!parsed) {
          broken.stories[lang].push(storyPath);
          return [];
        }
        const { body, ...entry } = parsed;
        return [{ ...entry, data: { ...entry.data, path: storyPath, references: storyReferences(body) } }];
      }),
    ]),
  ) as ParsedContent['stories'];

  const chartIds = filesIn(join(contentDir, 'charts'), /\.ya?ml$/).map(baseName);
  const charts = filesIn(join(contentDir, 'charts'), /\.ya?ml$/).flatMap((path) => {
    const read = readYaml(path);
    return read.ok ? (one(chartSchema, read.data, rel(path)) ?? []) : [];
  });

  const pages = Object.fromEntries(
    languages.map((lang) => [
      lang,
      filesIn(join(contentDir, 'pages', lang), /\.mdx?$/).flatMap((path) => {
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

  const content: ParsedContent = { sources, areas, years, metrics, pages, stories, chartIds, charts, broken, glossary };
  problems.push(
    ...checkCrossReferences(content),
    ...checkContentPromises(content),
    ...checkPictureGlyphs(content),
    ...checkPlaceholders(content),
  );

  // Wording: every text an editor writes, read as written (line numbers are the file's own).
  const terms = glossary.map((entry) => entry.data);
  if (terms.length) {
    const yamlDirs = ['years', 'metrics', 'charts'].map((dir) => join(contentDir, dir));
    for (const path of yamlDirs.flatMap((dir) => filesIn(dir, /\.ya?ml$/)))
      problems.push(...checkYamlWording(rel(path), readFileSync(path, 'utf8'), terms));
    const mdxPaths = [
      ...languages.flatMap((lang) =>
        mdxTree(join(contentDir, 'stories', lang)).map((path) => join(contentDir, 'stories', lang, path)),
      ),
      ...languages.flatMap((lang) => filesIn(join(contentDir, 'pages', lang), /\.mdx?$/)),
    ];
    for (const path of mdxPaths) problems.push(...checkMdxWording(rel(path), readFileSync(path, 'utf8'), terms));
  }
  return { content, problems };
}
