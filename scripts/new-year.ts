/**
 * `npm run new:year -- --year 2025 --source annual-review-2025`: creates content/years/<year>.yaml,
 * the one file a review year needs, with placeholders that the content check reports until they are
 * written, and prints the next steps (figures, stories, key figures). Nothing else in the project
 * names the years: the navigation, the home page, search and every page follow content/years/.
 */
import { checkContent } from '../src/checks/content-files.ts';
import { scaffoldYear, yearFile } from '../src/editor/scaffold.ts';
import { localizedPath } from '../src/i18n/languages.ts';
import { consoleIO, runCli, type CliIO } from './cli.ts';
import { readFlags, refuseExisting, wholeNumber, writeScaffold } from './scaffold-files.ts';

const usage = `Usage: npm run new:year -- --year <year> --source <source>

Creates content/years/<year>.yaml for a new review year. Never overwrites a file.

  --year    the review year (e.g. 2025)
  --source  the id of the year's source document in content/sources.yaml; add it first with
            npm run new:source (e.g. annual-review-2025)

Example: npm run new:source -- --id annual-review-2025 --year 2025 --language zh --url https://www.unicef.cn/
         npm run new:year -- --year 2025 --source annual-review-2025`;

/**
 * Creates a new year's file from `args` (the arguments after the script name, as in the usage
 * above, plus `--root <folder>` to scaffold another project folder) and prints what it created and
 * what to do next on `io.out`. Returns the exit status: 0 when the file was written; 1, having
 * written nothing, with the reason (and the usage for a flag problem) on `io.err`. `--help` prints
 * the usage on `io.out` and returns 0.
 */
export function newYear(args: string[], io: CliIO = consoleIO): number {
  return runCli(io, () => {
    const { values, root } = readFlags(args, usage, { year: { type: 'string' }, source: { type: 'string' } }, [
      'year',
      'source',
    ]);
    const year = wholeNumber('year', values.year as string);
    refuseExisting(root, [yearFile(year)]);
    const { content } = checkContent(root);
    const result = scaffoldYear(content, { year, source: values.source as string });
    writeScaffold(
      root,
      result,
      [
        `Write the title, intro and approach in both languages in ${yearFile(year)}.`,
        `Add the year's figures, one per figure: npm run new:metric -- --year ${year} --source ${values.source} --section … --id … (run it without flags to see every option).`,
        `List the key figures under featured: in ${yearFile(year)} (metric ids with a ${year} value).`,
        `Add the chapters: npm run new:story -- --year ${year} --slug … --area … (English and Chinese files); highlights with --highlight --month <1-12>.`,
        'Check: npm run check:content (it lists every placeholder still to replace)',
        `Preview: npm run dev, then http://localhost:4321${localizedPath('en', String(year))} and http://localhost:4321${localizedPath('zh', String(year))}`,
      ],
      io,
    );
  });
}

if (import.meta.main) process.exitCode = newYear(process.argv.slice(2));
