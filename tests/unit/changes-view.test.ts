/**
 * The "What changed" view (src/views/changes-view.ts) over the frozen chart fixture
 * (tests/fixtures/charts/content/), whose metrics hold the hard cases: a baseline stated by a later
 * review, a series marked comparable: false, "more than" after an exact figure, figures of one year
 * only. Variants of it (another review year, other qualifiers) are built in the test from the same
 * fixture, so no expectation depends on the site's live content.
 */
import { describe, expect, it } from 'vitest';
import { changeStep, changesView } from '../../src/views/changes-view.ts';
import { createContentIndex, type ContentIndex } from '../../src/model/content-index.ts';
import type { Metric, MetricValue } from '../../src/schemas/metrics.ts';
import { languages, type Lang } from '../../src/i18n/languages.ts';
import { chartPath, figurePath } from '../../src/routes/urls.ts';
import { fixtureContent } from './chart-helpers.ts';

const fixture = fixtureContent().chartContent;

/** The fixture's index with some metrics replaced or added and, optionally, other review years. */
function variant(metrics: Metric[], reviewYears?: number[]): ContentIndex {
  const ids = new Set(metrics.map((metric) => metric.id));
  return createContentIndex({
    sources: fixture.sources.all,
    areas: fixture.areas.all,
    years: fixture.years.all,
    charts: fixture.charts.all,
    metrics: [...fixture.metrics.all.filter((metric) => !ids.has(metric.id)), ...metrics],
    reviewYears: reviewYears ?? fixture.reviewYears,
  });
}

const row = (index: ContentIndex, id: string, lang: Lang) =>
  changesView(index, lang)
    .groups.flatMap((group) => group.rows)
    .find((candidate) => candidate.id === id)!;

const metric = (id: string) => fixture.metrics.require(id);

/** A copy of a fixture metric with its two values replaced (years kept). */
function withValues(id: string, older: Partial<MetricValue>, newer: Partial<MetricValue>, extra: Partial<Metric> = {}) {
  const base = metric(id);
  const [first, second] = [...base.values].sort((a, b) => a.year - b.year);
  return {
    ...base,
    ...extra,
    values: [
      { ...first!, ...older },
      { ...second!, ...newer },
    ],
  } as Metric;
}

