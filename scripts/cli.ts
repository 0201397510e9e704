/**
 * What the command-line scripts share so they can run in-process as well as from a terminal: an
 * output sink, an early exit that is a thrown value rather than `process.exit`, and the runner
 * that turns it into an exit status.
 *
 * Each script exports one function, `(args: string[], io?: CliIO) => number`, taking the arguments
 * after the script name and returning the exit status, and ends with the one-line entry point
 *
 *   if (import.meta.main) process.exitCode = newStory(process.argv.slice(2));
 *
 * so the tests call the function directly, capturing what it prints, and never start Node.
 *
 * No function calls `process.exit`. A script that stops in one place returns its status from there
 * (check-content.ts, i18n-status.ts); the scaffolds, whose shared helpers in scaffold-files.ts stop
 * deep inside, throw a {@link CliExit} that {@link runCli} turns into the status.
 */

/**
 * Where a script writes. Each call is one message of one or more lines, without the final line
 * end: the sink adds it, as `console.log` does. `out` is the report (stdout), `err` the problems
 * (stderr).
 */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

/** The terminal: `out` is `console.log`, `err` is `console.error`. */
export const consoleIO: CliIO = {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
};

/**
 * Thrown to stop a script early, in place of `process.exit`: `status` is the exit status and the
 * message is what to print, on `out` when the status is 0 (e.g. `--help`), otherwise on `err`.
 * Only {@link runCli} catches it.
 */
export class CliExit extends Error {
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.name = 'CliExit';
    this.status = status;
  }
}

/**
 * Runs a script's body and returns its exit status: what the body returns (0 when it returns
 * nothing), or, when it throws a {@link CliExit}, that error's status after printing its message
 * to `io`. Any other error is a bug and is rethrown (from a terminal, Node prints it and exits 1).
 */
export function runCli(io: CliIO, body: () => number | void): number {
  try {
    return body() ?? 0;
  } catch (error) {
    if (!(error instanceof CliExit)) throw error;
    if (error.status === 0) io.out(error.message);
    else io.err(error.message);
    return error.status;
  }
}
