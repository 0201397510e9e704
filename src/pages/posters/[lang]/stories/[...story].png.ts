import type { APIRoute, GetStaticPaths } from 'astro';
import { storyReferences } from '../../../../checks/story-references.ts';
import { languages, type Lang } from '../../../../i18n/languages.ts';
import { loadContentIndex } from '../../../../model/collections.ts';
import { parentOf } from '../../../../model/stories.ts';
import { fileResponse } from '../../../../share/share-files.ts';
import { posterPng, storyPoster } from '../../../../share/poster-files.ts';

/** /posters/{lang}/stories/{year}/{slug}.png: a story's 1080×1440 poster for WeChat Moments, in its language. */
export const getStaticPaths = (async () => {
  const content = await loadContentIndex();
  return languages.flatMap((lang) => content.storiesOf(lang).map((story) => ({ params: { lang, story: story.path } })));
}) satisfies GetStaticPaths;

/** The poster's PNG bytes: its lead figure is the first its MDX shows, read as the content check reads it. */
export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Lang;
  const content = await loadContentIndex();
  const story = content.stories.require(`${lang}/${params.story}`);
  const chapter = parentOf([...content.storiesOf(lang)], story) ?? story;
  const figures = storyReferences(story.entry.body ?? '').inOrder;
  return fileResponse(await posterPng(storyPoster(content, story, figures, lang, chapter.data.order)), 'image/png');
};
