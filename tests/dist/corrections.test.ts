/**
 * Issue 17 item 5 over the built site: each language's corrections page and Atom feed hold the
 * entries of content/corrections.yaml (none today: the page then says so, and the feed is still
 * valid Atom), every page links the feed in its head and the page and feed from its footer, and
 * each corrected figure, chart or story page links to its entry. Counts come from the file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import { load as loadYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { xmlError } from '../xml.ts';
import { fileFor, htmlFiles, root, urlPathOf } from '../built-site.ts';

const logged = (loadYaml(readFileSync(join(root, 'content/corrections.yaml'), 'utf8')) ?? []) as {
  id: string;
  what: { metric?: string; chart?: string; story?: string };
}[];
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'entry' });
const words = { en: 'No corrections so far.', zh: '目前没有更正。' };

describe.each(['en', 'zh'] as const)('corrections in %s', (lang) => {
  const feedPath = `/${lang}/corrections/feed.xml`;
  const pagePath = `/${lang}/corrections/`;

  it('the Atom feed is well-formed XML in the language with one entry per logged correction', () => {
    const xml = readFileSync(fileFor(feedPath)!, 'utf8');
    expect(xmlError(xml)).toBeUndefined();
    const feed = parser.parse(xml).feed;
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed['@xml:lang']).toBe(lang === 'zh' ? 'zh-CN' : 'en');
    expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/);
    expect(feed.entry ?? []).toHaveLength(logged.length);
  });

  it('the page lists every logged correction under its id, or says there is none', () => {
    const $ = load(readFileSync(fileFor(pagePath)!, 'utf8'));
    for (const entry of logged) expect($(`[id="${entry.id}"]`), entry.id).toHaveLength(1);
    if (logged.length === 0) expect($('main').text()).toContain(words[lang]);
    else expect($('main').text()).not.toContain(words[lang]);
    expect($(`main a[href="${feedPath}"]`)).toHaveLength(1);
  });

  it('every page of the language links the feed in its head and the page and feed from its footer', () => {
    const problems: string[] = [];
    for (const file of htmlFiles()) {
      const path = urlPathOf(file);
      if (!path.startsWith(`/${lang}/`)) continue;
      const $ = load(readFileSync(file, 'utf8'));
      const head = $('head link[rel="alternate"][type="application/atom+xml"]');
      if (head.length !== 1 || head.attr('href') !== feedPath || !head.attr('title')) problems.push(`${path}: head`);
      if ($(`footer a[href="${pagePath}"]`).length !== 1 || $(`footer a[href="${feedPath}"]`).length !== 1)
        problems.push(`${path}: footer`);
    }
    expect(problems).toEqual([]);
  });

  it('each corrected page links to its entry', () => {
    for (const entry of logged) {
      const target = entry.what.metric
        ? `/${lang}/figures/${entry.what.metric}/`
        : entry.what.chart
          ? `/${lang}/charts/${entry.what.chart}/`
          : `/${lang}/${entry.what.story}/`;
      const $ = load(readFileSync(fileFor(target)!, 'utf8'));
      expect($(`.correction-notice a[href="${pagePath}#${entry.id}"]`), target).toHaveLength(1);
    }
  });
});
