/**
 * New content files for editors (`npm run new:story`, `new:metric`, `new:year`, `new:source`): the text of each file,
 * checked with the same schemas and cross-reference checks as the build before anything is
 * written. Pure: takes the parsed content (content-files.ts) and returns files or problems.
 */
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { formatProblem, parseWithSchema, type ContentProblem } from '../model/errors.ts';
import { checkCrossReferences, type Located, type ParsedContent } from '../checks/cross-references.ts';
import { splitFrontmatter } from '../checks/content-files.ts';
import { storyReferences } from '../checks/story-references.ts';
import { languages, otherLang, type Lang } from '../i18n/languages.ts';
import { id, year as yearSchema } from '../schemas/common.ts';
import { story as storySchema, type Story } from '../schemas/stories.ts';
import { metric as metricSchema, units, type Metric, type Unit } from '../schemas/metrics.ts';
import { reviewYear as reviewYearSchema } from '../schemas/years.ts';
import { source as sourceSchema, type Source } from '../schemas/sources.ts';
import {
  metricPlaceholders,
  sourcePlaceholders,
  storyBodyPlaceholders,
  storyPlaceholders,
  yearPlaceholders,
} from '../checks/placeholders.ts';

export interface ScaffoldFile {
  /** Relative to the project root: content/stories/en/2024/road-safety.mdx. */
  file: string;
  text: string;
  /** Added at the end of an existing file (a new entry of content/sources.yaml) instead of a new file. */
  append?: boolean;
}

export type ScaffoldResult = { ok: true; files: ScaffoldFile[] } | { ok: false; problems: string[] };

/** Ids and slugs: the rule of the `id` schema in src/schemas/common.ts. */
const isId = (text: string) => id.safeParse(text).success;

/** A YAML double-quoted string (JSON strings are valid YAML and keep Chinese as it is). */
const quoted = (text: string) => JSON.stringify(text);

/** An id as YAML: bare when it reads back as the same string (`health`), quoted otherwise. */
const bare = (text: string) =>
  isId(text) && !/^(\d+|true|false|null|yes|no|on|off)$/.test(text) ? text : quoted(text);

/** The files a new story will have: the same path under en/ and zh/. */
export function storyFiles(options: Pick<StoryOptions, 'year' | 'slug' | 'highlight'>): Record<Lang, string> {
  const path = `${options.year}/${options.highlight ? 'highlights/' : ''}${options.slug}`;
  return { en: `content/stories/en/${path}.mdx`, zh: `content/stories/zh/${path}.mdx` };
}

/** The file a metric is typed in: `content/metrics/{id}.yaml`. */
export const metricFile = (id: string) => `content/metrics/${id}.yaml`;

function yearProblem(content: ParsedContent, year: number): string | undefined {
  const known = content.years.map((entry) => entry.data.year).sort();
  if (known.includes(year)) return undefined;
  return `--year ${year}: there is no content/years/${year}.yaml, so the site has no ${year} review (known years: ${known.join(', ')})`;
}

/** The problems checkCrossReferences finds in the new files only (the rest of content/ is not our business here). */
function problemsIn(content: ParsedContent, files: string[]): string[] {
  return checkCrossReferences(content)
    .filter((problem) => files.includes(problem.file))
    .map(formatProblem);
}

function parse<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
): { data?: z.output<S>; problems: ContentProblem[] } {
  const result = parseWithSchema(schema, data, file);
  return result.ok ? { data: result.data, problems: [] } : { problems: result.problems };
}

// ---------------------------------------------------------------------------------------------
// Stories

export interface StoryOptions {
  year: number;
  /** The file name and URL segment: lowercase words joined by hyphens. */
  slug: string;
  /** A programme area id from content/areas.yaml. */
  area: string;
  /** A monthly highlight (in {year}/highlights/) instead of a chapter. */
  highlight?: boolean;
  /** Highlights only: 1-12. */
  month?: number;
  /** The slug of the chapter this story is part of (no chapter number of its own). */
  partOf?: string;
}

/** A figure the template can show: one of the year's figures in the story's area if there is one. */
export function exampleMetric(content: ParsedContent, year: number, area: string): Metric | undefined {
  const ofYear = content.metrics
    .map((entry) => entry.data)
    .filter((metric) => metric.values.some((value) => value.year === year && value.statedIn === undefined))
    .sort((a, b) => a.id.localeCompare(b.id));
  const featured = content.years.find((entry) => entry.data.year === year)?.data.featured ?? [];
  return (
    ofYear.find((metric) => metric.area === area) ??
    featured.map((id) => ofYear.find((metric) => metric.id === id)).find(Boolean) ??
    ofYear[0]
  );
}