describe('the What changed view', () => {
  it('lists every metric once per language, grouped by area, with a cell per review year, oldest first', () => {
    const years = [...fixture.reviewYears].sort((a, b) => a - b);
    for (const lang of languages) {
      const view = changesView(fixture, lang);
      const ids = view.groups.flatMap((group) => group.rows.map((entry) => entry.id));
      expect(ids.sort()).toEqual([...fixture.metrics.ids].sort());
      expect(view.years).toEqual(years);
      expect([view.from, view.to]).toEqual([years[0], years.at(-1)]);
      for (const entry of view.groups.flatMap((group) => group.rows)) {
        expect(entry.cells.map((cell) => cell.year)).toEqual(years);
        expect(entry.steps).toHaveLength(years.length - 1);
        expect(entry.href).toBe(figurePath(lang, entry.id));
      }
    }
  });

  it('is computed once per index and language', () => {
    expect(changesView(fixture, 'zh')).toBe(changesView(fixture, 'zh'));
    expect(changesView(fixture, 'en')).not.toBe(changesView(fixture, 'zh'));
  });

  it('works out an exact change with its percentage, a baseline included, in both languages', () => {
    const en = row(fixture, 'child-protection-counties', 'en');
    const step = en.steps[0]!;
    expect(step).toMatchObject({ kind: 'change', bound: 'exact', difference: 5, percent: 42 });
    expect(step.text).toBe('Up 5 (42%)');
    expect(row(fixture, 'child-protection-counties', 'zh').steps[0]!.text).toBe('增加5（42%）');
    // The 2023 value is a baseline stated by the 2024 review: its cell says so.
    expect(en.cells[0]!.baseline).toBe('2023 baseline stated in the 2024 review');
  });

  it('says "no change" for two equal exact figures', () => {
    expect(row(fixture, 'provinces-reached', 'en').steps[0]).toMatchObject({
      kind: 'change',
      difference: 0,
      text: 'No change',
    });
    expect(row(fixture, 'provinces-reached', 'zh').steps[0]!.text).toBe('没有变化');
  });

  it('gives a rise from an exact figure to "more than" as a lower bound, its percentage rounded down', () => {
    const step = row(fixture, 'health-services-reach', 'en').steps[0]!;
    expect(step).toMatchObject({ kind: 'change', bound: 'more-than', difference: 1_550_000, percent: 140 });
    expect(step.text).toBe('Up more than 1.55 million (more than 140%)');
    expect(row(fixture, 'health-services-reach', 'zh').steps[0]!.text).toBe('增加超过155万（超过140%）');
    expect(row(fixture, 'one-stop-centres', 'en').steps[0]!.text).toBe('Up more than 647 (more than 31%)');
  });

  it('gives no change for a series counted differently, with its note as the reason', () => {
    const source = metric('newborn-care-training');
    expect(source.comparable).toBe(false);
    for (const lang of languages) {
      const step = row(fixture, source.id, lang).steps[0]!;
      expect(step.kind).toBe('not-comparable');
      expect(step.text).toContain(source.comparabilityNote![lang]);
      expect(step).not.toHaveProperty('difference');
    }
    // Each year's own wording is shown beside its value.
    expect(row(fixture, source.id, 'en').cells.map((cell) => cell.label)).toEqual(
      [...source.values].sort((a, b) => a.year - b.year).map((entry) => entry.label?.en ?? ''),
    );
  });

  it('says which year has no figure when only one is stated', () => {
    const single = fixture.metrics.all.find((candidate) => candidate.values.length === 1)!;
    const [from, to] = [...fixture.reviewYears].sort((a, b) => a - b);
    const missing = single.values[0]!.year === from ? to : from;
    expect(row(fixture, single.id, 'en').steps[0]).toMatchObject({
      kind: 'missing',
      text: `No figure for ${missing}, so there is nothing to compare.`,
    });
    expect(row(fixture, single.id, 'zh').steps[0]!.text).toBe(`${missing}年没有这项数据，无从比较。`);
    // The page lists only the steps both of whose years are stated; this one is told by its empty cell.
    expect(row(fixture, single.id, 'en').compared).toEqual([]);
    expect(row(fixture, 'child-protection-counties', 'en').compared).toEqual(
      row(fixture, 'child-protection-counties', 'en').steps,
    );
  });

  it('gives no change where the wording leaves its size open, for targets and for proportions', () => {
    const open = (older: Partial<MetricValue>, newer: Partial<MetricValue>) =>
      changeStep(withValues('provinces-reached', older, newer), 2023, 2024, 'en').kind;
    expect(open({ qualifier: 'about', value: 13 }, { qualifier: 'about', value: 13 })).toBe('approximate');
    expect(open({ qualifier: 'over', value: 40 }, { qualifier: 'over', value: 40 })).toBe('approximate');
    expect(open({ qualifier: 'exact', value: 10 }, { qualifier: 'up-to', value: 20 })).toBe('approximate');
    // "Almost 100, then exactly 90": the fall is less than 10, not more; no bound in the site's words.
    expect(open({ qualifier: 'almost', value: 100 }, { qualifier: 'exact', value: 90 })).toBe('approximate');
    expect(open({ qualifier: 'exact', value: 10 }, { qualifier: 'target', value: 20 })).toBe('target');
    expect(open({ qualifier: 'exact', value: 10 }, { qualifier: 'exact', value: 20, targetYear: 2030 })).toBe('target');
    const oneIn = withValues('provinces-reached', { value: 6 }, { value: 5 }, { unit: 'one-in' });
    expect(changeStep(oneIn, 2023, 2024, 'en').kind).toBe('ratio');
    expect(changeStep(oneIn, 2023, 2024, 'zh').text).toBe('不计算变化：该数字是比例（“……分之一”），不是数量。');
  });

  it('bounds a fall from "more than" to an exact figure, and never divides by zero', () => {
    const fall = withValues('provinces-reached', { qualifier: 'over', value: 200 }, { qualifier: 'exact', value: 150 });
    expect(changeStep(fall, 2023, 2024, 'en')).toMatchObject({
      kind: 'change',
      bound: 'more-than',
      difference: -50,
      percent: -25,
      text: 'Down more than 50 (more than 25%)',
    });
    expect(changeStep(fall, 2023, 2024, 'zh').text).toBe('减少超过50（超过25%）');
    const fromZero = withValues('provinces-reached', { value: 0 }, { value: 3 });
    expect(changeStep(fromZero, 2023, 2024, 'en')).toMatchObject({ difference: 3, percent: undefined, text: 'Up 3' });
  });

  it('writes a change of percentages in percentage points, never as a percentage of a percentage', () => {
    const share = withValues('provinces-reached', { value: 13.5 }, { value: 15.25 }, { unit: 'percent' });
    expect(changeStep(share, 2023, 2024, 'en')).toMatchObject({
      difference: 1.75,
      percent: undefined,
      text: 'Up 1.75 percentage points',
    });
    expect(changeStep(share, 2023, 2024, 'zh').text).toBe('增加1.75个百分点');
  });

  it('links each figure to the charts that draw it, and to none that only counts figures', () => {
    for (const lang of languages) {
      for (const entry of changesView(fixture, lang).groups.flatMap((group) => group.rows)) {
        const drawing = fixture.charts.all.filter(
          (chart) => chart.metrics.includes(entry.id) || (chart as { target?: string }).target === entry.id,
        );
        expect(entry.charts.map((chart) => chart.href).sort(), entry.id).toEqual(
          drawing.map((chart) => chartPath(lang, chart.id)).sort(),
        );
      }
    }
    expect(row(fixture, 'one-stop-centres', 'en').charts.map((chart) => chart.id)).toContain('one-stop-centres');
  });

  it('takes its years from the content: a new review year adds a column and a comparison with no code change', () => {
    const years = [...fixture.reviewYears, Math.max(...fixture.reviewYears) + 1].sort((a, b) => a - b);
    const next = years.at(-1)!;
    const base = metric('provinces-reached');
    const grown: Metric = {
      ...base,
      values: [...base.values, { ...base.values.at(-1)!, year: next, value: 32, qualifier: 'exact' }],
    };
    const index = variant([grown], years);
    const view = changesView(index, 'en');
    expect(view.title).toBe(`What changed, ${years[0]} to ${next}`);
    expect(changesView(index, 'zh').title).toBe(`${years[0]}年至${next}年的变化`);
    const entry = row(index, grown.id, 'en');
    expect(entry.cells.map((cell) => cell.year)).toEqual(years);
    expect(entry.steps.map((step) => [step.from, step.to])).toEqual([
      [years[0], years[1]],
      [years[1], next],
    ]);
    expect(entry.steps.at(-1)).toMatchObject({ kind: 'change', difference: 1, text: 'Up 1 (3%)' });
    // The summary counts the newest pair of years: here only the grown metric has both.
    expect(view.counts).toEqual({
      metrics: fixture.metrics.ids.length,
      both: 1,
      computed: 1,
      // Stated in the middle year but not in the new one: one year of the newest pair only.
      others: fixture.metrics.all.filter(
        (candidate) => candidate.id !== grown.id && candidate.values.some((entry) => entry.year === years[1]),
      ).length,
      // …and the summary names that pair, not the title's first and last year.
      from: years[1],
      to: next,
    });
  });

  it('marks the figures stated in exactly one of two or more review years, and lists them last in their area', () => {
    const [older, newer] = [...fixture.reviewYears].sort((a, b) => a - b);
    const base = metric('provinces-reached');
    const value = base.values[0]!;
    const only = (id: string, years: number[]) =>
      ({ ...base, id, values: years.map((year) => ({ ...value, year })) }) as Metric;
    const third = newer! + 1;
    const index = variant(
      [
        only('stated-once', [older!]),
        only('stated-twice', [older!, third]),
        only('stated-thrice', [older!, newer!, third]),
      ],
      [older!, newer!, third],
    );
    expect(row(index, 'stated-once', 'en').singleYear).toBe(true);
    // Two of three years, even with no consecutive pair to compare: not folded.
    expect(row(index, 'stated-twice', 'en').singleYear).toBe(false);
    expect(row(index, 'stated-thrice', 'en').singleYear).toBe(false);
    // With one review year every figure is stated in one year: nothing is set apart.
    expect(row(variant([], [older!]), base.id, 'en').singleYear).toBe(false);
    for (const lang of languages)
      for (const group of changesView(index, lang).groups) {
        const flags = group.rows.map((entry) => entry.singleYear);
        expect(flags, group.area.id).toEqual([...flags].sort((a, b) => Number(a) - Number(b)));
      }
  });
});
