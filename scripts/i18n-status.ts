/**
 * `npm run i18n:status`: for every story, standing page and bilingual text of content/'s YAML
 * files, its source language and whether the translation has caught up with it, with the source's
 * paragraphs that changed since (src/editor/translation-status.ts holds the rule). A report: exits
 * 0 unless `--strict` is given and a language is missing.
 *
 *   npm run i18n:status
 *   npm run i18n:status -- --brief                                         # tables only
 *   npm run i18n:status -- --strict                                        # exit 1 when a language is missing
 *   npm run i18n:status -- --reviewed content/stories/en/2024/health.mdx   # checked: nothing to change
 *   npm run i18n:status -- --reviewed content/metrics/partners.yaml --field label
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isMap, isSeq, parseDocument, YAMLParseError, YAMLSeq } from 'yaml';
import {
  classifyContentFile,
  formatReport,
  languageContext,
  mdxUnit,
  parseCatFileBatch,
  parseGitLog,
  summarize,
  unitStatus,
  yamlUnits,
  type FileHistory,
  type ReviewMark,
  type TranslationUnit,
  type UnitStatus,
} from '../src/editor/translation-status.ts';
import { translations as translationsSchema, type Translations } from '../src/schemas/translations.ts';
import { formatProblem, parseWithSchema } from '../src/model/errors.ts';
import type { Lang } from '../src/i18n/languages.ts';
import { consoleIO, type CliIO } from './cli.ts';

const usage = `Usage: npm run i18n:status [-- options]

For every story (content/stories/), standing page (content/pages/) and bilingual text of the YAML
files in content/ (metric labels, chart titles and notes, year texts, …): its source language (the
language it is written in first), and whether its translation changed after the source did. For
each outdated translation it shows what changed in the source since. Uncommitted edits count as
the newest change.

  --brief              the tables only, without what changed
  --strict             exit with code 1 when a story, page or text has no version in one language
  --reviewed FILE      mark the outdated translation in FILE as checked against the current source:
                       nothing to change (writes content/translations.yaml; commit it)
  --field FIELD        with --reviewed on a YAML file: only this text (as the report names it,
                       e.g. label or values[2024].label); without it, every outdated text of the file
  --root FOLDER        the project folder (default: this project)`;

const translationsFile = 'content/translations.yaml';

/** Every file under a folder whose name matches, relative to the project root with forward slashes. */
function filesUnder(root: string, dir: string, pattern: RegExp): string[] {
  const full = join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full)
    .sort()
    .flatMap((name) => {
      const path = `${dir}/${name}`;
      if (statSync(join(root, path)).isDirectory()) return filesUnder(root, path, pattern);
      return pattern.test(name) ? [path] : [];
    });
}

