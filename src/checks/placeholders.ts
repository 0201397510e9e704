/**
 * The placeholder texts the scaffolds write (src/editor/scaffold.ts: `npm run new:story`,
 * `npm run new:metric`), kept here so the content check can find any left in content/: a page
 * titled "Write the title of this story here" builds and looks finished. A scaffold that writes a
 * new placeholder adds it to `placeholders`, and the check finds it with no other change.
 */
import type { Lang } from '../i18n/languages.ts';
import type { ContentProblem } from '../model/errors.ts';

/** Title and summary of a new story, by language. */
export const storyPlaceholders: Record<Lang, { title: string; summary: string }> = {
  en: {
    title: 'Write the title of this story here, in a few words',
    summary:
      'Replace this with one or two sentences that say what the story is about: they appear under the title, in lists and in search results.',
  },
  zh: {
    title: '在此填写故事标题',
    summary: '请在此用一两句话概括故事内容：这段文字会显示在标题下方、列表中和搜索结果中。',
  },
};

/** The sentences of a new story's body that the editor replaces, by language. */
export const storyBodyPlaceholders: Record<Lang, { opening: string; paragraph: string }> = {
  en: {
    opening: 'Start with one or two sentences that tell the reader why this work matters for children.',
    paragraph: 'Replace this paragraph with your own text',
  },
  zh: {
    opening: '先用一两句话说明这项工作为什么对儿童很重要。',
    paragraph: '请用自己的文字改写本段',
  },
};

/** Label and definition of a new metric, by language. */
export const metricPlaceholders: Record<'label' | 'definition', Record<Lang, string>> = {
  label: {
    en: 'Replace with what is counted, as a phrase that reads well after the number',
    zh: '在此填写统计对象（接在数字后面读起来通顺的短语）',
  },
  definition: {
    en: 'Replace with one or two sentences that say exactly what is counted, as the source defines it.',
    zh: '请在此用一两句话准确说明统计的是什么，与资料来源的定义保持一致。',
  },
};

/** Every placeholder, each with what the editor writes in its place. */
export const placeholders: { text: string; instead: string }[] = [
  ...Object.values(storyPlaceholders).flatMap((texts) => [
    { text: texts.title, instead: "the story's own title" },
    { text: texts.summary, instead: "the story's own summary" },
  ]),
  ...Object.values(storyBodyPlaceholders).flatMap((texts) => [
    { text: texts.opening, instead: 'the opening of the story' },
    { text: texts.paragraph, instead: 'the paragraph in your own words' },
  ]),
  ...Object.values(metricPlaceholders.label).map((text) => ({ text, instead: 'what the figure counts' })),
  ...Object.values(metricPlaceholders.definition).map((text) => ({ text, instead: 'the definition from the source' })),
];

/**
 * Placeholders left in one file's text (YAML or MDX, read as written, so each is found with its
 * line). Comments are not read by visitors and are not reported: the scaffolds' notes may stay.
 */
export function checkPlaceholders(file: string, text: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const placeholder of placeholders) {
    let index = text.indexOf(placeholder.text);
    while (index !== -1) {
      const lineStart = text.lastIndexOf('\n', index) + 1;
      const line = text.slice(lineStart, text.indexOf('\n', index) === -1 ? undefined : text.indexOf('\n', index));
      if (!/^\s*(#|\{\/\*)/.test(line)) {
        problems.push({
          file,
          line: text.slice(0, index).split('\n').length,
          field: '',
          message: `still has the placeholder "${placeholder.text.length > 50 ? `${placeholder.text.slice(0, 50)}…` : placeholder.text}" written by the scaffold: replace it with ${placeholder.instead}`,
        });
      }
      index = text.indexOf(placeholder.text, index + placeholder.text.length);
    }
  }
  return problems;
}
