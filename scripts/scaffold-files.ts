/**
 * Shared by `npm run new:story`, `new:metric`, `new:year` and `new:source`: reading the flags, and
 * writing the new files without ever overwriting one that exists (a new source is appended to
 * content/sources.yaml, never written over it). A failure throws a {@link CliExit} (status 1,
 * the message for stderr), which the script's {@link runCli} turns into its exit status.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { ScaffoldFile, ScaffoldResult } from '../src/editor/scaffold.ts';
import { CliExit, type CliIO } from './cli.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Reads `args` (the arguments after the script name) against `options`, plus `--root` and
 * `--help`/`-h`. Returns `{ values, root }`: the flag values by name, and the absolute project
 * folder (`--root`, default this project; it exists for the tests, which scaffold into a temporary
 * copy). Throws a {@link CliExit}: status 0 with `usage` for `--help`; status 1 with the parser's
 * message and `usage` for an unknown flag or a positional argument, or with `Missing --name, …`
 * and `usage` when a `required` flag is absent or empty.
 */
export function readFlags<O extends Options>(
  args: string[],
  usage: string,
  options: O,
  required: (keyof O & string)[],
) {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      options: { ...options, root: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: false,
    }));
  } catch (error) {
    fail(`${(error as Error).message}\n\n${usage}`);
  }
  if (values.help) throw new CliExit(0, usage);
  const missing = required.filter((name) => values[name] === undefined || values[name] === '');
  if (missing.length) fail(`Missing ${missing.map((name) => `--${name}`).join(', ')}.\n\n${usage}`);
  const root = resolve((values.root as string | undefined) ?? fileURLToPath(new URL('..', import.meta.url)));
  return { values, root };
}

/** Stops the script with exit status 1 and `message` on stderr: throws a {@link CliExit}. */
export function fail(message: string): never {
  throw new CliExit(1, message);
}

/** The flag `--name`'s text as a whole number; throws a {@link CliExit} (status 1) naming the flag otherwise. */
export function wholeNumber(name: string, text: string | undefined): number {
  const value = Number(text);
  if (!Number.isInteger(value)) fail(`--${name} must be a whole number (found "${text}").`);
  return value;
}

/**
 * Returns when none of `files` (paths relative to `root`) exists; otherwise throws a
 * {@link CliExit} (status 1) naming the ones that do, having written nothing: a scaffold never
 * overwrites.
 */
export function refuseExisting(root: string, files: string[]) {
  const existing = files.filter((file) => existsSync(join(root, file)));
  if (existing.length) {
    fail(
      `Nothing was written: ${existing.join(' and ')} already exist${existing.length === 1 ? 's' : ''}.\n` +
        'Edit the existing file, or choose another name.',
    );
  }
}

/**
 * Writes the files of a successful scaffold under `root` and prints to `io.out` the files created
 * (or added to, for an `append` entry) and `nextSteps`. Returns the files written. Throws a
 * {@link CliExit} (status 1), writing nothing, when `result` lists problems or when one of its new
 * files already exists (or a file to add to does not).
 */
export function writeScaffold(root: string, result: ScaffoldResult, nextSteps: string[], io: CliIO): ScaffoldFile[] {
  if (!result.ok) {
    fail(`Nothing was written:\n${result.problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
  refuseExisting(
    root,
    result.files.filter((entry) => !entry.append).map((entry) => entry.file),
  );
  const missing = result.files.filter((entry) => entry.append && !existsSync(join(root, entry.file)));
  if (missing.length) fail(`Nothing was written: ${missing.map((entry) => entry.file).join(' and ')} is missing.`);
  for (const entry of result.files) {
    const path = join(root, entry.file);
    if (entry.append) {
      // A blank line between entries, whatever the file ended with.
      const before = readFileSync(path, 'utf8');
      appendFileSync(path, `${before.endsWith('\n') ? '' : '\n'}${before.trim() ? '\n' : ''}${entry.text}`);
      continue;
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, entry.text, { flag: 'wx' });
  }
  const listed = result.files.map((entry) => `  ${entry.file}${entry.append ? ' (a new entry at the end)' : ''}`);
  const heading = result.files.every((entry) => entry.append) ? 'Added to' : 'Created';
  io.out(`${heading}:\n${listed.join('\n')}\n\nNext:\n${nextSteps.map((step) => `  - ${step}`).join('\n')}`);
  return result.files;
}
