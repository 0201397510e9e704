/**
 * Published figures and charts keep their addresses (content/published.yaml, src/checks/published.ts):
 * the content check stops when a listed id's file is gone, naming the line, the id, the file and
 * what to do; an id not listed (a new figure) asks nothing, and a list left empty (`charts:` with
 * no line under it) lists nothing; `npm run published:update` adds the ids of new files, keeping
 * the file's comments and order, never drops one, and warns of each listed id whose file is gone.
 * Run on copies of the valid fixture, whose ids are read from its files, not named here.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it, onTestFinished } from 'vitest';
import { publishedChanges, updatePublished, withAdded } from '../../scripts/update-published.ts';
import { publishedFile } from '../../src/checks/published.ts';
import { fixture, messages } from './content-fixture.ts';
import { runCommand } from './cli-run.ts';

/** The ids that have a file in a folder of the fixture's content/. */
const idsIn = (folder: string) =>
  readdirSync(join(fixture, 'content', folder))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.replace(/\.yaml$/, ''))
    .sort();
const figures = idsIn('metrics');
const charts = idsIn('charts');
/** An id that no file of the fixture has. */
const gone = 'withdrawn-chart';

/** A copy of the valid fixture, removed when the test ends, with content/published.yaml holding `text` (none when undefined). */
function copyWith(text?: string): string {
  const root = mkdtempSync(join(tmpdir(), 'published-'));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  cpSync(fixture, root, { recursive: true });
  if (text !== undefined) writeFileSync(join(root, publishedFile), text);
  return root;
}

const yamlList = (name: string, ids: string[]) => `${name}:\n${ids.map((id) => `  - ${id}\n`).join('')}`;
const readList = (root: string) =>
  load(readFileSync(join(root, publishedFile), 'utf8')) as { figures: string[]; charts: string[] };

describe('the content check', () => {
  it('the fixture has a figure and a chart to publish', () => {
    expect(figures.length).toBeGreaterThan(0);
    expect(charts.length).toBeGreaterThan(0);
    expect(charts).not.toContain(gone);
  });

  it('accepts a list whose every id has its file', () => {
    expect(messages(copyWith(yamlList('figures', figures) + yamlList('charts', charts)))).toEqual([]);
  });

  it('asks nothing of a figure or chart that is not listed yet', () => {
    expect(messages(copyWith('figures: []\ncharts: []\n'))).toEqual([]);
    expect(messages(copyWith())).toEqual([]);
  });

  it('stops on a listed id whose file is gone, naming the line, the id, the file and what to do', () => {
    const root = copyWith(`# published\n${yamlList('figures', figures)}${yamlList('charts', [...charts, gone])}`);
    const line = 1 + 1 + figures.length + 1 + charts.length + 1;
    expect(messages(root)).toEqual([
      `content/published.yaml:${line}: charts[${charts.length}]: lists the chart "${gone}" as published (/en/charts/${gone}/, /zh/charts/${gone}/), but content/charts/${gone}.yaml is gone, so readers' links and citations to it would break. Put the file back under that name (to correct a chart, change it in place and log the change in content/corrections.yaml); only if the chart must be withdrawn, delete this line in the same commit`,
    ]);
  });

  it('stops when a published figure file is deleted', () => {
    const root = copyWith(yamlList('figures', figures) + yamlList('charts', charts));
    rmSync(join(root, 'content/metrics', `${figures[0]}.yaml`));
    expect(messages(root).filter((message) => message.startsWith('content/published.yaml'))).toEqual([
      expect.stringMatching(
        new RegExp(
          `^content/published\\.yaml:2: figures\\[0\\]: lists the figure "${figures[0]}" as published .*content/metrics/${figures[0]}\\.yaml is gone`,
        ),
      ),
    ]);
  });

  it('reads a list left empty (its last line deleted) as listing nothing, and still names a gone id of the other', () => {
    expect(messages(copyWith(`${yamlList('figures', figures)}charts:\n`))).toEqual([]);
    expect(messages(copyWith(`figures:\n  - ${gone}\ncharts:\n`))).toEqual([
      expect.stringMatching(
        new RegExp(`^content/published\\.yaml:2: figures\\[0\\]: lists the figure "${gone}" as published .* is gone`),
      ),
    ]);
  });

  it('refuses a list that is not a list of ids, saying what it must be', () => {
    expect(messages(copyWith('figures: partners\n'))).toEqual([
      'content/published.yaml:1: figures: must be a list of ids, one a line ("- newborn-care-training"), or nothing (found "partners")',
    ]);
  });

  it('refuses an entry that is not an id, with its line', () => {
    expect(messages(copyWith('figures:\n  - Partners\ncharts: []\n'))).toEqual([
      expect.stringMatching(/^content\/published\.yaml:2: figures\[0\]: must be an id/),
    ]);
  });
});

