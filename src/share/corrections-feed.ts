/**
 * The Atom feed (RFC 4287) of the corrections log, one per language, written with the `feed`
 * library: feed readers and partners who cite the site learn of every correction without watching
 * the page. Pure: the entries as the page shows them in, the XML out. Nothing in it depends on the
 * clock, so the same content always gives the same bytes.
 */
import { Feed } from 'feed';
import { htmlLang, type Lang } from '../i18n/languages.ts';
import { t } from '../i18n/index.ts';
import { punctuation } from '../i18n/punctuation.ts';
import { absoluteUrl, correctionsFeedPath, correctionsPath } from '../routes/urls.ts';
import type { CorrectionView } from '../views/corrections.ts';

/** What a feed is made from. */
export interface CorrectionsFeedOptions {
  lang: Lang;
  /** The site's origin (`site.url`); paths carry the base. */
  siteUrl: string;
  /** The log's entries, newest first, as `correctionViews` gives them. */
  entries: readonly CorrectionView[];
  /** The feed's `updated` day (`YYYY-MM-DD`) when it has no entry: the day the log started. */
  since: string;
  /** Who publishes the feed (Atom requires an author): the organisation's name and site. */
  author: { name: string; link: string };
}

/** Text set into HTML: the feed carries entry text as escaped HTML (`type="html"`). */
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * The Atom document of one language's corrections: one entry per correction, newest first, whose
 * id and link are the entry's anchor on the corrections page and whose content says what the page
 * said before, what it says now and why, with a link to the corrected page. `updated` is the newest
 * entry's day, or `since` for an empty log. The root element carries `xml:lang` (the `feed`
 * library does not write it, so it is added to the root tag it writes).
 */
export function correctionsFeed(options: CorrectionsFeedOptions): string {
  const { lang, siteUrl, entries } = options;
  const marks = punctuation[lang];
  const page = absoluteUrl(siteUrl, correctionsPath(lang));
  const feed = new Feed({
    id: page,
    title: t(lang, 'corrections.feedTitle'),
    description: t(lang, 'corrections.description'),
    link: page,
    feedLinks: { atom: absoluteUrl(siteUrl, correctionsFeedPath(lang)) },
    language: htmlLang[lang],
    updated: day(entries[0]?.date ?? options.since),
    author: options.author,
    // The library's own address by default: not something this site's readers need.
    generator: false,
  });
  for (const entry of entries) {
    const target = absoluteUrl(siteUrl, entry.target.href);
    const line = (key: 'corrections.from' | 'corrections.to' | 'corrections.why', text: string) =>
      `<p><strong>${escapeHtml(t(lang, key))}</strong>${escapeHtml(marks.colon)}${escapeHtml(text)}</p>`;
    feed.addItem({
      id: absoluteUrl(siteUrl, entry.href),
      link: absoluteUrl(siteUrl, entry.href),
      title: escapeHtml(t(lang, 'corrections.entryTitle', { title: entry.target.title })),
      date: day(entry.date),
      published: day(entry.date),
      content: [
        `<p>${escapeHtml(entry.target.kindLabel)}${escapeHtml(marks.colon)}<a href="${escapeHtml(target)}">${escapeHtml(entry.target.title)}</a></p>`,
        line('corrections.from', entry.from),
        line('corrections.to', entry.to),
        line('corrections.why', entry.why),
      ].join(''),
    });
  }
  const xml = feed.atom1();
  const root = '<feed xmlns="http://www.w3.org/2005/Atom">';
  if (!xml.includes(root)) throw new Error(`The feed library no longer writes ${root}: update correctionsFeed`);
  return xml.replace(root, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${htmlLang[lang]}">`);
}
