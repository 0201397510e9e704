/**
 * The preview picture of the year overviews and the home page, found from the page's route, so
 * that BaseLayout gives them one without each page having to ask (stories pass theirs from
 * StoryLayout; chart and figure pages theirs from their pages). Kept apart from
 * story-pictures.ts because it reads the content collections, which only exist inside Astro.
 */
import type { Lang } from '../i18n/languages.ts';
import { loadAreas, loadMetrics, loadSources, loadYears } from '../model/collections.ts';
import { PREVIEW_SIZE } from '../routes/urls.ts';
import { homePicture, homePicturePath, storyPictureAlt, yearPicture, yearPicturePath } from './story-pictures.ts';

export interface PageImage {
  src: string;
  width: number;
  height: number;
  alt: string;
  /** Its media type when not PNG (a story's lead photo is a JPEG). */
  type?: string;
}

/**
 * The picture of the page at `route` ('' for home, '2024/' for a year), or undefined for routes
 * that have none of these. Throws what yearPicture/homePicture throw for content they cannot draw.
 */
export async function routePicture(lang: Lang, route: string): Promise<PageImage | undefined> {
  const year = /^(\d{4})\/$/.exec(route)?.[1];
  if (route !== '' && !year) return undefined;
  const [years, metrics, areas, sources] = await Promise.all([loadYears(), loadMetrics(), loadAreas(), loadSources()]);
  const content = { metrics, areas, sources };
  if (!year) {
    const input = homePicture(years, content, lang);
    return { src: homePicturePath(lang), ...PREVIEW_SIZE, alt: storyPictureAlt(input) };
  }
  const review = years.find((candidate) => candidate.year === Number(year));
  if (!review) return undefined;
  return {
    src: yearPicturePath(lang, review.year),
    ...PREVIEW_SIZE,
    alt: storyPictureAlt(yearPicture(review, content, lang)),
  };
}
