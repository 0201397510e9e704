/**
 * Issue 17 item 5 with entries: the valid fixture (tests/fixtures/valid, whose corrections.yaml
 * logs a figure, a chart and a story) built in a scratch project. The corrections page and the feed
 * list every entry newest first with the date as each language writes it; the figure's page, every
 * chart showing the figure, the chart's page and the story's page say they were corrected and link
 * to the entry; the story's Article carries the correction's day as dateModified.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xmlError } from '../xml.ts';
import { checkContent } from '../../src/checks/content-files.ts';
import { formatDay } from '../../src/i18n/format.ts';
import { newestFirst } from '../../src/model/corrections.ts';
import { astro, removeScratchProjects, scratchProject, validFixture } from './scratch-project.ts';

const { content } = checkContent(validFixture);
const logged = newestFirst((content.corrections ?? []).map((entry) => entry.data));
let root = '';
const page = (path: string) => load(readFileSync(join(root, 'dist', path, 'index.html'), 'utf8'));

beforeAll(async () => {
  root = scratchProject();
  const build = await astro(root, 'build');
  if (build.status !== 0) throw new Error(build.output.slice(-3000));
  expect(build.output).not.toContain('"corrections" does not exist or is empty');
}, 600_000);
afterAll(removeScratchProjects);

describe.each(['en', 'zh'] as const)('the fixture build in %s', (lang) => {
  it('the fixture logs corrections of each kind', () => {
    expect(logged.length).toBeGreaterThan(2);
  });

  it('the corrections page lists each entry newest first, dated in the language, linked to the corrected page', () => {
    const $ = page(`${lang}/corrections`);
    expect(
      $('.correction')
        .toArray()
        .map((item) => $(item).attr('id')),
    ).toEqual(logged.map((entry) => entry.id));
    for (const entry of logged) {
      const item = $(`[id="${entry.id}"]`);
      expect(item.find('time').attr('datetime')).toBe(entry.date);
      expect(item.find('time').text()).toContain(formatDay(entry.date, lang));
      for (const text of [entry.from[lang], entry.to[lang], entry.why[lang]]) expect(item.text()).toContain(text);
      const href = item.find('h2 a').attr('href')!;
      const target = href.split('#')[0]!.replace(/^\//, '');
      expect(readFileSync(join(root, 'dist', target, 'index.html'), 'utf8')).toContain(
        `/${lang}/corrections/#${entry.id}`,
      );
    }
  });

  it('the feed holds the same entries, newest first', () => {
    const xml = readFileSync(join(root, 'dist', lang, 'corrections/feed.xml'), 'utf8');
    expect(xmlError(xml)).toBeUndefined();
    const feed = new XMLParser({ isArray: (name) => name === 'entry' }).parse(xml).feed;
    expect(feed.entry.map((entry: { id: string }) => entry.id.replace(/^.*#/, ''))).toEqual(
      logged.map((entry) => entry.id),
    );
  });

  it('figure, chart and story pages say when they were corrected and link to the entry', () => {
    for (const entry of logged) {
      const { metric, chart, story } = entry.what;
      const targets = metric
        ? [
            `${lang}/figures/${metric}`,
            ...content.charts
              .filter((spec) => spec.data.metrics.includes(metric))
              .map((spec) => `${lang}/charts/${spec.data.id}`),
          ]
        : chart
          ? [`${lang}/charts/${chart}`]
          : [`${lang}/${story}`];
      for (const target of targets) {
        const notice = page(target)(`.correction-notice a[href="/${lang}/corrections/#${entry.id}"]`);
        expect(notice, target).toHaveLength(1);
        expect(notice.parent().find('time').attr('datetime')).toBe(entry.date);
      }
    }
  });

  it('a corrected story’s Article is modified on the day of its newest correction', () => {
    const storyEntry = logged.find((entry) => entry.what.story)!;
    const $ = page(`${lang}/${storyEntry.what.story}`);
    const article = $('script[type="application/ld+json"]')
      .toArray()
      .map((script) => JSON.parse($(script).text()))
      .find((thing) => thing['@type'] === 'Article');
    expect(article.dateModified).toBe(storyEntry.date);
  });
});
