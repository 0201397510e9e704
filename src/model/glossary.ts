/**
 * The glossary at work: finding the wordings the site avoids in any text editors write, and
 * marking the first use of each term on a page so its definition is one link away (no JavaScript).
 * Pure: works on text and the parsed terms of content/glossary.yaml.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';
import type { ContentProblem } from './errors.ts';
import type { Lang } from '../i18n/languages.ts';
import { writing } from '../i18n/writing.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isLatin = (text: string) => /^[\p{Script=Latin}\d\s'’\-.,()]+$/u.test(text);

/**
 * A pattern for one wording: Latin wordings as whole words (so "Turkey" does not match inside
 * "Turkeys" or "Türkiye"), Chinese ones anywhere. `caseless` for finding uses at a sentence start.
 */
function wordingPattern(wording: string, caseless = false): RegExp {
  const body = escape(wording);
  const flags = `gu${caseless ? 'i' : ''}`;
  return isLatin(wording)
    ? new RegExp(`(?<![\\p{L}\\p{N}-])${body}(?![\\p{L}\\p{N}-])`, flags)
    : new RegExp(body, flags);
}

/** One avoided wording found in a text. */
export interface AvoidedUse {
  term: GlossaryTerm;
  /** The wording as found. */
  found: string;
  /** The language whose preferred wording replaces it. */
  lang: Lang;
  /** Offset in the text. */
  index: number;
}

/**
 * Every avoided wording in a text, in order. Preferred wordings and variants of all terms are set
 * aside first, so an avoided form inside an accepted name is not reported ("South-South
 * Cooperation" inside "Global Development and South-South Cooperation Fund").
 */
