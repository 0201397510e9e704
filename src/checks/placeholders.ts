/**
 * The placeholder texts `npm run new:year` and `npm run new:source` write (src/editor/scaffold.ts
 * reads them from here), and the check that reports any of them still in content/: a scaffolded
 * year or source passes the schemas so the other scaffolds can use it at once, but neither the
 * check nor the build lets it be published before an editor has written its texts.
 * Pure: works on parsed content.
 */
import type { ContentProblem } from '../model/errors.ts';
import type { Bilingual } from '../schemas/common.ts';
import type { ParsedContent } from './parsed-content.ts';
import { languages } from '../i18n/languages.ts';

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
export function checkPlaceholders(content: ParsedContent): ContentProblem[] {
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