function git(root: string, args: string[], input?: string): Buffer | undefined {
  try {
    return execFileSync('git', ['-C', root, '-c', 'core.quotePath=false', ...args], {
      input,
      stdio: ['pipe', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
}

/**
 * Each file's revisions, oldest first: the commits that touched it (its text read in one
 * `git cat-file --batch`), then the file as it is now when it differs from its last commit.
 * Without git, each file has one revision: now.
 */
function histories(root: string, files: string[]): Map<string, FileHistory> {
  const out = new Map<string, FileHistory>();
  const now = (file: string) => readFileSync(join(root, file), 'utf8');
  const mtime = (file: string) => Math.floor(statSync(join(root, file)).mtimeMs / 1000);
  const prefix = git(root, ['rev-parse', '--show-prefix'])?.toString('utf8').trim();
  const log =
    prefix === undefined
      ? undefined
      : git(root, [
          'log',
          '--first-parent',
          '--diff-merges=first-parent',
          '--format=%x01%H %ct',
          '--name-only',
          '--',
          'content',
        ])?.toString('utf8');
  if (prefix === undefined || log === undefined) {
    for (const file of files) out.set(file, [{ time: mtime(file), order: 0, text: now(file) }]);
    return out;
  }
  const commits = parseGitLog(log, prefix).reverse();
  const wanted = new Set(files);
  const requests: { file: string; commit: string; time: number; order: number }[] = [];
  commits.forEach(({ commit, time, files: touched }, order) => {
    for (const file of touched) if (wanted.has(file)) requests.push({ file, commit, time, order });
  });
  const answers = parseCatFileBatch(
    git(root, ['cat-file', '--batch'], requests.map(({ commit, file }) => `${commit}:${prefix}${file}\n`).join('')) ??
      Buffer.alloc(0),
    requests.length,
  );
  for (const file of files) out.set(file, []);
  requests.forEach(({ file, commit, time, order }, index) => {
    out.get(file)!.push({ commit, time, order, text: answers[index] });
  });
  for (const file of files) {
    const history = out.get(file)!;
    const text = now(file);
    if (history.at(-1)?.text !== text) history.push({ time: mtime(file), order: commits.length, text });
  }
  return out;
}

/** content/translations.yaml, checked; problems are returned as the check words them. */
function readTranslations(root: string): { data: Translations; problems: string[] } {
  const empty: Translations = { sourceLanguage: {}, reviewed: [] };
  const path = join(root, translationsFile);
  if (!existsSync(path)) return { data: empty, problems: [] };
  const document = parseDocument(readFileSync(path, 'utf8'), { prettyErrors: true });
  if (document.errors.length > 0) {
    const error = document.errors[0]!;
    const where = error instanceof YAMLParseError && error.linePos ? ` at line ${error.linePos[0].line}` : '';
    return {
      data: empty,
      problems: [`${translationsFile}: is not valid YAML${where}: ${error.message.split('\n')[0]}`],
    };
  }
  const result = parseWithSchema(translationsSchema, document.toJS() ?? {}, translationsFile);
  if (!result.ok) return { data: empty, problems: result.problems.map(formatProblem) };
  return { data: result.data, problems: [] };
}

/** Every translation unit of the project, with the marks and the problems of translations.yaml. */
function collect(root: string): { statuses: UnitStatus[]; problems: string[]; marks: ReviewMark[] } {
  const documents = ['content/stories', 'content/pages'].flatMap((dir) => filesUnder(root, dir, /\.mdx?$/));
  const yamlFiles = filesUnder(root, 'content', /\.ya?ml$/).filter((file) => file !== translationsFile);
  const all = histories(root, [...documents, ...yamlFiles]);
  const { data, problems } = readTranslations(root);
  const current = new Map(yamlFiles.map((file) => [file, all.get(file)!.at(-1)!.text ?? '']));
  const context = languageContext(current, data.sourceLanguage as Record<string, Lang>);

  const pairs = new Map<string, Parameters<typeof mdxUnit>[2] & { kind: 'story' | 'page'; path: string }>();
  for (const file of documents) {
    const where = classifyContentFile(file);
    if (!where) continue;
    const key = `${where.kind}:${where.path}`;
    const pair = pairs.get(key) ?? { kind: where.kind, path: where.path };
    pair[where.lang] = { file, history: all.get(file)! };
    pairs.set(key, pair);
  }
  const kindOrder = { story: 0, page: 1 };
  const units: TranslationUnit[] = [
    ...[...pairs.values()]
      .sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || a.path.localeCompare(b.path))
      .map((pair) => mdxUnit(pair.kind, pair.path, pair, context)),
    ...yamlFiles.flatMap((file) => yamlUnits(file, all.get(file)!, context)),
  ];
  const marks = data.reviewed ?? [];
  return { statuses: units.map((unit) => unitStatus(unit, marks)), problems, marks };
}

/**
 * Adds a "reviewed" mark to content/translations.yaml for each status, replacing an older mark of
 * the same text; keeps the file's comments.
 */
function writeMarks(root: string, statuses: UnitStatus[]): void {
  const path = join(root, translationsFile);
  const fresh =
    '# Translation settings and marks for npm run i18n:status (see content/README.md, "Translation status").\n' +
    '# reviewed: translations checked against a change of their source that needed no change.\n' +
    'reviewed: []\n';
  let document = parseDocument(existsSync(path) ? readFileSync(path, 'utf8') : fresh);
  // A file with comments only (or anything but a map) starts again from the template.
  if (!isMap(document.contents)) document = parseDocument(fresh);
  if (!isSeq(document.get('reviewed', true))) document.set('reviewed', new YAMLSeq());
  const seq = document.get('reviewed', true) as YAMLSeq;
  seq.flow = false;
  for (const status of statuses) {
    const file = status.unit.files[status.translation]!;
    const field = status.unit.kind === 'text' ? status.unit.path : undefined;
    seq.items = seq.items.filter((item) => {
      const mark = (isMap(item) ? item.toJSON() : {}) as Partial<ReviewMark>;
      return !(mark.file === file && mark.field === field);
    });
    const mark: ReviewMark = { file, ...(field ? { field } : {}), source: status.sourceChange!.commit!.slice(0, 12) };
    seq.items.push(document.createNode(mark));
  }
  writeFileSync(path, document.toString({ lineWidth: 0 }));
}

/**
 * Prints the translation report of a project folder on `io.out`: this project, or
 * `--root <folder>` in `args` (the arguments after the script name). Runs git in that folder when
 * it is in a repository (without one, only whether each language exists is compared). Returns the
 * exit status: 0; 1 with a count on `io.err` when `--strict` is given and a language is missing;
 * 1 when content/translations.yaml is invalid or `--reviewed` names nothing outdated. With
 * `--reviewed FILE` (and `--field`), writes the marks and prints one line per text marked.
 * `--help`/`-h` prints the usage on `io.out` and returns 0. Throws the parser's error for an
 * unknown flag.
 */
export function i18nStatus(args: string[], io: CliIO = consoleIO): number {
  const { values: options } = parseArgs({
    args,
    options: {
      strict: { type: 'boolean', default: false },
      brief: { type: 'boolean', default: false },
      reviewed: { type: 'string' },
      field: { type: 'string' },
      root: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (options.help) {
    io.out(usage);
    return 0;
  }
  const root = resolve(options.root ?? fileURLToPath(new URL('..', import.meta.url)));
  const hasGit = git(root, ['rev-parse', '--show-prefix']) !== undefined;
  const { statuses, problems } = collect(root);
  if (problems.length > 0) {
    io.err(problems.map((problem) => `  - ${problem}`).join('\n'));
    io.err('\nFix content/translations.yaml first (see content/README.md, "Translation status").');
    return 1;
  }

  if (options.reviewed !== undefined) {
    const file = options.reviewed.replace(/^\.\//, '');
    const chosen = statuses.filter(
      (status) =>
        status.state === 'outdated' &&
        status.unit.files[status.translation] === file &&
        (options.field === undefined || (status.unit.kind === 'text' && status.unit.path === options.field)),
    );
    if (chosen.length === 0) {
      const what = options.field ? `${file}: ${options.field}` : file;
      io.err(
        `Nothing was marked: ${what} is not an outdated translation. Run npm run i18n:status to see which files and fields are.`,
      );
      return 1;
    }
    const uncommitted = chosen.filter((status) => !status.sourceChange?.commit);
    if (uncommitted.length > 0) {
      io.err(
        `Nothing was marked: the source of ${file} has changes not committed yet (${uncommitted[0]!.unit.files[uncommitted[0]!.unit.source]}). Commit them first.`,
      );
      return 1;
    }
    writeMarks(root, chosen);
    for (const status of chosen) {
      const what = status.unit.kind === 'text' ? `${file}: ${status.unit.path}.${status.translation}` : file;
      io.out(`Marked reviewed: ${what}, against commit ${status.sourceChange!.commit!.slice(0, 12)} of its source.`);
    }
    io.out(`Commit ${translationsFile} with your other changes.`);
    return 0;
  }

  io.out(formatReport(statuses, { brief: options.brief }));
  if (!hasGit) io.out('\nNo git history here: only whether each language exists is compared.');
  const { missing } = summarize(statuses);
  if (options.strict && missing > 0) {
    io.err(
      `\n--strict: ${missing === 1 ? 'one story, page or text lacks' : `${missing} stories, pages or texts lack`} a language.`,
    );
    return 1;
  }
  return 0;
}

if (import.meta.main) process.exitCode = i18nStatus(process.argv.slice(2));
