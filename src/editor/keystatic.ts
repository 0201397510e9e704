/**
 * The content editor's forms (Keystatic, local mode), opened at /keystatic/ under `npm run dev`
 * only (src/integrations/editor.ts). Every collection maps onto the files the site reads
 * (src/checks/content-layout.ts): one YAML file per metric, chart and year, and one MDX file per
 * story and page and language.
 *
 * Validation is the site's own: most fields of the collection forms, and a photo's file, alt text,
 * credit and consent (in a <Photo> and a story's lead photo), run their piece of the Zod schemas
 * (src/schemas/) on the value they are about to write, and show that schema's message
 * (`zodChecked`); the rest (fixed choices, checkboxes, links to other files, a list's length, a
 * year file's year) are limited by the field itself. The props of the other components (Metric,
 * Chart, StatGrid, VideoCard…) have Keystatic's own checks (required, an id's pattern, a URL),
 * which the tests hold to the content check's. Rules that join fields or files (a highlight needs a
 * month, an area must exist) are the content check's, which the dev server runs after every save
 * and prints in its terminal; the editors' guide (content/README.md) says so. tests/unit/editor-forms.test.ts holds every form against its schema
 * (the same field names, and every file of content/ read through the forms without a complaint)
 * and every component the text editor inserts against the props the content check allows
 * (componentProps in src/checks/mdx.ts: the same props, required where the check requires them).
 *
 * The module is bundled for the browser (the editor is a React app): no Node imports.
 */
import { collection, config, fields, type ComponentSchema } from '@keystatic/core';
import { block, inline, wrapper } from '@keystatic/core/content-components';
import { TextArea, TextField } from '@keystar/ui/text-field';
import { Grid } from '@keystar/ui/layout';
import { Text } from '@keystar/ui/typography';
import { createElement, Fragment, useId, type ReactElement } from 'react';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { citation, metric, metricValue, qualifiers, units, zhWords } from '../schemas/metrics.ts';
import { chart, chartKinds } from '../schemas/charts.ts';
import { photoConsents, story, storyImage, type PhotoConsent } from '../schemas/stories.ts';
import { page } from '../schemas/pages.ts';
import { reviewYear } from '../schemas/years.ts';
import { sourceLanguage } from '../schemas/translations.ts';
import { bilingual } from '../schemas/common.ts';
import areasFile from '../../content/areas.yaml?raw';
import sourcesFile from '../../content/sources.yaml?raw';

/** Any form field (text, select, slug, a custom one): what `zodChecked` wraps. */
type AnyField = Extract<ComponentSchema, { kind: 'form' }> & { label?: string };
type StoredValue = unknown;

/** The first message Zod gives for `value`, with the path inside the field, or undefined when it passes. */
export function zodProblem(schema: z.ZodType, value: StoredValue): string | undefined {
  const result = schema.safeParse(value);
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  if (!issue) return 'is not valid';
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
}

/**
 * A Keystatic form field that also runs the site's Zod schema for that field on the value it would
 * write (its `serialize` output; `undefined` when the field writes nothing), refuses to save while
 * the schema fails and shows the schema's message under the input. Throws nothing itself; its
 * `validate` throws an Error with the schema's message, which Keystatic takes as "invalid".
 */
export function zodChecked<F extends AnyField>(field: F, schema: z.ZodType): F {
  const problemOf = (value: never) => {
    const written = (field.serialize as (v: never) => { value: unknown })(value).value;
    // A slug field holds { name, slug }: the name is what the file holds (the file name is the slug).
    const named = written && typeof written === 'object' && 'name' in written && 'slug' in written;
    return zodProblem(schema, named ? written.name : written);
  };
  const Input = (props: { value: never; forceValidation: boolean }): ReactElement => {
    const problem = problemOf(props.value);
    const shown = problem && (props.forceValidation || !isEmpty(props.value));
    return createElement(
      Fragment,
      null,
      createElement(field.Input as unknown as (p: typeof props) => ReactElement | null, props),
      shown ? createElement(Text, { color: 'critical', size: 'small' }, `${field.label ?? ''} ${problem}`) : null,
    );
  };
  return {
    ...field,
    Input,
    validate(value: never, extra: never) {
      const validated = (field.validate as (v: never, e: never) => unknown)(value, extra);
      const problem = problemOf(value);
      if (problem) throw new Error(`${field.label ?? ''} ${problem}`);
      return validated;
    },
  } as F;
}

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (typeof value === 'object' && 'en' in value && 'zh' in value) return !value.en && !value.zh;
  if (typeof value === 'object' && 'name' in value) return !(value as { name: string }).name;
  return false;
}

