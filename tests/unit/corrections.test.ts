/**
 * Issue 17 item 5: the corrections log. Its schema (dates as days, one target per entry), which
 * pages an entry concerns, the date as each language writes it, and the Atom feed written over
 * the fixture's entries (tests/fixtures/valid/content/corrections.yaml) and over an empty log.
 * Counts and dates come from the fixture, never from the live content.
 */
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { xmlError } from '../xml.ts';
import { checkContent } from '../../src/checks/content-files.ts';
import { indexParsedContent } from '../../src/checks/parsed-content.ts';
import { formatDay } from '../../src/i18n/format.ts';
import { languages } from '../../src/i18n/languages.ts';
import { correctionsOf, lastCorrected, newestFirst } from '../../src/model/corrections.ts';
import { correction as correctionSchema, type Correction } from '../../src/schemas/corrections.ts';
import { correctionsFeed } from '../../src/share/corrections-feed.ts';
import { correctionViews } from '../../src/views/corrections.ts';
import { fixture } from './content-fixture.ts';

const { content: parsed, problems } = checkContent(fixture);
const index = indexParsedContent(parsed);
const logged: Correction[] = (parsed.corrections ?? []).map((entry) => entry.data);
const siteUrl = 'https://example.org';
const author = { name: 'UNICEF China', link: 'https://www.unicef.cn/en' };

const entry = (overrides: Record<string, unknown> = {}) => ({
  id: 'partners-2024',
  date: '2025-03-14',
  what: { metric: 'partners', year: 2024 },
  from: { en: 'a', zh: '甲' },
  to: { en: 'b', zh: '乙' },
  why: { en: 'c', zh: '丙' },
  ...overrides,
});

describe('the corrections schema', () => {
  it('takes a day written as text or read by YAML as a date, and keeps it as YYYY-MM-DD', () => {
    expect(correctionSchema.parse(entry()).date).toBe('2025-03-14');
    expect(correctionSchema.parse(entry({ date: new Date(Date.UTC(2025, 2, 14)) })).date).toBe('2025-03-14');
  });

  it('refuses a day that is not in the calendar, another date form, two targets, none, and a year without a metric', () => {
    for (const bad of [
      { date: '2025-02-30' },
      { date: '14/03/2025' },
      { what: { metric: 'partners', chart: 'partners' } },
      { what: {} },
      { what: { chart: 'partners', year: 2024 } },
      { what: { story: 'health' } },
    ])
      expect(correctionSchema.safeParse(entry(bad)).success, JSON.stringify(bad)).toBe(false);
  });

  it('needs from, to and why in both languages', () => {
    expect(correctionSchema.safeParse(entry({ why: { en: 'c' } })).success).toBe(false);
    expect(correctionSchema.safeParse(entry({ to: undefined })).success).toBe(false);
  });
});

describe('the fixture log', () => {
  it('passes the content check and holds entries of every kind', () => {
    expect(problems).toEqual([]);
    expect(logged.length).toBeGreaterThan(0);
    expect(new Set(logged.map((item) => Object.keys(item.what).find((key) => key !== 'year')))).toEqual(
      new Set(['metric', 'chart', 'story']),
    );
  });

  it('is listed newest first, whatever the order of the file', () => {
    const dates = newestFirst(logged).map((item) => item.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(lastCorrected(logged, '2000-01-01')).toBe(dates[0]);
    expect(lastCorrected([], '2000-01-01')).toBe('2000-01-01');
  });

  it('puts a correction of a metric on its figure page and on every chart showing it; a story’s on the story', () => {
    for (const item of logged) {
      if (item.what.metric) {
        expect(correctionsOf(logged, { kind: 'figure', metric: item.what.metric })).toContain(item);
        const showing = index.charts.all.filter((chart) =>
          [...chart.metrics, ...chart.facts, ...(chart.target ? [chart.target] : [])].includes(item.what.metric!),
        );
        for (const chart of showing) expect(correctionsOf(logged, { kind: 'chart', chart })).toContain(item);
        expect(correctionsOf(logged, { kind: 'figure', metric: 'another-metric' })).not.toContain(item);
      }
      if (item.what.chart)
        expect(correctionsOf(logged, { kind: 'chart', chart: index.charts.require(item.what.chart) })).toContain(item);
      if (item.what.story) {
        expect(correctionsOf(logged, { kind: 'story', path: item.what.story })).toEqual([item]);
        expect(correctionsOf(logged, { kind: 'story', path: '2023/other' })).toEqual([]);
      }
    }
  });
});

describe('formatDay', () => {
  it('writes a day as each language does, with Intl', () => {
    expect(formatDay('2025-03-14', 'en')).toBe('14 March 2025');
    expect(formatDay('2025-03-14', 'zh')).toBe('2025年3月14日');
  });
  it('refuses what is not a day', () => {
    expect(() => formatDay('2025-02-30', 'en')).toThrow(RangeError);
    expect(() => formatDay('March 2025', 'zh')).toThrow(RangeError);
  });
});

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => name === 'entry' || name === 'link',
});

describe.each(languages)('the Atom feed (%s)', (lang) => {
  const views = correctionViews(index, newestFirst(logged), lang);
  const xml = correctionsFeed({ lang, siteUrl, entries: views, since: '2024-12-01', author });
  const feed = parser.parse(xml).feed;

  it('is well-formed Atom in the language, updated on the newest correction’s day', () => {
    expect(xmlError(xml)).toBeUndefined();
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed['@xml:lang']).toBe(lang === 'zh' ? 'zh-CN' : 'en');
    expect(feed.updated).toBe(`${newestFirst(logged)[0]!.date}T00:00:00.000Z`);
    expect(feed.id).toBe(`${siteUrl}/${lang}/corrections/`);
    expect(feed.link.map((link: Record<string, string>) => link['@href'])).toContain(
      `${siteUrl}/${lang}/corrections/feed.xml`,
    );
    expect(feed.author.name).toBe(author.name);
  });

  it('has one entry per correction, newest first, each linked to its anchor with what changed and why', () => {
    expect(feed.entry).toHaveLength(logged.length);
    newestFirst(logged).forEach((item, position) => {
      const atom = feed.entry[position];
      expect(atom.id).toBe(`${siteUrl}/${lang}/corrections/#${item.id}`);
      expect(atom.link[0]['@href']).toBe(atom.id);
      expect(atom.updated).toBe(`${item.date}T00:00:00.000Z`);
      const html = String(atom.content['#text'] ?? atom.content);
      for (const text of [item.from[lang], item.to[lang], item.why[lang]]) expect(html).toContain(text);
      expect(html).toContain(`href="${siteUrl}${views[position]!.target.href}"`);
    });
  });

  it('with no correction, is still valid Atom, with no entry and updated on the day the log started', () => {
    const empty = correctionsFeed({ lang, siteUrl, entries: [], since: '2024-12-01', author });
    expect(xmlError(empty)).toBeUndefined();
    const parsedEmpty = parser.parse(empty).feed;
    expect(parsedEmpty.entry).toBeUndefined();
    expect(parsedEmpty.updated).toBe('2024-12-01T00:00:00.000Z');
  });

  it('escapes what editors type, so no text can end the markup early', () => {
    const hostile = { ...views[0]!, from: '</p><script>alert(1)</script> ]]> & more', why: 'a < b' };
    const out = correctionsFeed({ lang, siteUrl, entries: [hostile], since: '2024-12-01', author });
    expect(xmlError(out)).toBeUndefined();
    const html = String(parser.parse(out).feed.entry[0].content['#text'] ?? parser.parse(out).feed.entry[0].content);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });
});
