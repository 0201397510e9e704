import { describe, expect, it } from 'vitest';
import {
  counterpartsOf,
  highlightsByMonth,
  neighboursOf,
  storiesOf,
  storyRoute,
  type StoryRecord,
} from '../../src/model/stories.ts';
import { storyReferences } from '../../src/checks/story-references.ts';

const story = (path: string, data: Partial<StoryRecord['data']>): StoryRecord => ({
  path,
  data: {
    title: path,
    summary: 'A summary of the story.',
    year: 2023,
    area: 'health',
    kind: 'chapter',
    order: 1,
    sources: ['annual-review-2023'],
    ...data,
  },
});

const stories = [
  story('2023/education', { order: 2 }),
  story('2023/health', { order: 1 }),
  story('2023/south-south', { order: 3, area: 'south-south' }),
  story('2024/health', { year: 2024, order: 1 }),
  story('2024/road-safety', { year: 2024, order: 2 }),
  story('2023/highlights/healthy-food', { kind: 'highlight', order: 6, month: 9 }),
  story('2023/highlights/girls-in-science', { kind: 'highlight', order: 4, month: 8 }),
  story('2023/highlights/early-childhood-development', { kind: 'highlight', order: 5, month: 8 }),
];

describe('stories', () => {
  it('routes follow file paths', () => {
    expect(storyRoute(stories[0]!)).toBe('2023/education/');
  });

  it('orders a year’s chapters', () => {
    expect(storiesOf(stories, 2023, 'chapter').map((entry) => entry.path)).toEqual([
      '2023/health',
      '2023/education',
      '2023/south-south',
    ]);
  });

  it('finds previous and next chapters within the year', () => {
    const { previous, next } = neighboursOf(stories, stories[0]!);
    expect(previous?.path).toBe('2023/health');
    expect(next?.path).toBe('2023/south-south');
    expect(neighboursOf(stories, stories[1]!).previous).toBeUndefined();
    expect(neighboursOf(stories, stories[2]!).next).toBeUndefined();
  });

  it('links a chapter to the other year’s chapter on the same subject only', () => {
    expect(counterpartsOf(stories, stories[1]!).map((entry) => entry.path)).toEqual(['2024/health']);
    expect(counterpartsOf(stories, stories[3]!).map((entry) => entry.path)).toEqual(['2023/health']);
    expect(counterpartsOf(stories, stories[4]!)).toEqual([]);
    expect(counterpartsOf(stories, stories[5]!)).toEqual([]);
  });

  it('groups highlights by month in calendar order', () => {
    expect(
      highlightsByMonth(stories, 2023).map(({ month, stories: list }) => [month, list.map((entry) => entry.path)]),
    ).toEqual([
      [8, ['2023/highlights/girls-in-science', '2023/highlights/early-childhood-development']],
      [9, ['2023/highlights/healthy-food']],
    ]);
  });
});

describe('storyReferences', () => {
  it('reads figures, stat grids and charts from MDX', () => {
    const body = [
      'Trained <Metric id="newborn-care-training" year={2023} /> health workers.',
      '',
      '<StatGrid year={2024} ids={[\'health-services-reach\', "ecd-coverage"]} />',
      '',
      '<Chart id="newborn-care-training" />',
      '',
      '<ScrollStory chart="health-services-reach">',
      '  <Step>Text</Step>',
      '</ScrollStory>',
    ].join('\n');
    expect(storyReferences(body)).toEqual({
      metrics: ['ecd-coverage@2024', 'health-services-reach@2024', 'newborn-care-training@2023'],
      charts: ['health-services-reach', 'newborn-care-training'],
      // Reading order, for a story poster's lead figure.
      inOrder: ['newborn-care-training@2023', 'health-services-reach@2024', 'ecd-coverage@2024'],
    });
  });

  it('reads attributes in any order, quoted or as expressions, and tags over several lines', () => {
    const body = [
      'Reached <Metric year={2024} part="online" id={"newborn-care-training"} /> and <Metric',
      '  year={ 2023 }',
      "  id='ecd-coverage'",
      '/> people.',
      '',
      '<StatGrid',
      '  ids={[',
      "    'health-services-reach',",
      '    `one-stop-centres`,',
      '  ]}',
      '  year={2024}',
      '/>',
      '',
      '<Chart',
      '  id={`ssc-funding`}',
      '/>',
    ].join('\n');
    expect(storyReferences(body)).toEqual({
      metrics: [
        'ecd-coverage@2023',
        'health-services-reach@2024',
        'newborn-care-training@2024#online',
        'one-stop-centres@2024',
      ],
      charts: ['ssc-funding'],
      inOrder: [
        'newborn-care-training@2024#online',
        'ecd-coverage@2023',
        'health-services-reach@2024',
        'one-stop-centres@2024',
      ],
    });
  });

  it('ignores tags in comments, code spans and code blocks', () => {
    const body = [
      '{/* <Metric id="commented-out" year={2024} /> */}',
      'Write `<Metric id="in-code" year={2024} />` to show a figure.',
      '',
      '```mdx',
      '<Chart id="in-a-code-block" />',
      '```',
      '',
      'Shown: <Metric id="shown" year={2024} />.',
    ].join('\n');
    expect(storyReferences(body)).toEqual({ metrics: ['shown@2024'], charts: [], inOrder: ['shown@2024'] });
  });

  it('keeps what an editor wrote where the value is not a literal, so the check can name it', () => {
    expect(storyReferences('<Metric id="partners" year={thisYear} />').metrics).toEqual(['partners@thisYear']);
  });

  it('reads nothing from a body that is not valid MDX (the MDX check reports it), marks it incomplete, and does not throw', () => {
    expect(storyReferences('<Metric id="x" year={2024}')).toEqual({
      metrics: [],
      charts: [],
      inOrder: [],
      incomplete: true,
    });
  });
});

import { activeStepIndex } from '../../src/browser/scroll-steps.ts';

describe('activeStepIndex', () => {
  const boxes = (...tops: number[]) => tops.map((top) => ({ top, bottom: top + 400 }));
  it('is -1 before the first step reaches the reading line', () => {
    expect(activeStepIndex(boxes(700, 1100, 1500), 1000)).toBe(-1);
  });
  it('is the last step whose top passed the reading line', () => {
    expect(activeStepIndex(boxes(500, 900, 1300), 1000)).toBe(0);
    expect(activeStepIndex(boxes(-300, 100, 500), 1000)).toBe(2);
    expect(activeStepIndex(boxes(-900, -500, -100), 1000)).toBe(2);
  });
});