/** `{ en, zh }` as the form holds it: two strings, empty when left blank. */
interface Pair {
  en: string;
  zh: string;
}
const asPair = (value: unknown): Pair => {
  const object = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  return { en: typeof object.en === 'string' ? object.en : '', zh: typeof object.zh === 'string' ? object.zh : '' };
};

/**
 * English and Chinese side by side: a text the site shows in both languages (`{ en, zh }`). When
 * `optional`, leaving both blank writes nothing (the schema's optional field); one blank side is
 * refused by the schema ("must be the Chinese text").
 */
function bilingualField(label: string, options: { optional?: boolean; multiline?: boolean } = {}) {
  // One props shape for both boxes (TextArea takes what TextField takes).
  const Box = (options.multiline ? TextArea : TextField) as unknown as (props: {
    label: string;
    value: string;
    lang?: string;
    autoFocus?: boolean;
    onChange(value: string): void;
  }) => ReactElement;
  const field = {
    kind: 'form' as const,
    label,
    Input(props: { value: Pair; onChange(value: Pair): void; autoFocus: boolean }): ReactElement {
      return createElement(
        Grid,
        { columns: 'repeat(auto-fit, minmax(16rem, 1fr))', gap: 'regular' },
        createElement(Box, {
          label: `${label} · English`,
          value: props.value.en,
          autoFocus: props.autoFocus,
          onChange: (en: string) => props.onChange({ ...props.value, en }),
        }),
        createElement(Box, {
          label: `${label} · 中文`,
          lang: 'zh-CN',
          value: props.value.zh,
          onChange: (zh: string) => props.onChange({ ...props.value, zh }),
        }),
      );
    },
    defaultValue: (): Pair => ({ en: '', zh: '' }),
    parse: (value: unknown): Pair => asPair(value),
    serialize: (value: Pair) => ({
      value: options.optional && !value.en && !value.zh ? undefined : { en: value.en, zh: value.zh },
    }),
    validate: (value: Pair) => value,
    reader: { parse: (value: unknown) => asPair(value) },
  };
  return zodChecked(field as unknown as AnyField, options.optional ? bilingual.optional() : bilingual);
}

/** A choice of a select field: its value, or its value and the words shown for it. */
type Choice = string | { label: string; value: string };

/** A choice among `options` that may be left out: `none` ("(none)") writes nothing. */
function optionalSelect(label: string, options: readonly Choice[], description?: string, none = '(none)') {
  const inner = fields.select({
    label,
    description,
    options: [
      { label: none, value: '' },
      ...options.map((option) => (typeof option === 'string' ? { label: option, value: option } : option)),
    ],
    defaultValue: '',
  });
  return {
    ...inner,
    parse: (value: unknown) => (value === undefined ? '' : inner.parse(value as never)),
    serialize: (value: string) => ({ value: value === '' ? undefined : value }),
    reader: { parse: (value: unknown) => (value === undefined ? '' : inner.reader.parse(value as never)) },
  };
}

/**
 * A true/false prop whose default suits nearly every use: a checkbox that writes nothing while
 * unticked, and `written` (the value that is not the default) once ticked.
 */
function optionalFlag(label: string, written: boolean, description?: string) {
  const inner = fields.checkbox({ label, description, defaultValue: false });
  const parse = (value: unknown) => {
    if (value !== undefined && typeof value !== 'boolean') throw new Error(`${label} must be true or false`);
    return value === written;
  };
  return {
    ...inner,
    parse,
    serialize: (value: boolean) => ({ value: value ? written : undefined }),
    reader: { parse },
  };
}

interface Listed {
  id: string;
  name?: Pair;
  title?: Pair;
}
/** The programme areas and sources as the site lists them, for the forms' choices. */
const areaOptions = (parseYaml(areasFile) as Listed[]).map((area) => ({
  label: `${area.name?.en ?? area.id} · ${area.name?.zh ?? ''}`,
  value: area.id,
}));
const sourceIds = (parseYaml(sourcesFile) as Listed[]).map((source) => source.id);

const idPattern = {
  regex: /^[a-z0-9]+(-[a-z0-9]+)*$/,
  message: 'lowercase letters, digits and hyphens, like road-safety',
};

