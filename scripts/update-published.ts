/**
 * `npm run published:update`: adds every figure and chart that has a file under content/ to
 * content/published.yaml, the list of ids whose addresses must keep working (src/checks/published.ts).
 * Run when a review is published. It only adds: an id already listed stays listed even if its
 * file is gone (the content check then says so), so withdrawing a published id is always an
 * editor's deliberate edit of the file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { load as loadYaml, CORE_SCHEMA } from 'js-yaml';
import { contentFiles } from '../src/checks/content-layout.ts';
import { publishedFile } from '../src/checks/published.ts';
import { formatProblem, parseWithSchema } from '../src/model/errors.ts';
import { published, type Published } from '../src/schemas/published.ts';
import { consoleIO, type CliIO } from './cli.ts';

/** What the file says about itself, above the lists. */
const header = `# Figures and charts published at their own address: /en/figures/{id}/ and /zh/figures/{id}/,
# /en/charts/{id}/ and /zh/charts/{id}/. Readers link to them and cite them, so every id listed
# here must keep its file, content/metrics/{id}.yaml or content/charts/{id}.yaml: the content
# check stops on one that is gone. \`npm run published:update\` adds new figures and charts when a
# review is published; delete a line only to withdraw that figure or chart (content/README.md,
# "Published addresses").
`;

/** The file's text: the header, then each list sorted, one id a line. */
function render(list: Published): string {
  const block = (name: keyof Published) =>
    list[name].length === 0 ? `${name}: []\n` : `${name}:\n${list[name].map((id) => `  - ${id}\n`).join('')}`;
  return `${header}${block('figures')}${block('charts')}`;
}

/**
 * Updates content/published.yaml of this project, or of `--root <folder>` in `args` (the
 * arguments after the script name). Returns the exit status: 0 after writing the file (or leaving
 * it as it is when nothing is new) and printing what it added on `io.out`; 1, having written
 * nothing, when the file is not a valid list (its problems, as the content check words them, on
 * `io.err`). Throws the parser's error for an unknown flag.
 */
export function updatePublished(args: string[], io: CliIO = consoleIO): number {
  const { values: flags } = parseArgs({ args, options: { root: { type: 'string' } } });
  const root = resolve(flags.root ?? fileURLToPath(new URL('..', import.meta.url)));
  const path = join(root, publishedFile);
  let current: Published = { figures: [], charts: [] };
  if (existsSync(path)) {
    let data: unknown;
    try {
      data = loadYaml(readFileSync(path, 'utf8'), { schema: CORE_SCHEMA });
    } catch (error) {
      io.err(
        `${publishedFile}: is not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      );
      return 1;
    }
    const parsed = parseWithSchema(published, data ?? {}, publishedFile);
    if (!parsed.ok) {
      io.err(`${publishedFile} was left as it is: fix it first.`);
      for (const problem of parsed.problems) io.err(`  - ${formatProblem(problem)}`);
      return 1;
    }
    current = parsed.data;
  }
  const { files } = contentFiles(root);
  const onDisk = {
    figures: files.metrics.map((file) => basename(file, '.yaml')),
    charts: files.charts.map((file) => basename(file, '.yaml')),
  };
  const added = { figures: [] as string[], charts: [] as string[] };
  const next: Published = { figures: [], charts: [] };
  for (const kind of ['figures', 'charts'] as const) {
    const listed = new Set(current[kind]);
    added[kind] = onDisk[kind].filter((id) => !listed.has(id));
    next[kind] = [...new Set([...current[kind], ...added[kind]])].sort();
  }
  const text = render(next);
  if (!existsSync(path) || readFileSync(path, 'utf8') !== text) writeFileSync(path, text);
  const names = (ids: string[]) => (ids.length > 0 ? `: ${ids.join(', ')}` : '');
  io.out(
    `${publishedFile}: ${added.figures.length} figures added${names(added.figures)}; ${added.charts.length} charts added${names(added.charts)}. ` +
      `It lists ${next.figures.length} figures and ${next.charts.length} charts. Commit it with the publication.`,
  );
  return 0;
}

if (import.meta.main) process.exitCode = updatePublished(process.argv.slice(2));
