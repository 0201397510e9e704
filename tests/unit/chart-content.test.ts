/**
 * A chart spec with a mistake must stop the build with a message naming the file, the field and
 * what is expected, like every other content error (see content-errors.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { brokenCopy, fixture, messages } from './content-fixture.ts';
import { checkContent } from '../../src/checks/content-files.ts';

const chartFile = 'charts/health-services-reach.yaml';
const prefix = `content/${chartFile}`;

describe('chart specs in the content check', () => {
  it('accepts figures written as {metric@year} in any text', () => {
    const root = brokenCopy(chartFile, (text) =>
      text.replace('one bar per year.', '{health-services-reach@2024} in 2024.'),
    );
    expect(messages(root)).toEqual([]);
  });

  it('accepts the fixture chart', () => {
    expect(messages(fixture)).toEqual([]);
    expect(checkContent(fixture).content.charts.map((entry) => entry.data.id)).toEqual(['health-services-reach']);
  });

  it('names the file and field of a metric that does not exist', () => {
    const root = brokenCopy(chartFile, (text) =>
      text.replace('metrics: [health-services-reach]', 'metrics: [health-services-reach, foo]'),
    );
    expect(messages(root)).toEqual([
      `${prefix}: metrics[1]: names the metric "foo", which has no file in content/metrics/`,
    ]);
  });

  it('rejects an unknown kind and lists the kinds', () => {
    const root = brokenCopy(chartFile, (text) => text.replace('kind: year-comparison', 'kind: pie'));
    expect(messages(root)).toEqual([
      `${prefix}: kind: must be one of year-comparison, breakdown, target-progress, area-counts, country-dots, province-tiles, timeline: the kind of chart (found "pie")`,
    ]);
  });

  it('rejects a figure in a text that the metric does not have', () => {
    const root = brokenCopy(chartFile, (text) =>
      text.replace('one bar per year.', 'one bar per year: {health-services-reach@2023} in 2023.'),
    );
    expect(messages(root)).toEqual([
      `${prefix}: description.en: shows the figure {health-services-reach@2023}, but the metric "health-services-reach" has no value for 2023 (it has: 2024)`,
    ]);
  });

  it('rejects a figure part that the value does not have', () => {
    const root = brokenCopy(chartFile, (text) =>
      text.replace('每年一个条形。', '2024年线上为{health-services-reach@2024/online}。'),
    );
    expect(messages(root)).toEqual([
      `${prefix}: description.zh: shows the figure {health-services-reach@2024/online}, but the metric "health-services-reach" has no part "online" in 2024 (it has no parts)`,
    ]);
  });

  it('rejects an unknown area', () => {
    const root = brokenCopy(chartFile, (text) => text.replace('area: health', 'area: nutrition'));
    expect(messages(root)).toEqual([
      `${prefix}: area: names the area "nutrition", which is not in content/areas.yaml (known: "health")`,
    ]);
  });

  it('rejects an unknown source section in the source line', () => {
    const root = brokenCopy(chartFile, (text) => text.replace('section: health }', 'section: education }'));
    expect(messages(root)).toEqual([
      `${prefix}: source[0].section: names the section "education", which the source "annual-review-2024" does not have (its sections: "health")`,
    ]);
  });

  it('rejects a field that belongs to another kind of chart', () => {
    const root = brokenCopy(chartFile, (text) => `${text}target: health-services-reach\n`);
    expect(messages(root)).toEqual([
      `${prefix}: target: is only used by charts of kind target-progress (this chart is year-comparison): remove it`,
    ]);
  });

  it('asks a target-progress chart for its target', () => {
    const root = brokenCopy(chartFile, (text) => text.replace('kind: year-comparison', 'kind: target-progress'));
    expect(messages(root)).toEqual([
      `${prefix}: target: is missing: a target-progress chart names the metric holding the target, like target: mental-health-students-target`,
    ]);
  });

  it('rejects a year the metrics have no value for', () => {
    const root = brokenCopy(chartFile, (text) => `${text}years: [2023]\n`);
    expect(messages(root)).toEqual([
      `${prefix}: years[0]: is 2023, which has no file in content/years/ (known years: "2024")`,
      `${prefix}: metrics[0]: names the metric "health-services-reach", which has no value for 2023 (it has: 2024)`,
    ]);
  });

  it('rejects a chart whose id is not its file name', () => {
    const root = brokenCopy(chartFile, (text) => text.replace('id: health-services-reach', 'id: health-reach'));
    expect(messages(root)).toEqual([
      `${prefix}: id: is "health-reach", but the file is named health-services-reach.yaml: they must match`,
    ]);
  });

  it('rejects a misspelt field instead of ignoring it', () => {
    const root = brokenCopy(chartFile, (text) =>
      text.replace('kind: year-comparison', 'kind: year-comparison\nsubtitel: { en: "x", zh: "x" }'),
    );
    expect(messages(root)).toEqual([
      `${prefix}: has a field the site does not know: "subtitel" (check the spelling, or remove it)`,
    ]);
  });

  it('rejects a province that has no tile', () => {
    const root = brokenCopy(chartFile, (text) =>
      text
        .replace('kind: year-comparison', 'kind: province-tiles')
        .replace(
          'metrics: [health-services-reach]\n',
          'places:\n  - { province: atlantis, year: 2024, source: annual-review-2024, section: health, about: { en: "x", zh: "x" } }\n',
        ),
    );
    expect(messages(root)).toEqual([
      `${prefix}: metrics: is missing: a province-tiles chart draws at least one metric, like metrics: [newborn-care-training]`,
    ]);
    const withMetric = brokenCopy(chartFile, (text) =>
      text
        .replace('kind: year-comparison', 'kind: province-tiles')
        .replace(
          'metrics: [health-services-reach]\n',
          'metrics: [health-services-reach]\nplaces:\n  - { province: atlantis, year: 2024, source: annual-review-2024, section: health, about: { en: "x", zh: "x" } }\n',
        ),
    );
    expect(messages(withMetric)).toEqual([
      `${prefix}: metrics[0]: names the metric "health-services-reach", which lists no provinces (items) to place`,
      `${prefix}: places[0].province: names the province "atlantis", which has no tile in src/charts/geo/provinces.ts (ids are pinyin in lowercase, like qinghai or inner-mongolia)`,
    ]);
  });
});
