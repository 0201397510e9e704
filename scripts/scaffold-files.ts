/**
 * Shared by `npm run new:story` and `npm run new:metric`: reading the flags, and writing the new
 * files without ever overwriting one that exists. A failure throws a {@link CliExit} (status 1,
 * the message for stderr), which the script's {@link runCli} turns into its exit status.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
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
 * and `nextSteps`. Returns the files written. Throws a {@link CliExit} (status 1), writing nothing,
 * when `result` lists problems or when one of its files already exists.
 */
export function writeScaffold(root: string, result: ScaffoldResult, nextSteps: string[], io: CliIO): ScaffoldFile[] {
  if (!result.ok) {
    fail(`Nothing was written:\n${result.problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
  refuseExisting(
    root,
    result.files.map((entry) => entry.file),
  );
  for (const entry of result.files) {
    const path = join(root, entry.file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, entry.text, { flag: 'wx' });
  }
  io.out(
    `Created:\n${result.files.map((entry) => `  ${entry.file}`).join('\n')}\n\nNext:\n${nextSteps.map((step) => `  - ${step}`).join('\n')}`,
  );
  return result.files;
}
