/**
 * Translation status: for every story, standing page and bilingual text of content/'s YAML files
 * (metric labels and notes, chart titles and notes, year texts, source titles, glossary terms),
 * which language is the source, whether the translation has caught up with it, and what changed
 * in the source since the translation last did. Pure: scripts/i18n-status.ts reads the files and
 * their git history; this module extracts the texts, compares revisions and writes the report.
 *
 * The rule, per text (a story pair, a page pair, one `{ en, zh }` field of a YAML file):
 * - the source language is the one the text was written in first (see {@link LanguageContext});
 * - the translation is up to date when its text last changed in the same commit as the source's
 *   text or a later one, or when content/translations.yaml marks it reviewed against the commit
 *   that last changed the source ("checked, nothing to change");
 * - otherwise it is outdated, and the report shows the source's paragraphs that changed since.
 * Only text counts as a change: a story's `order`, `area` or `sources`, and a re-wrapped line,
 * change nothing a translator has to follow.
 *
 * Why not Lunaria (@lunariajs/core, the Astro docs' tracker; 0.1.1 of December 2024 is still its
 * latest release on npm): it has one `defaultLocale` for every file, where this site's source
 * language is English for 2023 and Chinese for 2024; it tracks whole files, one file per locale,
 * while a metric or chart file holds both languages side by side (its "dictionary" type only
 * lists missing keys); it compares commit dates, and its only "no change needed" mark is a keyword
 * in a commit message (`ignoreKeywords`, `@lunaria-ignore:`), which an editor cannot add after the
 * fact nor tie to one source change; and it shows links to a GitHub history page, not the changed
 * paragraphs. Git and the paragraph diff (jsdiff, `diff`) are the parts worth a library here.
 */
import { diffArrays } from 'diff';
import { parse as parseYaml } from 'yaml';
import { isLang, languages, otherLang, type Lang } from '../i18n/languages.ts';

export type UnitKind = 'story' | 'page' | 'text';

/** One state of a file in history. */
export interface Revision {
  /** The commit's full hash; undefined for edits not committed yet. */
  commit?: string;
  /** Seconds since 1970: the commit's time, or the file's modification time for uncommitted edits. */
  time: number;
  /** Position in history, larger is later: git's topological order, uncommitted edits last. */
  order: number;
  /** The file's text then; undefined when the file did not exist. */
  text: string | undefined;
}

/** A file's revisions that changed it, oldest first; the last one is the file as it is now. */
export type FileHistory = Revision[];

/** One language of a text at one revision: its paragraphs (undefined when it did not exist). */
export interface SideRevision {
  commit?: string;
  time: number;
  order: number;
  paragraphs: string[] | undefined;
}

/** Something translated: a story or page (two files), or one bilingual field of a YAML file. */
export interface TranslationUnit {
  kind: UnitKind;
  /**
   * Story or page: its path under content/{stories,pages}/{lang}/ without extension
   * ('2024/health'). Text: the field in its file ('label', 'values[2024].label', '[turkiye].definition').
   */
  path: string;
  /** Each language's file (a story's two files; a YAML field's one file under both). */
  files: Partial<Record<Lang, string>>;
  /** The language the text is written in first; the other is its translation. */
  source: Lang;
  /** Where the source language came from, for the report: 'frontmatter', 'year 2024', … */
  sourceFrom: string;
  /** Each language's text at every revision of its file, oldest first. */
  history: Record<Lang, SideRevision[]>;
}

/**
 * "The translation was checked against this change of its source and needs no change": one entry
 * of `reviewed` in content/translations.yaml, written by `npm run i18n:status -- --reviewed FILE`.
 */
export interface ReviewMark {
  /** The translation's file: content/stories/en/2024/health.mdx, or the YAML file of a field. */
  file: string;
  /** For a YAML text: the field ('label', 'values[2024].label'). */
  field?: string;
  /** The commit (7 to 40 hexadecimal digits) that last changed the source when it was checked. */
  source: string;
}