/**
 * The body each language's new story starts with: a comment on how to write it, a heading and a
 * paragraph that shows `figure` (a <Metric> tag, '' when the year has no figure yet). Editor text,
 * not interface text, so it lives here beside the placeholders rather than in src/i18n.
 */
const storyBodies: Record<Lang, (figure: string, metric: Metric | undefined, otherFile: string) => readonly string[]> =
  {
    en: (figure, metric, otherFile) => [
      `{/* Write the story in plain paragraphs. Never type a figure: show it from content/metrics/ with the Metric component, as below. The Chinese version, ${otherFile}, must show the same figures. See content/README.md. */}`,
      '',
      storyBodyPlaceholders.en.opening,
      '',
      '## What was done',
      '',
      metric
        ? `${storyBodyPlaceholders.en.paragraph}, keeping the figure where it belongs: ${figure} (${metric.label.en}).`
        : `${storyBodyPlaceholders.en.paragraph}. Add a figure to content/metrics/ first (npm run new:metric), then show it here.`,
      '',
    ],
    zh: (figure, metric, otherFile) => [
      `{/* 请用自然流畅的中文撰写正文。不要手动输入数据：数据取自 content/metrics/，用下面的 Metric 组件显示。英文版（${otherFile}）须显示相同的数据。详见 content/README.md。 */}`,
      '',
      storyBodyPlaceholders.zh.opening,
      '',
      '## 开展的工作',
      '',
      metric
        ? `${storyBodyPlaceholders.zh.paragraph}，并保留数据：${figure}（${metric.label.zh}）。`
        : `${storyBodyPlaceholders.zh.paragraph}。如需显示数据，请先在 content/metrics/ 中添加（npm run new:metric）。`,
      '',
    ],
  };

function storyBody(lang: Lang, options: StoryOptions, metric: Metric | undefined, otherFile: string): string {
  const figure = metric ? `<Metric id="${metric.id}" year={${options.year}} />` : '';
  return storyBodies[lang](figure, metric, otherFile).join('\n');
}

/** The English and Chinese files of a new story, with the next free `order` of its year and kind. */
export function scaffoldStory(content: ParsedContent, options: StoryOptions): ScaffoldResult {
  const kind: Story['kind'] = options.highlight ? 'highlight' : 'chapter';
  const early: string[] = [];
  const missingYear = yearProblem(content, options.year);
  if (missingYear) early.push(missingYear);
  if (options.highlight && options.month === undefined)
    early.push('--month: a highlight needs its month, from 1 to 12 (e.g. --month 5)');
  if (!options.highlight && options.month !== undefined)
    early.push('--month: only highlights have a month: add --highlight, or leave out --month');
  if (!isId(options.slug)) {
    early.push(
      `--slug "${options.slug}": must be lowercase words joined by hyphens, like "road-safety": it becomes the file name and the address of the page`,
    );
  }
  if (early.length) return { ok: false, problems: early };

  const path = `${options.year}/${options.highlight ? 'highlights/' : ''}${options.slug}`;
  const fileOf = (lang: Lang) => storyFiles(options)[lang];
  // A chapter takes the next chapter number; a part of a chapter the next place among that chapter's parts.
  const siblings = languages
    .flatMap((lang) => content.stories[lang])
    .filter(
      (entry) => entry.data.year === options.year && entry.data.kind === kind && entry.data.partOf === options.partOf,
    );
  const order = Math.max(0, ...siblings.map((entry) => entry.data.order)) + 1;
  const latest = [...siblings].sort((a, b) => b.data.order - a.data.order)[0];
  const yearSources = content.years.find((entry) => entry.data.year === options.year)?.data.sources ?? [];
  const sources = latest?.data.sources ?? yearSources;
  const metric = exampleMetric(content, options.year, options.area);

  const files: ScaffoldFile[] = [];
  const problems: ContentProblem[] = [];
  const added: ParsedContent['stories'] = { en: [...content.stories.en], zh: [...content.stories.zh] };
  for (const lang of languages) {
    const file = fileOf(lang);
    const frontmatter = [
      `title: ${quoted(storyPlaceholders[lang].title)}`,
      `summary: ${quoted(storyPlaceholders[lang].summary)}`,
      `year: ${options.year}`,
      `area: ${bare(options.area)}`,
      `kind: ${kind}`,
      `order: ${order}`,
      ...(options.highlight ? [`month: ${options.month}`] : []),
      ...(options.partOf !== undefined ? [`partOf: ${bare(options.partOf)}`] : []),
      `sources: [${sources.join(', ')}]`,
    ].join('\n');
    const text = `---\n${frontmatter}\n---\n\n${storyBody(lang, options, metric, fileOf(otherLang(lang)))}`;
    // Check exactly what will be written: the text read back the way the content check reads it.
    const split = splitFrontmatter(text)!;
    const parsed = parse(storySchema, parseYaml(split.frontmatter), file);
    problems.push(...parsed.problems);
    if (parsed.data) {
      added[lang].push({
        file,
        data: { ...parsed.data, path, references: storyReferences(split.body) },
      } as (typeof added)[Lang][number]);
    }
    files.push({ file, text });
  }
  if (problems.length) return { ok: false, problems: problems.map(formatProblem) };
  const crossProblems = problemsIn(
    { ...content, stories: added },
    files.map((entry) => entry.file),
  );
  return crossProblems.length ? { ok: false, problems: crossProblems } : { ok: true, files };
}

