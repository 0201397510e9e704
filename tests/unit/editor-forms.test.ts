import { describe, expect, it } from 'vitest';
import { createReader } from '@keystatic/core/reader';
import type { z } from 'astro/zod';
import editorConfig, { contentComponents, zodChecked } from '../../src/editor/keystatic.ts';
import { fields } from '@keystatic/core';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { metric } from '../../src/schemas/metrics.ts';
import { chart } from '../../src/schemas/charts.ts';
import { photoConsents, story, storyImage } from '../../src/schemas/stories.ts';
import { page } from '../../src/schemas/pages.ts';
import { reviewYear } from '../../src/schemas/years.ts';
import { contentLayout } from '../../src/checks/content-layout.ts';
import { componentProps } from '../../src/checks/mdx.ts';

/**
 * The editor's forms (src/editor/keystatic.ts) against the site's Zod schemas (src/schemas/), so
 * the two cannot drift: every field of a schema has a form field (one the form does not edit is
 * kept as it is), every file of content/ opens in its form without a complaint, and a value the
 * schema refuses is refused by the form with the schema's message. The components the text editor
 * inserts (<Photo>, <Chart>, …) have the props the content check allows (componentProps), each
 * required where the check requires it, so nothing inserted through the editor is refused by the
 * check for a missing or unknown prop.
 */
const collections = editorConfig.collections!;
/** Each form, the schema of the files it writes, and the folder (content-layout.ts) it writes to. */
const forms: { name: keyof typeof collections; schema: z.ZodObject; body?: string; folder: string }[] = [
  { name: 'metrics', schema: metric, folder: `content/${contentLayout.metrics.base}/` },
  { name: 'charts', schema: chart, folder: `content/${contentLayout.charts.base}/` },
  { name: 'years', schema: reviewYear, folder: `content/${contentLayout.years.base}/` },
  { name: 'stories-en', schema: story, body: 'body', folder: `content/${contentLayout.stories.base}/en/` },
  { name: 'stories-zh', schema: story, body: 'body', folder: `content/${contentLayout.stories.base}/zh/` },
  { name: 'pages-en', schema: page, body: 'body', folder: `content/${contentLayout.pages.base}/en/` },
  { name: 'pages-zh', schema: page, body: 'body', folder: `content/${contentLayout.pages.base}/zh/` },
];

describe('the editor’s forms', () => {
  it.each(forms)('$name has a field for every field of its schema, and no other', ({ name, schema, body }) => {
    const formFields = Object.keys(collections[name]!.schema).filter((key) => key !== body);
    expect(formFields.sort()).toEqual(Object.keys(schema.shape).sort());
  });

  it.each(forms)('$name writes where the site reads', ({ name, folder }) => {
    expect(collections[name]!.path?.startsWith(folder)).toBe(true);
  });

  it.each(forms)('$name opens every file of content/ without a complaint', async ({ name }) => {
    const reader = createReader(process.cwd(), editorConfig);
    const slugs = await reader.collections[name].list();
    expect(slugs.length).toBeGreaterThan(0);
    for (const slug of slugs) {
      await expect(
        reader.collections[name].read(slug, { resolveLinkedFiles: false }),
        `${name}/${slug}`,
      ).resolves.toBeTruthy();
    }
  });

  it('refuses what the schema refuses, with the schema’s message', () => {
    const id = zodChecked(fields.text({ label: 'Id' }), metric.shape.id);
    expect(() => id.validate('road_safety', undefined)).toThrow(
      /Id must be an id: lowercase letters, digits and hyphens/,
    );
    expect(id.validate('road-safety', undefined)).toBe('road-safety');
    const summary = collections['stories-en']!.schema.summary as typeof id;
    expect(() => summary.validate('Too short', undefined)).toThrow(/at least 10 characters/);
  });

  it('writes nothing for a text left blank in both languages, and refuses one left blank in one', () => {
    const note = collections.charts!.schema.subtitle as ReturnType<typeof fields.text>;
    expect(note.serialize({ en: '', zh: '' } as never).value).toBeUndefined();
    expect(() => note.validate({ en: 'Only English', zh: '' } as never, undefined)).toThrow(
      /zh: must be the Chinese text/,
    );
  });
});

/** A field of a form or of an MDX component, as Keystatic holds it: a form field, or a list of them. */
interface AnyField {
  kind: string;
  label?: string;
  defaultValue?: () => unknown;
  validate?: (value: unknown, extra: unknown) => unknown;
  serialize?: (value: unknown) => { value: unknown };
  validation?: { length?: { min?: number } };
}

/**
 * What a field does when the editor leaves it as it comes: `required` when it refuses to save
 * (the check would report the prop missing), `optional` when it saves and writes nothing (the prop
 * is left out). A field that writes a value nobody chose (a checkbox, a select with a default, an
 * empty list) is neither, and named as such.
 */
