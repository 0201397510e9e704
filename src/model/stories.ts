/**
 * Story look-ups: routes, reading order, previous / next, and the matching chapter of the other
 * year. Pure: works on { path, data } records, whatever loaded them.
 */
import type { Story } from '../schemas/stories.ts';

export interface StoryRecord {
  /** Path under content/stories/{lang}/ without extension: '2024/health', '2023/highlights/healthy-food'. */
  path: string;
  data: Story;
}

/** The site route of a story (without language): '2024/health/'. The file path is the URL. */
export const storyRoute = (story: StoryRecord) => `${story.path}/`;

/** The last part of a story's path: '2023/highlights/healthy-food' → 'healthy-food'. */
export const slugOf = (story: StoryRecord) => story.path.split('/').pop() ?? story.path;

const byOrder = (a: StoryRecord, b: StoryRecord) =>
  a.data.order - b.data.order || (a.data.month ?? 0) - (b.data.month ?? 0) || a.path.localeCompare(b.path);

/** A year's chapters (or highlights) sorted by `order`, parts of chapters included. */
export function storiesOf(stories: StoryRecord[], year: number, kind: Story['kind']): StoryRecord[] {
  return stories.filter((story) => story.data.year === year && story.data.kind === kind).sort(byOrder);
}

/** A numbered chapter of a year's review and the stories that are part of it (`partOf` its slug). */
export interface ChapterGroup {
  chapter: StoryRecord;
  parts: StoryRecord[];
}

/**
 * A year's chapters as the source structures them: the numbered chapters in order, each with the
 * stories that are part of it (the 2024 review has five chapters; road safety sits in health).
 * A part whose chapter is missing is listed as its own group, so no story disappears from the page.
 */
export function chaptersOf(stories: StoryRecord[], year: number): ChapterGroup[] {
  const all = storiesOf(stories, year, 'chapter');
  const numbered = all.filter((story) => !story.data.partOf);
  const groups = numbered.map((chapter) => ({
    chapter,
    parts: all.filter((story) => story.data.partOf === slugOf(chapter)),
  }));
  const placed = new Set(groups.flatMap((group) => [group.chapter, ...group.parts]));
  return [...groups, ...all.filter((story) => !placed.has(story)).map((chapter) => ({ chapter, parts: [] }))];
}

/** The chapter a story is part of (`partOf`), if any. */
export function parentOf(stories: StoryRecord[], story: StoryRecord): StoryRecord | undefined {
  if (!story.data.partOf) return undefined;
  return stories.find(
    (candidate) =>
      candidate.data.year === story.data.year &&
      candidate.data.kind === 'chapter' &&
      slugOf(candidate) === story.data.partOf,
  );
}

/** The order a reader meets a year's stories of one kind in: each chapter followed by its parts. */
export function readingOrder(stories: StoryRecord[], year: number, kind: Story['kind']): StoryRecord[] {
  if (kind === 'highlight') return storiesOf(stories, year, kind);
  return chaptersOf(stories, year).flatMap((group) => [group.chapter, ...group.parts]);
}

export interface Neighbours {
  previous: StoryRecord | undefined;
  next: StoryRecord | undefined;
}

/** The stories before and after this one among the same year's stories of the same kind. */
export function neighboursOf(stories: StoryRecord[], story: StoryRecord): Neighbours {
  const list = readingOrder(stories, story.data.year, story.data.kind);
  const index = list.findIndex((candidate) => candidate.path === story.path);
  return { previous: index > 0 ? list[index - 1] : undefined, next: index >= 0 ? list[index + 1] : undefined };
}

/**
 * The chapter on the same subject in the other review years: the same slug, or the one named by
 * `counterpart`. Highlights have none.
 */
export function counterpartsOf(stories: StoryRecord[], story: StoryRecord): StoryRecord[] {
  if (story.data.kind !== 'chapter') return [];
  const wanted = story.data.counterpart ?? slugOf(story);
  return stories
    .filter(
      (candidate) =>
        candidate.data.kind === 'chapter' && candidate.data.year !== story.data.year && slugOf(candidate) === wanted,
    )
    .sort((a, b) => a.data.year - b.data.year);
}

/** Highlights grouped by month, in calendar order, for the timeline page. */
export function highlightsByMonth(stories: StoryRecord[], year: number): { month: number; stories: StoryRecord[] }[] {
  const highlights = storiesOf(stories, year, 'highlight');
  const months = [...new Set(highlights.map((story) => story.data.month ?? 0))].sort((a, b) => a - b);
  return months.map((month) => ({ month, stories: highlights.filter((story) => (story.data.month ?? 0) === month) }));
}
