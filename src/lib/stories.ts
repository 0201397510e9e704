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

export const slugOf = (story: StoryRecord) => story.path.split('/').pop() ?? story.path;

/** A year's chapters (or highlights) in reading order. */
export function storiesOf(stories: StoryRecord[], year: number, kind: Story['kind']): StoryRecord[] {
  return stories
    .filter((story) => story.data.year === year && story.data.kind === kind)
    .sort((a, b) => a.data.order - b.data.order || (a.data.month ?? 0) - (b.data.month ?? 0) || a.path.localeCompare(b.path));
}

export interface Neighbours {
  previous: StoryRecord | undefined;
  next: StoryRecord | undefined;
}

/** The stories before and after this one among the same year's stories of the same kind. */
export function neighboursOf(stories: StoryRecord[], story: StoryRecord): Neighbours {
  const list = storiesOf(stories, story.data.year, story.data.kind);
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
    .filter((candidate) => candidate.data.kind === 'chapter' && candidate.data.year !== story.data.year && slugOf(candidate) === wanted)
    .sort((a, b) => a.data.year - b.data.year);
}

/** Highlights grouped by month, in calendar order, for the timeline page. */
export function highlightsByMonth(stories: StoryRecord[], year: number): { month: number; stories: StoryRecord[] }[] {
  const highlights = storiesOf(stories, year, 'highlight');
  const months = [...new Set(highlights.map((story) => story.data.month ?? 0))].sort((a, b) => a - b);
  return months.map((month) => ({ month, stories: highlights.filter((story) => (story.data.month ?? 0) === month) }));
}
