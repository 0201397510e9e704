/**
 * Every chapter and highlight in both languages, read from dist/: it shows exactly the figures the
 * data holds (so the two languages can never disagree) and every chart its MDX names.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/content-files.ts';
import { formatFigure } from '../../src/i18n/format.ts';
import { localizedPath } from '../../src/i18n/languages.ts';
import { storyReferences } from '../../src/checks/story-references.ts';
import { fileFor, root } from '../built-site.ts';

const { content } = checkContent(root);
const metricById = new Map(content.metrics.map((entry) => [entry.data.id, entry.data]));

/** What a <Metric> must show: the value (or breakdown part) with its qualifier, in that language. */
function expected(id: string, year: number, part: string | undefined, lang: 'en' | 'zh') {
  const metric = metricById.get(id)!;
  const entry = metric.values.find((value) => value.year === year)!;
  const shown = part ? entry.breakdown!.find((piece) => piece.id === part)! : entry;
  return { value: shown.value, text: formatFigure(shown.value, metric.unit, shown.qualifier, lang, { zhWord: shown.zhWord, style: 'prose' }).text };
}

const stories = (['en', 'zh'] as const).flatMap((lang) => content.stories[lang].map((story) => ({ lang, story, route: localizedPath(lang, story.data.path) })));

it('there are stories in both languages', () => {
  expect(stories.filter((entry) => entry.lang === 'en').length).toBeGreaterThan(0);
  expect(stories.filter((entry) => entry.lang === 'zh').length).toBe(stories.filter((entry) => entry.lang === 'en').length);
});

describe.each(stories.map((entry) => [entry.route, entry] as const))('%s', (route, { lang, story }) => {
  it("shows the data's figures, in that language, and its charts", () => {
    const file = fileFor(route);
    expect(file, `${route} is built`).toBeDefined();
    const $ = load(readFileSync(file!, 'utf8'));
    expect($('h1').text().trim()).toBe(story.data.title);

    const shown = new Set<string>();
    $('main a.metric[data-metric]').each((_, element) => {
      const figure = $(element);
      const id = figure.attr('data-metric')!;
      const year = Number(figure.attr('data-year'));
      const part = figure.attr('data-part');
      const want = expected(id, year, part, lang);
      expect(Number(figure.attr('data-value')), `${id} ${year}`).toBe(want.value);
      expect(figure.text().replace(/\s+/g, ' ').trim(), `${id} ${year}`).toBe(want.text);
      shown.add(`${id}@${year}${part ? `#${part}` : ''}`);
    });
    // Every <Metric> in the MDX is on the page (StatGrid figures are cards linking to figure pages).
    const mdx = readFileSync(join(root, story.file), 'utf8');
    const inline = storyReferences(mdx.replace(/<StatGrid\b[^>]*\/?>/g, '')).metrics;
    expect([...shown].sort()).toEqual(inline);
    for (const reference of storyReferences(mdx).metrics.filter((ref) => !inline.includes(ref))) {
      expect($(`main a.stat-card[href$="/figures/${reference.split('@')[0]}/"]`).length, reference).toBeGreaterThan(0);
    }
    for (const chart of story.data.references.charts) {
      expect($(`main figure[data-chart-id="${chart}"] svg`).length, `chart ${chart}`).toBeGreaterThan(0);
    }
  });
});
