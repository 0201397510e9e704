/**
 * Text drawn into pictures (social previews, PNG and SVG downloads) is set in the Noto Sans SC
 * files the project bundles, with system fonts off so every machine draws the same bytes
 * (src/share/png.ts). A character those files lack is drawn as an empty box or left out (an emoji,
 * "Š" from Latin Extended-A, a rare character from CJK Extension B), and nothing fails. So the
 * content check names every such character in every text a picture draws, with its code point.
 *
 * The fonts' character maps are read with readCmap (src/share/font-subset.ts), the code that
 * already subsets these fonts for the renderer: no second font parser to keep in step.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ContentProblem } from '../model/errors.ts';
import type { Located, ParsedContent } from './cross-references.ts';
import { readCmap } from '../share/font-subset.ts';
import { languages } from '../i18n/languages.ts';

/** The set of code points a picture font draws. */
export type FontCoverage = ReadonlySet<number>;

/** Where the picture fonts are, relative to the font package (the files src/share/png.ts renders with). */
const pictureFontFiles = ['400Regular/NotoSansSC_400Regular.ttf', '700Bold/NotoSansSC_700Bold.ttf'];

let bundled: FontCoverage | undefined;

/**
 * The characters every bundled picture font draws (regular and bold: a title is bold, a label
 * regular, so a character must be in both). Read once per process.
 */
export function pictureFontCoverage(): FontCoverage {
  if (bundled) return bundled;
  const require = createRequire(import.meta.url);
  let folder: string;
  try {
    folder = dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'));
  } catch {
    folder = dirname(
      createRequire(join(process.cwd(), 'package.json')).resolve('@expo-google-fonts/noto-sans-sc/package.json'),
    );
  }
  const maps = pictureFontFiles.map((file) => readCmap(readFileSync(join(folder, file))));
  bundled = new Set([...maps[0]!.keys()].filter((code) => maps.every((map) => map.has(code))));
  return bundled;
}

/** `U+1F389` */
export const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The characters of `text` a picture cannot draw, each once, in order of appearance.
 * - Text is compared in NFC, the form a keyboard types: "e" + U+0301 counts as "é" (drawn when
 *   the font has é), "S" + U+030C as "Š" (not drawn when it lacks it).
 * - A combining mark left over after NFC (an accent with no precomposed letter) is reported:
 *   the pictures' subset font has no composition rules and the layout counts it as a letter.
 * - Variation selectors (U+FE0F after an emoji) are skipped: the emoji before them is reported.
 * White space is never reported.
 */
export function undrawable(text: string, coverage: FontCoverage): string[] {
  const found: string[] = [];
  for (const char of text.normalize('NFC')) {
    // Variation selectors only choose how the character before them looks: that one is checked.
    if (/\s/u.test(char) || /[\uFE00-\uFE0F]/u.test(char) || found.includes(char)) continue;
    if (/\p{M}/u.test(char) || !coverage.has(char.codePointAt(0)!)) found.push(char);
  }
  return found;
}

/** "✅ (U+2705)", "a combining accent (U+0301)". */
export function describeCharacter(char: string): string {
  if (/\p{M}/u.test(char)) return `a combining accent (${codePoint(char)})`;
  return `"${char}" (${codePoint(char)})`;
}

/** A text a picture draws, and where it is written. */
export interface DrawnText {
  file: string;
  field: string;
  text: string;
}

const field = (entry: Located<unknown>, ...rest: (string | number)[]) =>
  [...(entry.path ?? []), ...rest].reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key),
    '',
  );

/**
 * Every text of the content that the picture code draws: chart titles, subtitles and notes, event
 * titles and province notes; figure labels, their parts' labels, the names of counted countries
 * and provinces, and comparability notes; area names (the figure picture's heading); and source
 * titles, publishers and section titles (the source line); story titles and years' headlines (the
 * previews of stories, years and the home page). Descriptions and definitions are not
 * drawn (a description is the picture's hidden text alternative) and are not listed.
 */
export function drawnTexts(content: ParsedContent): DrawnText[] {
  const texts: DrawnText[] = [];
  const bilingual = (
    entry: Located<unknown>,
    text: Record<string, string> | undefined,
    ...path: (string | number)[]
  ) => {
    if (!text) return;
    for (const lang of languages)
      if (text[lang]) texts.push({ file: entry.file, field: field(entry, ...path, lang), text: text[lang]! });
  };
  for (const entry of content.charts) {
    const chart = entry.data;
    bilingual(entry, chart.title, 'title');
    bilingual(entry, chart.subtitle, 'subtitle');
    chart.notes.forEach((note, index) => bilingual(entry, note, 'notes', index));
    chart.events.forEach((event, index) => bilingual(entry, event.title, 'events', index, 'title'));
    chart.places.forEach((place, index) => bilingual(entry, place.about, 'places', index, 'about'));
  }
  for (const entry of content.metrics) {
    const metric = entry.data;
    bilingual(entry, metric.label, 'label');
    bilingual(entry, metric.comparabilityNote, 'comparabilityNote');
    metric.values.forEach((value, index) => {
      value.breakdown?.forEach((part, partIndex) =>
        bilingual(entry, part.label, 'values', index, 'breakdown', partIndex, 'label'),
      );
      value.items?.forEach((item, itemIndex) =>
        bilingual(entry, { en: item.en, zh: item.zh }, 'values', index, 'items', itemIndex),
      );
    });
  }
  for (const entry of content.areas) bilingual(entry, entry.data.name, 'name');
  // The previews of stories, years and the home page (src/share/story-pictures.ts) draw story
  // titles and years' headlines too.
  for (const entry of content.years) bilingual(entry, entry.data.title, 'title');
  for (const lang of languages)
    for (const entry of content.stories[lang])
      texts.push({ file: entry.file, field: field(entry, 'title'), text: entry.data.title });
  for (const entry of content.sources) {
    bilingual(entry, entry.data.title, 'title');
    bilingual(entry, entry.data.publisher, 'publisher');
    entry.data.sections.forEach((section, index) => bilingual(entry, section.title, 'sections', index, 'title'));
  }
  return texts;
}

/** A problem for every character a picture would draw as a box or leave out. */
export function checkPictureGlyphs(
  content: ParsedContent,
  coverage: FontCoverage = pictureFontCoverage(),
): ContentProblem[] {
  return drawnTexts(content).flatMap(({ file, field: at, text }) => {
    const missing = undrawable(text, coverage);
    if (missing.length === 0) return [];
    const listed = missing.map(describeCharacter).join(', ');
    return [
      {
        file,
        field: at,
        message: `has ${listed}, which the preview pictures cannot draw (the bundled Noto Sans SC lacks ${missing.length === 1 ? 'it' : 'them'}): leave ${missing.length === 1 ? 'it' : 'them'} out, or write ${missing.length === 1 ? 'it' : 'them'} in plain letters (Škoda → Skoda, ✅ → a word)`,
      },
    ];
  });
}
