/**
 * One command-line run per script, started as an editor starts it (`node scripts/<name>.ts`, which
 * is what `npm run <name>` runs): the entry point reads the arguments, prints to the terminal and
 * sets the exit status. Everything else about the scripts is tested in-process, through their
 * exported functions, in scaffold.test.ts and translation-status.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { unusedNames } from './cli-run.ts';

const project = join(import.meta.dirname, '../..');
/** The metric id and story slug the scaffolds create: ones content/ does not use yet. */
const names = unusedNames(project);
const roots: string[] = [];

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A temporary project folder holding a copy of this project's content/, for the scaffolds to write into. */
function contentCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'cli-'));
  roots.push(root);
  cpSync(join(project, 'content'), join(root, 'content'), { recursive: true });
  return root;
}

const script = (name: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(project, 'scripts', name), ...args], { cwd: project, encoding: 'utf8' });

// Each test starts Node once: a second or two on a busy 2-core machine.
describe('the scripts from the command line', { timeout: 60_000 }, () => {
  it('npm run new:story writes a story and says what it created', () => {
    const root = contentCopy();
    const result = script('new-story.ts', '--root', root, '--year', '2024', '--slug', names.slug, '--area', 'health');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      `Created:\n  content/stories/en/2024/${names.slug}.mdx\n  content/stories/zh/2024/${names.slug}.mdx\n`,
    );
    expect(existsSync(join(root, `content/stories/zh/2024/${names.slug}.mdx`))).toBe(true);
  });

  it('npm run new:metric refuses a value with commas, exiting 1 with the message on stderr', () => {
    const root = contentCopy();
    const result = script(
      'new-metric.ts',
      ...['--root', root, '--id', names.metric, '--area', 'health', '--unit', 'schools', '--year', '2024'],
      ...['--value', '1,200', '--qualifier', 'over', '--source', 'annual-review-2024', '--section', 'health'],
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      `Nothing was written:\n  - content/metrics/${names.metric}.yaml: values[0].value: must be a number`,
    );
    expect(existsSync(join(root, `content/metrics/${names.metric}.yaml`))).toBe(false);
  });

  it('npm run new:source and new:year add a source and a year file, and say what to do next', () => {
    const root = contentCopy();
    const year = Math.max(...readdirSync(join(root, 'content/years')).map((name) => parseInt(name, 10))) + 1;
    const source = script(
      'new-source.ts',
      ...['--root', root, '--id', `cli-source-${year}`, '--year', String(year), '--language', 'en'],
      ...['--url', 'https://www.unicef.cn/en'],
    );
    expect(source.stderr).toBe('');
    expect(source.status).toBe(0);
    const created = script('new-year.ts', '--root', root, '--year', String(year), '--source', `cli-source-${year}`);
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    expect(created.stdout).toContain(`Created:\n  content/years/${year}.yaml\n`);
    expect(created.stdout).toContain('Next:');
    expect(existsSync(join(root, `content/years/${year}.yaml`))).toBe(true);
  });

  it('npm run check:content passes on this project', () => {
    const result = script('check-content.ts');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^content\/ is valid: \d+ sources, .* stories, \d+ pages, \d+ corrections and \d+ glossary terms, whose avoided wordings appear nowhere\.\n$/,
    );
  });

  it('npm run i18n:status prints the tables for this project and exits 0', () => {
    const result = script('i18n-status.ts', '--brief');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^Translation status: en = English, zh = Chinese; .*\n\nkind +path +source +status\n/,
    );
    expect(result.stdout).toMatch(
      /^\d+ texts in \d+ YAML files: \d+ up to date, \d+ outdated, \d+ missing a language\.$/m,
    );
  });
});