describe('npm run published:update', () => {
  it('writes the list of every figure and chart when there is none, and the check accepts it', () => {
    const root = copyWith();
    const run = runCommand(updatePublished, ['--root', root]);
    expect(run.status, run.stderr).toBe(0);
    expect(readList(root)).toEqual({ figures, charts });
    expect(run.stdout).toContain(`It lists ${figures.length} figures and ${charts.length} charts.`);
    expect(messages(root)).toEqual([]);
  });

  it('adds new ids, keeps a listed id whose file is gone, and changes nothing on a second run', () => {
    const root = copyWith(`figures: []\ncharts:\n  - ${gone}\n`);
    expect(runCommand(updatePublished, ['--root', root]).status).toBe(0);
    expect(readList(root)).toEqual({ figures, charts: [...charts, gone].sort() });
    const written = readFileSync(join(root, publishedFile), 'utf8');
    const again = runCommand(updatePublished, ['--root', root]);
    expect(again.stdout).toContain('0 figures added; 0 charts added.');
    expect(readFileSync(join(root, publishedFile), 'utf8')).toBe(written);
  });

  it('warns of each listed id whose file is gone, keeping its line, and still exits 0', () => {
    const root = copyWith(`figures:\n  - ${gone}-figure\ncharts:\n  - ${gone}\n`);
    const run = runCommand(updatePublished, ['--root', root]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(
      `Warning: content/published.yaml lists the figure "${gone}-figure", but content/metrics/${gone}-figure.yaml is gone.`,
    );
    expect(run.stderr).toContain(
      `Warning: content/published.yaml lists the chart "${gone}", but content/charts/${gone}.yaml is gone.`,
    );
    expect(readList(root)).toEqual({
      figures: [...figures, `${gone}-figure`].sort(),
      charts: [...charts, gone].sort(),
    });
  });

  it('keeps the comments, blank lines and order an editor gave the file', () => {
    const [first, ...rest] = charts;
    const text = `# Our list\n\nfigures: []\ncharts:\n  # withdrawn from print, kept online\n  - ${gone}\n  - ${first} # the first one\n`;
    const root = copyWith(text);
    expect(runCommand(updatePublished, ['--root', root]).status).toBe(0);
    const written = readFileSync(join(root, publishedFile), 'utf8');
    expect(written).toMatch(/^# Our list\n\nfigures:\n {2}- /);
    expect(written).toContain(`  # withdrawn from print, kept online\n  - ${gone}\n  - ${first} # the first one\n`);
    expect(readList(root)).toEqual({ figures, charts: [gone, first, ...rest] });
  });

  it('fills a list left empty (`charts:` with no line under it)', () => {
    const root = copyWith(`${yamlList('figures', figures)}charts:\n`);
    expect(runCommand(updatePublished, ['--root', root]).status).toBe(0);
    expect(readList(root)).toEqual({ figures, charts });
  });

  it('writes nothing when the list is not valid, and says why', () => {
    const root = copyWith('figures: partners\n');
    const run = runCommand(updatePublished, ['--root', root]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /content\/published\.yaml was left as it is: fix it first\.\n {2}- content\/published\.yaml: figures: /,
    );
    expect(readFileSync(join(root, publishedFile), 'utf8')).toBe('figures: partners\n');
  });
});

describe('what an update changes', () => {
  it('adds the ids that have a file and are not listed, sorted, and names the listed ids whose file is gone', () => {
    const changes = publishedChanges(
      { figures: ['b', 'old-figure', 'a'], charts: [] },
      { figures: ['a', 'd', 'b', 'c'], charts: ['x'] },
    );
    expect(changes).toEqual({
      figures: { added: ['c', 'd'], gone: ['old-figure'] },
      charts: { added: ['x'], gone: [] },
    });
  });

  it('puts each new id at its place in a sorted list, after a list kept in another order, and changes nothing else', () => {
    expect(
      withAdded('figures:\n  - b\n  # d is new in 2024\n  - d\ncharts: []\n', { figures: ['a', 'c', 'e'], charts: [] }),
    ).toBe('figures:\n  - a\n  - b\n  - c\n  # d is new in 2024\n  - d\n  - e\ncharts: []\n');
    expect(withAdded('figures:\n  - d\n  - b\n', { figures: ['a'], charts: ['x'] })).toBe(
      'figures:\n  - d\n  - b\n  - a\ncharts:\n  - x\n',
    );
    const text = 'figures: [a]   # odd spacing, kept\n';
    expect(withAdded(text, { figures: [], charts: [] })).toBe(text);
  });

  it('starts a new file with a header, and quotes an id YAML would read as a number', () => {
    const text = withAdded(undefined, { figures: ['2024', 'a'], charts: [] });
    expect(text).toMatch(/^# Figures and charts published at their own address/);
    expect(load(text)).toEqual({ figures: ['2024', 'a'], charts: [] });
  });
});