/** What the project says about source languages, read from the current content. */
export interface LanguageContext {
  /** Source id → the language the document was published in (content/sources.yaml `language`). */
  sources: Map<string, Lang>;
  /** Review year → its source language and where that came from. */
  years: Map<number, { lang: Lang; from: string }>;
  /** Metric id → the years its values report (a baseline counts in the year that states it). */
  metricYears: Map<string, number[]>;
  /** File → source language set for all its texts (content/translations.yaml `sourceLanguage`). */
  overrides: Map<string, Lang>;
}

/** The site's default language: the source language of texts nothing else decides. */
export const defaultSourceLanguage: Lang = 'en';

const languageName: Record<Lang, string> = { en: 'English', zh: 'Chinese' };

// ---------------------------------------------------------------------------------------------
// Texts of a file

/** Frontmatter keys whose values are ids, paths or numbers, not text a translator writes. */
const structuralKeys = new Set([
  'year',
  'area',
  'kind',
  'order',
  'partOf',
  'month',
  'counterpart',
  'sources',
  'sourceLanguage',
  'src',
  'credit',
]);

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Marks a paragraph that is a frontmatter field: `\u0001title\u0001Safer roads`. */
const fieldMark = '\u0001';

/** A frontmatter field's name and text, or undefined for a body paragraph. */
export function frontmatterField(paragraph: string): { field: string; text: string } | undefined {
  if (!paragraph.startsWith(fieldMark)) return undefined;
  const end = paragraph.indexOf(fieldMark, 1);
  return { field: paragraph.slice(1, end), text: paragraph.slice(end + 1) };
}

function frontmatterTexts(node: unknown, path: string, out: string[]): void {
  if (typeof node === 'string') {
    if (normalize(node)) out.push(`${fieldMark}${path}${fieldMark}${normalize(node)}`);
    return;
  }
  if (Array.isArray(node)) {
    node.forEach((item, index) => frontmatterTexts(item, `${path}[${index}]`, out));
    return;
  }
  if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (structuralKeys.has(key)) continue;
      frontmatterTexts(value, path ? `${path}.${key}` : key, out);
    }
  }
}

/**
 * The translatable paragraphs of a story or page (MDX): its frontmatter texts (title, summary,
 * image.alt, …, each marked with its field: see {@link frontmatterField}; ids, numbers, sources
 * and the photo's path and credit are left out), then the body split at blank lines. Runs of white space count as one space, so re-wrapping
 * a paragraph is no change. A frontmatter that is not valid YAML counts as one paragraph.
 */
export function mdxParagraphs(text: string): string[] {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  const body = match ? match[2]! : text;
  const out: string[] = [];
  if (match) {
    try {
      frontmatterTexts(parseYaml(match[1]!), '', out);
    } catch {
      out.push(`${fieldMark}frontmatter${fieldMark}${normalize(match[1]!)}`);
    }
  }
  for (const paragraph of body.split(/\r?\n[ \t]*\r?\n/)) {
    if (normalize(paragraph)) out.push(normalize(paragraph));
  }
  return out;
}

/** The key a list item is known by across revisions: its id, year or slug, else its position. */
function itemKey(item: unknown, index: number): string {
  if (item && typeof item === 'object' && !Array.isArray(item)) {
    const record = item as Record<string, unknown>;
    for (const key of ['id', 'slug', 'year']) {
      if (typeof record[key] === 'string' || typeof record[key] === 'number') return String(record[key]);
    }
  }
  return String(index);
}

function collectBilingual(node: unknown, path: string, out: Map<string, Partial<Record<Lang, string>>>): void {
  if (Array.isArray(node)) {
    node.forEach((item, index) => collectBilingual(item, `${path}[${itemKey(item, index)}]`, out));
    return;
  }
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  const isText = languages.some((lang) => typeof record[lang] === 'string');
  if (isText) {
    const texts: Partial<Record<Lang, string>> = {};
    for (const lang of languages) {
      const value = record[lang];
      if (typeof value === 'string' && normalize(value)) texts[lang] = normalize(value);
    }
    out.set(path, texts);
  }
  for (const [key, value] of Object.entries(record)) {
    if (isText && isLang(key)) continue;
    collectBilingual(value, path ? `${path}.${key}` : key, out);
  }
}

