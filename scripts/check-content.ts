/**
 * `npm run check:content`: validates content/ and its cross-references in seconds, without a
 * build, printing the same messages the build would.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/checks/content-files.ts';
import { formatProblem } from '../src/model/errors.ts';
import { consoleIO, type CliIO } from './cli.ts';

/**
 * Checks the content of a project folder: this project, or `--root <folder>` in `args` (the
 * arguments after the script name; the scaffolding tests check a temporary copy). Returns the exit
 * status: 0 after printing a one-line count of what it found on `io.out`; 1 after printing every
 * problem, as the build words it, on `io.err`. Throws the parser's error for an unknown flag.
 */
export function checkContentCommand(args: string[], io: CliIO = consoleIO): number {
  const { values: flags } = parseArgs({ args, options: { root: { type: 'string' } } });
  const root = resolve(flags.root ?? fileURLToPath(new URL('..', import.meta.url)));
  const { content, problems } = checkContent(root);
  if (problems.length > 0) {
    io.err(`${problems.length === 1 ? 'One problem' : `${problems.length} problems`} in content/:\n`);
    for (const problem of problems) io.err(`  - ${formatProblem(problem)}`);
    io.err('\nSee content/README.md for what each field expects.');
    return 1;
  }
  const values = content.metrics.reduce((sum, entry) => sum + entry.data.values.length, 0);
  io.out(
    `content/ is valid: ${content.sources.length} sources, ${content.areas.length} areas, ${content.years.length} years, ` +
      `${content.metrics.length} metrics with ${values} values, ${content.chartIds.length} charts, ` +
      `${content.stories.en.length + content.stories.zh.length} stories, ${content.pages.en.length + content.pages.zh.length} pages, ` +
      `${content.corrections?.length ?? 0} corrections ` +
      `and ${content.glossary?.length ?? 0} glossary terms, whose avoided wordings appear nowhere.`,
  );
  return 0;
}

if (import.meta.main) process.exitCode = checkContentCommand(process.argv.slice(2));
