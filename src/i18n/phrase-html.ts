/**
 * Keeps every Chinese phrase (src/i18n/phrases.ts) on one line in the text of a built HTML page:
 * each phrase of two or more characters is wrapped in `<span class="w">`, which the stylesheet
 * sets `white-space: nowrap`, so a line can only break between phrases. Not `<wbr>` with
 * `word-break: keep-all`: Chromium reads a `<wbr>` as a space in accessible names ("分享到 微博")
 * and breaks at it even inside `white-space: nowrap`. Nothing else changes: the page is tokenised by htmlparser2 (a kept HTML parser)
 * for the positions of its text, and only those spans of the original string are rewritten, so
 * attributes, scripts, styles (and so their CSP hashes) and the markup stay byte for byte.
 */
import { Parser } from 'htmlparser2';
import { chineseBreaks } from './phrases.ts';

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
 * A phrase as markup: wrapped when it is worth keeping whole (two to LONGEST characters, Chinese,
 * no space: a run with Latin words and spaces breaks at its spaces as usual).
 */
function keepTogether(phrase: string): string {
  const length = [...phrase].length;
  if (length < 2 || length > LONGEST || /\s/.test(phrase) || !/\p{Script=Han}/u.test(phrase)) return phrase;
  return `<span class="${PHRASE_CLASS}">${phrase}</span>`;
}

/**
 * Text already cut, by its content: the header, the navigation, the footer and the cards repeat
 * the same Chinese texts on every page, and BudouX with ICU costs about 10 µs a character, so
 * each distinct text is segmented once per build (about 3 000 texts in all; the build is one
 * process). Cleared past MEMO_LIMIT entries so a very large site cannot grow it without end.
 */
const memo = new Map<string, string>();
const MEMO_LIMIT = 50_000;

/** `data` with its phrases wrapped (see keepTogether), or `data` itself when nothing is. */
function wrapPhrases(data: string): string {
  const known = memo.get(data);
  if (known !== undefined) return known;
  const breaks = chineseBreaks(data);
  let out = data;
  if (breaks.length > 0) {
    const cuts = [0, ...breaks, data.length];
    out = '';
    for (let i = 0; i + 1 < cuts.length; i++) out += keepTogether(data.slice(cuts[i], cuts[i + 1]));
  }
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(data, out);
  return out;
}

interface Open {
  name: string;
  lang: string;
  skipped: boolean;
}

/**
 * `html` with the Chinese phrases of every text whose language (the nearest `lang` attribute) is
 * Chinese kept whole, outside the elements in SKIPPED. Returns the input unchanged when
 * there is nothing to break. Throws if the parser's positions ever disagree with the text it
 * reports, rather than writing a damaged page.
 */
export function breakChinesePhrases(html: string): string {
  const stack: Open[] = [{ name: '#document', lang: '', skipped: false }];
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
        const out = wrapPhrases(data);
        if (out === data) return;
        // One span around the whole text: in a flex or grid container (a .button, a card) each
        // phrase span would otherwise become an item of its own, set apart by the gap and read
        // by screen readers with a space between.
        edits.push({ start, end, text: `<span class="ph">${out}</span>` });
      },
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true },
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