/**
 * The bilingual texts of a YAML file: every `{ en: "…", zh: "…" }` pair, by field path. List items
 * are named by their id, slug or year (`values[2024].label`, `[turkiye].definition`), so adding an
 * item to a list renames no other. A glossary term's own `en`/`zh` is the field `[turkiye]`.
 * Throws the YAML parser's error when the text is not valid YAML.
 */
export function yamlTexts(text: string): Map<string, Partial<Record<Lang, string>>> {
  const out = new Map<string, Partial<Record<Lang, string>>>();
  collectBilingual(parseYaml(text), '', out);
  return out;
}

function tryYamlTexts(text: string | undefined): Map<string, Partial<Record<Lang, string>>> | undefined {
  if (text === undefined) return undefined;
  try {
    return yamlTexts(text);
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Source languages

function tryYaml(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return parseYaml(text);
  } catch {
    return undefined;
  }
}

const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** The one language all the named sources share, or undefined when they differ or none is known. */
function sharedLanguage(ids: unknown, sources: Map<string, Lang>): Lang | undefined {
  const langs = new Set(
    asList(ids).flatMap((id) => (typeof id === 'string' && sources.has(id) ? [sources.get(id)!] : [])),
  );
  return langs.size === 1 ? [...langs][0] : undefined;
}

/**
 * What decides source languages, from the current text of content/'s files (relative paths as
 * keys: content/sources.yaml, content/years/2024.yaml, content/metrics/*.yaml) and of
 * content/translations.yaml's `sourceLanguage` map. A year's source language is its file's
 * `sourceLanguage` when set, else the language its sources share (sources.yaml `language`),
 * else English. Files that do not parse are skipped: check:content reports them.
 */
export function languageContext(files: Map<string, string>, overrides: Record<string, Lang> = {}): LanguageContext {
  const sources = new Map<string, Lang>();
  for (const entry of asList(tryYaml(files.get('content/sources.yaml')))) {
    const { id, language } = asRecord(entry);
    if (typeof id === 'string' && isLang(language)) sources.set(id, language);
  }
  const years = new Map<number, { lang: Lang; from: string }>();
  const metricYears = new Map<string, number[]>();
  for (const [file, text] of files) {
    const yearFile = /^content\/years\/(\d{4})\.ya?ml$/.exec(file);
    if (yearFile) {
      const data = asRecord(tryYaml(text));
      const year = Number(yearFile[1]);
      if (isLang(data.sourceLanguage)) years.set(year, { lang: data.sourceLanguage, from: `${file} sourceLanguage` });
      else {
        const shared = sharedLanguage(data.sources, sources);
        if (shared) years.set(year, { lang: shared, from: `the sources of ${year}` });
      }
    }
    if (/^content\/metrics\/[^/]+\.ya?ml$/.test(file)) {
      const data = asRecord(tryYaml(text));
      if (typeof data.id !== 'string') continue;
      const stated = asList(data.values).flatMap((value) => {
        const { year, statedIn } = asRecord(value);
        const when = typeof statedIn === 'number' ? statedIn : year;
        return typeof when === 'number' ? [when] : [];
      });
      metricYears.set(data.id, stated);
    }
  }
  return { sources, years, metricYears, overrides: new Map(Object.entries(overrides)) };
}

function yearSource(year: number | undefined, context: LanguageContext): { lang: Lang; from: string } {
  const known = year === undefined ? undefined : context.years.get(year);
  if (known) return { lang: known.lang, from: year === undefined ? known.from : `year ${year}` };
  return { lang: defaultSourceLanguage, from: 'default' };
}

/**
 * The source language of a story or page from its two frontmatters (either file's data): its own
 * `sourceLanguage`; else, for a story, its year's; else the language its `sources` share; else
 * English. A story and a page written first in another language than this say so with
 * `sourceLanguage: zh` (or `en`) in their frontmatter.
 */
export function mdxSource(
  kind: 'story' | 'page',
  frontmatters: unknown[],
  context: LanguageContext,
): { lang: Lang; from: string } {
  const data = frontmatters.map(asRecord);
  const own = data.map((entry) => entry.sourceLanguage).find(isLang);
  if (own) return { lang: own, from: 'frontmatter' };
  const year = data.map((entry) => entry.year).find((value): value is number => typeof value === 'number');
  if (kind === 'story' && year !== undefined && context.years.has(year)) return yearSource(year, context);
  const shared = data.map((entry) => sharedLanguage(entry.sources, context.sources)).find(isLang);
  if (shared) return { lang: shared, from: 'its sources' };
  return { lang: defaultSourceLanguage, from: 'default' };
}

/**
 * The source language of one bilingual field of a YAML file (`data` is the file's current
 * content): the file's override in content/translations.yaml; a year file's year; a source's own
 * language; a glossary term's source; a metric value's year (a baseline: the year that states it),
 * and for a metric's or chart's shared texts the latest year they report; English otherwise
 * (areas.yaml).
 */
export function yamlFieldSource(
  file: string,
  field: string,
  data: unknown,
  context: LanguageContext,
): { lang: Lang; from: string } {
  const override = context.overrides.get(file);
  if (override) return { lang: override, from: 'content/translations.yaml' };
  const yearFile = /^content\/years\/(\d{4})\.ya?ml$/.exec(file);
  if (yearFile) return yearSource(Number(yearFile[1]), context);
  const itemId = /^\[([^\]]+)\]/.exec(field)?.[1];
  if (file === 'content/sources.yaml' && itemId && context.sources.has(itemId)) {
    return { lang: context.sources.get(itemId)!, from: 'the source itself' };
  }
  if (file === 'content/glossary.yaml' && itemId) {
    const entry = asRecord(asList(data).find((item) => asRecord(item).id === itemId));
    if (typeof entry.source === 'string' && context.sources.has(entry.source)) {
      return { lang: context.sources.get(entry.source)!, from: `source ${entry.source}` };
    }
  }
  const record = asRecord(data);
  if (/^content\/metrics\//.test(file)) {
    const valueYear = /^values\[(\d{4})\]/.exec(field)?.[1];
    if (valueYear) {
      const value = asRecord(asList(record.values).find((item) => String(asRecord(item).year) === valueYear));
      return yearSource(typeof value.statedIn === 'number' ? value.statedIn : Number(valueYear), context);
    }
    const years = typeof record.id === 'string' ? (context.metricYears.get(record.id) ?? []) : [];
    if (years.length > 0) return yearSource(Math.max(...years), context);
  }
  if (/^content\/charts\//.test(file)) {
    const chosen = asList(record.years).filter((year): year is number => typeof year === 'number');
    const years =
      chosen.length > 0
        ? chosen
        : asList(record.metrics).flatMap((id) => (typeof id === 'string' ? (context.metricYears.get(id) ?? []) : []));
    if (years.length > 0) return yearSource(Math.max(...years), context);
  }
  return { lang: defaultSourceLanguage, from: 'default' };
}

