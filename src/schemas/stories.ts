import { z } from 'astro/zod';
import { id, year } from './common.ts';
import { sourceLanguage } from './translations.ts';

/**
 * Where a photo's file is, as editors write it: `/photos/2024/clinic.jpg` is the file
 * content/photos/2024/clinic.jpg (kept beside the content, resized by astro:assets; never under
 * public/, which is copied to the site as it is).
 */
export const photoPath = /^\/photos\/[^\s?#]+\.(jpe?g|png|webp|avif)$/;

/**
 * Why a photo may be published (content/README.md, "Add a photo"): `given` when everyone
 * recognisable in it agreed to its publication (for a child: the child and a parent or
 * caregiver); `no-one-recognisable` when it shows no one who could be recognised. There is no
 * value for "not asked": without consent a photo is not used.
 */
export const photoConsents = ['given', 'no-one-recognisable'] as const;
export type PhotoConsent = (typeof photoConsents)[number];

/** What the consent field must say, in an editor's words (the schema and the MDX check both use it). */
export const consentRule =
  'must be "given" (everyone recognisable in the photo agreed to its publication; for a child, the child and a parent or caregiver) or "no-one-recognisable" (no one in it can be recognised). Without consent, do not use the photo';

/** A story's lead photo: never without alt text, a credit and a consent record. */
export const storyImage = z
  .object({
    /** Path of the file under content/, e.g. /photos/2024/ecd-centre.jpg for content/photos/2024/ecd-centre.jpg. */
    src: z
      .string({ error: 'must be the path of a photo under content/, such as /photos/2024/ecd.jpg' })
      .regex(photoPath, {
        error:
          'must be the path of a photo under content/, such as /photos/2024/ecd.jpg (a .jpg, .jpeg, .png, .webp or .avif file in content/photos/)',
      }),
    /** What the photo shows, for readers who cannot see it. */
    alt: z.string({ error: 'must describe the photo for readers who cannot see it' }).min(10, {
      error: 'must describe the photo for readers who cannot see it (at least 10 characters)',
    }),
    /** Who took it, as the source credits it: "© UNICEF/China/2023/Ma Yuyuan". */
    credit: z.string({ error: 'must credit the photographer, e.g. "© UNICEF/China/2023/Ma Yuyuan"' }).min(3, {
      error: 'must credit the photographer, e.g. "© UNICEF/China/2023/Ma Yuyuan"',
    }),
    /** Why the photo may be published: see {@link photoConsents}. */
    consent: z.enum(photoConsents, { error: consentRule }),
  })
  .strict();

/**
 * Frontmatter of a story: content/stories/{en,zh}/{year}/{slug}.mdx for chapters and
 * content/stories/{en,zh}/{year}/highlights/{slug}.mdx for monthly highlights. The same path under
 * en/ and zh/ is one story in two languages.
 */
export const story = z
  .object({
    /** The story's h1. */
    title: z.string({ error: 'must be the story title' }).min(2, { error: 'must be the story title' }),
    /** One or two sentences: the meta description, and the text under the title in lists. */
    summary: z.string({ error: 'must be a one- or two-sentence summary' }).min(10, {
      error: 'must be a one- or two-sentence summary (at least 10 characters)',
    }),
    /** The review year; must match the folder the file is in. */
    year,
    /** A programme area id from content/areas.yaml. */
    area: id,
    /** chapter: a chapter of the year's review; highlight: one of the year's monthly highlights. */
    kind: z.enum(['chapter', 'highlight'], { error: 'must be "chapter" or "highlight"' }),
    /**
     * Position among the year's chapters (or highlights), starting at 1: a numbered chapter shows it
     * ("Chapter 2"). For a story with `partOf`, it only sorts the parts of that chapter.
     */
    order: z.number({ error: 'must be a number giving the position, starting at 1' }).int().positive(),
    /**
     * The slug of the chapter this story belongs to, when the source treats the subject as part of
     * a chapter rather than a chapter of its own (the 2024 review's road safety is part of its
     * health chapter). Such a story gets no chapter number and is listed under its chapter.
     */
    partOf: id.optional(),
    /** Highlights only: the month, 1 (January) to 12 (December). */
    month: z.number({ error: 'must be the month as a number from 1 to 12' }).int().min(1).max(12).optional(),
    /** Slug of the matching chapter in the other review year, if there is one. */
    counterpart: id.optional(),
    /** Source ids the story draws on. */
    sources: z.array(id, { error: 'must be a list of source ids' }).min(1, { error: 'must list at least one source' }),
    /** An optional lead photo. */
    image: storyImage.optional(),
    /**
     * The language the story is written in first; the other file is its translation
     * (`npm run i18n:status`). Left out: the year's source language (years/{year}.yaml).
     */
    sourceLanguage: sourceLanguage.optional(),
  })
  .strict()
  .superRefine((data, ctx) => {
    if (data.kind === 'highlight' && data.partOf !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['partOf'],
        message: 'is only for chapters: a highlight belongs to its month, not to a chapter',
      });
    }
    if (data.kind === 'highlight' && data.month === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['month'],
        message: 'is missing: a highlight must say its month, from 1 to 12',
      });
    }
  });
export type Story = z.infer<typeof story>;
