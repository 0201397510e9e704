/**
 * `npm run new:story -- --year 2024 --slug road-safety --area health [--highlight --month 5]`:
 * creates the English and Chinese files of a new story with valid frontmatter (placeholders that
 * say what to write, the next free order) and a short template showing one of the year's figures.
 */
import { checkContent } from '../src/checks/content-files.ts';
import { scaffoldStory, storyFiles } from '../src/editor/scaffold.ts';
import { localizedPath } from '../src/i18n/languages.ts';
import { consoleIO, runCli, type CliIO } from './cli.ts';
import { readFlags, refuseExisting, wholeNumber, writeScaffold } from './scaffold-files.ts';

const usage = `Usage: npm run new:story -- --year <year> --slug <slug> --area <area> [--highlight --month <1-12>] [--part-of <chapter>]

Creates content/stories/en/<year>/<slug>.mdx and content/stories/zh/<year>/<slug>.mdx
(highlights: content/stories/{en,zh}/<year>/highlights/<slug>.mdx). Never overwrites a file.

  --year       the review year, with a file in content/years/ (e.g. 2024)
  --slug       the file name and web address: lowercase words joined by hyphens (e.g. road-safety)
  --area       a programme area id from content/areas.yaml (e.g. health, education, child-protection)
  --highlight  a monthly highlight instead of a chapter; needs --month
  --month      the highlight's month, 1 (January) to 12 (December)
  --part-of    the chapter this story is part of, by its file name (e.g. health): no chapter number

Example: npm run new:story -- --year 2024 --slug road-safety --area health`;

/**
 * Creates a new story's two files from `args` (the arguments after the script name, as in the usage
 * above, plus `--root <folder>` to scaffold another project folder) and prints what it created and
 * what to do next on `io.out`. Returns the exit status: 0 when both files were written; 1, having
 * written nothing, with the reason (and the usage for a flag problem) on `io.err`. `--help` prints
 * the usage on `io.out` and returns 0.
 */
export function newStory(args: string[], io: CliIO = consoleIO): number {
  return runCli(io, () => {
    const { values, root } = readFlags(
      args,
      usage,
      {
        year: { type: 'string' },
        slug: { type: 'string' },
        area: { type: 'string' },
        highlight: { type: 'boolean' },
        month: { type: 'string' },
        'part-of': { type: 'string' },
      },
      ['year', 'slug', 'area'],
    );
    const year = wholeNumber('year', values.year as string);
    const month = values.month === undefined ? undefined : wholeNumber('month', values.month as string);
    const partOf = values['part-of'] as string | undefined;
    const options = {
      year,
      slug: values.slug as string,
      area: values.area as string,
      highlight: Boolean(values.highlight),
      month,
      ...(partOf !== undefined ? { partOf } : {}),
    };
    refuseExisting(root, Object.values(storyFiles(options)));
    const { content } = checkContent(root);
    const result = scaffoldStory(content, options);
    const route = `${year}/${values.highlight ? 'highlights/' : ''}${values.slug}`;
    writeScaffold(
      root,
      result,
      [
        'Replace the placeholder title, summary and text in both files (the two languages must show the same figures).',
        'Check: npm run check:content',
        `Preview: npm run dev, then http://localhost:4321${localizedPath('en', route)} and http://localhost:4321${localizedPath('zh', route)}`,
      ],
      io,
    );
  });
}

if (import.meta.main) process.exitCode = newStory(process.argv.slice(2));