// ---------------------------------------------------------------------------------------------
// Units from file histories

const sideOf = (revision: Revision, paragraphs: string[] | undefined): SideRevision => ({
  commit: revision.commit,
  time: revision.time,
  order: revision.order,
  paragraphs,
});

/** The frontmatter of an MDX text, parsed; undefined when it has none or it does not parse. */
export function mdxFrontmatter(text: string | undefined): unknown {
  const match = text === undefined ? undefined : /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return match ? tryYaml(match[1]) : undefined;
}

/**
 * A story or page as a unit, from the histories of its English and Chinese files (either may be
 * missing: no file in that language).
 */
export function mdxUnit(
  kind: 'story' | 'page',
  path: string,
  files: Partial<Record<Lang, { file: string; history: FileHistory }>>,
  context: LanguageContext,
): TranslationUnit {
  const frontmatters = languages.map((lang) => mdxFrontmatter(files[lang]?.history.at(-1)?.text));
  const { lang, from } = mdxSource(kind, frontmatters, context);
  const history = Object.fromEntries(
    languages.map((language) => [
      language,
      (files[language]?.history ?? []).map((revision) =>
        sideOf(revision, revision.text === undefined ? undefined : mdxParagraphs(revision.text)),
      ),
    ]),
  ) as Record<Lang, SideRevision[]>;
  const paths = Object.fromEntries(
    languages.flatMap((language) => (files[language] ? [[language, files[language].file]] : [])),
  );
  return { kind, path, files: paths, source: lang, sourceFrom: from, history };
}

