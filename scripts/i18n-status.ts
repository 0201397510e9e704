/**
 * `npm run i18n:status`: for every story and standing page, whether it exists in English and in
 * Chinese, and whether one side changed in git after the other, so a translator knows what to
 * write or update. A report: exits 0 unless `--strict` is given and a language is missing.
 *
 *   npm run i18n:status
 *   npm run i18n:status -- --strict     # exit 1 when a story or page lacks a language (for CI)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  classifyContentFile,
  formatTable,
  parseGitLog,
  parseGitStatus,
  summarize,
  translationStatus,
  type TranslationFile,
} from '../src/editor/translation-status.ts';
import { consoleIO, type CliIO } from './cli.ts';

const usage = `Usage: npm run i18n:status [-- --strict]

Prints, for every story (content/stories/) and standing page (content/pages/), whether it exists in
English (en) and Chinese (zh), and which side changed last in git (uncommitted edits count as newest).

  --strict   exit with code 1 when a story or page exists in one language only
  --root     the project folder (default: this project)`;

/** Every .md/.mdx file under a folder, relative to the project root with forward slashes. */
function filesUnder(root: string, dir: string): string[] {
  const full = join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full)
    .sort()
    .flatMap((name) => {
      const path = `${dir}/${name}`;
      if (statSync(join(root, path)).isDirectory()) return filesUnder(root, path);
      return /\.mdx?$/.test(name) ? [path] : [];
    });
}

function git(root: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', ['-C', root, '-c', 'core.quotePath=false', ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
}

const folders = ['content/stories', 'content/pages'];

/**
 * Prints the translation status table of a project folder on `io.out`: this project, or
 * `--root <folder>` in `args` (the arguments after the script name). Runs git in that folder when
 * it is in a repository (without one, only whether each language exists is compared). Returns the
 * exit status: 0, or 1 with a count on `io.err` when `--strict` is given and a story or page lacks
 * a language. `--help`/`-h` prints the usage on `io.out` and returns 0. Throws the parser's error
 * for an unknown flag.
 */
export function i18nStatus(args: string[], io: CliIO = consoleIO): number {
  const { values: options } = parseArgs({
    args,
    options: {
      strict: { type: 'boolean', default: false },
      root: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (options.help) {
    io.out(usage);
    return 0;
  }
  const root = resolve(options.root ?? fileURLToPath(new URL('..', import.meta.url)));
  const prefix = git(root, ['rev-parse', '--show-prefix'])?.trim();
  const hasGit = prefix !== undefined;
  const committed = hasGit
    ? parseGitLog(git(root, ['log', '--format=%x01%ct', '--name-only', '--', ...folders]) ?? '', prefix)
    : new Map<string, number>();
  const uncommitted = hasGit
    ? parseGitStatus(
        git(root, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', ...folders]) ?? '',
        prefix,
      )
    : new Set<string>();

  const files: TranslationFile[] = folders
    .flatMap((dir) => filesUnder(root, dir))
    .flatMap((file) => {
      const where = classifyContentFile(file);
      if (!where) return [];
      const isUncommitted = uncommitted.has(file) || (hasGit && !committed.has(file));
      const time = isUncommitted ? Math.floor(statSync(join(root, file)).mtimeMs / 1000) : (committed.get(file) ?? 0);
      return [{ ...where, file, version: { time, uncommitted: hasGit && isUncommitted } }];
    });

  const rows = translationStatus(files);
  io.out(`Translation status of content/stories and content/pages (en = English, zh = Chinese)\n`);
  io.out(formatTable(rows));
  if (!hasGit) io.out('\nNo git history here: only whether each language exists is compared.');

  const { missing } = summarize(rows);
  if (options.strict && missing > 0) {
    io.err(`\n--strict: ${missing === 1 ? 'one story or page lacks' : `${missing} stories or pages lack`} a language.`);
    return 1;
  }
  return 0;
}

if (import.meta.main) process.exitCode = i18nStatus(process.argv.slice(2));