export function findAvoided(text: string, terms: GlossaryTerm[]): AvoidedUse[] {
  const accepted: [number, number][] = [];
  for (const term of terms) {
    for (const wording of [term.en, term.zh, ...term.variants.en, ...term.variants.zh]) {
      for (const match of text.matchAll(wordingPattern(wording)))
        accepted.push([match.index, match.index + match[0].length]);
    }
  }
  const insideAccepted = (start: number, end: number) =>
    accepted.some(([from, to]) => from <= start && end <= to && to - from > end - start);
  const uses: AvoidedUse[] = [];
  for (const term of terms) {
    for (const lang of ['en', 'zh'] as const) {
      for (const avoided of term.avoid[lang]) {
        for (const match of text.matchAll(wordingPattern(avoided))) {
          if (!insideAccepted(match.index, match.index + match[0].length))
            uses.push({ term, found: match[0], lang, index: match.index });
        }
      }
    }
  }
  return uses.sort((a, b) => a.index - b.index);
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

const message = (use: AvoidedUse) =>
  `uses “${use.found}”, a wording the glossary avoids: write “${use.term[use.lang]}” (content/glossary.yaml, term ${use.term.id})`;

/**
 * Avoided wordings in an MDX file (a story or a page), each with its line and the frontmatter
 * field it is in ('body' below the frontmatter).
 */
export function checkMdxWording(file: string, text: string, terms: GlossaryTerm[]): ContentProblem[] {
  const lines = text.split('\n');
  const end = lines[0]?.trim() === '---' ? lines.findIndex((line, index) => index > 0 && line.trim() === '---') : -1;
  return findAvoided(text, terms).map((use) => {
    const line = lineAt(text, use.index);
    let field = 'body';
    if (line - 1 < end) {
      for (let index = line - 1; index > 0; index -= 1) {
        const key = /^([A-Za-z][\w-]*):/.exec(lines[index]!);
        if (key) {
          field = key[1]!;
          break;
        }
      }
    }
    return { file, line, field, message: message(use) };
  });
}

/**
 * Avoided wordings in a YAML file (years, metrics, charts), each with its line and field path
 * (`values[0].note.zh`). Only text values are read, never keys or ids.
 * @throws nothing: a file that is not valid YAML yields no problems here (the schema check reports it)
 */
export function checkYamlWording(file: string, text: string, terms: GlossaryTerm[]): ContentProblem[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  if (document.errors.length) return [];
  const problems: ContentProblem[] = [];
  visit(document, {
    Scalar(key, node, path) {
      if (key === 'key' || typeof node.value !== 'string' || !node.range) return;
      const fieldParts: (string | number)[] = [];
      const chain = [...path, node] as unknown[];
      chain.forEach((ancestor, index) => {
        const child = chain[index + 1];
        if (isSeq(ancestor)) fieldParts.push(ancestor.items.indexOf(child as Node));
        else if (isMap(ancestor)) {
          const pair = ancestor.items.find((item) => item === child);
          if (pair && isScalar(pair.key)) fieldParts.push(String(pair.key.value));
        }
      });
      const field = fieldParts.reduce<string>(
        (out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part),
        '',
      );
      for (const use of findAvoided(node.value, terms)) {
        // The scalar's own text starts at its range; quoted and block scalars keep lines, so count from there.
        const start = node.range[0] + Math.max(0, text.slice(node.range[0], node.range[1]).indexOf(use.found));
        problems.push({ file, line: lineCounter.linePos(start).line, field, message: message(use) });
      }
    },
  });
  return problems;
}

/** A glossary term as a story page lists it under "Terms used on this page". */
export interface TermOnPage {
  id: string;
  term: string;
  definition: string;
  /** The anchor of its definition: `term-{id}`. */
  anchor: string;
}

/** Elements whose text is never marked: links, headings, charts and the like. */
const skipped = new Set([
  'a',
  'svg',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figure',
  'script',
  'style',
  'code',
  'pre',
  'dfn',
  'button',
  'nav',
  'table',
  'template',
  'title',
  'desc',
]);

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Links the first use of each glossary term in a page's rendered HTML to its definition
 * (`<a class="term" href="#term-{id}">…</a>`), and returns the terms used, in order of first use,
 * for the page's "Terms used on this page" list. Text inside links, headings, charts, tables and
 * code is left alone. Matches ignore capitals in a language that has them (a term may start a
 * sentence).
 *
 * The HTML is split at its tags by hand rather than parsed into a tree (satteri's htmlToHast) and
 * written back: the input is the markup Astro's MDX just rendered (no comments, no `>` inside
 * attribute values), and a parse-and-serialise round trip would rewrite every page's markup
 * (entities, quoting, void elements), not only the text around a term.
 */
export function markFirstUses(html: string, terms: GlossaryTerm[], lang: Lang): { html: string; used: TermOnPage[] } {
  const pending = new Map(terms.map((term) => [term.id, term]));
  const used: TermOnPage[] = [];
  const stack: string[] = [];
  const pieces = html.split(/(<[^>]*>)/);
  const out = pieces.map((piece) => {
    if (piece.startsWith('<')) {
      const tag = /^<\/?\s*([a-zA-Z][\w-]*)/.exec(piece)?.[1]?.toLowerCase();
      if (tag && skipped.has(tag) && !piece.endsWith('/>')) {
        if (piece.startsWith('</')) {
          const at = stack.lastIndexOf(tag);
          if (at >= 0) stack.splice(at);
        } else stack.push(tag);
      }
      return piece;
    }
    if (stack.length || !piece.trim() || pending.size === 0) return piece;
    const found: { term: GlossaryTerm; index: number; text: string }[] = [];
    for (const term of pending.values()) {
      for (const wording of [term[lang], ...term.variants[lang]]) {
        const match = wordingPattern(escapeHtml(wording), writing[lang].hasCase).exec(piece);
        const earlier = found.find((entry) => entry.term === term);
        if (match && (!earlier || match.index < earlier.index)) {
          if (earlier) found.splice(found.indexOf(earlier), 1);
          found.push({ term, index: match.index, text: match[0] });
        }
      }
    }
    found.sort((a, b) => a.index - b.index);
    let out = '';
    let at = 0;
    for (const entry of found) {
      if (entry.index < at) continue; // overlaps a term already linked in this text
      const anchor = `term-${entry.term.id}`;
      out += `${piece.slice(at, entry.index)}<a class="term" href="#${anchor}">${entry.text}</a>`;
      at = entry.index + entry.text.length;
      pending.delete(entry.term.id);
      used.push({ id: entry.term.id, term: entry.term[lang], definition: entry.term.definition[lang], anchor });
    }
    return out + piece.slice(at);
  });
  return { html: out.join(''), used };
}
