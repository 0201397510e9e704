/**
 * `npm run published:update`: adds every figure and chart that has a file under content/ to
 * content/published.yaml, the list of ids whose addresses must keep working (src/checks/published.ts).
 * Run when a review is published. It only adds: an id already listed stays listed even if its
 * file is gone (it warns, and the content check then stops on it), so withdrawing a published id
 * is always an editor's deliberate edit of the file. The file is edited, not rewritten: its
 * comments, blank lines and the order of the ids already listed are kept.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isScalar, isSeq, parseDocument, type Document, type YAMLSeq } from 'yaml';
import { contentFiles } from '../src/checks/content-layout.ts';
import { publishedFile, publishedKinds } from '../src/checks/published.ts';
import { formatProblem, parseWithSchema } from '../src/model/errors.ts';
import { published, type Published } from '../src/schemas/published.ts';
import { consoleIO, type CliIO } from './cli.ts';

/** The two lists of the file, in its order. */
const kinds = ['figures', 'charts'] as const;
type Kind = (typeof kinds)[number];

/** What a new file says about itself, above the lists. */
const header = `# Figures and charts published at their own address: /en/figures/{id}/ and /zh/figures/{id}/,
# /en/charts/{id}/ and /zh/charts/{id}/. Readers link to them and cite them, so every id listed
# here must keep its file, content/metrics/{id}.yaml or content/charts/{id}.yaml: the content
# check stops on one that is gone. \`npm run published:update\` adds new figures and charts when a
# review is published; delete a line only to withdraw that figure or chart (content/README.md,
# "Published addresses").
`;

/**
 * What an update changes, per kind: `added`, the ids that have a file (`onDisk`) and are not
 * listed yet, sorted; `gone`, the listed ids whose file is gone, in the list's order, which the
 * update keeps and warns about. Pure; throws nothing.
 */
export function publishedChanges(
  list: Published,
  onDisk: Record<Kind, readonly string[]>,
): Record<Kind, { added: string[]; gone: string[] }> {
  const changes = (kind: Kind) => {
    const listed = new Set(list[kind]);
    const present = new Set(onDisk[kind]);
    return {
      added: [...present].filter((id) => !listed.has(id)).sort(),
      gone: [...listed].filter((id) => !present.has(id)),
    };
  };
  return { figures: changes('figures'), charts: changes('charts') };
}

/** The ids a list holds, as text (a list the schema accepted holds only ids). */
const idsOf = (seq: YAMLSeq) => seq.items.map((item) => (isScalar(item) ? String(item.value) : ''));

/**
 * Puts `ids` (sorted) into the sequence: each before the first listed id that sorts after it when
 * the list is in alphabetical order, so it stays so; at the end of a list kept in another order.
 * A comment above a listed id stays above that id. The list is written one id a line.
 */
function addTo(doc: Document, seq: YAMLSeq, ids: readonly string[]) {
  const listed = idsOf(seq);
  const sorted = listed.every((id, index) => index === 0 || listed[index - 1]! <= id);
  for (const id of ids) {
    const at = sorted ? idsOf(seq).findIndex((other) => other > id) : -1;
    seq.items.splice(at === -1 ? seq.items.length : at, 0, doc.createNode(id));
  }
  seq.flow = false;
}

/**
 * The text of content/published.yaml with `added` put into its lists: `text` is the file as it is,
 * already accepted by the schema, or undefined when there is none (the new file starts with a
 * header saying what it is). Only the lists that gain ids change (nothing, when none does); every
 * other line, comment and listed id is kept where it is. Pure; throws nothing on text the schema accepted.
 */
export function withAdded(text: string | undefined, added: Record<Kind, readonly string[]>): string {
  if (text !== undefined && kinds.every((kind) => added[kind].length === 0)) return text;
  const doc: Document = parseDocument(text ?? header);
  doc.contents ??= doc.createNode({ figures: [], charts: [] });
  for (const kind of kinds) {
    if (added[kind].length === 0) continue;
    const node = doc.get(kind, true);
    if (isSeq(node)) addTo(doc, node, added[kind]);
    // Left out, or left empty (`charts:` with no line under it, which YAML reads as null).
    else doc.set(kind, doc.createNode([...added[kind]]));
  }
  return String(doc);
}

/**
 * Updates content/published.yaml of this project, or of `--root <folder>` in `args` (the
 * arguments after the script name). Returns the exit status: 0 after adding the new ids to the
 * file (or leaving it as it is when nothing is new), warning on `io.err` of each listed id whose
 * file is gone (kept in the list), and printing what it added on `io.out`; 1, having written
 * nothing, when the file is not a valid list (its problems, as the content check words them, on
 * `io.err`). Throws the parser's error for an unknown flag.
 */
export function updatePublished(args: string[], io: CliIO = consoleIO): number {
  const { values: flags } = parseArgs({ args, options: { root: { type: 'string' } } });
  const root = resolve(flags.root ?? fileURLToPath(new URL('..', import.meta.url)));
  const path = join(root, publishedFile);
  const text = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  let current: Published = { figures: [], charts: [] };
  if (text !== undefined) {
    const doc = parseDocument(text);
    const [error] = doc.errors;
    if (error) {
      io.err(`${publishedFile}: is not valid YAML: ${error.message.split('\n')[0]}`);
      return 1;
    }
    const parsed = parseWithSchema(published, doc.toJS() ?? {}, publishedFile);
    if (!parsed.ok) {
      io.err(`${publishedFile} was left as it is: fix it first.`);
      for (const problem of parsed.problems) io.err(`  - ${formatProblem(problem)}`);
      return 1;
    }
    current = parsed.data;
  }
  const { files } = contentFiles(root);
  const changes = publishedChanges(current, {
    figures: files.metrics.map((file) => basename(file, '.yaml')),
    charts: files.charts.map((file) => basename(file, '.yaml')),
  });
  for (const kind of kinds) {
    const { what, folder } = publishedKinds[kind];
    for (const id of changes[kind].gone)
      io.err(
        `Warning: ${publishedFile} lists the ${what} "${id}", but content/${folder}/${id}.yaml is gone. ` +
          `The line is kept, and npm run check:content stops on it until the file is back under that name ` +
          `(delete the line only to withdraw the ${what}; see "Published addresses" in content/README.md).`,
      );
  }
  const added = { figures: changes.figures.added, charts: changes.charts.added };
  const next = withAdded(text, added);
  if (next !== text) writeFileSync(path, next);
  const listed = (kind: Kind) => current[kind].length + added[kind].length;
  const names = (ids: string[]) => (ids.length > 0 ? `: ${ids.join(', ')}` : '');
  io.out(
    `${publishedFile}: ${added.figures.length} figures added${names(added.figures)}; ${added.charts.length} charts added${names(added.charts)}. ` +
      `It lists ${listed('figures')} figures and ${listed('charts')} charts. Commit it with the publication.`,
  );
  return 0;
}

if (import.meta.main) process.exitCode = updatePublished(process.argv.slice(2));