/**
 * What a figure's or chart's id says in its form (`en`, `zh`: what it is, in each language): the
 * id is the file's name, so changing it renames the file and deleting the entry deletes it, and
 * the content check stops on a published id whose file is gone (content/published.yaml,
 * src/checks/published.ts).
 */
const idDescription = (en: string, zh: string) =>
  `Lowercase letters, digits and hyphens: the file name and the page's address. Once the ${en} is published, never change its id or delete it (the content check would stop the build): correct the ${en} in place and log the change in content/corrections.yaml · 小写字母、数字和连字符，即文件名和网址。${zh}发布后不得更改标识，也不得删除（否则内容检查会中止构建）；如有错误，请直接修改内容，并在 content/corrections.yaml 中记录更正`;

const areaField = (schema: z.ZodType) =>
  zodChecked(
    fields.select({
      label: 'Programme area · 工作领域',
      options: areaOptions,
      defaultValue: areaOptions[0]?.value ?? '',
    }),
    schema,
  );
const sourcesField = (schema: z.ZodType) =>
  zodChecked(
    fields.multiselect({ label: 'Sources · 资料来源', options: sourceIds.map((value) => ({ label: value, value })) }),
    schema,
  );
const languageField = () =>
  optionalSelect('Written first in · 首先撰写的语言', sourceLanguage.options, 'Left out: the year’s source language');

const yearField = (label: string, schema: z.ZodType, isRequired = true) =>
  zodChecked(fields.integer({ label, validation: { isRequired } }), schema);

/** One yearly value of a figure; the rarer parts (equivalent, breakdown, items) are kept as they are. */
const valueFields = {
  year: yearField('Year · 年份', metricValue.shape.year),
  value: zodChecked(
    fields.number({
      label: 'Value · 数值',
      description: 'Exactly as the source states it: no commas, never rounded',
      validation: { isRequired: true },
    }),
    metricValue.shape.value,
  ),
  qualifier: zodChecked(
    fields.select({
      label: 'Qualifier · 限定词',
      options: qualifiers.map((value) => ({ label: value, value })),
      defaultValue: 'exact',
    }),
    metricValue.shape.qualifier,
  ),
  zhWord: optionalSelect('Chinese “more than” · 中文“超过”的写法', zhWords, 'Only with qualifier over'),
  statedIn: yearField('Stated in (baseline) · 基数出自', metricValue.shape.statedIn, false),
  targetYear: yearField('Target year · 目标年份', metricValue.shape.targetYear, false),
  citations: fields.array(
    fields.object({
      source: fields.select({
        label: 'Source · 来源',
        options: sourceIds.map((value) => ({ label: value, value })),
        defaultValue: sourceIds.at(-1) ?? '',
      }),
      section: zodChecked(
        fields.text({ label: 'Section · 章节', validation: { isRequired: true } }),
        citation.shape.section,
      ),
    }),
    {
      label: 'Citations · 出处',
      itemLabel: (props) => `${props.fields.source.value} · ${props.fields.section.value}`,
      validation: { length: { min: 1 } },
    },
  ),
  label: bilingualField('Label for this year · 本年度标签', { optional: true }),
  note: bilingualField('Note · 说明', { optional: true, multiline: true }),
  equivalent: fields.ignored(),
  breakdown: fields.ignored(),
  items: fields.ignored(),
};

/** Each consent the site accepts, in an editor's words (a new one in the schema needs its words here). */
const consentWords: Record<PhotoConsent, string> = {
  given:
    'given: everyone recognisable agreed (a child: the child and a parent or caregiver) · 可辨认的人均已同意（儿童须本人及其父母或照料人同意）',
  'no-one-recognisable': 'no-one-recognisable: no one in it can be recognised · 画面中无可辨认的人',
};

/**
 * The fields of a photo, as a <Photo> in a story's text and a story's lead `image` hold them, each
 * checked by its piece of the site's `storyImage` schema. `src` is typed, not uploaded: the path
 * is the file's place under content/ (/photos/2024/clinic.jpg is content/photos/2024/clinic.jpg,
 * src/components/photos.ts), as the guide and the content check have it. Keystatic's image field
 * would write the file under a folder named after the story (/photos/2024/road-safety/…), could
 * not open a photo kept where the guide puts it, and would delete the file when one language's
 * story stopped showing it while the other still does.
 */
