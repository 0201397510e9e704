/**
 * The year's edition in full (/{lang}/{year}/edition/, the page the PDF edition is printed from):
 * which stories it holds in which order, what each is called, and how their bodies keep their
 * element ids apart when several stories share one page. Pure.
 */
import { t } from '../i18n/index.ts';
import type { Lang } from '../i18n/languages.ts';
import { formatMonthYear } from '../i18n/format.ts';
import { parentOf, readingOrder, slugOf, type StoryRecord } from '../model/stories.ts';

/** One story of the edition, as its section there is headed. */
export interface EditionEntry<S extends StoryRecord = StoryRecord> {
  story: S;
  /** What it is: "Chapter 2", "Part of chapter 2", "Highlight · March 2023". */
  eyebrow: string;
  /** Its section's id on the page, and the prefix of the ids in its body: `story-health`, `story-highlights-healthy-food`. */
  anchor: string;
}

/**
 * A year's stories in the order a reader meets them: each chapter followed by its parts, then the
 * monthly highlights. `stories` is one language's stories (any years).
 */
export function editionEntries<S extends StoryRecord>(stories: S[], year: number, lang: Lang): EditionEntry<S>[] {
  const eyebrow = (story: S) => {
    if (story.data.kind === 'highlight')
      return t(lang, 'story.highlight', { date: formatMonthYear(story.data.month ?? 1, story.data.year, lang) });
    const parent = parentOf(stories, story);
    return parent
      ? t(lang, 'story.partOfChapter', { order: parent.data.order })
      : t(lang, 'story.chapter', { order: story.data.order });
  };
  return (['chapter', 'highlight'] as const).flatMap((kind) =>
    (readingOrder(stories, year, kind) as S[]).map((story) => ({
      story,
      eyebrow: eyebrow(story),
      anchor: `story-${story.data.kind === 'highlight' ? 'highlights-' : ''}${slugOf(story)}`,
    })),
  );
}

const idAttribute = /\sid="([^"]+)"/g;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `html` with every id it defines prefixed (`newborns` → `story-health-newborns`), and every
 * reference to those ids inside it rewritten to match: `href="#…"`, `for`, `aria-labelledby`,
 * `aria-describedby`, `aria-controls` and SVG `url(#…)`. So two stories on one page that show the
 * same chart, or a heading of the same words, never give two elements one id (which the HTML
 * checkers reject and which would send a link to the wrong story). Ids defined outside `html` are
 * left alone. Works on markup as Astro renders it (attributes in double quotes).
 */
export function scopeIds(html: string, prefix: string): string {
  const ids = new Set([...html.matchAll(idAttribute)].map((match) => match[1]!));
  if (ids.size === 0) return html;
  const scoped = (id: string) => (ids.has(id) ? `${prefix}-${id}` : id);
  const alternatives = [...ids]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  return html
    .replace(idAttribute, (_, id: string) => ` id="${scoped(id)}"`)
    .replace(/\shref="#([^"]+)"/g, (_, id: string) => ` href="#${scoped(id)}"`)
    .replace(
      /\s(for|aria-labelledby|aria-describedby|aria-controls)="([^"]+)"/g,
      (_, name: string, list: string) => ` ${name}="${list.split(/\s+/).map(scoped).join(' ')}"`,
    )
    .replace(new RegExp(`url\\(#(${alternatives})\\)`, 'g'), (_, id: string) => `url(#${scoped(id)})`);
}