// ---------------------------------------------------------------------------------------------
// Metrics

export interface MetricOptions {
  id: string;
  area: string;
  unit: string;
  year: number;
  /** As typed on the command line: a number is required, and a string gets the schema's message. */
  value: string;
  qualifier: string;
  source: string;
  section: string;
  label?: Partial<Record<Lang, string>>;
  definition?: Partial<Record<Lang, string>>;
}

/** content/metrics/{id}.yaml for one figure, with its first yearly value. */
export function scaffoldMetric(content: ParsedContent, options: MetricOptions): ScaffoldResult {
  const file = metricFile(options.id);
  const missingYear = yearProblem(content, options.year);
  if (missingYear) return { ok: false, problems: [missingYear] };
  if (!isId(options.id)) {
    return {
      ok: false,
      problems: [
        `--id "${options.id}": must be lowercase words joined by hyphens, like "road-safety-students": it becomes the file name and the address of the figure's page`,
      ],
    };
  }
  const numeric = /^-?\d+(\.\d+)?$/.test(options.value.trim());
  const value = numeric ? options.value.trim() : quoted(options.value);
  const text = (lang: Lang, key: 'label' | 'definition') =>
    quoted(options[key]?.[lang] ?? metricPlaceholders[key][lang]);
  const yaml = [
    `# A figure, typed once: stories show it with <Metric id="${options.id}" year={${options.year}} />.`,
    '# Replace the label and definition placeholders in both languages. See content/README.md.',
    `id: ${options.id}`,
    `area: ${bare(options.area)}`,
    `unit: ${units.includes(options.unit as Unit) ? options.unit : quoted(options.unit)}`,
    'label:',
    `  en: ${text('en', 'label')}`,
    `  zh: ${text('zh', 'label')}`,
    'definition:',
    `  en: ${text('en', 'definition')}`,
    `  zh: ${text('zh', 'definition')}`,
    'comparable: true',
    'values:',
    `  - year: ${options.year}`,
    `    value: ${value}`,
    `    qualifier: ${bare(options.qualifier)}`,
    '    citations:',
    `      - { source: ${bare(options.source)}, section: ${bare(options.section)} }`,
    '',
  ].join('\n');
  const parsed = parse(metricSchema, parseYaml(yaml), file);
  if (!parsed.data) return { ok: false, problems: parsed.problems.map(formatProblem) };
  const located: Located<Metric> = { file, data: parsed.data };
  const problems = problemsIn({ ...content, metrics: [...content.metrics, located] }, [file]);
  return problems.length ? { ok: false, problems } : { ok: true, files: [{ file, text: yaml }] };
}

// ---------------------------------------------------------------------------------------------
// Years

export interface YearOptions {
  year: number;
  /** The id of the year's source document in content/sources.yaml (`npm run new:source` adds one). */
  source: string;
}

/** Where a review year's file is, relative to the project root: content/years/2025.yaml. */
export const yearFile = (year: number) => `content/years/${year}.yaml`;

/**
 * content/years/{year}.yaml for a new review year: placeholder texts in both languages and no
 * key figure yet, which the content check reports until they are written (src/checks/placeholders.ts),
 * and the year's source. Valid for the schemas as written, so `new:metric` and `new:story` take the
 * year at once. The year's stories, figures and charts are written by the other scaffolds; its
 * highlights page needs no chart (a timeline chart, `kind: timeline` with `year:`, is optional).
 */
