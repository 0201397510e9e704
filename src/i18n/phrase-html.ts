/**
 * Keeps Chinese phrases (src/i18n/phrases.ts) on one line in the text of a built HTML page: every
 * phrase of headings, labels and other short texts, and only the figures of prose and of short
 * sentences (see PROSE_LENGTH, SENTENCE). Each
 * phrase of two or more characters kept whole is wrapped in `<span class="w">`, which the stylesheet
 * sets `white-space: nowrap`, so a line can only break between phrases. Not `<wbr>` with
 * `word-break: keep-all`: Chromium reads a `<wbr>` as a space in accessible names ("分享到 微博")
 * and breaks at it even inside `white-space: nowrap`. Nothing else changes: the page is tokenised
 * by htmlparser2 (a kept HTML parser) for the positions of its text, and only those spans of the
 * original string are rewritten, so
 * attributes, scripts, styles (and so their CSP hashes) and the markup stay byte for byte.
 */
import { Parser } from 'htmlparser2';
import { DIGIT, chineseBreaks } from './phrases.ts';

/** htmlparser2's options: offsets into the page as written (entities kept), names in lower case. */
const PARSER_OPTIONS = { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true };

/**
 * Elements whose text is not laid out as lines of the page: nothing in them is touched (no
 * element is allowed in <title>, <option> or <textarea>, and SVG text is laid out by the chart).
 */
const SKIPPED = new Set([
  'head',
  'title',
  'script',
  'style',
  'svg',
  'math',
  'textarea',
  'option',
  'pre',
  'code',
  'kbd',
  'template',
  'noscript',
]);

/** Elements with no closing tag, which never sit on the stack. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/**
 * The longest phrase kept on one line, in characters: a Chinese heading at 320 px holds about nine
 * characters a line, and a phrase longer than its line would push past the screen's edge.
 */
const LONGEST = 8;

/** The class of the span that keeps a phrase on one line (the stylesheet's `.w`: `white-space: nowrap`). */
export const PHRASE_CLASS = 'w';

/**
 * From this many characters on, a paragraph (or list item, cell, caption: see BLOCKS) is running
 * prose: two lines or more of Chinese at 360 px, about 20 characters a line at the body size. The
 * whole block's text is counted, so a paragraph cut by a link or a figure is prose throughout.
 * Prose breaks between any two Chinese characters, as Chinese is set (CSS Text 3, `word-break:
 * normal`; Unicode UAX #14, class ID), within the punctuation rules the browser applies (W3C clreq,
 * "Prohibition Rules for Line Start and End"); only its figures are kept whole there (74.8万,
 * 超过300万名, 2024年7月: clreq, "Digits and their Prefix and Suffix"). Headings, titles and labels
 * (h1–h6, TITLE_CLASS) and other short texts that are not sentences (cards, buttons, navigation:
 * see SENTENCE) keep every phrase whole, as
 * issue 16 asked. Wrapping each word of the prose as well gave a Chinese page 5–10 times the
 * elements of its English page (5,081 spans on the 2023 edition), which the browser styles and
 * lays out one by one.
 */
const PROSE_LENGTH = 40;

/**
 * A text with a full-width comma, stop, semicolon, question or exclamation mark (GB/T 15834-2011)
 * is a sentence, however short: "2024年没有这项数据，无从比较。", a note, a source line. It breaks
 * as prose does. Not the colon: it joins a label to its title in navigation and lists
 * (开放数据：以CSV和JSON格式下载全部数据, 工作领域：儿童健康与发展), which keep their words whole;
 * nor the enumeration comma 、, which lists words inside a label (省、县两级专家). Headings and
 * title classes keep every phrase whatever marks they carry.
 */
const SENTENCE = /[，。；？！]/;

/** True when a block's (or a lone text's) text is prose: long, or a sentence (see PROSE_LENGTH, SENTENCE). */
const isProse = (length: number, sentence: boolean) => sentence || length >= PROSE_LENGTH;

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements whose text is judged as one block, prose or not (see isProse). */
const BLOCKS = new Set(['p', 'li', 'dt', 'dd', 'td', 'th', 'caption', 'figcaption', 'blockquote', 'summary']);
/** A class token that names a title, subtitle or label (chart__title, gallery__subtitle, stat-card__label, eyebrow): set as a heading is. */
const TITLE_CLASS = /(?:^|[_-])(?:sub)?(?:title|label|eyebrow)$/;

/**
 * Whether the text of each element of BLOCKS in `html` is prose (see isProse: its length in UTF-16
 * units, and whether it holds a SENTENCE mark), by the offset of its start tag: a first pass, so
 * that the second knows a paragraph's verdict before its first text.
 */
function blockVerdicts(html: string): Map<number, boolean> {
  const verdicts = new Map<number, boolean>();
  const open: { name: string; start: number; length: number; sentence: boolean }[] = [];
  const close = (block: (typeof open)[number]) => verdicts.set(block.start, isProse(block.length, block.sentence));
  const parser = new Parser(
    {
      onopentag(name) {
        if (BLOCKS.has(name)) open.push({ name, start: parser.startIndex, length: 0, sentence: false });
      },
      ontext(data) {
        const sentence = SENTENCE.test(data);
        for (const block of open) {
          block.length += data.length;
          block.sentence ||= sentence;
        }
      },
      onclosetag(name) {
        if (!BLOCKS.has(name)) return;
        const at = open.findLastIndex((block) => block.name === name);
        if (at >= 0) for (const block of open.splice(at)) close(block);
      },
    },
    PARSER_OPTIONS,
  );
  parser.end(html);
  for (const block of open) close(block);
  return verdicts;
}

