/**
 * `npm run new:story`, `new:metric`, `new:year` and `new:source` write files that pass (or, for the
 * placeholders of a year and a source, are reported by) `npm run check:content`, and
 * the check fails on a broken fixture with its message. The scripts' functions run in-process with
 * the editors' flags (plus `--root`), on a temporary copy of the project's content: never on the
 * real content/. tests/unit/cli.test.ts starts each script once from the command line.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkContent, splitFrontmatter } from '../../src/checks/content-files.ts';
import {
  exampleMetric,
  scaffoldMetric,
  scaffoldSource,
  scaffoldStory,
  scaffoldYear,
} from '../../src/editor/scaffold.ts';
import { checkContentCommand } from '../../scripts/check-content.ts';
import { newMetric } from '../../scripts/new-metric.ts';
import { newSource } from '../../scripts/new-source.ts';
import { newStory } from '../../scripts/new-story.ts';
import { newYear } from '../../scripts/new-year.ts';
import { runCommand, unusedNames } from './cli-run.ts';
import {
  placeholders,
  sourcePlaceholders,
  storyBodyPlaceholders,
  storyPlaceholders,
  yearPlaceholders,
} from '../../src/checks/placeholders.ts';

const project = join(import.meta.dirname, '../..');
/** The metric id and story slug the scaffolds create: ones content/ does not use yet. */
const names = unusedNames(project);
const roots: string[] = [];

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A temporary project folder holding a copy of content/ (the real one, or a fixture's). */
function copyOf(from: string): string {
  const root = mkdtempSync(join(tmpdir(), 'scaffold-'));
  roots.push(root);
  cpSync(join(from, 'content'), join(root, 'content'), { recursive: true });
  return root;
}

type Command = typeof newStory;
const run = (command: Command, root: string, args: string[]) => runCommand(command, ['--root', root, ...args]);

const checkContentScript = (root: string) => run(checkContentCommand, root, []);

/**
 * What the check says about freshly scaffolded files: only that the placeholders are still there
 * (a page titled "Write the title of this story here" must not go out); then, with the
 * placeholders replaced as an editor would, the check passes.
 */
function checkBeforeAndAfterWriting(root: string, files: string[]) {
  const before = checkContentScript(root);
  expect(before.status).toBe(1);
  const problems = before.stderr.split('\n').filter((line) => line.startsWith('  - '));
  expect(problems.length).toBeGreaterThan(0);
  for (const problem of problems) expect(problem).toMatch(/: still has the placeholder ".*" written by the scaffold: /);
  for (const file of files) {
    let text = readFileSync(join(root, file), 'utf8');
    for (const { text: placeholder } of placeholders)
      text = text
        .split(placeholder)
        .join(
          /\p{Script=Han}/u.test(placeholder) ? '编辑根据资料写下的这段文字' : 'Words the editor wrote from the source',
        );
    writeFileSync(join(root, file), text);
  }
  return checkContentScript(root);
}

/** A test reads the whole of content/ up to four times: under a second alone, a few on a busy 2-core machine. */
const reads = { timeout: 20_000 };

describe('npm run new:story', reads, () => {
  it('creates both languages of a chapter that pass the content check', () => {
    const root = copyOf(project);
    const result = run(newStory, root, ['--year', '2024', '--slug', names.slug, '--area', 'health']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`content/stories/en/2024/${names.slug}.mdx`);
    expect(result.stdout).toContain(`content/stories/zh/2024/${names.slug}.mdx`);

    const en = readFileSync(join(root, `content/stories/en/2024/${names.slug}.mdx`), 'utf8');
    const zh = readFileSync(join(root, `content/stories/zh/2024/${names.slug}.mdx`), 'utf8');
    const front = (text: string) => parseYaml(splitFrontmatter(text)!.frontmatter) as Record<string, unknown>;
    const chapters2024 = checkContent(project).content.stories.en.filter(
      (entry) => entry.data.year === 2024 && entry.data.kind === 'chapter' && !entry.data.partOf,
    );
    // The next chapter number: stories that are part of a chapter (partOf) have no number of their own.
    expect(front(en)).toMatchObject({
      year: 2024,
      area: 'health',
      kind: 'chapter',
      order: Math.max(...chapters2024.map((entry) => entry.data.order)) + 1,
    });
    expect(front(zh)).toMatchObject({ year: 2024, area: 'health', kind: 'chapter', order: front(en).order });
    expect(front(en).title).toMatch(/^Write the title/);
    expect(front(zh).summary).toMatch(/^请在此用一两句话概括/);
    // A figure of that year and area, shown the same way in both languages.
    expect(en).toMatch(/<Metric id="[a-z0-9-]+" year=\{2024\} \/>/);
    expect(en.match(/<Metric[^>]*>/)?.[0]).toBe(zh.match(/<Metric[^>]*>/)?.[0]);

    const check = checkBeforeAndAfterWriting(root, [
      `content/stories/en/2024/${names.slug}.mdx`,
      `content/stories/zh/2024/${names.slug}.mdx`,
    ]);
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    const { stories } = checkContent(project).content;
    expect(check.stdout).toContain(`${stories.en.length + stories.zh.length + 2} stories`);
  });

  it('creates a highlight with its month', () => {
    const root = copyOf(project);
    const result = run(newStory, root, [
      '--year',
      '2023',
      '--slug',
      'spring-campaign',
      '--area',
      'education',
      '--highlight',
      '--month',
      '5',
    ]);
    expect(result.status).toBe(0);
    const en = readFileSync(join(root, 'content/stories/en/2023/highlights/spring-campaign.mdx'), 'utf8');
    expect(en).toMatch(/^kind: highlight$/m);
    expect(en).toMatch(/^month: 5$/m);
    expect(existsSync(join(root, 'content/stories/zh/2023/highlights/spring-campaign.mdx'))).toBe(true);
    expect(
      checkBeforeAndAfterWriting(root, [
        'content/stories/en/2023/highlights/spring-campaign.mdx',
        'content/stories/zh/2023/highlights/spring-campaign.mdx',
      ]).status,
    ).toBe(0);
  });

  it('refuses to overwrite an existing story and writes nothing', () => {
    const root = copyOf(project);
    const flags = ['--year', '2024', '--slug', names.slug, '--area', 'health'];
    expect(run(newStory, root, flags).status).toBe(0);
    const file = join(root, `content/stories/zh/2024/${names.slug}.mdx`);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n译者已修改。\n`);
    const before = readFileSync(file, 'utf8');
    const result = run(newStory, root, flags);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `Nothing was written: content/stories/en/2024/${names.slug}.mdx and content/stories/zh/2024/${names.slug}.mdx already exist.`,
    );
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('prints the usage when a flag is missing', () => {
    const result = run(newStory, copyOf(project), ['--year', '2024', '--area', 'health']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Missing --slug.');
    expect(result.stderr).toContain('Usage: npm run new:story -- --year <year> --slug <slug> --area <area>');
  });

  it('names what is wrong with a flag before writing anything', () => {
    const root = copyOf(project);
    const result = run(newStory, root, ['--year', '2024', '--slug', names.slug, '--area', 'nutrition']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `content/stories/en/2024/${names.slug}.mdx: area: names the area "nutrition", which is not in content/areas.yaml (known: "overview", "health"`,
    );
    expect(existsSync(join(root, `content/stories/en/2024/${names.slug}.mdx`))).toBe(false);
  });
});

describe('npm run new:metric', reads, () => {
  const flags = [
    '--id',
    names.metric,
    '--area',
    'health',
    '--unit',
    'schools',
    '--year',
    '2024',
    '--value',
    '1200',
    '--qualifier',
    'over',
    '--source',
    'annual-review-2024',
    '--section',
    'health',
  ];

  it('creates a metric that passes the content check', () => {
    const root = copyOf(project);
    const result = run(newMetric, root, flags);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const metric = parseYaml(readFileSync(join(root, `content/metrics/${names.metric}.yaml`), 'utf8'));
    expect(metric).toMatchObject({
      id: names.metric,
      area: 'health',
      unit: 'schools',
      values: [
        {
          year: 2024,
          value: 1200,
          qualifier: 'over',
          citations: [{ source: 'annual-review-2024', section: 'health' }],
        },
      ],
    });
    expect(metric.label.en).toMatch(/^Replace with what is counted/);
    expect(checkBeforeAndAfterWriting(root, [`content/metrics/${names.metric}.yaml`]).status).toBe(0);
  });

  it('takes the texts when given, and a new story can show the new figure', () => {
    const root = copyOf(project);
    run(newMetric, root, [
      ...flags,
      '--label-en',
      'schools with clean water',
      '--label-zh',
      '有清洁饮用水的学校',
      '--definition-en',
      'Schools with a safe supply of drinking water.',
      '--definition-zh',
      '有安全饮用水供应的学校。',
    ]);
    expect(parseYaml(readFileSync(join(root, `content/metrics/${names.metric}.yaml`), 'utf8')).label).toEqual({
      en: 'schools with clean water',
      zh: '有清洁饮用水的学校',
    });
    for (const lang of ['en', 'zh']) {
      writeFileSync(
        join(root, `content/stories/${lang}/2024/${names.slug}.mdx`),
        `---\ntitle: "Clean water"\nsummary: "Clean water in schools, in a pilot."\nyear: 2024\narea: health\nkind: chapter\norder: 20\nsources: [annual-review-2024]\n---\n\n<Metric id="${names.metric}" year={2024} />\n`,
      );
    }
    expect(checkContentScript(root).status).toBe(0);
  });

  it('refuses to overwrite an existing metric', () => {
    const root = copyOf(project);
    expect(run(newMetric, root, flags).status).toBe(0);
    const result = run(newMetric, root, flags);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`Nothing was written: content/metrics/${names.metric}.yaml already exists.`);
  });

  it('rejects a value with commas with the schema’s own message', () => {
    const root = copyOf(project);
    const result = run(newMetric, root, [...flags.slice(0, 9), '1,200', ...flags.slice(10)]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `content/metrics/${names.metric}.yaml: values[0].value: must be a number written without commas or units, like 748000 (found "1,200")`,
    );
    expect(existsSync(join(root, `content/metrics/${names.metric}.yaml`))).toBe(false);
  });

  it('prints the usage when flags are missing', () => {
    const result = run(newMetric, copyOf(project), ['--id', 'x']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Missing --area, --unit, --year, --value, --qualifier, --source, --section.');
    expect(result.stderr).toContain('Usage: npm run new:metric');
  });
});

describe('npm run check:content', reads, () => {
  it('fails on a broken fixture, naming the file, the field and what is expected', () => {
    const root = copyOf(join(import.meta.dirname, '../fixtures/valid'));
    const file = join(root, 'content/metrics/health-services-reach.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('value: 2650000', 'value: 2,650,000'));
    const result = checkContentScript(root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      '  - content/metrics/health-services-reach.yaml: values[0].value: must be a number written without commas or units, like 748000 (found "2,650,000")',
    );
    expect(result.stderr).toContain('See content/README.md for what each field expects.');
  });

  it('passes on the valid fixture', () => {
    expect(checkContentScript(copyOf(join(import.meta.dirname, '../fixtures/valid'))).status).toBe(0);
  });
});

describe('scaffold helpers', () => {
  const { content } = checkContent(join(import.meta.dirname, '../fixtures/valid'));

  it('pick a figure of the year, preferring the story’s area', () => {
    expect(exampleMetric(content, 2024, 'health')?.id).toBe('health-services-reach');
    expect(exampleMetric(content, 2023, 'health')).toBeUndefined();
  });

  it('refuse a year without a review', () => {
    expect(scaffoldStory(content, { year: 2030, slug: 'x', area: 'health' })).toEqual({
      ok: false,
      problems: [
        '--year 2030: there is no content/years/2030.yaml, so the site has no 2030 review (known years: 2024)',
      ],
    });
  });

  it('write a story that is part of a chapter, numbered among that chapter’s parts', () => {
    const result = scaffoldStory(content, { year: 2024, slug: 'road-safety', area: 'health', partOf: 'health' });
    expect(result.ok).toBe(true);
    const files = result.ok ? result.files : [];
    for (const file of files) {
      expect(file.text).toContain('\npartOf: health\n');
      expect(file.text).toContain('\norder: 1\n');
    }
    expect(files).toHaveLength(2);
  });

  it('refuse a part of a chapter the year does not have', () => {
    const result = scaffoldStory(content, { year: 2024, slug: 'road-safety', area: 'health', partOf: 'nutrition' });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toContain(
      'content/stories/en/2024/road-safety.mdx: partOf: names the chapter "nutrition", which 2024 does not have: use the file name of one of its chapters in content/stories/en/2024/',
    );
  });

  it('refuse an unknown source section with the content check’s message', () => {
    const result = scaffoldMetric(content, {
      id: 'x',
      area: 'health',
      unit: 'people',
      year: 2024,
      value: '5',
      qualifier: 'exact',
      source: 'annual-review-2024',
      section: 'nutrition',
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        'content/metrics/x.yaml: values[0].citations[0].section: names the section "nutrition", which the source "annual-review-2024" does not have (its sections: "health")',
      ],
    });
  });
});

describe('npm run new:source and new:year', reads, () => {
  const valid = join(import.meta.dirname, '../fixtures/valid');
  /** The year after the fixture's last, and a source id the fixture does not have. */
  const known = checkContent(valid).content;
  const year = Math.max(...known.years.map((entry) => entry.data.year)) + 1;
  const source = `annual-review-${year}`;
  const sourceFlags = ['--id', source, '--year', String(year), '--language', 'zh', '--url', 'https://www.unicef.cn/'];
  const fill = (file: string, replacements: [string, string][]) => {
    let text = readFileSync(file, 'utf8');
    for (const [from, to] of replacements) text = text.split(from).join(to);
    writeFileSync(file, text);
  };

  it('add a source and a year that the check reports until their placeholders are written, then passes', () => {
    const root = copyOf(valid);
    const sourcesBefore = readFileSync(join(root, 'content/sources.yaml'), 'utf8');
    const added = run(newSource, root, [...sourceFlags, '--sections', 'overview,health']);
    expect(added.stderr).toBe('');
    expect(added.status).toBe(0);
    expect(added.stdout).toContain('Added to:\n  content/sources.yaml (a new entry at the end)');
    // The existing entries are kept byte for byte: the new one is added at the end.
    expect(readFileSync(join(root, 'content/sources.yaml'), 'utf8').startsWith(sourcesBefore)).toBe(true);

    const created = run(newYear, root, ['--year', String(year), '--source', source]);
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    expect(created.stdout).toContain(`Created:\n  content/years/${year}.yaml`);
    expect(created.stdout).toContain(`npm run new:story -- --year ${year}`);
    const yearYaml = parseYaml(readFileSync(join(root, `content/years/${year}.yaml`), 'utf8'));
    expect(yearYaml).toMatchObject({ year, featured: [], sources: [source] });

    // Until the texts are written, the check (and so the build) stops, naming each field.
    const unfilled = checkContentScript(root);
    expect(unfilled.status).toBe(1);
    for (const field of ['title.en', 'title.zh', 'intro.en', 'intro.zh', 'approach.en', 'approach.zh'])
      expect(unfilled.stderr).toContain(`content/years/${year}.yaml: ${field}: still holds the placeholder`);
    expect(unfilled.stderr).toContain(`content/years/${year}.yaml: featured: lists no key figure yet`);
    expect(unfilled.stderr).toContain('content/sources.yaml: [1].title.en: still holds the placeholder');
    expect(unfilled.stderr).toContain('content/sources.yaml: [1].sections[1].title.zh: still holds the placeholder');

    // The other scaffolds take the new year at once.
    const metricFlags = ['--id', names.metric, '--area', 'health', '--unit', 'schools', '--year', String(year)];
    const citation = ['--value', '1200', '--qualifier', 'over', '--source', source, '--section', 'health'];
    const texts = [
      '--label-en',
      'schools',
      '--label-zh',
      '学校',
      '--definition-en',
      'Schools.',
      '--definition-zh',
      '学校。',
    ];
    expect(run(newMetric, root, [...metricFlags, ...citation, ...texts]).status).toBe(0);
    expect(run(newStory, root, ['--year', String(year), '--slug', 'health', '--area', 'health']).status).toBe(0);

    fill(join(root, `content/years/${year}.yaml`), [
      [yearPlaceholders.title.en, 'A year of results'],
      [yearPlaceholders.title.zh, '成果之年'],
      [yearPlaceholders.intro.en, 'The year in brief.'],
      [yearPlaceholders.intro.zh, '年度概述。'],
      [yearPlaceholders.approach.en, 'Pilots, then policy.'],
      [yearPlaceholders.approach.zh, '先试点，后政策。'],
      ['featured: []', `featured: [${names.metric}]`],
    ]);
    fill(join(root, 'content/sources.yaml'), [
      [sourcePlaceholders.title.en, `Annual Review ${year}`],
      [sourcePlaceholders.title.zh, `${year}年度工作回顾`],
      [sourcePlaceholders.section.en, 'A section'],
      [sourcePlaceholders.section.zh, '一个章节'],
    ]);
    // The story new:story wrote for the year has its own placeholders (its title, summary and body).
    const storyTexts = {
      en: {
        title: 'Health for every child',
        summary: 'Health work this year.',
        opening: 'Why it matters.',
        paragraph: 'What was done',
      },
      zh: {
        title: '人人享有健康',
        summary: '本年度在儿童健康方面开展的工作概述。',
        opening: '为什么重要。',
        paragraph: '做了什么',
      },
    };
    for (const lang of ['en', 'zh'] as const)
      fill(join(root, `content/stories/${lang}/${year}/health.mdx`), [
        [storyPlaceholders[lang].title, storyTexts[lang].title],
        [storyPlaceholders[lang].summary, storyTexts[lang].summary],
        [storyBodyPlaceholders[lang].opening, storyTexts[lang].opening],
        [storyBodyPlaceholders[lang].paragraph, storyTexts[lang].paragraph],
      ]);
    const filled = checkContentScript(root);
    expect(filled.stderr).toBe('');
    expect(filled.status).toBe(0);
  });

  it('new:year refuses a year that exists, an unknown source and a year out of range, writing nothing', () => {
    const root = copyOf(valid);
    const existing = run(newYear, root, ['--year', String(year - 1), '--source', 'annual-review-2024']);
    expect(existing.status).toBe(1);
    expect(existing.stderr).toContain(`Nothing was written: content/years/${year - 1}.yaml already exists.`);

    const unknown = run(newYear, root, ['--year', String(year), '--source', source]);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain(`--source "${source}": there is no such source in content/sources.yaml`);
    expect(unknown.stderr).toContain('npm run new:source');
    expect(existsSync(join(root, `content/years/${year}.yaml`))).toBe(false);

    expect(scaffoldYear(known, { year: 1999, source: 'annual-review-2024' })).toEqual({
      ok: false,
      problems: ['--year 1999: must be a year between 2000 and 2100, like 2024'],
    });
  });

  it('new:source refuses an id in use and a bad address, leaving sources.yaml as it was', () => {
    const root = copyOf(valid);
    const before = readFileSync(join(root, 'content/sources.yaml'), 'utf8');
    const taken = run(newSource, root, ['--id', 'annual-review-2024', '--language', 'en', '--url', 'https://x.org/']);
    expect(taken.status).toBe(1);
    expect(taken.stderr).toContain('--id "annual-review-2024": content/sources.yaml already has a source with this id');
    const badUrl = run(newSource, root, [...sourceFlags.slice(0, 6), '--url', 'www.unicef.cn']);
    expect(badUrl.status).toBe(1);
    expect(badUrl.stderr).toContain('content/sources.yaml: url: must be a full web address starting with https://');
    expect(readFileSync(join(root, 'content/sources.yaml'), 'utf8')).toBe(before);
    expect(
      scaffoldSource(known, { id: source, language: 'fr', kind: 'report', url: 'https://x.org/', sections: ['a'] }),
    ).toMatchObject({ ok: false, problems: [expect.stringContaining('language: must be "en" or "zh"')] });
  });
});
