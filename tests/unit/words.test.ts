/**
 * Saying what the sources say: baselines stated by a later review, values counted differently,
 * targets, chapters that are part of a chapter, and the glossary. Every case runs on fixtures
 * (tests/fixtures/valid or data built here), never on the live content, so routine edits to
 * content/ cannot break it.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenCopy, messages } from './content-fixture.ts';
import { metric as metricSchema, type Metric } from '../../src/schemas/metrics.ts';
import { story as storySchema, type Story } from '../../src/schemas/stories.ts';
import { glossaryTerm, type GlossaryTerm } from '../../src/schemas/glossary.ts';
import { parseWithSchema } from '../../src/model/errors.ts';
import {
  baselineStatedIn,
  figureOf,
  isBaseline,
  requireFigure,
  resultIn,
  resultYearsOf,
} from '../../src/model/metrics.ts';
import { chartData, datumOf } from '../../src/charts/data.ts';
import { createContentIndex } from '../../src/model/content-index.ts';
import type { Area } from '../../src/schemas/areas.ts';
import { drawChart } from '../../src/charts/index.ts';
import { chartTable } from '../../src/charts/table.ts';
import { metricRows, metricsCsv } from '../../src/share/open-data.ts';
import { chaptersOf, neighboursOf, parentOf, readingOrder, type StoryRecord } from '../../src/model/stories.ts';
import { checkMdxWording, checkYamlWording, findAvoided, markFirstUses } from '../../src/model/glossary.ts';
import type { Chart } from '../../src/schemas/charts.ts';
import type { AreaCountsData, TargetProgressData } from '../../src/charts/types.ts';

const citations = [{ source: 'annual-review-2024', section: 'health' }];

/** A series whose 2023 value exists only as the baseline the 2024 review compares with. */
const withBaseline = metricSchema.parse({
  id: 'reach',
  area: 'health',
  unit: 'people',
  label: { en: 'children reached', zh: '惠及的儿童' },
  definition: { en: 'Children reached.', zh: '惠及的儿童人数。' },
  values: [
    { year: 2023, value: 1100000, qualifier: 'exact', statedIn: 2024, citations },
    { year: 2024, value: 2650000, qualifier: 'over', citations },
  ],
}) as Metric;

/** A series counted differently each year, each year with its own wording of what is counted. */
const countedDifferently = metricSchema.parse({
  id: 'trained',
  area: 'health',
  unit: 'people',
  label: { en: 'health workers trained', zh: '接受培训的卫生工作者' },
  definition: { en: 'Health workers trained.', zh: '接受培训的卫生工作者人数。' },
  comparable: false,
  comparabilityNote: { en: 'Counted differently.', zh: '统计口径不同。' },
  values: [
    {
      year: 2023,
      value: 748000,
      qualifier: 'almost',
      label: { en: 'health professionals trained', zh: '接受培训的卫生专业人员' },
      citations,
    },
    {
      year: 2024,
      value: 72000,
      qualifier: 'over',
      label: { en: 'primary health workers trained', zh: '接受培训的基层卫生工作者' },
      citations,
    },
  ],
}) as Metric;

const schemaMessages = (schema: Parameters<typeof parseWithSchema>[0], data: unknown, file: string) => {
  const result = parseWithSchema(schema, data, file);
  return result.ok ? [] : result.problems.map((problem) => `${problem.file}: ${problem.field}: ${problem.message}`);
};

