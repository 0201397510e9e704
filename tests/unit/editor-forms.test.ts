import { describe, expect, it } from 'vitest';
import { createReader } from '@keystatic/core/reader';
import type { z } from 'astro/zod';
import editorConfig, { zodChecked } from '../../src/editor/keystatic.ts';
import { fields } from '@keystatic/core';
import { metric } from '../../src/schemas/metrics.ts';
import { chart } from '../../src/schemas/charts.ts';
import { story } from '../../src/schemas/stories.ts';
import { page } from '../../src/schemas/pages.ts';
import { reviewYear } from '../../src/schemas/years.ts';
import { contentLayout } from '../../src/checks/content-layout.ts';

/**
 * The editor's forms (src/editor/keystatic.ts) against the site's Zod schemas (src/schemas/), so
 * the two cannot drift: every field of a schema has a form field (one the form does not edit is
 * kept as it is), every file of content/ opens in its form without a complaint, and a value the
 * schema refuses is refused by the form with the schema's message.
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
