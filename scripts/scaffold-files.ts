/**
 * Shared by `npm run new:story` and `npm run new:metric`: reading the flags, and writing the new
 * files without ever overwriting one that exists.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { ScaffoldFile, ScaffoldResult } from '../src/lib/scaffold.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * The flags, or the usage text and exit code 1 when one is unknown or a required one is missing.
 * `--root` (the project folder) exists for the tests, which scaffold into a temporary copy.
 */
export function readFlags<O extends Options>(usage: string, options: O, required: (keyof O & string)[]) {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ options: { ...options, root: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: false }));
  } catch (error) {
    fail(`${(error as Error).message}\n\n${usage}`);
  }
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const missing = required.filter((name) => values[name] === undefined || values[name] === '');
  if (missing.length) fail(`Missing ${missing.map((name) => `--${name}`).join(', ')}.\n\n${usage}`);
  const root = resolve((values.root as string | undefined) ?? fileURLToPath(new URL('..', import.meta.url)));
  return { values, root };
}

export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** A number flag, or a plain-language failure. */
export function wholeNumber(name: string, text: string | undefined): number {
  const value = Number(text);
  if (!Number.isInteger(value)) fail(`--${name} must be a whole number (found "${text}").`);
  return value;
}

/** Stops, writing nothing, when any of the files exists: a scaffold never overwrites. */
export function refuseExisting(root: string, files: string[]) {
  const existing = files.filter((file) => existsSync(join(root, file)));
  if (existing.length) {
    fail(
      `Nothing was written: ${existing.join(' and ')} already exist${existing.length === 1 ? 's' : ''}.\n` +
        'Edit the existing file, or choose another name.',
    );
  }
}

/** Writes the files of a scaffold (never over an existing one) and prints what it did. */
export function writeScaffold(root: string, result: ScaffoldResult, nextSteps: string[]): ScaffoldFile[] {
  if (!result.ok) {
    fail(`Nothing was written:\n${result.problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
  refuseExisting(root, result.files.map((entry) => entry.file));
  for (const entry of result.files) {
    const path = join(root, entry.file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, entry.text, { flag: 'wx' });
  }
  console.log(`Created:\n${result.files.map((entry) => `  ${entry.file}`).join('\n')}\n\nNext:\n${nextSteps.map((step) => `  - ${step}`).join('\n')}`);
  return result.files;
}