/** Every bilingual field of a YAML file as a unit, from the file's history. */
export function yamlUnits(file: string, history: FileHistory, context: LanguageContext): TranslationUnit[] {
  const current = history.at(-1)?.text;
  const now = tryYamlTexts(current);
  if (!now) return [];
  const data = tryYaml(current);
  const parsed = history.map((revision) => tryYamlTexts(revision.text));
  return [...now.keys()].map((field) => {
    const { lang, from } = yamlFieldSource(file, field, data, context);
    const sides = Object.fromEntries(
      languages.map((language) => [
        language,
        history.flatMap((revision, index) => {
          const texts = parsed[index];
          // A revision that did not parse tells nothing about this field: skip it.
          if (revision.text !== undefined && !texts) return [];
          const text = texts?.get(field)?.[language];
          return [sideOf(revision, text === undefined ? undefined : [text])];
        }),
      ]),
    ) as Record<Lang, SideRevision[]>;
    return {
      kind: 'text' as const,
      path: field,
      files: { en: file, zh: file },
      source: lang,
      sourceFrom: from,
      history: sides,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Status

const same = (a: string[] | undefined, b: string[] | undefined) =>
  a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((text, i) => text === b[i]));

/**
 * The revision where one language's text last changed (appeared or differed from the revision
 * before), or undefined when the text does not exist now.
 */
export function lastChange(revisions: SideRevision[]): SideRevision | undefined {
  let last: SideRevision | undefined;
  let previous: string[] | undefined;
  for (const revision of revisions) {
    if (!same(revision.paragraphs, previous)) last = revision;
    previous = revision.paragraphs;
  }
  return previous === undefined ? undefined : last;
}

/** One paragraph of the source that changed since the translation caught up. */
export interface ParagraphChange {
  change: 'added' | 'removed' | 'changed';
  /** 1-based position in the source now (for a removed paragraph: in the source then). */
  position: number;
  before?: string;
  after?: string;
}

/**
 * Where a change is, in an editor's words: a frontmatter field's name ('title'), else
 * 'paragraph N' counted in the body (frontmatter fields before it not counted).
 */
export function changePlace(change: ParagraphChange, before: string[], after: string[]): string {
  const list = change.change === 'removed' ? before : after;
  const text = change.change === 'removed' ? change.before! : change.after!;
  const field = frontmatterField(text);
  if (field) return field.field;
  const fields = list.slice(0, change.position - 1).filter((paragraph) => frontmatterField(paragraph)).length;
  return `paragraph ${change.position - fields}`;
}

/** The paragraphs added, removed and changed between two versions of a text (jsdiff's diffArrays). */
export function paragraphDiff(before: string[], after: string[]): ParagraphChange[] {
  const out: ParagraphChange[] = [];
  let oldPosition = 0;
  let newPosition = 0;
  const parts = diffArrays(before, after);
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]!;
    if (!part.added && !part.removed) {
      oldPosition += part.value.length;
      newPosition += part.value.length;
      continue;
    }
    if (part.removed) {
      const next = parts[index + 1];
      const added = next?.added ? next.value : [];
      if (next?.added) index++;
      part.value.forEach((text, i) => {
        if (i < added.length)
          out.push({ change: 'changed', position: newPosition + i + 1, before: text, after: added[i] });
        else out.push({ change: 'removed', position: oldPosition + i + 1, before: text });
      });
      added.slice(part.value.length).forEach((text, i) => {
        out.push({ change: 'added', position: newPosition + part.value.length + i + 1, after: text });
      });
      oldPosition += part.value.length;
      newPosition += added.length;
      continue;
    }
    part.value.forEach((text, i) => out.push({ change: 'added', position: newPosition + i + 1, after: text }));
    newPosition += part.value.length;
  }
  return out;
}

export type UnitState = 'up-to-date' | 'reviewed' | 'outdated' | 'missing';

/** What one unit needs. */
export interface UnitStatus {
  unit: TranslationUnit;
  state: UnitState;
  /** The translation's language (the one that is not the source). */
  translation: Lang;
  /** For 'missing': the language without a text. */
  missing?: Lang;
  /** The revisions where the source and the translation last changed. */
  sourceChange?: SideRevision;
  translationChange?: SideRevision;
  /** For 'reviewed': the mark that settles it. */
  mark?: ReviewMark;
  /** For 'outdated': what changed in the source since the translation caught up (or was reviewed). */
  changes?: (ParagraphChange & { place: string })[];
}

const markFor = (unit: TranslationUnit, translation: Lang, marks: ReviewMark[]): ReviewMark[] =>
  marks.filter(
    (mark) =>
      mark.file === unit.files[translation] &&
      (unit.kind === 'text' ? mark.field === unit.path : mark.field === undefined),
  );

/**
 * Where one unit stands: missing (a language has no text), up to date (the translation changed
 * in the same commit as the source or later), reviewed (a mark names the commit that last changed
 * the source), or outdated, with the source's paragraph changes since the later of the
 * translation's last change and the newest commit a mark names.
 */
export function unitStatus(unit: TranslationUnit, marks: ReviewMark[] = []): UnitStatus {
  const translation = otherLang(unit.source);
  const sourceChange = lastChange(unit.history[unit.source]);
  const translationChange = lastChange(unit.history[translation]);
  const base = { unit, translation, sourceChange, translationChange };
  if (!sourceChange) return { ...base, state: 'missing', missing: unit.source };
  if (!translationChange) return { ...base, state: 'missing', missing: translation };
  if (translationChange.order >= sourceChange.order) return { ...base, state: 'up-to-date' };
  const unitMarks = markFor(unit, translation, marks);
  const settling = unitMarks.find((mark) => sourceChange.commit?.startsWith(mark.source));
  if (settling) return { ...base, state: 'reviewed', mark: settling };
  const sourceRevisions = unit.history[unit.source];
  const markedOrders = unitMarks.flatMap((mark) =>
    sourceRevisions.filter((revision) => revision.commit?.startsWith(mark.source)).map((revision) => revision.order),
  );
  const since = Math.max(translationChange.order, ...markedOrders);
  const then = sourceRevisions.filter((revision) => revision.order <= since).at(-1)?.paragraphs ?? [];
  const now = sourceChange.paragraphs ?? [];
  const changes = paragraphDiff(then, now).map((change) => ({
    ...change,
    place: unit.kind === 'text' ? 'text' : changePlace(change, then, now),
  }));
  return { ...base, state: 'outdated', changes };
}

// ---------------------------------------------------------------------------------------------
// The report

const day = (time: number) => new Date(time * 1000).toISOString().slice(0, 10);
const shortCommit = (commit: string) => commit.slice(0, 12);

function when(revision: SideRevision): string {
  return revision.commit
    ? `on ${day(revision.time)} (commit ${shortCommit(revision.commit)})`
    : 'in edits not committed yet';
}

const translationFile = (status: UnitStatus) =>
  status.unit.files[status.translation] ?? status.unit.files[status.unit.source]!;
const folderOf = (kind: UnitKind) => (kind === 'story' ? 'stories' : 'pages');

/** One line saying what a unit needs, for the tables. */
export function describeStatus(status: UnitStatus): string {
  const { unit } = status;
  switch (status.state) {
    case 'up-to-date':
      return 'up to date';
    case 'reviewed':
      return `up to date (reviewed against ${status.mark!.source})`;
    case 'missing': {
      const lang = status.missing!;
      const role = lang === unit.source ? ' (its source language)' : '';
      if (unit.kind === 'text') return `missing in ${languageName[lang]}${role}: add ${unit.path}.${lang}`;
      const present = unit.files[otherLang(lang)];
      const extension = present?.match(/\.[a-z]+$/)?.[0] ?? '.mdx';
      return `missing in ${languageName[lang]}${role}: add content/${folderOf(unit.kind)}/${lang}/${unit.path}${extension}`;
    }
    case 'outdated':
      return `outdated: ${languageName[unit.source]} changed ${when(status.sourceChange!)}, after the ${languageName[status.translation]}`;
  }
}

export interface StatusSummary {
  total: number;
  upToDate: number;
  reviewed: number;
  missing: number;
  outdated: number;
}

/** Counts of each state. */
export function summarize(statuses: UnitStatus[]): StatusSummary {
  const count = (state: UnitState) => statuses.filter((status) => status.state === state).length;
  return {
    total: statuses.length,
    upToDate: count('up-to-date'),
    reviewed: count('reviewed'),
    missing: count('missing'),
    outdated: count('outdated'),
  };
}

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((cells) => [...cells[column]!].length)));
  const lines = rows.map((cells) =>
    cells
      .map((cell, column) =>
        column === cells.length - 1 ? cell : cell + ' '.repeat(widths[column]! - [...cell].length),
      )
      .join('  '),
  );
  lines.splice(1, 0, widths.map((width) => '-'.repeat(width)).join('  '));
  return lines;
}