function photoFields() {
  return {
    src: zodChecked(
      fields.text({
        label: 'File · 文件',
        description:
          'Put the photo in content/photos/2024/ (never under public/) and write its path under content/: /photos/2024/clinic.jpg · 照片文件放在 content/photos/2024/（不要放在 public/ 下），此处填写路径中 content/ 之后的部分：/photos/2024/clinic.jpg',
      }),
      storyImage.shape.src,
    ),
    alt: zodChecked(
      fields.text({
        label: 'What the photo shows (alt text) · 替代文字',
        description:
          'Who, doing what, where, for readers who cannot see it · 为看不到照片的读者说明画面：人物、活动和地点',
        multiline: true,
      }),
      storyImage.shape.alt,
    ),
    credit: zodChecked(
      fields.text({
        label: 'Credit · 署名',
        description:
          'As the source credits it, like © UNICEF/China/2024/Name · 与来源的署名一致，如 © UNICEF/China/2024/Name',
      }),
      storyImage.shape.credit,
    ),
    consent: zodChecked(
      optionalSelect(
        'Consent · 同意发布',
        photoConsents.map((value) => ({ label: consentWords[value], value })),
        'Without consent, do not use the photo · 未取得同意不得使用该照片',
        '(choose) · （请选择）',
      ),
      storyImage.shape.consent,
    ),
  };
}

/** What a group's fields hold, by field name. */
type GroupValue = Record<string, unknown>;
/** The props Keystatic gives a form field's input. */
interface InputProps<Value> {
  value: Value;
  onChange(value: Value): void;
  autoFocus: boolean;
  forceValidation: boolean;
}

/**
 * Fields the file holds as one object that may be left out (a story's lead `image`): left all
 * blank, the group writes nothing; once one is filled, each field is checked as it is on its own
 * (shown under it, and saving is refused while one fails). `fields` stays on the result for the
 * tests. Throws, when opening a file, on a field the group does not have (saving would drop it).
 */
function optionalGroup(label: string, description: string, groupFields: Record<string, AnyField>) {
  type Field = AnyField & {
    parse(value: unknown, extra: undefined): unknown;
    serialize(value: unknown): { value: unknown };
    validate(value: unknown, extra: undefined): unknown;
    reader: { parse(value: unknown): unknown };
  };
  const entries = Object.entries(groupFields) as [string, Field][];
  const written = (value: GroupValue) =>
    entries
      .map(([name, field]) => [name, field.serialize(value[name]).value] as const)
      .filter(([, fieldValue]) => fieldValue !== undefined);
  const each = (value: unknown, read: (field: Field, fieldValue: unknown) => unknown): GroupValue => {
    const object = (value ?? {}) as GroupValue;
    if (typeof object !== 'object' || Array.isArray(object)) throw new Error(`${label} must be a group of fields`);
    const unknown = Object.keys(object).filter((name) => !(name in groupFields));
    if (unknown.length) throw new Error(`${label} has a field the form does not know: ${unknown.join(', ')}`);
    return Object.fromEntries(entries.map(([name, field]) => [name, read(field, object[name])]));
  };
  return {
    kind: 'form' as const,
    label,
    fields: groupFields,
    Input(props: InputProps<GroupValue>): ReactElement {
      const labelId = useId();
      const filled = written(props.value).length > 0;
      // Laid out as Keystatic lays out its own groups of fields (fields.object).
      return createElement(
        Grid,
        { role: 'group', gap: 'medium', marginY: 'xlarge', 'aria-labelledby': labelId },
        createElement(Text, { id: labelId, color: 'neutralEmphasis', size: 'medium', weight: 'semibold' }, label),
        createElement(Text, { size: 'regular', color: 'neutralSecondary' }, description),
        createElement(
          Grid,
          { rowGap: 'xlarge' },
          ...entries.map(([name, field]) =>
            createElement(field.Input as unknown as (p: InputProps<unknown> & { key: string }) => ReactElement, {
              key: name,
              value: props.value[name],
              onChange: (fieldValue: unknown) => props.onChange({ ...props.value, [name]: fieldValue }),
              autoFocus: false,
              forceValidation: props.forceValidation && filled,
            }),
          ),
        ),
      );
    },
    defaultValue: (): GroupValue =>
      Object.fromEntries(entries.map(([name, field]) => [name, (field.defaultValue as () => unknown)()])),
    parse: (value: unknown) => each(value, (field, fieldValue) => field.parse(fieldValue, undefined)),
    serialize: (value: GroupValue) => {
      const fieldValues = written(value);
      return { value: fieldValues.length ? Object.fromEntries(fieldValues) : undefined };
    },
    validate(value: GroupValue) {
      if (written(value).length === 0) return value;
      for (const [name, field] of entries) field.validate(value[name], undefined);
      return value;
    },
    reader: {
      parse: (value: unknown) =>
        value === undefined ? null : each(value, (field, fieldValue) => field.reader.parse(fieldValue)),
    },
  };
}