/** A copy of the valid fixture with a 2023 year and extra or replaced files. */
function fixtureWith(files: Record<string, string>, year2023 = true): string {
  const root = brokenCopy('years/2024.yaml', (text) => text);
  const all: Record<string, string> = {
    'years/2023.yaml':
      'year: 2023\ntitle: { en: "Back in the field", zh: "重返一线" }\nintro: { en: "Work resumed.", zh: "工作恢复。" }\napproach: { en: "Pilots.", zh: "试点。" }\nfeatured: [health-services-reach]\nsources: [annual-review-2024]\n',
    ...files,
  };
  if (!year2023 && !files['years/2023.yaml']) delete all['years/2023.yaml'];
  for (const [file, text] of Object.entries(all)) {
    const path = join(root, 'content', file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  return root;
}

const baselineMetric = (statedIn = 'statedIn: 2024\n    ') =>
  `id: health-services-reach
area: health
unit: people
label: { en: "children reached", zh: "惠及的儿童" }
definition: { en: "Children reached.", zh: "惠及的儿童人数。" }
values:
  - year: 2023
    value: 1100000
    qualifier: exact
    ${statedIn}citations:
      - { source: annual-review-2024, section: health }
  - year: 2024
    value: 2650000
    qualifier: over
    citations:
      - { source: annual-review-2024, section: health }
`;

describe('baselines stated by a later review', () => {
  it('are not results of their own year, but are shown by the year that states them', () => {
    expect(isBaseline(withBaseline.values[0]!)).toBe(true);
    expect(resultIn(withBaseline, 2023)).toBeUndefined();
    expect(resultIn(withBaseline, 2024)?.value).toBe(2650000);
    expect(resultYearsOf(withBaseline)).toEqual([2024]);
    expect(baselineStatedIn(withBaseline, 2024)?.value).toBe(1100000);
    expect(figureOf(withBaseline, withBaseline.values[1]!, 'en').baseline).toBe('2023 baseline: 1.1 million');
    expect(figureOf(withBaseline, withBaseline.values[1]!, 'zh').baseline).toBe('2023年基数：110万');
    // A story of the stating year can still show the baseline itself, written as a figure.
    expect(requireFigure(createContentIndex({ metrics: [withBaseline] }).metrics, 'reach', 2023, 'en').text).toBe(
      '1.1 million',
    );
  });

  it('are labelled as the baseline in charts, tables and tooltips', () => {
    const datum = datumOf(withBaseline, withBaseline.values[0]!, 'en');
    expect(datum.yearLabel).toBe('2023 baseline');
    expect(datum.baselineText).toBe('2023 baseline stated in the 2024 review');
    expect(datumOf(withBaseline, withBaseline.values[0]!, 'zh').yearLabel).toBe('2023年基数');
    expect(datumOf(withBaseline, withBaseline.values[1]!, 'en').yearLabel).toBe('2024');

    const content = createContentIndex({
      metrics: [withBaseline],
      areas: [
        {
          id: 'health',
          name: { en: 'Health', zh: '健康' },
          summary: { en: 'Health.', zh: '健康。' },
          colour: '#00833d',
        },
      ] as Area[],
      reviewYears: [2023, 2024],
    });
    const spec = {
      id: 'reach',
      kind: 'year-comparison',
      area: 'health',
      metrics: ['reach'],
      facts: [],
      places: [],
      events: [],
      notes: [],
      title: { en: 'Reach', zh: '覆盖' },
      description: { en: 'Reach.', zh: '覆盖。' },
    } as Chart;
    const data = chartData(spec, content, 'en');
    for (const width of [360, 960]) expect(drawChart(data, width).svg).toContain('2023 baseline');
    expect(chartTable(data, 'en').rows[0]![1]!.text).toBe('2023 baseline stated in the 2024 review');

    const counts = chartData({ ...spec, kind: 'area-counts', metrics: [] } as Chart, content, 'en') as AreaCountsData;
    expect(counts.areas[0]!.counts).toEqual([0, 1]);
  });

  it('carry the flag into the open data', () => {
    const rows = metricRows([withBaseline]);
    expect(rows.map((row) => row.stated_in)).toEqual([2024, undefined]);
    expect(metricsCsv([withBaseline]).split('\r\n')[0]).toContain(',stated_in,');
  });

  it('must be stated by a later review that has a value of its own', () => {
    const early = {
      ...withBaseline,
      values: [{ ...withBaseline.values[0]!, statedIn: 2023 }, withBaseline.values[1]!],
    };
    expect(schemaMessages(metricSchema, early, 'content/metrics/reach.yaml')).toEqual([
      "content/metrics/reach.yaml: values[0].statedIn: is 2023, but a baseline is stated by a later review than its own year (2023): remove statedIn, or give the later review's year",
    ]);
    const orphan = {
      ...withBaseline,
      values: [{ ...withBaseline.values[0]!, statedIn: 2025 }, withBaseline.values[1]!],
    };
    expect(schemaMessages(metricSchema, orphan, 'content/metrics/reach.yaml')).toEqual([
      'content/metrics/reach.yaml: values[0].statedIn: is 2025, but the series has no 2025 value for this baseline to be compared with',
    ]);
  });

  it('cannot be featured as a key figure of their own year', () => {
    const root = fixtureWith({ 'metrics/health-services-reach.yaml': baselineMetric() });
    expect(messages(root)).toEqual([
      'content/years/2023.yaml: featured[0]: names the metric "health-services-reach", whose 2023 value is a baseline stated in the 2024 review, not a result of 2023: feature it in content/years/2024.yaml instead',
    ]);
  });

  it('are shown by stories of the stating year only', () => {
    const story2023 = (lang: 'en' | 'zh') =>
      `---\ntitle: "Health"\nsummary: "Health in 2023, one sentence."\nyear: 2023\narea: health\nkind: chapter\norder: 1\nsources: [annual-review-2024]\n---\n\n${lang === 'en' ? 'Reached ' : '惠及'}<Metric id="health-services-reach" year={2023} />.\n`;
    const root = fixtureWith({
      'years/2023.yaml':
        'year: 2023\ntitle: { en: "T", zh: "标题" }\nintro: { en: "I.", zh: "简介。" }\napproach: { en: "A.", zh: "方法。" }\nfeatured: [other]\nsources: [annual-review-2024]\n',
      'metrics/health-services-reach.yaml': baselineMetric(),
      'metrics/other.yaml': baselineMetric('').replace('id: health-services-reach', 'id: other'),
      'stories/en/2023/health.mdx': story2023('en'),
      'stories/zh/2023/health.mdx': story2023('zh'),
      'stories/en/2024/health.mdx':
        '---\ntitle: "Child health"\nsummary: "More children and caregivers were reached."\nyear: 2024\narea: health\nkind: chapter\norder: 1\nsources: [annual-review-2024]\n---\n\nFrom <Metric id="health-services-reach" year={2023} /> to <Metric id="health-services-reach" year={2024} />.\n',
      'stories/zh/2024/health.mdx':
        '---\ntitle: "儿童健康"\nsummary: "更多儿童及照护人获得服务。"\nyear: 2024\narea: health\nkind: chapter\norder: 1\nsources: [annual-review-2024]\n---\n\n从<Metric id="health-services-reach" year={2023} />增至<Metric id="health-services-reach" year={2024} />。\n',
    });
    const message =
      'body: shows the figure "health-services-reach" for 2023, a baseline stated in the 2024 review: it is not a result of 2023, so only 2024 stories show it (as the baseline 2024 compares with)';
    expect(messages(root)).toEqual([
      `content/stories/en/2023/health.mdx: ${message}`,
      `content/stories/zh/2023/health.mdx: ${message}`,
    ]);
  });
});

describe('series counted differently across years', () => {
  it('give each year its own label and a caveat, so cards never share one label', () => {
    const [first, second] = countedDifferently.values.map((entry) => figureOf(countedDifferently, entry, 'en'));
    expect(first!.label).toBe('health professionals trained');
    expect(second!.label).toBe('primary health workers trained');
    expect(first!.caveat).toBe('Counted differently.');
    expect(figureOf(withBaseline, withBaseline.values[1]!, 'en').caveat).toBe('');
    expect(figureOf(withBaseline, withBaseline.values[1]!, 'zh').label).toBe('惠及的儿童');
    expect(datumOf(countedDifferently, countedDifferently.values[1]!, 'zh').label).toBe('接受培训的基层卫生工作者');
    expect(metricRows([countedDifferently]).map((row) => row.label_en)).toEqual([
      'health professionals trained',
      'primary health workers trained',
    ]);
  });
});

describe('targets', () => {
  const target = metricSchema.parse({
    id: 'students-target',
    area: 'health',
    unit: 'people',
    label: { en: 'students to reach', zh: '目标惠及学生' },
    definition: { en: 'Target.', zh: '目标。' },
    values: [{ year: 2023, value: 100000, qualifier: 'over', targetYear: 2025, citations }],
  }) as Metric;
  const reached = (value: number) =>
    metricSchema.parse({
      id: 'students',
      area: 'health',
      unit: 'people',
      label: { en: 'students reached', zh: '惠及学生' },
      definition: { en: 'Reached.', zh: '惠及。' },
      values: [{ year: 2024, value, qualifier: 'over', citations }],
    }) as Metric;
  const spec = {
    id: 't',
    kind: 'target-progress',
    area: 'health',
    metrics: ['students'],
    target: 'students-target',
    facts: [],
    places: [],
    events: [],
    notes: [],
    title: { en: 'T', zh: 'T' },
    description: { en: 'D.', zh: 'D。' },
  } as Chart;
  const data = (value: number, lang: 'en' | 'zh') =>
    chartData(
      spec,
      createContentIndex({ metrics: [target, reached(value)], reviewYears: [2023, 2024] }),
      lang,
    ) as TargetProgressData;

  it('never claim a target was passed, in the chart or its table', () => {
    for (const lang of ['en', 'zh'] as const) {
      for (const value of [100000, 164500]) {
        const svg = drawChart(data(value, lang), 960).svg + drawChart(data(value, lang), 360).svg;
        const table = JSON.stringify(chartTable(data(value, lang), lang));
        for (const claim of ['Past the target', 'passed', '已超过目标', '超过目标']) {
          expect(svg).not.toContain(claim);
          expect(table).not.toContain(claim);
        }
      }
    }
  });

  it('still say how far a result short of the target has come', () => {
    expect(JSON.stringify(chartTable(data(64900, 'en'), 'en'))).toContain('64% of the target');
  });
});

describe('the Chinese wording of "over" is data', () => {
  it('is refused on a value that is not "over"', () => {
    const worded = {
      ...withBaseline,
      values: [withBaseline.values[0]!, { ...withBaseline.values[1]!, qualifier: 'almost', zhWord: '多' }],
    };
    expect(schemaMessages(metricSchema, worded, 'content/metrics/reach.yaml')).toEqual([
      'content/metrics/reach.yaml: values[1].zhWord: is only used with qualifier: over (this value is almost): remove it',
    ]);
    const unknown = {
      ...withBaseline,
      values: [withBaseline.values[0]!, { ...withBaseline.values[1]!, zhWord: '余' }],
    };
    expect(schemaMessages(metricSchema, unknown, 'content/metrics/reach.yaml')[0]).toMatch(
      /^content\/metrics\/reach\.yaml: values\[1\]\.zhWord: must be one of 超过, 逾, 多/,
    );
  });

  it('reaches every place a figure is written', () => {
    const worded = metricSchema.parse({
      ...withBaseline,
      values: [withBaseline.values[0]!, { ...withBaseline.values[1]!, value: 1100000, zhWord: '多' }],
    }) as Metric;
    expect(figureOf(worded, worded.values[1]!, 'zh').text).toBe('110多万');
    expect(figureOf(worded, worded.values[1]!, 'en').text).toBe('more than 1.1 million');
    expect(datumOf(worded, worded.values[1]!, 'zh').text).toBe('110多万');
    expect(metricRows([worded])[1]!.as_written_zh).toBe('110多万');
  });
});

const chapter = (path: string, data: Partial<Story>): StoryRecord => ({
  path,
  data: {
    title: path,
    summary: 'A summary of the story.',
    year: 2024,
    area: 'health',
    kind: 'chapter',
    order: 1,
    sources: ['annual-review-2024'],
    ...data,
  },
});

describe('stories that are part of a chapter', () => {
  const stories = [
    chapter('2024/health', { order: 1 }),
    chapter('2024/road-safety', { order: 6, partOf: 'health' }),
    chapter('2024/education', { order: 2, area: 'education' }),
    chapter('2024/green-skills', { order: 7, area: 'education', partOf: 'education' }),
    chapter('2024/south-south', { order: 3, area: 'south-south' }),
  ];

  it("are listed under their chapter, which keeps the source's numbering", () => {
    expect(
      chaptersOf(stories, 2024).map((group) => [
        group.chapter.path,
        group.chapter.data.order,
        group.parts.map((part) => part.path),
      ]),
    ).toEqual([
      ['2024/health', 1, ['2024/road-safety']],
      ['2024/education', 2, ['2024/green-skills']],
      ['2024/south-south', 3, []],
    ]);
  });

  it('are read right after their chapter', () => {
    expect(readingOrder(stories, 2024, 'chapter').map((story) => story.path)).toEqual([
      '2024/health',
      '2024/road-safety',
      '2024/education',
      '2024/green-skills',
      '2024/south-south',
    ]);
    expect(neighboursOf(stories, stories[1]!).previous?.path).toBe('2024/health');
    expect(neighboursOf(stories, stories[1]!).next?.path).toBe('2024/education');
    expect(parentOf(stories, stories[3]!)?.path).toBe('2024/education');
    expect(parentOf(stories, stories[0]!)).toBeUndefined();
  });

  it('never disappear when their chapter is missing', () => {
    const orphan = [chapter('2024/road-safety', { partOf: 'health' })];
    expect(chaptersOf(orphan, 2024).map((group) => group.chapter.path)).toEqual(['2024/road-safety']);
  });

  it('must name a numbered chapter of the same year', () => {
    const part = (lang: 'en' | 'zh', partOf: string) =>
      `---\ntitle: "Road safety"\nsummary: "A road safety pilot in western schools."\nyear: 2024\narea: health\nkind: chapter\norder: 2\npartOf: ${partOf}\nsources: [annual-review-2024]\n---\n\n${lang === 'en' ? 'Safer roads.' : '更安全的道路。'}\n`;
    expect(
      messages(
        fixtureWith(
          {
            'stories/en/2024/road-safety.mdx': part('en', 'health'),
            'stories/zh/2024/road-safety.mdx': part('zh', 'health'),
          },
          false,
        ),
      ),
    ).toEqual([]);
    expect(
      messages(
        fixtureWith(
          {
            'stories/en/2024/road-safety.mdx': part('en', 'nutrition'),
            'stories/zh/2024/road-safety.mdx': part('zh', 'health'),
          },
          false,
        ),
      ),
    ).toEqual([
      'content/stories/en/2024/road-safety.mdx: partOf: names the chapter "nutrition", which 2024 does not have: use the file name of one of its chapters in content/stories/en/2024/',
      'content/stories/en/2024/road-safety.mdx: partOf: is nutrition here but health in the Chinese version: the two languages must agree',
    ]);
  });

  it('is refused on a highlight', () => {
    const highlight = {
      title: 'A highlight',
      summary: 'A highlight of the year.',
      year: 2023,
      area: 'health',
      kind: 'highlight',
      order: 1,
      month: 5,
      partOf: 'health',
      sources: ['annual-review-2023'],
    };
    expect(schemaMessages(storySchema, highlight, 'content/stories/en/2023/highlights/x.mdx')).toEqual([
      'content/stories/en/2023/highlights/x.mdx: partOf: is only for chapters: a highlight belongs to its month, not to a chapter',
    ]);
  });
});

const terms: GlossaryTerm[] = [
  glossaryTerm.parse({
    id: 'south-south-cooperation',
    en: 'South-South cooperation',
    zh: '南南合作',
    avoid: { en: ['South South cooperation', 'South-South Cooperation'] },
    definition: { en: 'Cooperation between developing countries.', zh: '发展中国家之间的合作。' },
    source: 'annual-review-2023',
  }),
  glossaryTerm.parse({
    id: 'fund',
    en: 'Global Development and South-South Cooperation Fund',
    zh: '全球发展和南南合作基金',
    avoid: { zh: ['全球发展与南南合作基金'] },
    definition: { en: 'A fund.', zh: '一个基金。' },
    source: 'annual-review-2024',
  }),
  glossaryTerm.parse({
    id: 'turkiye',
    en: 'Türkiye',
    zh: '土耳其',
    avoid: { en: ['Turkey'] },
    definition: { en: 'A country.', zh: '一个国家。' },
    source: 'year-in-review-2023',
  }),
];

describe('glossary terms', () => {
  it('are checked by their schema, naming the field', () => {
    expect(
      schemaMessages(
        glossaryTerm,
        {
          id: 'x',
          en: 'x',
          zh: '叉',
          avoid: { en: ['x'] },
          definition: { en: 'A.', zh: '甲。' },
          source: 'annual-review-2024',
        },
        'content/glossary.yaml',
      ),
    ).toEqual(['content/glossary.yaml: avoid.en[0]: is the preferred wording itself ("x"): remove it from avoid']);
    expect(
      schemaMessages(
        glossaryTerm,
        { id: 'x', en: 'x', zh: '叉', definition: { en: 'A.' }, source: 'annual-review-2024' },
        'content/glossary.yaml',
      )[0],
    ).toMatch(/^content\/glossary\.yaml: definition\.zh: /);
  });

  it('in the content file are checked like other content, sources included', () => {
    const root = fixtureWith({
      'glossary.yaml':
        '- id: Bad Id\n  en: x\n  zh: 叉\n  definition: { en: "A.", zh: "甲。" }\n  source: annual-review-2024\n- id: ok\n  en: y\n  zh: 乙\n  definition: { en: "B.", zh: "乙。" }\n  source: nowhere\n',
    });
    expect(messages(root).filter((line) => line.startsWith('content/glossary.yaml'))).toEqual([
      'content/glossary.yaml: [0].id: must be an id: lowercase letters, digits and hyphens, like "newborn-care-training" (found "Bad Id")',
      'content/glossary.yaml: [1].source: names the source "nowhere", which is not in content/sources.yaml (known: "annual-review-2024")',
    ]);
  });

  it('find avoided wordings exactly, as whole words, and not inside an accepted name', () => {
    const found = findAvoided(
      'Turkey and Turkeys; South South cooperation; the Global Development and South-South Cooperation Fund; 全球发展与南南合作基金',
      terms,
    );
    expect(found.map((use) => [use.found, use.term.id, use.lang])).toEqual([
      ['Turkey', 'turkiye', 'en'],
      ['South South cooperation', 'south-south-cooperation', 'en'],
      ['全球发展与南南合作基金', 'fund', 'zh'],
    ]);
    expect(findAvoided('turkey sandwiches', terms)).toEqual([]);
  });

  it('flag a story with file, line, field, the wording found and the preferred one', () => {
    const mdx = '---\ntitle: "Partners in Turkey"\nsummary: "One."\n---\n\nLine six.\nChery works in Turkey.\n';
    expect(checkMdxWording('content/stories/en/2023/x.mdx', mdx, terms)).toEqual([
      {
        file: 'content/stories/en/2023/x.mdx',
        line: 2,
        field: 'title',
        message: 'uses “Turkey”, a wording the glossary avoids: write “Türkiye” (content/glossary.yaml, term turkiye)',
      },
      {
        file: 'content/stories/en/2023/x.mdx',
        line: 7,
        field: 'body',
        message: 'uses “Turkey”, a wording the glossary avoids: write “Türkiye” (content/glossary.yaml, term turkiye)',
      },
    ]);
  });

  it('flag a metric or chart text with its line and field path, never its ids', () => {
    const yaml =
      'id: turkey-partners\nlabel:\n  en: "Partners"\n  zh: "合作伙伴"\nvalues:\n  - year: 2023\n    items:\n      - { id: turkey, en: Turkey, zh: "土耳其" }\n    note:\n      zh: "来自全球发展与南南合作基金。"\n';
    const found = checkYamlWording('content/metrics/x.yaml', yaml, terms);
    expect(found.map((problem) => [problem.line, problem.field, problem.message.split(',')[0]])).toEqual([
      [8, 'values[0].items[0].en', 'uses “Turkey”'],
      [10, 'values[0].note.zh', 'uses “全球发展与南南合作基金”'],
    ]);
  });

  it('make check:content fail on the fixture when a story uses an avoided wording', () => {
    const root = brokenCopy('stories/en/2024/health.mdx', (text) => `${text}\nSouth South cooperation grew.\n`);
    expect(messages(root)).toEqual([
      'content/stories/en/2024/health.mdx:13: body: uses “South South cooperation”, a wording the glossary avoids: write “South-South cooperation” (content/glossary.yaml, term south-south-cooperation)',
    ]);
  });
});

describe('dates in charts', () => {
  it('date a timeline event as each language does: January 2023 / 2023年1月', () => {
    const spec = {
      id: 'timeline',
      kind: 'timeline',
      area: 'health',
      metrics: [],
      facts: [],
      places: [],
      notes: [],
      year: 2023,
      events: [
        {
          month: 1,
          slug: 'toilets',
          title: { en: 'Toilets', zh: '厕所' },
          area: 'health',
          citation: { source: 'year-in-review-2023', section: 'jan' },
        },
      ],
      title: { en: 'Year', zh: '年度' },
      description: { en: 'Events.', zh: '事件。' },
    } as Chart;
    const content = createContentIndex({
      areas: [{ id: 'health', name: { en: 'Health', zh: '健康' } }] as Area[],
      reviewYears: [2023],
    });
    const zh = chartData(spec, content, 'zh');
    const svg = drawChart(zh, 960).svg + drawChart(zh, 360).svg;
    expect(svg).toContain('aria-label="2023年1月：厕所（健康）"');
    expect(svg).not.toMatch(/\d+月 2023/);
    expect(JSON.stringify(chartTable(zh, 'zh'))).toContain('"2023年1月"');
    expect(drawChart(chartData(spec, content, 'en'), 960).svg).toContain('aria-label="January 2023: Toilets (Health)"');
  });
});

describe('first uses of glossary terms on a page', () => {
  it('link the first use in running text to the definition, once per term, in order of use', () => {
    const html =
      '<h2>South-South cooperation</h2><p>Through <a href="/x">South-South cooperation</a> and south-south cooperation in Türkiye.</p><p>More South-South cooperation.</p>';
    const { html: out, used } = markFirstUses(html, terms, 'en');
    expect(out).toBe(
      '<h2>South-South cooperation</h2><p>Through <a href="/x">South-South cooperation</a> and <a class="term" href="#term-south-south-cooperation">south-south cooperation</a> in <a class="term" href="#term-turkiye">Türkiye</a>.</p><p>More South-South cooperation.</p>',
    );
    expect(used.map((term) => [term.id, term.anchor, term.term])).toEqual([
      ['south-south-cooperation', 'term-south-south-cooperation', 'South-South cooperation'],
      ['turkiye', 'term-turkiye', 'Türkiye'],
    ]);
  });

  it('leave charts, tables and attributes alone', () => {
    const html =
      '<figure><svg><text>南南合作</text></svg></figure><table><tr><td>南南合作</td></tr></table><p title="南南合作">通过南南合作。</p>';
    const { html: out, used } = markFirstUses(html, terms, 'zh');
    expect(out).toBe(
      '<figure><svg><text>南南合作</text></svg></figure><table><tr><td>南南合作</td></tr></table><p title="南南合作">通过<a class="term" href="#term-south-south-cooperation">南南合作</a>。</p>',
    );
    expect(used.map((term) => term.definition)).toEqual(['发展中国家之间的合作。']);
  });

  it('mark nothing when no term is used', () => {
    expect(markFirstUses('<p>Nothing here.</p>', terms, 'en')).toEqual({ html: '<p>Nothing here.</p>', used: [] });
  });
});