const indent = (text: string, prefix: string) => `${prefix}${text}`;

/** The details of one outdated or missing unit: what to update, and the source's changed paragraphs. */
export function describeChanges(status: UnitStatus): string[] {
  const { unit } = status;
  const target = translationFile(status);
  const name = unit.kind === 'text' ? `${target}: ${unit.path}.${status.translation}` : target;
  const lines = [
    `${name}`,
    `  source: ${languageName[unit.source]} (${unit.kind === 'text' ? `${unit.path}.${unit.source}` : unit.files[unit.source]}; decided by ${unit.sourceFrom})`,
    `  The ${languageName[unit.source]} changed ${when(status.sourceChange!)}; the ${languageName[status.translation]} last changed ${when(status.translationChange!)}.`,
  ];
  const changes = status.changes ?? [];
  if (changes.length === 0) lines.push('  (no paragraph differs any more: mark it reviewed)');
  const shown = (text: string) => frontmatterField(text)?.text ?? text;
  for (const change of changes) {
    lines.push(`  ${change.place} ${change.change}:`);
    if (change.before !== undefined) lines.push(indent(shown(change.before), '    - '));
    if (change.after !== undefined) lines.push(indent(shown(change.after), '    + '));
  }
  const field = unit.kind === 'text' ? ` --field '${unit.path}'` : '';
  if (status.sourceChange?.commit) {
    lines.push(
      `  Updated the ${languageName[status.translation]}? Commit it. Nothing to change? npm run i18n:status -- --reviewed ${target}${field}`,
    );
  } else {
    lines.push(
      `  The ${languageName[unit.source]} change is not committed yet: commit it, then update or mark the translation.`,
    );
  }
  return lines;
}

