import type { APIRoute, GetStaticPaths } from 'astro';
import { storyReferences } from '../../../../checks/story-references.ts';
import { languages, type Lang } from '../../../../i18n/languages.ts';
import { loadAreas, loadMetrics, loadSources, loadStories } from '../../../../model/collections.ts';
import { parentOf } from '../../../../model/stories.ts';
import { fileResponse } from '../../../../share/share-files.ts';
import { storyPicture, storyPreviewPng } from '../../../../share/story-pictures.ts';

/** /og/{lang}/stories/{year}/{slug}.png: a story's 1200×630 social preview, in its language. */
export const getStaticPaths = (async () => {
  const perLanguage = await Promise.all(languages.map(async (lang) => ({ lang, stories: await loadStories(lang) })));
  return perLanguage.flatMap(({ lang, stories }) =>
    stories.map((story) => ({
      params: { lang, story: story.path },
      props: { story, chapterOrder: (parentOf(stories, story) ?? story).data.order },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const [metrics, areas, sources] = await Promise.all([loadMetrics(), loadAreas(), loadSources()]);
  const { story, chapterOrder } = props;
  const input = storyPicture(
    { data: story.data },
    storyReferences(story.entry.body ?? '').inOrder,
    { metrics, areas, sources },
    params.lang as Lang,
    chapterOrder,
  );
  return fileResponse(await storyPreviewPng(input), 'image/png');
};