export function scaffoldYear(content: ParsedContent, options: YearOptions): ScaffoldResult {
  const file = yearFile(options.year);
  const yearCheck = yearSchema.safeParse(options.year);
  if (!yearCheck.success)
    return { ok: false, problems: [`--year ${options.year}: ${yearCheck.error.issues[0]!.message}`] };
  if (content.years.some((entry) => entry.data.year === options.year)) {
    return { ok: false, problems: [`--year ${options.year}: the site already has a ${options.year} review (${file})`] };
  }
  if (!content.sources.some((entry) => entry.data.id === options.source)) {
    const known = content.sources.map((entry) => entry.data.id).join(', ');
    return {
      ok: false,
      problems: [
        `--source "${options.source}": there is no such source in content/sources.yaml (known: ${known}). Add the year's source document first: npm run new:source -- --id … --year ${options.year} --language … --url …`,
      ],
    };
  }
  const text = (field: keyof typeof yearPlaceholders) => [
    `${field}:`,
    ...languages.map((lang) => `  ${lang}: ${quoted(yearPlaceholders[field][lang])}`),
  ];
  const yaml = [
    `# The ${options.year} review. Replace the placeholders in both languages, then list the year's key`,
    `# figures under featured (metric ids with a ${options.year} value). See "A new year" in content/README.md.`,
    `year: ${options.year}`,
    ...text('title'),
    ...text('intro'),
    ...text('approach'),
    '# Metric ids shown as the key figures, in order: featured: [partners, counties-reached]',
    'featured: []',
    '# Chart ids shown on the year page, in order (optional).',
    'charts: []',
    'sources:',
    `  - ${bare(options.source)}`,
    '',
  ].join('\n');
  const parsed = parse(reviewYearSchema, parseYaml(yaml), file);
  if (!parsed.data) return { ok: false, problems: parsed.problems.map(formatProblem) };
  const problems = problemsIn({ ...content, years: [...content.years, { file, data: parsed.data }] }, [file]);
  return problems.length ? { ok: false, problems } : { ok: true, files: [{ file, text: yaml }] };
}

// ---------------------------------------------------------------------------------------------
// Sources

export interface SourceOptions {
  id: string;
  /** The year the document reports on; left out for standing pages such as About Us. */
  year?: number;
  /** The language the document was published in. */
  language: string;
  kind: string;
  url: string;
  /** Ids of the sections figures will cite (at least one). */
  sections: string[];
  title?: Partial<Record<Lang, string>>;
}

export const sourcesFile = 'content/sources.yaml';

/** The publisher every source so far has: UNICEF China, as sources.yaml names it. */
const publisher = { en: 'UNICEF China', zh: '联合国儿童基金会驻华办事处' };

/**
 * One new entry for content/sources.yaml, to be appended (the file lists every source): the
 * document's id, year, language, kind, address and sections, with placeholder titles where none
 * is given, which the content check reports until they are written (src/checks/placeholders.ts).
 * Checked with the source schema and against the other sources (a repeated id) before anything is
 * written.
 */
export function scaffoldSource(content: ParsedContent, options: SourceOptions): ScaffoldResult {
  if (!isId(options.id)) {
    return {
      ok: false,
      problems: [
        `--id "${options.id}": must be lowercase words joined by hyphens, like "annual-review-2025": figures and stories cite the source by it`,
      ],
    };
  }
  const existing = content.sources.find((entry) => entry.data.id === options.id);
  if (existing) {
    return {
      ok: false,
      problems: [
        `--id "${options.id}": ${existing.file} already has a source with this id: edit it, or choose another id`,
      ],
    };
  }
  const badSection = options.sections.find((section) => !isId(section));
  if (badSection !== undefined || options.sections.length === 0) {
    return {
      ok: false,
      problems: [
        `--sections "${options.sections.join(',')}": must be section ids, lowercase words joined by hyphens and separated by commas, like "overview,health,education"`,
      ],
    };
  }
  const title = (lang: Lang) => options.title?.[lang] ?? sourcePlaceholders.title[lang];
  const pair = (text: Record<Lang, string>) => `{ en: ${quoted(text.en)}, zh: ${quoted(text.zh)} }`;
  const entry = [
    `- id: ${options.id}`,
    `  title: ${pair({ en: title('en'), zh: title('zh') })}`,
    `  publisher: ${pair(publisher)}`,
    ...(options.year !== undefined ? [`  year: ${options.year}`] : []),
    `  language: ${bare(options.language)}`,
    `  kind: ${bare(options.kind)}`,
    `  url: ${quoted(options.url)}`,
    '  sections:',
    ...options.sections.flatMap((section) => [
      `    - id: ${section}`,
      `      title: ${pair(sourcePlaceholders.section)}`,
    ]),
    '',
  ].join('\n');
  const index = content.sources.length;
  const parsed = parse(sourceSchema, (parseYaml(entry) as unknown[])[0], sourcesFile);
  if (!parsed.data) {
    // The field paths are the entry's own (`url`), which is what the editor typed as a flag.
    return { ok: false, problems: parsed.problems.map(formatProblem) };
  }
  const located: Located<Source> = { file: sourcesFile, path: [index], data: parsed.data };
  const problems = checkCrossReferences({ ...content, sources: [...content.sources, located] })
    .filter((problem) => problem.file === sourcesFile && problem.field.startsWith(`[${index}]`))
    .map(formatProblem);
  return problems.length
    ? { ok: false, problems }
    : { ok: true, files: [{ file: sourcesFile, text: entry, append: true }] };
}