/**
 * The site's components an MDX body may hold (src/components/mdx/), as the editor inserts them:
 * one field per prop the content check allows (componentProps in src/checks/mdx.ts), required
 * where the check requires the prop, and writing nothing when an optional one is left blank.
 * tests/unit/editor-forms.test.ts holds the two together.
 */
export const contentComponents = {
  Metric: inline({
    label: 'Figure (Metric)',
    // Shown in the text where the figure goes: which figure, and which year's value.
    ContentView: ({ value }) => createElement('span', null, `{${value.id || '…'}@${value.year ?? '…'}}`),
    schema: {
      id: fields.text({ label: 'Figure id', validation: { isRequired: true, pattern: idPattern } }),
      year: fields.integer({ label: 'Year', validation: { isRequired: true } }),
      part: fields.text({ label: 'Part of a breakdown (optional)' }),
    },
  }),
  Chart: block({
    label: 'Chart',
    schema: {
      id: fields.text({ label: 'Chart id', validation: { isRequired: true, pattern: idPattern } }),
      heading: optionalSelect(
        'Title as · 标题形式',
        [
          { label: 'h2: a section heading · 二级标题', value: 'h2' },
          { label: 'h3: a sub-heading · 三级标题', value: 'h3' },
          { label: 'p: a caption · 图题', value: 'p' },
          { label: 'h1: only on a page of its own · 仅用于独立页面', value: 'h1' },
        ],
        'Left out: a caption, as in every story',
        '(caption) · （图题）',
      ),
      permalink: optionalFlag('Hide the link to the chart’s page · 隐藏图表页面链接', false),
      highlight: fields.text({
        label: 'Highlighted at first (optional) · 默认突出显示（可选）',
        description: 'A year (2024), a figure and year (newborn-care-training@2024), or a place id',
      }),
    },
  }),
  Photo: block({
    label: 'Photo · 照片',
    // Shown in the text where the photo goes: which file, and what it shows.
    ContentView: ({ value }) => createElement('span', null, `${value.src || '…'} · ${value.alt || '…'}`),
    schema: {
      ...photoFields(),
      caption: fields.text({ label: 'Caption (optional) · 图片说明（可选）' }),
    },
  }),
  StatGrid: block({
    label: 'Key-figure cards (StatGrid)',
    schema: {
      year: fields.integer({ label: 'Year', validation: { isRequired: true } }),
      ids: fields.array(fields.text({ label: 'Figure id', validation: { pattern: idPattern } }), {
        label: 'Figures',
        validation: { length: { min: 1 } },
      }),
    },
  }),
  Callout: wrapper({ label: 'Aside (Callout)', schema: { title: fields.text({ label: 'Title' }) } }),
  VideoCard: wrapper({
    label: 'Video link (VideoCard)',
    schema: {
      href: fields.url({ label: 'Address of the video', validation: { isRequired: true } }),
      title: fields.text({ label: 'Title', validation: { isRequired: true } }),
    },
  }),
  ScrollStory: wrapper({
    label: 'Scrolling chart (ScrollStory)',
    schema: { chart: fields.text({ label: 'Chart id', validation: { isRequired: true, pattern: idPattern } }) },
  }),
  Step: wrapper({ label: 'Scrolling step (Step)', schema: { highlight: fields.text({ label: 'What to highlight' }) } }),
};

/**
 * What the text editor offers besides the components: no Markdown pictures (a photo is a <Photo>
 * with its credit), code blocks or tables, which the site's stories do not use.
 */
const bodyOptions = { image: false, codeBlock: false, table: false } as const;

/** English and Chinese: the two story and page collections of the same layout. */
const languages = [
  { code: 'en', name: 'English' },
  { code: 'zh', name: '中文' },
] as const;

const storySlug = /^\d{4}\/(highlights\/)?[a-z0-9]+(-[a-z0-9]+)*$/;

