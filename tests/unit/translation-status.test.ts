/**
 * The translation status report: the pure rule (texts of a file, source languages, last change,
 * marks, paragraph diff) on small inputs, then `npm run i18n:status` run in-process on a copy of
 * the valid fixture in a fresh git repository, committing as an editor and a translator would.
 * tests/unit/cli.test.ts starts the script once from the command line.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  changePlace,
  classifyContentFile,
  frontmatterField,
  languageContext,
  lastChange,
  mdxParagraphs,
  mdxSource,
  paragraphDiff,
  parseCatFileBatch,
  parseGitLog,
  unitStatus,
  yamlFieldSource,
  yamlTexts,
  type SideRevision,
  type TranslationUnit,
} from '../../src/editor/translation-status.ts';
import { i18nStatus } from '../../scripts/i18n-status.ts';
import { runCommand } from './cli-run.ts';

describe('the texts of a file', () => {
  it('takes a story’s frontmatter texts and body paragraphs, not its ids, numbers or photo path', () => {
    const text = [
      '---',
      'title: "Safer roads"',
      'summary: "A pilot teaches children to stay safe."',
      'year: 2024',
      'area: health',
      'order: 6',
      'sources: [annual-review-2024]',
      'image: { src: /photos/2024/a.jpg, alt: "Children crossing a road", credit: "© UNICEF/China/2024/Li" }',
      '---',
      '',
      'First paragraph,',
      'wrapped over two lines.',
      '',
      '<Metric id="x" year={2024} /> second.',
      '',
    ].join('\n');
    const paragraphs = mdxParagraphs(text);
    expect(paragraphs.map((paragraph) => frontmatterField(paragraph) ?? paragraph)).toEqual([
      { field: 'title', text: 'Safer roads' },
      { field: 'summary', text: 'A pilot teaches children to stay safe.' },
      { field: 'image.alt', text: 'Children crossing a road' },
      'First paragraph, wrapped over two lines.',
      '<Metric id="x" year={2024} /> second.',
    ]);
    // Changes are placed by field, and body paragraphs counted without the frontmatter.
    const edited = [...paragraphs.slice(0, 4), '<Metric id="x" year={2024} /> second, changed.'];
    const [change] = paragraphDiff(paragraphs, edited);
    expect(changePlace(change!, paragraphs, edited)).toBe('paragraph 2');
    const retitled = ['\u0001title\u0001Safer streets', ...paragraphs.slice(1)];
    const [title] = paragraphDiff(paragraphs, retitled);
    expect(changePlace(title!, paragraphs, retitled)).toBe('title');
  });

  it('names the bilingual fields of a YAML file by the ids and years of their list items', () => {
    const texts = yamlTexts(
      [
        'id: m',
        'label: { en: "children", zh: "儿童" }',
        'values:',
        '  - year: 2024',
        '    value: 5',
        '    note: { en: "A note.", zh: "说明。" }',
        '    breakdown:',
        '      - { id: online, label: { en: "online", zh: "线上" }, value: 2 }',
        'notes:',
        '  - { en: "First.", zh: "第一。" }',
      ].join('\n'),
    );
    expect([...texts.keys()]).toEqual([
      'label',
      'values[2024].note',
      'values[2024].breakdown[online].label',
      'notes[0]',
    ]);
    expect(texts.get('values[2024].note')).toEqual({ en: 'A note.', zh: '说明。' });
  });

  it('reads a glossary term’s own wordings as one field, beside its definition', () => {
    const texts = yamlTexts(
      '- id: turkiye\n  en: "Türkiye"\n  zh: "土耳其"\n  avoid: { en: ["Turkey"], zh: [] }\n  definition: { en: "A.", zh: "甲。" }\n',
    );
    expect([...texts.keys()]).toEqual(['[turkiye]', '[turkiye].definition']);
  });
});

describe('source languages', () => {
  const sources = [
    '- { id: review-2023, language: en }',
    '- { id: review-2024, language: zh }',
    '- { id: about-us, language: en }',
  ].join('\n');
  const files = new Map([
    ['content/sources.yaml', sources],
    ['content/years/2023.yaml', 'year: 2023\nsources: [review-2023]\n'],
    ['content/years/2024.yaml', 'year: 2024\nsources: [review-2024]\n'],
    ['content/years/2025.yaml', 'year: 2025\nsources: [review-2024]\nsourceLanguage: en\n'],
    ['content/metrics/a.yaml', 'id: a\nvalues:\n  - { year: 2023, value: 1 }\n  - { year: 2024, value: 2 }\n'],
    ['content/metrics/b.yaml', 'id: b\nvalues:\n  - { year: 2023, value: 1, statedIn: 2024 }\n'],
    ['content/metrics/c.yaml', 'id: c\nvalues:\n  - { year: 2023, value: 1 }\n'],
  ]);
  const context = languageContext(files, { 'content/areas.yaml': 'zh' });

  it('gives a year the language its sources are published in, unless its file says otherwise', () => {
    expect(context.years.get(2023)?.lang).toBe('en');
    expect(context.years.get(2024)?.lang).toBe('zh');
    expect(context.years.get(2025)?.lang).toBe('en');
  });

  it('gives a story its own sourceLanguage, else its year’s; a page the language of its sources', () => {
    expect(mdxSource('story', [{ year: 2024 }, { year: 2024 }], context).lang).toBe('zh');
    expect(mdxSource('story', [{ year: 2023 }], context).lang).toBe('en');
    expect(mdxSource('story', [{ year: 2024, sourceLanguage: 'en' }, { year: 2024 }], context)).toEqual({
      lang: 'en',
      from: 'frontmatter',
    });
    expect(mdxSource('page', [{ sources: ['review-2024'] }], context).lang).toBe('zh');
    expect(mdxSource('page', [{ sources: ['about-us'] }], context).lang).toBe('en');
    expect(mdxSource('page', [{ sources: ['about-us', 'review-2024'] }], context).lang).toBe('en');
  });

  it('gives a metric value’s texts its year (a baseline: the year that states it), the rest the latest year', () => {
    const a = { id: 'a', values: [{ year: 2023 }, { year: 2024 }] };
    expect(yamlFieldSource('content/metrics/a.yaml', 'values[2023].label', a, context).lang).toBe('en');
    expect(yamlFieldSource('content/metrics/a.yaml', 'label', a, context).lang).toBe('zh');
    const b = { id: 'b', values: [{ year: 2023, statedIn: 2024 }] };
    expect(yamlFieldSource('content/metrics/b.yaml', 'values[2023].note', b, context).lang).toBe('zh');
    expect(yamlFieldSource('content/metrics/c.yaml', 'label', { id: 'c' }, context).lang).toBe('en');
  });

  it('gives a chart the latest year of its metrics (or of its years), a year file its year', () => {
    expect(yamlFieldSource('content/charts/x.yaml', 'title', { metrics: ['c'] }, context).lang).toBe('en');
    expect(yamlFieldSource('content/charts/x.yaml', 'title', { metrics: ['c', 'a'] }, context).lang).toBe('zh');
    expect(yamlFieldSource('content/charts/x.yaml', 'title', { metrics: ['a'], years: [2023] }, context).lang).toBe(
      'en',
    );
    expect(yamlFieldSource('content/years/2024.yaml', 'intro', {}, context).lang).toBe('zh');
  });

  it('gives a source its own language, a glossary term its source’s, and follows translations.yaml', () => {
    expect(yamlFieldSource('content/sources.yaml', '[review-2024].title', [], context).lang).toBe('zh');
    const glossary = [{ id: 'fund', source: 'review-2024' }];
    expect(yamlFieldSource('content/glossary.yaml', '[fund].definition', glossary, context).lang).toBe('zh');
    expect(yamlFieldSource('content/areas.yaml', '[health].name', [], context)).toEqual({
      lang: 'zh',
      from: 'content/translations.yaml',
    });
    expect(yamlFieldSource('content/other.yaml', 'x', {}, context).lang).toBe('en');
  });
});

describe('last change, marks and the paragraph diff', () => {
  const rev = (order: number, paragraphs: string[] | undefined, commit = `c${order}aaaaaaa`): SideRevision => ({
    order,
    time: order,
    commit,
    paragraphs,
  });

  it('finds the revision where a text last changed, ignoring revisions that left it as it was', () => {
    expect(lastChange([rev(1, ['a']), rev(2, ['b']), rev(3, ['b'])])?.order).toBe(2);
    expect(lastChange([rev(1, ['a']), rev(2, undefined)])).toBeUndefined();
    expect(lastChange([rev(1, undefined), rev(2, ['a'])])?.order).toBe(2);
  });

  const unit = (source: SideRevision[], translation: SideRevision[]): TranslationUnit => ({
    kind: 'story',
    path: '2024/health',
    files: { zh: 'content/stories/zh/2024/health.mdx', en: 'content/stories/en/2024/health.mdx' },
    source: 'zh',
    sourceFrom: 'year 2024',
    history: { zh: source, en: translation },
  });

  it('is up to date when the translation changed in the same commit as the source or later', () => {
    expect(unitStatus(unit([rev(1, ['甲'])], [rev(1, ['A'])])).state).toBe('up-to-date');
    expect(unitStatus(unit([rev(1, ['甲']), rev(2, ['乙'])], [rev(1, ['A']), rev(3, ['B'])])).state).toBe('up-to-date');
  });

  it('is outdated when the source changed later, with the source’s paragraphs then and now', () => {
    const status = unitStatus(unit([rev(1, ['甲', '乙']), rev(3, ['甲', '丙', '丁'])], [rev(2, ['A', 'B'])]));
    expect(status.state).toBe('outdated');
    expect(status.changes).toEqual([
      { change: 'changed', position: 2, before: '乙', after: '丙', place: 'paragraph 2' },
      { change: 'added', position: 3, after: '丁', place: 'paragraph 3' },
    ]);
  });

  it('is settled by a mark naming the commit that last changed the source, and only that one', () => {
    const source = [rev(1, ['甲']), rev(3, ['乙'], 'abcdef1234567890'), rev(5, ['丙'], 'fedcba9876543210')];
    const file = 'content/stories/en/2024/health.mdx';
    const current = unitStatus(unit(source, [rev(1, ['A'])]), [{ file, source: 'fedcba987654' }]);
    expect(current.state).toBe('reviewed');
    const stale = unitStatus(unit(source, [rev(1, ['A'])]), [{ file, source: 'abcdef123456' }]);
    expect(stale.state).toBe('outdated');
    // The diff starts from the source the mark was checked against.
    expect(stale.changes).toEqual([
      { change: 'changed', position: 1, before: '乙', after: '丙', place: 'paragraph 1' },
    ]);
    const otherFile = unitStatus(unit(source, [rev(1, ['A'])]), [{ file: 'content/x.mdx', source: 'fedcba987654' }]);
    expect(otherFile.state).toBe('outdated');
  });

  it('reports a missing language, naming the source language when that is the one missing', () => {
    expect(unitStatus(unit([rev(1, ['甲'])], [])).missing).toBe('en');
    expect(unitStatus(unit([], [rev(1, ['A'])])).missing).toBe('zh');
  });

  it('lists removed, changed and added paragraphs with their positions', () => {
    expect(paragraphDiff(['a', 'b', 'c'], ['a', 'c', 'd'])).toEqual([
      { change: 'removed', position: 2, before: 'b' },
      { change: 'added', position: 3, after: 'd' },
    ]);
  });
});

describe('git output', () => {
  it('reads commits with their files, stripping the project’s folder in the repository', () => {
    const log = '\x01aaa 300\n\nsite/content/a.mdx\nother/b.mdx\n\x01bbb 200\n\nsite/content/a.mdx\n';
    expect(parseGitLog(log, 'site/')).toEqual([
      { commit: 'aaa', time: 300, files: ['content/a.mdx'] },
      { commit: 'bbb', time: 200, files: ['content/a.mdx'] },
    ]);
  });

  it('reads git cat-file --batch answers by their byte size, and missing objects', () => {
    const body = '中文\n';
    const output = Buffer.from(
      `1111 blob ${Buffer.byteLength(body)}\n${body}\nabc:content/x.mdx missing\n2222 blob 2\nok\n`,
    );
    expect(parseCatFileBatch(output, 3)).toEqual([body, undefined, 'ok']);
  });

  it('classifies content files', () => {
    expect(classifyContentFile('content/stories/zh/2023/highlights/healthy-food.mdx')).toEqual({
      kind: 'story',
      lang: 'zh',
      path: '2023/highlights/healthy-food',
    });
    expect(classifyContentFile('content/metrics/partners.yaml')).toBeUndefined();
  });
});

// Runs git several times per step: seconds on a busy machine.
describe('npm run i18n:status in a git repository', { timeout: 60_000 }, () => {
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
    ).toString();

  /** The valid fixture (2024: sources in Chinese) in a new git repository, committed once. */
  function repository(): string {
    const root = mkdtempSync(join(tmpdir(), 'i18n-status-'));
    roots.push(root);
    cpSync(fixture, root, { recursive: true });
    git(root, 'init', '-q');
    commit(root, 'fixture');
    return root;
  }
  const commit = (root: string, message: string) => {
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', message);
  };
  const edit = (root: string, file: string, from: string | RegExp, to: string) => {
    const path = join(root, file);
    const text = readFileSync(path, 'utf8');
    const next = text.replace(from, to);
    expect(next, `${file} should contain ${String(from)}`).not.toBe(text);
    writeFileSync(path, next);
  };
  const run = (root: string, ...args: string[]) => runCommand(i18nStatus, ['--root', root, ...args]);
  const zhStory = 'content/stories/zh/2024/health.mdx';
  const enStory = 'content/stories/en/2024/health.mdx';

  it('is up to date when both languages were committed together, with 2024 stories written first in Chinese', () => {
    const result = run(repository());
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^story +2024\/health +zh +up to date$/m);
    expect(result.stdout).toMatch(/^content\/metrics\/health-services-reach\.yaml +\d+ +zh +up to date$/m);
    expect(result.stdout).toMatch(/^2 stories and pages: 2 up to date, 0 outdated, 0 missing a language\.$/m);
  });

  it('is outdated with the changed paragraph after a source edit, up to date after the translator commits', () => {
    const root = repository();
    edit(root, zhStory, '/>名儿童及照护人获得了优质卫生保健服务。', '/>名儿童及照护人获得了优质、可及的卫生保健服务。');
    commit(root, 'Chinese: a changed sentence');
    const outdated = run(root);
    expect(outdated.stdout).toMatch(
      /^story +2024\/health +zh +outdated: Chinese changed on 2024-05-01 \(commit [0-9a-f]{12}\), after the English$/m,
    );
    expect(outdated.stdout).toContain([enStory, `  source: Chinese (${zhStory}; decided by year 2024)`].join('\n'));
    expect(outdated.stdout).toMatch(
      / {2}paragraph 1 changed:\n {4}- 2024年，<Metric id="health-services-reach" year=\{2024\} \/>名儿童及照护人获得了优质卫生保健服务。\n {4}\+ 2024年，<Metric id="health-services-reach" year=\{2024\} \/>名儿童及照护人获得了优质、可及的卫生保健服务。\n/,
    );
    expect(outdated.stdout).toContain(`Nothing to change? npm run i18n:status -- --reviewed ${enStory}`);

    edit(root, enStory, /\n([^\n]*)\n$/, '\n$1 Services were also easier to reach.\n');
    commit(root, 'English: follows the Chinese');
    const settled = run(root);
    expect(settled.stdout).toMatch(/^story +2024\/health +zh +up to date$/m);
    expect(settled.stdout).not.toContain('What changed in the source');
  });

  it('does not report the source as behind when only the translation changed', () => {
    const root = repository();
    edit(root, enStory, /\n([^\n]*)\n$/, '\n$1 More text.\n');
    commit(root, 'English: a translator’s improvement');
    expect(run(root).stdout).toMatch(/^story +2024\/health +zh +up to date$/m);
  });

  it('ignores changes that are not text: order, how sources are written, blank lines', () => {
    const root = repository();
    edit(root, zhStory, 'order: 1', 'order: 2');
    edit(root, zhStory, 'sources: [annual-review-2024]', 'sources:\n  - annual-review-2024');
    edit(root, zhStory, /\n$/, '\n\n\n');
    commit(root, 'Chinese: order, sources written as a list, blank lines');
    expect(run(root).stdout).toMatch(/^story +2024\/health +zh +up to date$/m);
  });

  it('is settled again by a reviewed mark, until the source changes once more', () => {
    const root = repository();
    edit(root, zhStory, '/>名儿童及照护人获得了优质卫生保健服务。', '/>名儿童及照护人获得了优质的卫生保健服务。');
    commit(root, 'Chinese: wording');
    const marked = run(root, '--reviewed', enStory);
    expect(marked.stderr).toBe('');
    expect(marked.status).toBe(0);
    expect(marked.stdout).toMatch(
      new RegExp(`^Marked reviewed: ${enStory}, against commit [0-9a-f]{12} of its source\\.$`, 'm'),
    );
    const translations = readFileSync(join(root, 'content/translations.yaml'), 'utf8');
    expect(translations).toMatch(new RegExp(`reviewed:\\n  - file: ${enStory}\\n    source: [0-9a-f]{12}\\n`));
    commit(root, 'Reviewed: the English needs no change');
    expect(run(root).stdout).toMatch(/^story +2024\/health +zh +up to date \(reviewed against [0-9a-f]{12}\)$/m);

    edit(
      root,
      zhStory,
      '/>名儿童及照护人获得了优质的卫生保健服务。',
      '/>名儿童及照护人获得了优质的卫生保健服务，覆盖面继续扩大。',
    );
    commit(root, 'Chinese: one more change');
    const again = run(root);
    expect(again.stdout).toMatch(/^story +2024\/health +zh +outdated/m);
    // Only what changed since the reviewed version is shown.
    expect(again.stdout).toContain(
      '    - 2024年，<Metric id="health-services-reach" year={2024} />名儿童及照护人获得了优质的卫生保健服务。\n',
    );
  });

  it('refuses to mark what is not outdated, and a source change not committed yet', () => {
    const root = repository();
    const nothing = run(root, '--reviewed', enStory);
    expect(nothing.status).toBe(1);
    expect(nothing.stderr).toContain(`Nothing was marked: ${enStory} is not an outdated translation.`);
    edit(root, zhStory, '获得了优质卫生保健服务。', '获得了优质的卫生保健服务。');
    const uncommitted = run(root);
    expect(uncommitted.stdout).toMatch(
      /^story +2024\/health +zh +outdated: Chinese changed in edits not committed yet, after the English$/m,
    );
    const refused = run(root, '--reviewed', enStory);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('has changes not committed yet');
  });

  it('follows a story’s own sourceLanguage and a year’s', () => {
    const root = repository();
    edit(root, zhStory, 'order: 1', 'order: 1\nsourceLanguage: en');
    edit(root, enStory, 'order: 1', 'order: 1\nsourceLanguage: en');
    commit(root, 'This story was written in English first');
    edit(root, zhStory, '获得了优质卫生保健服务。', '获得了优质的卫生保健服务。');
    commit(root, 'Chinese: a translator’s improvement');
    expect(run(root).stdout).toMatch(/^story +2024\/health +en +up to date$/m);

    const other = repository();
    edit(
      other,
      'content/years/2024.yaml',
      'sources: [annual-review-2024]',
      'sources: [annual-review-2024]\nsourceLanguage: en',
    );
    commit(other, '2024 is written in English first');
    edit(other, enStory, /\n([^\n]*)\n$/, '\n$1 More text.\n');
    commit(other, 'English: more');
    expect(run(other).stdout).toMatch(/^story +2024\/health +en +outdated: English changed/m);
  });

  it('finds changed texts in YAML files: a metric’s label, a chart’s title', () => {
    const root = repository();
    const metric = 'content/metrics/health-services-reach.yaml';
    edit(root, metric, 'zh: "获得优质卫生保健服务的儿童及照护人" }', 'zh: "获得优质卫生保健服务的儿童及其照护人" }');
    edit(
      root,
      'content/charts/health-services-reach.yaml',
      'en: "Children and caregivers reached"',
      'en: "Children and caregivers served"',
    );
    commit(root, 'Chinese label; English chart title');
    const result = run(root);
    // The chart's source is Chinese (its metric reports 2024): an English edit leaves it up to date.
    expect(result.stdout).toMatch(/^content\/charts\/health-services-reach\.yaml +\d+ +zh +up to date$/m);
    expect(result.stdout).toMatch(/^content\/metrics\/health-services-reach\.yaml +\d+ +zh +1 to update: label\.en$/m);
    expect(result.stdout).toContain(
      [`${metric}: label.en`, '  source: Chinese (label.zh; decided by year 2024)'].join('\n'),
    );
    expect(result.stdout).toContain(
      '  text changed:\n    - 获得优质卫生保健服务的儿童及照护人\n    + 获得优质卫生保健服务的儿童及其照护人\n',
    );

    const marked = run(root, '--reviewed', metric, '--field', 'label');
    expect(marked.stdout).toMatch(
      /^Marked reviewed: content\/metrics\/health-services-reach\.yaml: label\.en, against commit/m,
    );
    expect(run(root).stdout).toMatch(
      /^content\/metrics\/health-services-reach\.yaml +\d+ +zh +up to date \(1 reviewed\)$/m,
    );
  });

  it('reports a story in one language only, and exits 1 with --strict', () => {
    const root = repository();
    writeFileSync(
      join(root, 'content/stories/en/2024/road-safety.mdx'),
      '---\ntitle: "Road safety"\nyear: 2024\n---\n\nText.\n',
    );
    const result = run(root);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^story +2024\/road-safety +zh +missing in Chinese \(its source language\): add content\/stories\/zh\/2024\/road-safety\.mdx$/m,
    );
    const strict = run(root, '--strict');
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('--strict: one story, page or text lacks a language.');
  });

  it('stops with the file and field when content/translations.yaml is wrong', () => {
    const root = repository();
    writeFileSync(
      join(root, 'content/translations.yaml'),
      'reviewed:\n  - file: content/stories/en/2024/health.mdx\n    source: main\n',
    );
    const result = run(root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/translations.yaml: reviewed[0].source: must be a commit');
  });
});
