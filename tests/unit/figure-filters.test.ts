/**
 * The open-data page's filters as the address writes them (src/browser/figure-filters.ts) and the
 * explorer's facts about a figure (src/views/data-view.ts), over the chart fixture's metrics.
 */
import { describe, expect, it } from 'vitest';
import {
  filtersFromQuery,
  filtersToQuery,
  matchesFilters,
  noFilters,
  normaliseText,
  type FigureFacts,
} from '../../src/browser/figure-filters.ts';
import { explorerFacts } from '../../src/views/data-view.ts';
import { fixtureContent } from './chart-helpers.ts';

const choices = { areas: ['health', 'education'], years: ['2023', '2024'] };

describe('filters in the address', () => {
  it('read back what they write, in a fixed order, leaving out what is not filtered', () => {
    const filters = { area: 'health', year: '2024', comparable: 'no' as const, q: 'newborn care' };
    expect(filtersToQuery(filters)).toBe('area=health&year=2024&comparable=no&q=newborn+care');
    expect(filtersFromQuery(`?${filtersToQuery(filters)}`, choices)).toEqual(filters);
    expect(filtersToQuery(noFilters)).toBe('');
    expect(filtersToQuery({ ...noFilters, q: '新生儿' })).toBe('q=%E6%96%B0%E7%94%9F%E5%84%BF');
    expect(filtersFromQuery('q=%E6%96%B0%E7%94%9F%E5%84%BF', choices).q).toBe('新生儿');
  });

  it('ignore unknown areas, years, comparability values and parameters, so an old link still opens', () => {
    expect(filtersFromQuery('?area=space&year=1999&comparable=maybe&utm_source=x&q=%20%20', choices)).toEqual(
      noFilters,
    );
  });
});

describe('matching a figure', () => {
  const facts: FigureFacts = {
    area: 'health',
    years: ['2023', '2024'],
    comparable: false,
    text: normaliseText(
      'Health workers trained in early essential newborn care | 接受新生儿早期基本保健培训的卫生工作者',
    ),
  };

  it('passes every filter that matches and fails on any that does not', () => {
    expect(matchesFilters(facts, noFilters)).toBe(true);
    expect(matchesFilters(facts, { area: 'health', year: '2024', comparable: 'no', q: 'Newborn  CARE' })).toBe(true);
    expect(matchesFilters(facts, { ...noFilters, area: 'education' })).toBe(false);
    expect(matchesFilters(facts, { ...noFilters, year: '2025' })).toBe(false);
    expect(matchesFilters(facts, { ...noFilters, comparable: 'yes' })).toBe(false);
    expect(matchesFilters(facts, { ...noFilters, q: 'newborn vaccine' })).toBe(false);
  });

  it('finds a figure by its name in either language and by full-width letters', () => {
    expect(matchesFilters(facts, { ...noFilters, q: '新生儿' })).toBe(true);
    expect(matchesFilters(facts, { ...noFilters, q: 'ｎｅｗｂｏｒｎ' })).toBe(true);
  });
});

describe("the explorer's facts about a figure", () => {
  const { chartContent } = fixtureContent();

  it('name its years (a baseline counts for its own year), its comparability and its names in both languages', () => {
    for (const metric of chartContent.metrics.all) {
      const facts = explorerFacts(metric);
      expect(facts['data-years'].split(' ').map(Number)).toEqual(metric.values.map((entry) => entry.year).sort());
      expect(facts['data-comparable']).toBe(String(metric.comparable));
      for (const text of [metric.label.en, metric.label.zh, metric.id]) expect(facts['data-text']).toContain(text);
      for (const entry of metric.values) if (entry.label) expect(facts['data-text']).toContain(entry.label.zh);
    }
  });
});
