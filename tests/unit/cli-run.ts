/**
 * Runs a command-line script's exported function in-process (no Node started), capturing what it
 * prints as a terminal would show it.
 */
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
