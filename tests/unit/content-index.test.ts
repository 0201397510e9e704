/**
 * The content index (src/model/content-index.ts): look-ups by id, the errors a missing id gives,
 * citations resolved and grouped in one place, and the per-index memo the views are built on.
 * Over small hand-made entries and the chart fixture (tests/fixtures/charts/), never content/.
 */
import { describe, expect, it } from 'vitest';
import { catalogue, createContentIndex, memoPerIndex } from '../../src/model/content-index.ts';
import type { Area } from '../../src/schemas/areas.ts';
import type { Source } from '../../src/schemas/sources.ts';
import type { ReviewYear } from '../../src/schemas/years.ts';
import { fixtureContent } from './chart-helpers.ts';

const source = (id: string, sections: string[]): Source => ({
  id,
  title: { en: `Doc ${id}`, zh: `文件${id}` },
  publisher: { en: 'UNICEF', zh: '联合国儿童基金会' },
  language: 'en',
  kind: 'report',
  url: `https://example.org/${id}`,
  sections: sections.map((section) => ({ id: section, title: { en: `Sec ${section}`, zh: `章${section}` } })),
});
const area = (id: string) => ({ id, name: { en: id, zh: id }, summary: { en: id, zh: id }, colour: '#00833d' }) as Area;

const index = createContentIndex({
  sources: [source('a', ['x', 'y']), source('b', ['z'])],
  areas: [area('health'), area('education')],
  years: [{ year: 2024 }, { year: 2023 }] as ReviewYear[],
  stories: [
    { lang: 'en', path: '2024/health', data: {} },
    { lang: 'zh', path: '2024/health', data: {} },
  ],
});

describe('the content index', () => {
  it('finds an entry by id, and gives undefined for an unknown id', () => {
    expect(index.areas.get('education')?.id).toBe('education');
    expect(index.areas.get('nope')).toBeUndefined();
    expect(index.sources.require('b').title.en).toBe('Doc b');
    expect(index.years.get('2023')?.year).toBe(2023);
    expect(index.stories.get('zh/2024/health')?.lang).toBe('zh');
  });

  it('keeps the order it was given, and lists ids in it', () => {
    expect(index.areas.ids).toEqual(['health', 'education']);
    expect(index.areas.all.map((entry) => entry.id)).toEqual(['health', 'education']);
    expect(index.reviewYears).toEqual([2024, 2023]);
    expect(index.storiesOf('en').map((story) => story.path)).toEqual(['2024/health']);
  });

  it('names the collection, the id, the file that would hold it and the known ids when a required entry is missing', () => {
    expect(() => index.areas.require('nutrition')).toThrow(
      'The programme area "nutrition" does not exist: there is no entry "id: nutrition" in content/areas.yaml (known: health, education)',
    );
    expect(() => index.metrics.require('reach')).toThrow(
      'The metric "reach" does not exist: there is no content/metrics/reach.yaml (known: none)',
    );
    const charts = fixtureContent().chartContent.charts;
    expect(() => charts.require('no-such-chart')).toThrow(
      /^The chart "no-such-chart" does not exist: there is no content\/charts\/no-such-chart\.yaml \(known: .*health-services-reach/,
    );
  });

  it('keeps the first of two entries with the same id (the content check reports the second)', () => {
    const list = catalogue('areas', [area('health'), { ...area('health'), colour: '#000000' }], (entry) => entry.id);
    expect(list.require('health').colour).toBe('#00833d');
    expect(list.ids).toEqual(['health']);
  });

  it('resolves citations in the page language, leaving out the ones that name nothing', () => {
    const citations = [
      { source: 'a', section: 'y' },
      { source: 'gone', section: 'x' },
      { source: 'a', section: 'gone' },
      { source: 'b', section: 'z' },
    ];
    expect(
      index.resolveCitations(citations, 'zh').map((citation) => [citation.source.id, citation.sectionTitle]),
    ).toEqual([
      ['a', '章y'],
      ['b', '章z'],
    ]);
  });

  it('groups citations by document, each section once, in first-cited order', () => {
    const groups = index.groupCitations(
      [
        { source: 'b', section: 'z' },
        { source: 'a', section: 'y' },
        { source: 'a', section: 'x' },
        { source: 'a', section: 'y' },
      ],
      'en',
    );
    expect(groups.map((group) => [group.source.id, group.sections])).toEqual([
      ['b', ['Sec z']],
      ['a', ['Sec y', 'Sec x']],
    ]);
  });
});

describe('values memoised on an index', () => {
  it('are computed once per index and key, and again for another index', () => {
    const memo = memoPerIndex<{ n: number }>();
    let calls = 0;
    const compute = () => ({ n: ++calls });
    const first = memo(index, 'k', compute);
    expect(memo(index, 'k', compute)).toBe(first);
    expect(memo(index, 'other', compute)).not.toBe(first);
    const another = createContentIndex({});
    expect(memo(another, 'k', compute)).not.toBe(first);
    expect(calls).toBe(3);
  });
});
