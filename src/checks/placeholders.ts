/**
 * The placeholder texts the scaffolds write (src/editor/scaffold.ts: `npm run new:story`,
 * `npm run new:metric`, `npm run new:year`, `npm run new:source`), kept here so the content check
 * can find any left in content/: a page titled "Write the title of this story here" builds and
 * looks finished. Two checks:
 * - `checkPlaceholders(file, text)` reads one file as written and reports each story or metric
 *   placeholder with its line (a scaffold that writes a new one of these adds it to `placeholders`);
 * - `checkScaffoldFields(content)` reads parsed content and reports, by file and field, the year and
 *   source placeholders and a year with no key figure yet: a scaffolded year or source passes the
 *   schemas so the other scaffolds can use it at once, but neither the check nor the build lets it
 *   be published before an editor has written its texts.
 * Pure: works on text or parsed content.
 */
import type { ContentProblem } from '../model/errors.ts';
import type { Bilingual } from '../schemas/common.ts';
import type { ParsedContent } from './parsed-content.ts';
import { languages, type Lang } from '../i18n/languages.ts';

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

/** What `new:year` writes in content/years/{year}.yaml, field by field. */
export const yearPlaceholders = {
  title: {
    en: 'Write the headline of the year here, in one short sentence',
    zh: '在此用一句话写出本年度的标题',
  },
  intro: {
    en: 'Replace this with two to four sentences introducing the year. Never type a figure: show it as the guide explains.',
    zh: '请在此用两到四句话介绍本年度。不要手动输入数据，请按编辑指南的说明显示数据。',
  },
  approach: {
    en: 'Replace this with one or two sentences on how UNICEF China works, as the year’s source puts it.',
    zh: '请在此用一两句话说明联合国儿童基金会驻华办事处的工作方式，与本年度资料来源的表述一致。',
  },
} as const satisfies Record<string, Bilingual>;

/** What `new:source` writes in content/sources.yaml for texts not given on the command line. */
export const sourcePlaceholders = {
  title: {
    en: 'Write the title of the document here, as it is published',
    zh: '在此填写资料的中文标题',
  },
  section: {
    en: 'Write the heading of this section here, as the document has it',
    zh: '在此填写本章节的标题',
  },
} as const satisfies Record<string, Bilingual>;

const placeholderTexts = new Set<string>(
  [...Object.values(yearPlaceholders), ...Object.values(sourcePlaceholders)].flatMap((text) =>
    languages.map((lang) => text[lang]),
  ),
);

/** True when `text` is one of the placeholders above, as the scaffold wrote it. */
export const isPlaceholder = (text: string | undefined) => text !== undefined && placeholderTexts.has(text.trim());

const langName = { en: 'English', zh: 'Chinese' } as const;

/**
 * Every scaffold placeholder left in a year file or in sources.yaml, and every year that lists no
 * key figure yet (`featured: []`, as `new:year` writes it), each as a problem naming the file, the
 * field (`intro.zh`, `[4].sections[0].title.en`) and what to write instead.
 */
export function checkScaffoldFields(content: ParsedContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const placeholder = (file: string, field: string, what: string): ContentProblem => ({
    file,
    field,
    message: `still holds the placeholder the scaffold wrote: replace it with ${what}`,
  });
  for (const entry of content.years) {
    const { data, file } = entry;
    const what = {
      title: `the ${data.year} headline`,
      intro: `two to four sentences introducing ${data.year}`,
      approach: 'how UNICEF China works, as the source puts it',
    };
    for (const field of ['title', 'intro', 'approach'] as const) {
      for (const lang of languages) {
        if (isPlaceholder(data[field][lang])) {
          problems.push(placeholder(file, `${field}.${lang}`, `${what[field]}, in ${langName[lang]}`));
        }
      }
    }
    if (data.featured.length === 0) {
      problems.push({
        file,
        field: 'featured',
        message: `lists no key figure yet: add the ids of the metrics shown as ${data.year}'s key figures, each with a ${data.year} value (e.g. featured: [partners])`,
      });
    }
  }
  for (const entry of content.sources) {
    const prefix = (entry.path ?? []).map((key) => `[${key}]`).join('');
    const { data, file } = entry;
    for (const lang of languages) {
      if (isPlaceholder(data.title[lang]))
        problems.push(placeholder(file, `${prefix}.title.${lang}`, `the title of ${data.id}, in ${langName[lang]}`));
      data.sections.forEach((section, index) => {
        if (isPlaceholder(section.title[lang]))
          problems.push(
            placeholder(
              file,
              `${prefix}.sections[${index}].title.${lang}`,
              `the heading of the section "${section.id}", in ${langName[lang]}`,
            ),
          );
      });
    }
  }
  return problems;
}
