/**
 * The translation status report: the pure comparison on fixtures, git output parsing, and the
 * script's function (`npm run i18n:status`) run in-process on a copy of the valid fixture in a
 * fresh git repository. tests/unit/cli.test.ts starts the script once from the command line.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  classifyContentFile,
  compareVersions,
  describeRow,
  formatTable,
  parseGitLog,
  parseGitStatus,
  translationStatus,
  type TranslationFile,
} from '../../src/editor/translation-status.ts';
import { i18nStatus } from '../../scripts/i18n-status.ts';
import { runCommand } from './cli-run.ts';

const file = (
  kind: 'story' | 'page',
  lang: 'en' | 'zh',
  path: string,
  time: number,
  uncommitted = false,
): TranslationFile => ({
  kind,
  lang,
  path,
  file: `content/${kind === 'story' ? 'stories' : 'pages'}/${lang}/${path}.mdx`,
  version: { time, uncommitted },
});

describe('translationStatus', () => {
  const rows = translationStatus([
    file('story', 'en', '2024/health', 100),
    file('story', 'zh', '2024/health', 100),
    file('story', 'en', '2024/road-safety', 100),
    file('story', 'zh', '2023/highlights/healthy-food', 100),
    file('story', 'en', '2024/education', 300),
    file('story', 'zh', '2024/education', 200),
    file('story', 'en', '2024/south-south', 900),
    file('story', 'zh', '2024/south-south', 50, true),
    file('page', 'en', 'about', 100),
    file('page', 'zh', 'about', 100),
  ]);
  const byPath = Object.fromEntries(rows.map((row) => [row.path, row]));

  it('lists stories first, then pages, each sorted by path', () => {
    expect(rows.map((row) => `${row.kind} ${row.path}`)).toEqual([
      'story 2023/highlights/healthy-food',
      'story 2024/education',
      'story 2024/health',
      'story 2024/road-safety',
      'story 2024/south-south',
      'page about',
    ]);
  });

  it('reports a story that exists in one language only, and which language is missing', () => {
    expect(byPath['2024/road-safety']).toMatchObject({ state: 'missing', missing: 'zh' });
    expect(byPath['2023/highlights/healthy-food']).toMatchObject({ state: 'missing', missing: 'en' });
    expect(describeRow(byPath['2024/road-safety']!)).toBe(
      'missing in Chinese: add content/stories/zh/2024/road-safety.mdx',
    );
  });

  it('says which side changed after the other', () => {
    expect(byPath['2024/education']).toMatchObject({ state: 'outdated', newer: 'en' });
    expect(describeRow(byPath['2024/education']!)).toBe(
      'English changed on 1970-01-01, after Chinese (on 1970-01-01): check content/stories/zh/2024/education.mdx',
    );
  });

  it('counts uncommitted edits as newer than any commit', () => {
    expect(byPath['2024/south-south']).toMatchObject({ state: 'outdated', newer: 'zh' });
    expect(
      compareVersions({ time: 1, uncommitted: true }, { time: 2_000_000_000, uncommitted: false }),
    ).toBeGreaterThan(0);
  });

  it('treats files changed in the same commit as up to date', () => {
    expect(byPath['2024/health']?.state).toBe('up-to-date');
    expect(byPath['about']?.state).toBe('up-to-date');
  });

  it('prints a table with a summary line', () => {
    const table = formatTable(rows);
    expect(table.split('\n')[0]).toMatch(/^kind +path +en +zh +status$/);
    expect(table).toMatch(/^story +2024\/road-safety +yes +— +missing in Chinese/m);
    expect(table).toContain(
      '6 stories and pages: 2 up to date, 2 missing a language, 2 changed in one language after the other.',
    );
  });
});

describe('git output parsing', () => {
  it('takes the newest commit of each file', () => {
    const log =
      '\x01300\n\ncontent/stories/en/2024/health.mdx\n\x01200\n\ncontent/stories/en/2024/health.mdx\ncontent/stories/zh/2024/health.mdx\n';
    expect([...parseGitLog(log)]).toEqual([
      ['content/stories/en/2024/health.mdx', 300],
      ['content/stories/zh/2024/health.mdx', 200],
    ]);
  });

  it('strips the project folder inside the repository', () => {
    expect([...parseGitLog('\x015\n\nsite/content/pages/en/about.mdx\n', 'site/')]).toEqual([
      ['content/pages/en/about.mdx', 5],
    ]);
  });

  it('reads modified, added, untracked and renamed files, and skips deleted ones', () => {
    const status = [
      ' M content/pages/en/about.mdx',
      '?? content/stories/zh/2024/new.mdx',
      'R  content/stories/en/b.mdx',
      'content/stories/en/a.mdx',
      ' D content/stories/en/gone.mdx',
      '',
    ].join('\0');
    expect([...parseGitStatus(status)]).toEqual([
      'content/pages/en/about.mdx',
      'content/stories/zh/2024/new.mdx',
      'content/stories/en/b.mdx',
    ]);
  });

  it('classifies content files', () => {
    expect(classifyContentFile('content/stories/zh/2023/highlights/healthy-food.mdx')).toEqual({
      kind: 'story',
      lang: 'zh',
      path: '2023/highlights/healthy-food',
    });
    expect(classifyContentFile('content/pages/en/about.md')).toEqual({ kind: 'page', lang: 'en', path: 'about' });
    expect(classifyContentFile('content/metrics/partners.yaml')).toBeUndefined();
  });
});

// Runs git several times per test: seconds on a busy machine.
describe('npm run i18n:status', { timeout: 60_000 }, () => {
  const fixture = join(import.meta.dirname, '../fixtures/valid');
  const roots: string[] = [];
  afterEach(() => {
    for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
  });

  const git = (root: string, ...args: string[]) =>
    execFileSync(
      'git',
      ['-C', root, '-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args],
      {
        stdio: 'pipe',
        env: { ...process.env, GIT_AUTHOR_DATE: '2024-05-01T00:00:00Z', GIT_COMMITTER_DATE: '2024-05-01T00:00:00Z' },
      },
    );

  /** The valid fixture in a new git repository, committed once, plus an English-only story. */
  function repository(): string {
    const root = mkdtempSync(join(tmpdir(), 'i18n-status-'));
    roots.push(root);
    cpSync(fixture, root, { recursive: true });
    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'fixture');
    mkdirSync(join(root, 'content/stories/en/2024'), { recursive: true });
    writeFileSync(join(root, 'content/stories/en/2024/road-safety.mdx'), '---\ntitle: "Road safety"\n---\n');
    return root;
  }

  const run = (root: string, ...args: string[]) => runCommand(i18nStatus, ['--root', root, ...args]);

  it('reports a story that exists in one language only, and exits 0', () => {
    const result = run(repository());
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^story +2024\/road-safety +yes +— +missing in Chinese: add content\/stories\/zh\/2024\/road-safety\.mdx$/m,
    );
    expect(result.stdout).toMatch(/^story +2024\/health +yes +yes +up to date$/m);
    expect(result.stdout).toMatch(/^page +about +yes +yes +up to date$/m);
  });

  it('exits 1 with --strict when a language is missing', () => {
    const result = run(repository(), '--strict');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--strict: one story or page lacks a language.');
  });

  it('reports the side that changed after the other, counting uncommitted edits as newest', () => {
    const root = repository();
    writeFileSync(join(root, 'content/pages/zh/about.mdx'), '---\ntitle: "关于我们"\n---\n修改。\n');
    utimesSync(join(root, 'content/pages/zh/about.mdx'), new Date('2020-01-01'), new Date('2020-01-01'));
    const result = run(root);
    expect(result.stdout).toMatch(
      /^page +about +yes +yes\* +Chinese changed in uncommitted edits, after English \(on 2024-05-01\): check content\/pages\/en\/about\.mdx$/m,
    );
  });
});
