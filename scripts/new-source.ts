/**
 * `npm run new:source -- --id annual-review-2025 --year 2025 --language zh --url https://… [--sections overview,health]`:
 * adds a source document to the end of content/sources.yaml, checked like the build checks it,
 * with placeholder titles (unless given) that the content check reports until they are written.
 */
import { checkContent } from '../src/checks/content-files.ts';
import { scaffoldSource, sourcesFile } from '../src/editor/scaffold.ts';
import { consoleIO, runCli, type CliIO } from './cli.ts';
import { readFlags, wholeNumber, writeScaffold } from './scaffold-files.ts';

const usage = `Usage: npm run new:source -- --id <id> --language <en|zh> --url <https://…>
                          [--year <year>] [--kind report|web-page] [--sections <id,id,…>]
                          [--title-en "…" --title-zh "…"]

Adds a source document at the end of content/sources.yaml. Never changes an existing entry.

  --id         lowercase words joined by hyphens (e.g. annual-review-2025): figures cite it
  --language   the language the document was published in: en or zh
  --url        where readers find the publisher's copy, starting with https://
  --year       the year the document reports on (leave out for a standing web page)
  --kind       report (default) or web-page
  --sections   the ids of the parts figures will cite, separated by commas (default: overview)
  --title-en, --title-zh
               the document's title, if you have it (otherwise placeholders say what to write)

Example: npm run new:source -- --id annual-review-2025 --year 2025 --language zh \\
           --url https://www.unicef.cn/ --sections overview,health,education`;

const text = { type: 'string' } as const;

/**
 * Adds a source from `args` (the arguments after the script name, as in the usage above, plus
 * `--root <folder>` to scaffold another project folder) and prints what it added and what to do
 * next on `io.out`. Returns the exit status: 0 when the entry was added; 1, having written
 * nothing, with the reason (the content check's own message for a bad value, the usage for a flag
 * problem) on `io.err`. `--help` prints the usage on `io.out` and returns 0.
 */
export function newSource(args: string[], io: CliIO = consoleIO): number {
  return runCli(io, () => {
    const { values, root } = readFlags(
      args,
      usage,
      {
        id: text,
        language: text,
        url: text,
        year: text,
        kind: text,
        sections: text,
        'title-en': text,
        'title-zh': text,
      },
      ['id', 'language', 'url'],
    );
    const flag = (name: string) => values[name] as string | undefined;
    const { content } = checkContent(root);
    const sections = (flag('sections') ?? 'overview')
      .split(',')
      .map((section) => section.trim())
      .filter(Boolean);
    const result = scaffoldSource(content, {
      id: flag('id')!,
      ...(flag('year') !== undefined ? { year: wholeNumber('year', flag('year')) } : {}),
      language: flag('language')!,
      kind: flag('kind') ?? 'report',
      url: flag('url')!,
      sections,
      title: { en: flag('title-en'), zh: flag('title-zh') },
    });
    writeScaffold(
      root,
      result,
      [
        `Write the document's title and each section's heading in both languages in ${sourcesFile} (the entry with id: ${flag('id')}).`,
        `Cite it from a figure: npm run new:metric -- … --source ${flag('id')} --section ${sections[0] ?? 'overview'}`,
        ...(flag('year') !== undefined
          ? [
              `A new review year takes it as its source: npm run new:year -- --year ${flag('year')} --source ${flag('id')}`,
            ]
          : []),
        'Check: npm run check:content',
      ],
      io,
    );
  });
}

if (import.meta.main) process.exitCode = newSource(process.argv.slice(2));