/**
 * A phrase as markup: wrapped when it is worth keeping whole (two to LONGEST characters, Chinese,
 * no space: a run with Latin words and spaces breaks at its spaces as usual); in prose, only a
 * phrase with a figure in it.
 */
function keepTogether(phrase: string, prose: boolean): string {
  const length = [...phrase].length;
  if (length < 2 || length > LONGEST || /\s/.test(phrase) || !/\p{Script=Han}/u.test(phrase)) return phrase;
  if (prose && !DIGIT.test(phrase)) return phrase;
  return `<span class="${PHRASE_CLASS}">${phrase}</span>`;
}

/**
 * Text already cut, by its content and whether it is prose: the header, the navigation, the footer
 * and the cards repeat the same Chinese texts on every page, and BudouX with ICU costs about 10 µs
 * a character, so each distinct text is segmented once per build and kind (about 3 000 texts in
 * all; the build is one process). Cleared past MEMO_LIMIT entries so a very large site cannot grow
 * it without end.
 */
const memo = new Map<string, string>();
const MEMO_LIMIT = 50_000;

/** `data` with its phrases wrapped (see keepTogether), or `data` itself when nothing is. */
function wrapPhrases(data: string, prose: boolean): string {
  const key = prose ? `p${data}` : `s${data}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const breaks = chineseBreaks(data);
  let out = data;
  // A text that is one phrase is left as it is (a label alone in its box), unless it is a figure
  // (超过300万名 in a link, 74.8万 on a card): the text around its element, or a narrow box, could
  // otherwise break inside it.
  if (breaks.length > 0 || DIGIT.test(data)) {
    const cuts = [0, ...breaks, data.length];
    out = '';
    for (let i = 0; i + 1 < cuts.length; i++) out += keepTogether(data.slice(cuts[i], cuts[i + 1]), prose);
  }
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, out);
  return out;
}

interface Open {
  name: string;
  lang: string;
  skipped: boolean;
  /** Inside an h1–h6 or an element with a TITLE_CLASS class. */
  heading: boolean;
  /** The verdict of the nearest element of BLOCKS; undefined outside any (each text judged alone). */
  prose: boolean | undefined;
}

/**
 * `html` with the Chinese phrases of every text whose language (the nearest `lang` attribute) is
 * Chinese kept whole (all of them in headings and short texts, only the figures in prose and
 * short sentences: see isProse), outside the elements in SKIPPED. Returns the input unchanged when there is
 * nothing to break. Throws if the parser's positions ever disagree with the text it
 * reports, rather than writing a damaged page.
 */
export function breakChinesePhrases(html: string): string {
  const verdicts = blockVerdicts(html);
  const stack: Open[] = [{ name: '#document', lang: '', skipped: false, heading: false, prose: undefined }];
  const edits: { start: number; end: number; text: string }[] = [];
  let attributes: Record<string, string> = {};
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        attributes = attrs;
        if (VOID.has(name)) return;
        const parent = stack.at(-1)!;
        stack.push({
          name,
          lang: (attributes.lang ?? parent.lang).toLowerCase(),
          skipped: parent.skipped || SKIPPED.has(name),
          heading:
            parent.heading ||
            HEADINGS.has(name) ||
            (attributes.class ?? '').split(/\s+/).some((token) => TITLE_CLASS.test(token)),
          prose: BLOCKS.has(name) ? (verdicts.get(parser.startIndex) ?? false) : parent.prose,
        });
      },
      onclosetag(name) {
        if (VOID.has(name)) return;
        // Close back to the matching element; htmlparser2 reports implied closings too.
        const at = stack.findLastIndex((open) => open.name === name);
        if (at > 0) stack.length = at;
      },
      ontext(data) {
        const current = stack.at(-1)!;
        if (current.skipped || !current.lang.startsWith('zh')) return;
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        if (html.slice(start, end) !== data)
          throw new Error(`breakChinesePhrases: text at ${start} does not match the page (parser out of step)`);
        const out = wrapPhrases(data, !current.heading && (current.prose ?? isProse(data.length, SENTENCE.test(data))));
        if (out === data) return;
        // One span around the whole text: in a flex or grid container (a .button, a card) each
        // phrase span would otherwise become an item of its own, set apart by the gap and read
        // by screen readers with a space between. A text that is one kept phrase (2024年, 74.8万)
        // is one span already, and needs no second: every element is styled and laid out.
        const single = out === `<span class="${PHRASE_CLASS}">${data}</span>`;
        edits.push({ start, end, text: single ? out : `<span class="ph">${out}</span>` });
      },
    },
    PARSER_OPTIONS,
  );
  parser.end(html);
  if (edits.length === 0) return html;
  let result = '';
  let from = 0;
  for (const edit of edits) {
    result += html.slice(from, edit.start) + edit.text;
    from = edit.end;
  }
  return result + html.slice(from);
}
