/**
 * Bad content must stop the build with a message naming file, field and what is expected.
 * Each case copies a small valid content tree, breaks one thing, and locks the exact message.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenCopy, fixture, messages } from './content-fixture.ts';
import { checkContent } from '../../src/checks/content-files.ts';
import { ContentError } from '../../src/model/errors.ts';

describe('content check', () => {
  it('accepts the valid fixture', () => {
    expect(messages(fixture)).toEqual([]);
  });

  it('accepts the real content of the site', () => {
    expect(messages(join(import.meta.dirname, '../..'))).toEqual([]);
  });

  it('names file and field for a value of the wrong type', () => {
    const root = brokenCopy('metrics/health-services-reach.yaml', (text) =>
      text.replace('value: 2650000', 'value: "2.65 million"'),
    );
    expect(messages(root)).toEqual([
      'content/metrics/health-services-reach.yaml: values[0].value: must be a number written without commas or units, like 748000 (found "2.65 million")',
    ]);
  });

  it('rejects a negative value', () => {
    const root = brokenCopy('metrics/health-services-reach.yaml', (text) =>
      text.replace('value: 2650000', 'value: -5'),
    );
    expect(messages(root)).toEqual([
      'content/metrics/health-services-reach.yaml: values[0].value: must be zero or more: a count or an amount cannot be negative (found -5)',
    ]);
  });

  it('rejects an unknown qualifier and lists the allowed ones', () => {
    const root = brokenCopy('metrics/health-services-reach.yaml', (text) =>
      text.replace('qualifier: over', 'qualifier: nearly'),
    );
    expect(messages(root)).toEqual([
      'content/metrics/health-services-reach.yaml: values[0].qualifier: must be one of over, almost, about, exact, up-to, target: how the source words the figure (found "nearly")',
    ]);
  });

  it('rejects an unknown source', () => {
    const root = brokenCopy('metrics/health-services-reach.yaml', (text) =>
      text.replace('source: annual-review-2024', 'source: annual-review-2025'),
    );
    expect(messages(root)).toEqual([
      'content/metrics/health-services-reach.yaml: values[0].citations[0].source: names the source "annual-review-2025", which is not in content/sources.yaml (known: "annual-review-2024")',
    ]);
  });

  it('rejects an unknown section of a known source', () => {
    const root = brokenCopy('metrics/health-services-reach.yaml', (text) =>
      text.replace('section: health', 'section: education'),
    );
    expect(messages(root)).toEqual([
      'content/metrics/health-services-reach.yaml: values[0].citations[0].section: names the section "education", which the source "annual-review-2024" does not have (its sections: "health")',
    ]);
  });

  it('rejects an unknown area', () => {
    const root = brokenCopy('metrics/health-services-reach.yaml', (text) =>
      text.replace('area: health', 'area: nutrition'),
    );
    expect(messages(root)).toEqual([
      'content/metrics/health-services-reach.yaml: area: names the area "nutrition", which is not in content/areas.yaml (known: "health")',
    ]);
  });

  it('rejects a duplicate id', () => {
    const root = brokenCopy('metrics/health-services-reach.yaml', (text) => text);
    const original = readFileSync(join(root, 'content/metrics/health-services-reach.yaml'), 'utf8');
    writeFileSync(join(root, 'content/metrics/health-services-reach-copy.yaml'), original);
    expect(messages(root)).toEqual([
      'content/metrics/health-services-reach.yaml: id: repeats the metric id "health-services-reach", already used in content/metrics/health-services-reach-copy.yaml: every id must be unique',
      'content/metrics/health-services-reach-copy.yaml: id: is "health-services-reach", but the file is named health-services-reach-copy.yaml: they must match',
    ]);
  });

  it('rejects a missing Chinese label', () => {
    const root = brokenCopy('metrics/health-services-reach.yaml', (text) =>
      text.replace(', zh: "获得优质卫生保健服务的儿童及照护人" }', ' }'),
    );
    expect(messages(root)).toEqual([
      'content/metrics/health-services-reach.yaml: label.zh: is missing: it must be the Chinese text (a non-empty piece of text)',
    ]);
  });

  it('rejects an empty English definition', () => {
    const root = brokenCopy('metrics/health-services-reach.yaml', (text) =>
      text.replace('en: "Children and caregivers who received quality health services."', 'en: ""'),
    );
    expect(messages(root)).toEqual([
      'content/metrics/health-services-reach.yaml: definition.en: must be the English text (a non-empty piece of text) (found "")',
    ]);
  });

  it('rejects a year that has no file in content/years/', () => {
    const root = brokenCopy('metrics/health-services-reach.yaml', (text) => text.replace('year: 2024', 'year: 2022'));
    expect(messages(root)).toEqual([
      'content/years/2024.yaml: featured[0]: names the metric "health-services-reach", which has no value for 2024',
      'content/years/2024.yaml: intro.en: shows the figure {health-services-reach@2024}, but the metric "health-services-reach" has no value for 2024 (it has: 2022)',
      'content/years/2024.yaml: intro.zh: shows the figure {health-services-reach@2024}, but the metric "health-services-reach" has no value for 2024 (it has: 2022)',
      'content/metrics/health-services-reach.yaml: values[0].year: is 2022, which has no file in content/years/ (known years: "2024")',
      'content/stories/en/2024/health.mdx: body: shows the figure "health-services-reach" for 2024, but it has values only for 2022 (write year={…} with one of those)',
      'content/stories/zh/2024/health.mdx: body: shows the figure "health-services-reach" for 2024, but it has values only for 2022 (write year={…} with one of those)',
      // The fixture's corrections log names the 2024 value too.
      'content/corrections.yaml:4: [0].what.year: is 2024, but the metric "health-services-reach" has no value for 2024 (its years: "2022")',
    ]);
  });

  it('rejects a year featuring a chart that does not exist', () => {
    const root = brokenCopy('years/2024.yaml', (text) =>
      text.replace('sources: [annual-review-2024]', 'charts: [no-such-chart]\nsources: [annual-review-2024]'),
    );
    expect(messages(root)).toEqual([
      'content/years/2024.yaml: charts[0]: names the chart "no-such-chart", which has no file in content/charts/',
    ]);
  });

  it('rejects a misspelt field instead of ignoring it', () => {
    const root = brokenCopy('metrics/health-services-reach.yaml', (text) =>
      text.replace('unit: people', 'unit: people\nlable: oops'),
    );
    expect(messages(root)).toEqual([
      'content/metrics/health-services-reach.yaml: has a field the site does not know: "lable" (check the spelling, or remove it)',
    ]);
  });

  it('rejects a page that exists in one language only', () => {
    const root = brokenCopy('pages/en/about.mdx', (text) => text);
    rmSync(join(root, 'content/pages/zh/about.mdx'));
    expect(messages(root)).toEqual([
      'content/pages/en/about.mdx: has no Chinese version: add content/pages/zh/about.mdx',
    ]);
  });

  it('rejects a story that exists in one language only', () => {
    const root = brokenCopy('stories/en/2024/health.mdx', (text) => text);
    rmSync(join(root, 'content/stories/zh/2024/health.mdx'));
    expect(messages(root)).toEqual([
      'content/stories/en/2024/health.mdx: has no Chinese version: add content/stories/zh/2024/health.mdx',
    ]);
  });

  it('rejects language versions of a story that show different figures', () => {
    const root = brokenCopy('stories/zh/2024/health.mdx', (text) =>
      text.replace('year={2024} />', 'year={2024} part="online" />'),
    );
    writeFileSync(
      join(root, 'content/metrics/health-services-reach.yaml'),
      readFileSync(join(root, 'content/metrics/health-services-reach.yaml'), 'utf8') +
        '    breakdown:\n      - { id: online, label: { en: "Online", zh: "线上" }, value: 1, qualifier: exact }\n',
    );
    expect(messages(root)).toEqual([
      'content/stories/en/2024/health.mdx: body: shows different figures from its Chinese version (differing: health-services-reach@2024, health-services-reach@2024#online): both languages must show the same figures',
    ]);
  });

  it('rejects a story showing an unknown figure, or a year the figure lacks', () => {
    const root = brokenCopy('stories/en/2024/health.mdx', (text) =>
      text.replace('year={2024} />', 'year={2023} /> and <Metric id="no-such-figure" year={2024} />'),
    );
    expect(messages(root)).toEqual([
      'content/stories/en/2024/health.mdx: body: shows the figure "health-services-reach" for 2023, but it has values only for 2024 (write year={…} with one of those)',
      'content/stories/en/2024/health.mdx: body: shows the figure "no-such-figure", which has no file in content/metrics/',
    ]);
  });

  it("rejects a figure in a year's texts whose metric or year does not exist, naming the field", () => {
    const root = brokenCopy('years/2024.yaml', (text) =>
      text
        .replace('惠及{health-services-reach@2024}', '惠及{health-service-reach@2024}')
        .replace('reached {health-services-reach@2024}', 'reached {health-services-reach@2023}'),
    );
    expect(messages(root)).toEqual([
      'content/years/2024.yaml: intro.en: shows the figure {health-services-reach@2023}, but the metric "health-services-reach" has no value for 2023 (it has: 2024)',
      'content/years/2024.yaml: intro.zh: shows the figure {health-service-reach@2024}, but there is no metric "health-service-reach" in content/metrics/',
    ]);
  });

  it('rejects a baseline in the texts of the year it is a baseline of', () => {
    const root = brokenCopy('metrics/health-services-reach.yaml', (text) =>
      text.replace(
        'values:\n',
        'values:\n  - year: 2023\n    value: 1100000\n    qualifier: exact\n    statedIn: 2024\n    citations:\n      - { source: annual-review-2024, section: health }\n',
      ),
    );
    const year2024 = readFileSync(join(root, 'content/years/2024.yaml'), 'utf8');
    writeFileSync(
      join(root, 'content/years/2023.yaml'),
      year2024.replace('year: 2024', 'year: 2023').replace(/@2024/g, '@2023'),
    );
    writeFileSync(
      join(root, 'content/years/2024.yaml'),
      year2024.replace('children and caregivers.', 'children and caregivers, from {health-services-reach@2023}.'),
    );
    expect(messages(root).filter((message) => message.includes(': intro.'))).toEqual([
      'content/years/2023.yaml: intro.en: shows the figure {health-services-reach@2023}, a baseline stated in the 2024 review: it is not a result of 2023, so only content/years/2024.yaml shows it',
      'content/years/2023.yaml: intro.zh: shows the figure {health-services-reach@2023}, a baseline stated in the 2024 review: it is not a result of 2023, so only content/years/2024.yaml shows it',
    ]);
  });

  it("rejects a figure in a year's headline or approach too", () => {
    const root = brokenCopy('years/2024.yaml', (text) =>
      text.replace('"Pilots to policy to scale."', '"Pilots to policy to scale: {no-such-figure@2024}."'),
    );
    expect(messages(root)).toEqual([
      'content/years/2024.yaml: approach.en: shows the figure {no-such-figure@2024}, but there is no metric "no-such-figure" in content/metrics/',
    ]);
  });

  it('rejects a standing page showing an unknown figure or chart', () => {
    const root = brokenCopy(
      'pages/en/about.mdx',
      (text) => `${text}
<Metric id="no-such-figure" year={2024} />

<Chart id="no-such-chart" />
`,
    );
    expect(messages(root)).toEqual([
      'content/pages/en/about.mdx: body: shows the figure "no-such-figure", which has no file in content/metrics/',
      'content/pages/en/about.mdx: body: shows the chart "no-such-chart", which has no file in content/charts/',
    ]);
  });

  it('accepts a standing page showing a figure in both languages', () => {
    const root = brokenCopy(
      'pages/en/about.mdx',
      (text) => `${text}
<Metric id="health-services-reach" year={2024} />
`,
    );
    writeFileSync(
      join(root, 'content/pages/zh/about.mdx'),
      `${readFileSync(join(root, 'content/pages/zh/about.mdx'), 'utf8')}
<Metric id="health-services-reach" year={2024} />
`,
    );
    expect(messages(root)).toEqual([]);
  });

  it('rejects a story showing a chart that does not exist', () => {
    const root = brokenCopy('stories/en/2024/health.mdx', (text) => `${text}\n<Chart id="no-such-chart" />\n`);
    const found = messages(root);
    expect(found).toContain(
      'content/stories/en/2024/health.mdx: body: shows the chart "no-such-chart", which has no file in content/charts/',
    );
  });

  it('rejects a story whose year does not match its folder', () => {
    const root = brokenCopy('stories/zh/2024/health.mdx', (text) => text.replace('year: 2024', 'year: 2023'));
    expect(messages(root)).toContain(
      'content/stories/zh/2024/health.mdx: year: is 2023, but the file is in the 2024 folder: they must match',
    );
  });

  it('rejects a photo without a credit', () => {
    const root = brokenCopy('stories/en/2024/health.mdx', (text) =>
      text.replace(
        'sources: [annual-review-2024]',
        'sources: [annual-review-2024]\nimage: { src: /photos/2024/clinic.png, alt: "A nurse weighs a baby at a clinic", consent: given }',
      ),
    );
    expect(messages(root)).toEqual([
      'content/stories/en/2024/health.mdx: image.credit: is missing: it must credit the photographer, e.g. "© UNICEF/China/2023/Ma Yuyuan"',
    ]);
  });

  it('names the line of broken YAML', () => {
    const root = brokenCopy('areas.yaml', (text) => text.replace('colour: "#00833d"', 'colour: "#00833d\n  x: ['));
    const [message] = messages(root);
    expect(message).toMatch(/^content\/areas\.yaml: is not valid YAML at line \d+: /);
  });

  it('collects every problem into one build error', () => {
    const root = brokenCopy('metrics/health-services-reach.yaml', (text) =>
      text.replace('qualifier: over', 'qualifier: nearly').replace('value: 2650000', 'value: -1'),
    );
    const error = new ContentError(checkContent(root).problems);
    expect(error.message).toContain('2 problems in content/ must be fixed before the site can be built:');
    expect(error.message).toContain('values[0].value');
  });
});
