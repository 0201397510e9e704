/**
 * Puts a `<wbr>` at every Chinese phrase break (src/i18n/phrases.ts) into the text of a built
 * HTML page, and changes nothing else: the page is tokenised by htmlparser2 (a kept HTML parser)
 * for the positions of its text, and only those spans of the original string are rewritten, so
 * attributes, scripts, styles (and so their CSP hashes) and the markup stay byte for byte.
 */
import { Parser } from 'htmlparser2';
import { chineseBreaks } from './phrases.ts';

/**
 * Elements whose text is not laid out as lines of the page: nothing in them is touched (a
 * `<wbr>` is not allowed in <title>, <option> or <textarea>, and means nothing inside SVG text).
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

interface Open {
  name: string;
  lang: string;
  skipped: boolean;
}

/**
 * `html` with `<wbr>` at the Chinese phrase breaks of every text whose language (the nearest
 * `lang` attribute) is Chinese, outside the elements in SKIPPED. Returns the input unchanged when
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
        const breaks = chineseBreaks(data);
        if (breaks.length === 0) return;
        let out = '';
        let from = 0;
        for (const index of breaks) {
          out += `${data.slice(from, index)}<wbr>`;
          from = index;
        }
        edits.push({ start, end, text: out + data.slice(from) });
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
