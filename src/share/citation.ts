/**
 * "Cite this": a page of the site (chart, figure or story) as a reference in three forms, APA (7th
 * edition), China's national standard GB/T 7714-2015 and BibTeX, each naming the source document
 * the page's figures come from. Pure: the page passes what it shows.
 *
 * Written here rather than with a citation library: citation-js (the maintained CSL processor for
 * JavaScript) was tried and its BibTeX/BibLaTeX output drops Chinese titles (`title = {}`), no
 * GB/T 7714 CSL style ships in any npm package (and this machine cannot fetch one), and the access
 * date must stay a placeholder the reader fills in, which CSL date fields cannot carry. The site
 * cites exactly one kind of item (a web page of a named site, with its source documents), so the
 * three rules below are short:
 * - APA 7 §10.16 (web page in a website; no date → "n.d.", retrieval date for pages that change)
 *   and §7.4 "Data from … by …" for adapted data;
 * - GB/T 7714-2015 §4.11/§8.8: 主要责任者. 题名[EB/OL]. (更新日期)[引用日期]. 获取和访问路径.
 *   Source documents: reports [R], web pages [EB/OL];
 * - BibTeX `@misc` with `howpublished = {\url{…}}` and `urldate` (read by biblatex), text escaped.
 */
import { t } from '../i18n/index.ts';
import type { Lang } from '../i18n/languages.ts';
import type { Source } from '../schemas/sources.ts';

/** What is cited: a chart page, a figure page or a story. */
export type CitedKind = 'chart' | 'figure' | 'story';

/** What a page passes to be cited, all in the page's language except `sources` (both languages). */
export interface CitedPage {
  lang: Lang;
  kind: CitedKind;
  /** The page's id (chart or metric id, or the story's path such as `2024/health`): used in the BibTeX key. */
  id: string;
  /** The page's title, as its heading shows it. */
  title: string;
  /** The page's stable absolute URL. */
  url: string;
  /** The source documents the page's figures come from, in the order the page lists them. */
  sources: readonly Source[];
}

/** The three forms of one citation, as plain text ready to paste. */
export interface Citations {
  apa: string;
  gbt7714: string;
  bibtex: string;
}

/** The placeholder left for the reader's access date, in each form's own date format. */
const accessDate = { apa: (lang: Lang) => t(lang, 'cite.accessDateApa'), iso: 'YYYY-MM-DD' } as const;

function apa(page: CitedPage): string {
  const { lang } = page;
  const author = t(lang, 'site.org');
  const type = t(lang, `cite.type.${page.kind}`);
  const data = page.sources.map((s) =>
    t(lang, 'cite.apaDataFrom', {
      title: s.title[lang],
      publisher: s.publisher[lang],
      year: s.year ?? t(lang, 'cite.noDate'),
    }),
  );
  return [
    `${author}. (${t(lang, 'cite.noDate')}). ${page.title} [${type}]. ${t(lang, 'site.name')}.`,
    t(lang, 'cite.apaRetrieved', { date: accessDate.apa(lang), url: page.url }),
    ...data,
  ].join(' ');
}

function gbt(page: CitedPage): string {
  const { lang } = page;
  const entry = `${t(lang, 'site.org')}. ${page.title}[EB/OL]. [${accessDate.iso}]. ${page.url}.`;
  const sources = page.sources.map((s) => {
    const mark = s.kind === 'report' ? 'R' : 'EB/OL';
    const year = s.year ? `, ${s.year}` : '';
    const access = s.kind === 'report' ? '' : ` [${accessDate.iso}].`;
    return `${s.publisher[lang]}. ${s.title[lang]}[${mark}]. ${s.publisher[lang]}${year}.${access} ${s.url}.`;
  });
  return [entry, ...sources.map((s) => `${t(lang, 'cite.gbtDataFrom')}${s}`)].join('\n');
}

/** BibTeX's special characters in text fields: `\ { } % & $ # _ ^ ~`. */
function escapeBibtex(text: string): string {
  return text
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([{}%&$#_])/g, '\\$1')
    .replace(/\^/g, '\\^{}')
    .replace(/~/g, '\\~{}');
}

function bibtex(page: CitedPage): string {
  const { lang } = page;
  const key = `unicefchina-${page.kind}-${page.id.replace(/[^a-z0-9]+/gi, '-')}-${lang}`;
  const note = [
    t(lang, `cite.type.${page.kind}`),
    ...page.sources.map((s) => t(lang, 'cite.bibtexDataFrom', { title: s.title[lang] })),
  ].join('. ');
  const fields: [string, string][] = [
    ['author', `{${escapeBibtex(t(lang, 'site.org'))}}`],
    ['title', `{${escapeBibtex(page.title)}}`],
    ['organization', escapeBibtex(t(lang, 'site.name'))],
    ['howpublished', `\\url{${page.url}}`],
    ['url', page.url],
    ['urldate', accessDate.iso],
    ['note', escapeBibtex(note)],
    ['language', t(lang, 'cite.bibtexLanguage')],
  ];
  return `@misc{${key},\n${fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n')}\n}`;
}

/**
 * A page's citation in APA 7, GB/T 7714-2015 and BibTeX, in the page's language.
 * The publication date is "n.d." (无日期 in Chinese; APA) or left out (GB/T 7714): the site states
 * none, so none is invented. The access date is a placeholder for the reader (`[Month Day, Year]`,
 * `[YYYY年M月D日]` in Chinese, `YYYY-MM-DD`).
 * Throws nothing; a page without sources gets the page reference alone.
 */
export function citationsOf(page: CitedPage): Citations {
  return { apa: apa(page), gbt7714: gbt(page), bibtex: bibtex(page) };
}
