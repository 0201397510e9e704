/**
 * `npm run new:metric -- --id … --area … --unit … --year … --value … --qualifier … --source … --section …`:
 * creates content/metrics/<id>.yaml with its first yearly value, checked like the build checks it.
 */
import { checkContent } from '../src/checks/content-files.ts';
import { metricFile, scaffoldMetric } from '../src/editor/scaffold.ts';
import { qualifiers, units } from '../src/schemas/metrics.ts';
import { consoleIO, runCli, type CliIO } from './cli.ts';
import { readFlags, refuseExisting, wholeNumber, writeScaffold } from './scaffold-files.ts';

const usage = `Usage: npm run new:metric -- --id <id> --area <area> --unit <unit> --year <year> --value <number>
                          --qualifier <qualifier> --source <source> --section <section>
                          [--label-en "…" --label-zh "…" --definition-en "…" --definition-zh "…"]

Creates content/metrics/<id>.yaml. Never overwrites a file.

  --id         lowercase words joined by hyphens (e.g. road-safety-teachers); also the file name
  --area       a programme area id from content/areas.yaml (e.g. health)
  --unit       one of ${units.join(', ')}
  --year       the review year, with a file in content/years/ (e.g. 2024)
  --value      the number exactly as the source states it, without commas (e.g. 748000)
  --qualifier  how the source words it: ${qualifiers.join(', ')}
  --source     a source id from content/sources.yaml (e.g. annual-review-2024)
  --section    one of that source's section ids (e.g. health)
  --label-en, --label-zh, --definition-en, --definition-zh
               the texts, if you have them already (otherwise placeholders say what to write)

Example: npm run new:metric -- --id road-safety-teachers --area health --unit people --year 2024 \\
           --value 1200 --qualifier over --source annual-review-2024 --section health`;

const text = { type: 'string' } as const;
/**
 * Creates content/metrics/<id>.yaml from `args` (the arguments after the script name, as in the
 * usage above, plus `--root <folder>` to scaffold another project folder) and prints what it created
 * and what to do next on `io.out`. Returns the exit status: 0 when the file was written; 1, having
 * written nothing, with the reason (the content check's own message for a bad value, the usage for
 * a flag problem) on `io.err`. `--help` prints the usage on `io.out` and returns 0.
 */
export function newMetric(args: string[], io: CliIO = consoleIO): number {
  return runCli(io, () => {
    const { values, root } = readFlags(
      args,
      usage,
      {
        id: text,
        area: text,
        unit: text,
        year: text,
        value: text,
        qualifier: text,
        source: text,
        section: text,
        'label-en': text,
        'label-zh': text,
        'definition-en': text,
        'definition-zh': text,
      },
      ['id', 'area', 'unit', 'year', 'value', 'qualifier', 'source', 'section'],
    );
    const flag = (name: string) => values[name] as string | undefined;
    refuseExisting(root, [metricFile(flag('id')!)]);
    const { content } = checkContent(root);
    const result = scaffoldMetric(content, {
      id: flag('id')!,
      area: flag('area')!,
      unit: flag('unit')!,
      year: wholeNumber('year', flag('year')),
      value: flag('value')!,
      qualifier: flag('qualifier')!,
      source: flag('source')!,
      section: flag('section')!,
      label: { en: flag('label-en'), zh: flag('label-zh') },
      definition: { en: flag('definition-en'), zh: flag('definition-zh') },
    });
    writeScaffold(
      root,
      result,
      [
        `Replace the label and definition placeholders in content/metrics/${flag('id')}.yaml, in both languages.`,
        `Show it in a story with <Metric id="${flag('id')}" year={${flag('year')}} />`,
        'Check: npm run check:content',
      ],
      io,
    );
  });
}

if (import.meta.main) process.exitCode = newMetric(process.argv.slice(2));
