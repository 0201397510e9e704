/**
 * No story types a number that is also a metric value: figures come from content/metrics through
 * <Metric>, <StatGrid> and <Chart>, so the English page, the Chinese page and the data agree.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkContent, splitFrontmatter } from '../../src/checks/content-files.ts';
import { mdxProse, typedNumbers } from '../../src/checks/typed-numbers.ts';

const root = join(import.meta.dirname, '../..');
const { content } = checkContent(root);

/** Every value a metric states, with its unit kind: totals, breakdown parts and equivalents. */
const metricValues = content.metrics.flatMap(({ data }) =>
  data.values.flatMap((entry) => [
    { id: data.id, value: entry.value, percent: data.unit === 'percent' },
    ...(entry.breakdown ?? []).map((part) => ({ id: `${data.id}#${part.id}`, value: part.value, percent: false })),
    ...(entry.equivalent ? [{ id: `${data.id} (equivalent)`, value: entry.equivalent.value, percent: false }] : []),
  ]),
);

describe('typedNumbers', () => {
  it('reads numbers as each language writes them', () => {
    expect(
      typedNumbers('almost 748,000 health workers, 2.65 million people, 74.8万名, 13%').map((found) => found.value),
    ).toEqual([748000, 2650000, 748000, 13]);
  });

  it('ignores years, age ranges and links', () => {
    expect(typedNumbers('In 2024, children aged 0-3 and 0—6岁儿童 https://bit.ly/3Hk5oJy 2024年9月')).toEqual([]);
  });

  it('reads only the prose of MDX: not attributes, comments or code, and never joins digits across a component', () => {
    const body = [
      'Reached <Metric id="x" year={2024} part="p-13" /> children {/* was 748,000 */} in `2,053` places.',
      '',
      '<StatGrid',
      '  year={2024}',
      "  ids={['a', 'b']}",
      '/>',
      '',
      '<Callout>More than 5,000 schools</Callout>',
      '',
      '1<Metric id="y" year={2023} />2',
    ].join('\n');
    expect(typedNumbers(mdxProse(body)).map((found) => found.value)).toEqual([5000, 1, 2]);
  });

  it('ignores dates in both languages: English ones too ("On 20 November" was read as the figure 20)', () => {
    expect(
      typedNumbers('On 20 November 2024, on November 20th, from 1-3 March, on Sept. 5 and 11月20日').map(
        (found) => found.text,
      ),
    ).toEqual([]);
    expect(typedNumbers('20 children in May 2024').map((found) => found.text)).toEqual(['20']);
  });

  it('ignores {metric@year} tokens and reads "per cent" as a percentage', () => {
    expect(
      typedNumbers('about {share-of-worlds-children@2024} of children, {newborn-care-training@2024/online}'),
    ).toEqual([]);
    expect(typedNumbers('about 13 per cent')).toEqual([{ text: '13 per cent', value: 13, percent: true }]);
  });
});

describe('stories', () => {
  const stories = (['en', 'zh'] as const).flatMap((lang) =>
    content.stories[lang].map((entry) => ({ file: entry.file, text: readFileSync(join(root, entry.file), 'utf8') })),
  );

  it('exist, so this test checks something', () => {
    expect(stories.length).toBeGreaterThan(10);
  });

  it.each(stories.map((story) => [story.file, story.text] as const))(
    '%s types no figure that is a metric',
    (_file, text) => {
      const split = splitFrontmatter(text)!;
      const { title, summary } = parseYaml(split.frontmatter) as { title: string; summary: string };
      const offending = typedNumbers(`${title}\n${summary}\n${mdxProse(split.body)}`).flatMap((found) =>
        metricValues
          .filter((metric) => metric.value === found.value && metric.percent === found.percent)
          .map(
            (metric) =>
              `"${found.text}" is the value of ${metric.id}: write <Metric id="${metric.id.split(/[#\s]/)[0]}" year={…} /> instead`,
          ),
      );
      expect(offending).toEqual([]);
    },
  );
});

/** A typed number in other prose an editor writes: what it copies, and how to show it instead. */
const copies = (text: string, instead: (id: string) => string) =>
  typedNumbers(text).flatMap((found) =>
    metricValues
      .filter((metric) => metric.value === found.value && metric.percent === found.percent)
      .map(
        (metric) =>
          `"${found.text}" is the value of ${metric.id}: write ${instead(metric.id.split(/[#\s]/)[0]!)} instead`,
      ),
  );

describe('year texts and standing pages', () => {
  it.each(content.years.map((entry) => [entry.file, entry.data] as const))(
    '%s types no figure that is a metric',
    (_file, year) => {
      const texts = (['en', 'zh'] as const).flatMap((lang) => [
        year.title[lang],
        year.intro[lang],
        year.approach[lang],
      ]);
      expect(copies(texts.join('\n'), (id) => `{${id}@${year.year}}`)).toEqual([]);
    },
  );

  const pages = (['en', 'zh'] as const).flatMap((lang) => content.pages[lang].map((entry) => entry.file));
  it.each(pages)('%s types no figure that is a metric', (file) => {
    const split = splitFrontmatter(readFileSync(join(root, file), 'utf8'))!;
    const { title, description } = parseYaml(split.frontmatter) as { title: string; description: string };
    expect(
      copies(`${title}\n${description}\n${mdxProse(split.body)}`, (id) => `<Metric id="${id}" year={…} />`),
    ).toEqual([]);
  });
});