/** The stories of one language: content/stories/{code}/{year}/{name}.mdx (and highlights/). */
const storyCollection = ({ code, name }: (typeof languages)[number]) =>
  collection({
    label: `Stories · 故事 (${name})`,
    path: `content/stories/${code}/**`,
    slugField: 'title',
    format: { contentField: 'body' },
    entryLayout: 'content',
    columns: ['title'],
    schema: {
      title: zodChecked(
        fields.slug({
          name: { label: 'Title · 标题' },
          slug: {
            label: 'File: year/name · 文件：年份/名称',
            description:
              'Like 2024/road-safety, or 2024/highlights/spring-campaign for a highlight: the same in the English and the Chinese story',
            generate: () => '',
            validation: {
              pattern: { regex: storySlug, message: 'like 2024/road-safety or 2024/highlights/spring-campaign' },
            },
          },
        }),
        story.shape.title,
      ),
      summary: zodChecked(fields.text({ label: 'Summary · 摘要', multiline: true }), story.shape.summary),
      year: yearField('Year · 年份', story.shape.year),
      area: areaField(story.shape.area),
      kind: zodChecked(
        fields.select({
          label: 'Kind · 类型',
          options: [
            { label: 'Chapter · 章节', value: 'chapter' },
            { label: 'Monthly highlight · 月度亮点', value: 'highlight' },
          ],
          defaultValue: 'chapter',
        }),
        story.shape.kind,
      ),
      order: zodChecked(
        fields.integer({ label: 'Order · 顺序', validation: { isRequired: true, min: 1 } }),
        story.shape.order,
      ),
      partOf: zodChecked(fields.text({ label: 'Part of chapter (file name) · 所属章节' }), story.shape.partOf),
      month: zodChecked(fields.integer({ label: 'Month (highlights) · 月份' }), story.shape.month),
      counterpart: zodChecked(fields.text({ label: 'Matching chapter in the other year' }), story.shape.counterpart),
      sources: sourcesField(story.shape.sources),
      image: optionalGroup(
        'Lead photo (optional) · 题图（可选）',
        'At the top of the story, and the picture shown when it is shared: the same file, credit and consent in the English and the Chinese story · 位于故事顶部，也是分享时显示的图片；中英文故事的文件、署名和“同意发布”须相同',
        photoFields(),
      ) as unknown as AnyField,
      sourceLanguage: languageField(),
      body: fields.mdx({ label: `Story · 正文 (${name})`, components: contentComponents, options: bodyOptions }),
    },
  });

/** The standing pages of one language: content/pages/{code}/{name}.mdx. */
const pageCollection = ({ code, name }: (typeof languages)[number]) =>
  collection({
    label: `Pages · 页面 (${name})`,
    path: `content/pages/${code}/*`,
    slugField: 'title',
    format: { contentField: 'body' },
    entryLayout: 'content',
    schema: {
      title: zodChecked(
        fields.slug({ name: { label: 'Title · 标题' }, slug: { label: 'File name · 文件名', generate: () => '' } }),
        page.shape.title,
      ),
      description: zodChecked(fields.text({ label: 'Description · 描述', multiline: true }), page.shape.description),
      order: zodChecked(fields.integer({ label: 'Order · 顺序', validation: { isRequired: true } }), page.shape.order),
      sources: sourcesField(page.shape.sources),
      sourceLanguage: languageField(),
      body: fields.mdx({ label: `Page · 正文 (${name})`, components: contentComponents, options: bodyOptions }),
    },
  });

/**
 * A year file's `year`: a number in the file, and its name. Keystatic's slug fields write text, so
 * this one writes the number and takes the file name from it.
 */
function yearSlugField() {
  const inner = fields.text({
    label: 'Year · 年份',
    validation: { isRequired: true, pattern: { regex: /^\d{4}$/, message: 'a year like 2025' } },
  });
  return {
    ...inner,
    parse: (value: unknown, extra?: { slug: string }) => extra?.slug ?? (value === undefined ? '' : String(value)),
    serialize: (value: string) => ({ value: value === '' ? undefined : Number(value) }),
    serializeWithSlug: (value: string) => ({ slug: value, value: Number(value) }),
  };
}