function leftEmpty(field: AnyField): 'required' | 'optional' | string {
  if (field.kind === 'array') return (field.validation?.length?.min ?? 0) >= 1 ? 'required' : 'writes an empty list';
  if (field.kind !== 'form' || !field.defaultValue || !field.validate || !field.serialize)
    return `a ${field.kind} field`;
  const empty = field.defaultValue();
  try {
    field.validate(empty, undefined);
  } catch {
    return 'required';
  }
  const written = field.serialize(empty).value;
  return written === undefined ? 'optional' : `writes ${JSON.stringify(written)} when left empty`;
}

/** Each field of `schema` by what it does when left empty, sorted: `{ required: [...], optional: [...] }` and any other. */
function propsOfFields(schema: Record<string, AnyField>): Record<string, string[]> {
  const grouped: Record<string, string[]> = {};
  for (const [name, field] of Object.entries(schema)) (grouped[leftEmpty(field)] ??= []).push(name);
  for (const names of Object.values(grouped)) names.sort();
  return grouped;
}

describe('the components the editor inserts in a story or page', () => {
  const components = Object.entries(contentComponents) as [string, { schema: Record<string, AnyField> }][];

  it('are the components the check allows', () => {
    expect(Object.keys(contentComponents).sort()).toEqual(Object.keys(componentProps).sort());
  });

  it.each(components)(
    '%s has a field for each prop the check allows, required where the check requires it',
    (name, component) => {
      const props = componentProps[name]!;
      const expected: Record<string, string[]> = {};
      if (props.required.length) expected.required = [...props.required].sort();
      if (props.optional.length) expected.optional = [...props.optional].sort();
      expect(propsOfFields(component.schema)).toEqual(expected);
    },
  );

  it.each(components.filter(([name]) => componentProps[name]!.text))(
    '%s refuses a text shorter than the check allows',
    (name, component) => {
      for (const [prop, min] of Object.entries(componentProps[name]!.text!)) {
        const field = component.schema[prop]!;
        expect(() => field.validate!('x'.repeat(min - 1), undefined), `${name} ${prop}`).toThrow();
        expect(field.validate!('x'.repeat(min), undefined), `${name} ${prop}`).toBe('x'.repeat(min));
      }
    },
  );

  it('offers exactly the consents the site accepts', () => {
    const consent = contentComponents.Photo.schema.consent as unknown as { options: { value: string }[] };
    expect(consent.options.map((option) => option.value).filter(Boolean)).toEqual([...photoConsents]);
  });
});

describe('a story’s lead photo in the editor', () => {
  const image = collections['stories-en']!.schema.image as unknown as AnyField & {
    fields: Record<string, AnyField>;
    parse(value: unknown, extra: undefined): unknown;
  };
  const serialize = (value: unknown) => image.serialize!(value).value;

  it('has a field for each field of the schema, required where the schema requires it', () => {
    const expected: Record<string, string[]> = {};
    for (const [name, field] of Object.entries(storyImage.shape))
      (expected[field.safeParse(undefined).success ? 'optional' : 'required'] ??= []).push(name);
    for (const names of Object.values(expected)) names.sort();
    expect(propsOfFields(image.fields)).toEqual(expected);
  });

  it('is left out as the schema allows: blank, it writes nothing', () => {
    expect(story.shape.image.safeParse(undefined).success).toBe(true);
    expect(leftEmpty(image)).toBe('optional');
  });

  it('opens and writes back a lead photo as the site reads it', () => {
    const file = readFileSync('tests/fixtures/photos/content/stories/en/2024/health.mdx', 'utf8');
    const lead = (parseYaml(/^---\n([\s\S]*?)\n---/.exec(file)![1]!) as { image: unknown }).image;
    const opened = image.parse(lead, undefined);
    expect(() => image.validate!(opened, undefined)).not.toThrow();
    expect(serialize(opened)).toEqual(lead);
    expect(storyImage.parse(serialize(opened))).toEqual(lead);
  });

  it('opens the photo fixture’s stories, with their lead photo, in both languages', async () => {
    const reader = createReader('tests/fixtures/photos', editorConfig);
    for (const name of ['stories-en', 'stories-zh'] as const) {
      const entry = await reader.collections[name].read('2024/health', { resolveLinkedFiles: true });
      expect(entry?.image, name).toMatchObject({ src: '/photos/2024/clinic-visit.jpg', consent: 'given' });
    }
  });

  it('once one field is filled, refuses the others left blank, with the schema’s message', () => {
    const value = { ...(image.defaultValue!() as object), src: '/photos/2024/clinic.jpg' };
    expect(() => image.validate!(value, undefined)).toThrow(/must describe the photo/);
    expect(() => image.validate!({ ...value, src: '/public/clinic.HEIC' }, undefined)).toThrow(
      /must be the path of a photo under content\//,
    );
  });

  it('offers exactly the consents the site accepts', () => {
    const consent = image.fields.consent as unknown as { options: { value: string }[] };
    expect(consent.options.map((option) => option.value).filter(Boolean)).toEqual([...photoConsents]);
  });
});
