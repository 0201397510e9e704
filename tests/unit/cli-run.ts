/**
 * Runs a command-line script's exported function in-process (no Node started), capturing what it
 * prints as a terminal would show it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CliIO } from '../../scripts/cli.ts';

/** What a run printed and returned, in the shape of `spawnSync`'s result. */
export interface CliRun {
  status: number;
  /** Everything written to `io.out`, each message followed by a line end, as `console.log` prints it. */
  stdout: string;
  /** The same for `io.err`. */
  stderr: string;
}

/** Calls `command(args, io)` with a capturing sink and returns its exit status and output. */
export function runCommand(command: (args: string[], io: CliIO) => number, args: string[]): CliRun {
  let stdout = '';
  let stderr = '';
  const status = command(args, {
    out: (text) => {
      stdout += `${text}\n`;
    },
    err: (text) => {
      stderr += `${text}\n`;
    },
  });
  return { status, stdout, stderr };
}

/**
 * A metric id and a 2024 story slug that a project's content/ does not use yet, for the
 * scaffolding tests to create in a copy of it: the first free of clean-water-schools,
 * clean-water-schools-2, … (and clean-water, clean-water-2, …). An editor who adds a metric or a
 * story of that name must not turn these tests red.
 */
export function unusedNames(project: string): { metric: string; slug: string } {
  const free = (base: string, taken: (name: string) => boolean) => {
    for (let count = 1; ; count += 1) {
      const name = count === 1 ? base : `${base}-${count}`;
      if (!taken(name)) return name;
    }
  };
  return {
    metric: free('clean-water-schools', (name) => existsSync(join(project, 'content/metrics', `${name}.yaml`))),
    slug: free('clean-water', (name) =>
      ['en', 'zh'].some((lang) => existsSync(join(project, 'content/stories', lang, '2024', `${name}.mdx`))),
    ),
  };
}