/**
 * The whole report as text: a table of stories and pages (kind, path, source language, status),
 * a table of YAML files with their bilingual texts (file, texts, status naming the fields that
 * need work), a summary line, then, unless `brief`, the details of every outdated text with the
 * source's changed paragraphs.
 */
export function formatReport(statuses: UnitStatus[], { brief = false } = {}): string {
  const documents = statuses.filter((status) => status.unit.kind !== 'text');
  const texts = statuses.filter((status) => status.unit.kind === 'text');
  const lines: string[] = [
    'Translation status: en = English, zh = Chinese; "source" is the language a text is written in first.',
    '',
  ];
  if (documents.length > 0) {
    lines.push(
      ...table([
        ['kind', 'path', 'source', 'status'],
        ...documents.map((status) => [status.unit.kind, status.unit.path, status.unit.source, describeStatus(status)]),
      ]),
      '',
    );
  }
  const byFile = new Map<string, UnitStatus[]>();
  for (const status of texts) {
    const file = status.unit.files.en!;
    byFile.set(file, [...(byFile.get(file) ?? []), status]);
  }
  if (byFile.size > 0) {
    lines.push(
      ...table([
        ['file', 'texts', 'source', 'status'],
        ...[...byFile].map(([file, list]) => {
          const sources = [...new Set(list.map((status) => status.unit.source))].join('+');
          const open = list.filter((status) => status.state === 'outdated' || status.state === 'missing');
          const reviewed = list.filter((status) => status.state === 'reviewed').length;
          const state =
            open.length === 0
              ? reviewed > 0
                ? `up to date (${reviewed} reviewed)`
                : 'up to date'
              : `${open.length} to update: ${open.map((status) => `${status.unit.path}.${status.missing ?? status.translation}`).join(', ')}`;
          return [file, String(list.length), sources, state];
        }),
      ]),
      '',
    );
  }
  const documentCount = summarize(documents);
  const textCount = summarize(texts);
  lines.push(
    `${documentCount.total} stories and pages: ${documentCount.upToDate + documentCount.reviewed} up to date, ${documentCount.outdated} outdated, ${documentCount.missing} missing a language.`,
    `${textCount.total} texts in ${byFile.size} YAML files: ${textCount.upToDate + textCount.reviewed} up to date, ${textCount.outdated} outdated, ${textCount.missing} missing a language.`,
  );
  const open = statuses.filter((status) => status.state === 'outdated');
  if (open.length > 0 && !brief) {
    lines.push('', 'What changed in the source since each outdated translation last caught up:');
    for (const status of open) lines.push('', ...describeChanges(status));
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Files and git

/**
 * Where a story or page file belongs: 'content/stories/zh/2024/health.mdx' → story, zh,
 * '2024/health'. Undefined for files that are not stories or pages (README.md, metrics, …).
 */
export function classifyContentFile(file: string): { kind: 'story' | 'page'; lang: Lang; path: string } | undefined {
  const match = /^content\/(stories|pages)\/(en|zh)\/(.+)\.mdx?$/.exec(file);
  if (!match) return undefined;
  return { kind: match[1] === 'stories' ? 'story' : 'page', lang: match[2] as Lang, path: match[3]! };
}

/** One commit of `git log --topo-order --format=%x01%H %ct --name-only`: its hash, time and files. */
export interface LoggedCommit {
  commit: string;
  time: number;
  files: string[];
}

/**
 * The commits of `git log --topo-order --format=%x01%H %ct --name-only` (newest first), with
 * their file names relative to the project: `prefix` is the project's folder inside the repository
 * (`git rev-parse --show-prefix`), stripped; files outside it are dropped.
 */
export function parseGitLog(output: string, prefix = ''): LoggedCommit[] {
  const commits: LoggedCommit[] = [];
  for (const line of output.split('\n')) {
    if (line.startsWith('\x01')) {
      const [commit, time] = line.slice(1).split(' ');
      commits.push({ commit: commit!, time: Number(time), files: [] });
      continue;
    }
    const name = line.trim();
    const current = commits.at(-1);
    if (!name || !current || !name.startsWith(prefix)) continue;
    current.files.push(name.slice(prefix.length));
  }
  return commits;
}

/**
 * Reads the output of `git cat-file --batch` for a list of requests (`commit:path` each), in order:
 * each object's text, or undefined for a request git answered "missing" (the file did not exist).
 */
export function parseCatFileBatch(output: Buffer, count: number): (string | undefined)[] {
  const texts: (string | undefined)[] = [];
  let offset = 0;
  for (let index = 0; index < count; index++) {
    const end = output.indexOf(0x0a, offset);
    if (end < 0) throw new Error(`git cat-file: expected ${count} answers, got ${index}`);
    const header = output.subarray(offset, end).toString('utf8');
    offset = end + 1;
    const match = / (blob|tree|commit|tag) (\d+)$/.exec(header);
    if (!match) {
      texts.push(undefined);
      continue;
    }
    const size = Number(match[2]);
    texts.push(match[1] === 'blob' ? output.subarray(offset, offset + size).toString('utf8') : undefined);
    offset += size + 1;
  }
  return texts;
}