/** Every form of the editor, in the navigation's order. */
export default config({
  storage: { kind: 'local' },
  ui: {
    brand: { name: 'Year in Review · 年度工作回顾' },
    navigation: {
      'Figures and charts · 数据与图表': ['metrics', 'charts'],
      'Stories · 故事': ['stories-en', 'stories-zh'],
      'Pages and years · 页面与年度': ['pages-en', 'pages-zh', 'years'],
    },
  },
  collections: {
    metrics: collection({
      label: 'Figures · 数据',
      path: 'content/metrics/*',
      slugField: 'id',
      format: 'yaml',
      columns: ['area', 'unit'],
      schema: {
        id: zodChecked(
          fields.slug({
            name: {
              label: 'Id · 标识',
              description: idDescription('figure', '数据'),
              validation: { pattern: idPattern },
            },
          }),
          metric.shape.id,
        ),
        area: areaField(metric.shape.area),
        unit: zodChecked(
          fields.select({
            label: 'Unit · 单位',
            options: units.map((value) => ({ label: value, value })),
            defaultValue: 'people',
          }),
          metric.shape.unit,
        ),
        label: bilingualField('Label · 标签'),
        definition: bilingualField('Definition · 定义', { multiline: true }),
        comparable: fields.checkbox({
          label: 'Years counted the same way (comparable) · 各年度口径一致',
          defaultValue: true,
        }),
        comparabilityNote: bilingualField('Why the years differ · 口径说明', { optional: true, multiline: true }),
        values: fields.array(fields.object(valueFields), {
          label: 'Values, one per year · 各年度数值',
          itemLabel: (props) =>
            `${props.fields.year.value ?? '?'}: ${props.fields.value.value ?? '?'} (${props.fields.qualifier.value})`,
          validation: { length: { min: 1 } },
        }),
      },
    }),
    charts: collection({
      label: 'Charts · 图表',
      path: 'content/charts/*',
      slugField: 'id',
      format: 'yaml',
      columns: ['kind', 'area'],
      schema: {
        id: zodChecked(
          fields.slug({
            name: {
              label: 'Id · 标识',
              description: idDescription('chart', '图表'),
              validation: { pattern: idPattern },
            },
          }),
          chart.shape.id,
        ),
        kind: zodChecked(
          fields.select({
            label: 'Kind · 类型',
            options: chartKinds.map((value) => ({ label: value, value })),
            defaultValue: 'year-comparison',
          }),
          chart.shape.kind,
        ),
        area: areaField(chart.shape.area),
        metrics: fields.multiRelationship({ label: 'Figures drawn, in order · 绘制的数据', collection: 'metrics' }),
        years: fields.ignored(),
        target: zodChecked(fields.text({ label: 'Target figure (target-progress) · 目标数据' }), chart.shape.target),
        facts: fields.multiRelationship({ label: 'Related figures · 相关数据', collection: 'metrics' }),
        places: fields.ignored(),
        year: zodChecked(fields.integer({ label: 'Year (timeline) · 年份' }), chart.shape.year),
        events: fields.ignored(),
        title: bilingualField('Title · 标题'),
        subtitle: bilingualField('Subtitle · 副标题', { optional: true }),
        description: bilingualField('Description for screen readers · 读屏描述', { multiline: true }),
        caveat: bilingualField('Caveat drawn in the chart · 图内提示', { optional: true }),
        notes: fields.array(bilingualField('Note · 注释', { multiline: true }) as unknown as AnyField, {
          label: 'Notes · 注释',
          itemLabel: (props) => String((props.value as Pair).en ?? ''),
        }),
        source: fields.ignored(),
      },
    }),
    years: collection({
      label: 'Years · 年度',
      path: 'content/years/*',
      slugField: 'year',
      format: 'yaml',
      schema: {
        year: yearSlugField(),
        title: bilingualField('Headline · 标题'),
        intro: bilingualField('Introduction · 导言', { multiline: true }),
        approach: bilingualField('Approach · 工作方法', { multiline: true }),
        featured: fields.multiRelationship({ label: 'Key figures, in order · 重点数据', collection: 'metrics' }),
        charts: fields.multiRelationship({ label: 'Charts, in order · 图表', collection: 'charts' }),
        sources: sourcesField(reviewYear.shape.sources),
        sourceLanguage: languageField(),
      },
    }),
    'stories-en': storyCollection(languages[0]),
    'stories-zh': storyCollection(languages[1]),
    'pages-en': pageCollection(languages[0]),
    'pages-zh': pageCollection(languages[1]),
  },
});
