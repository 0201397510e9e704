/**
 * Which stories and standing pages exist in which language, and which side changed last, so a
 * translator knows what to write or update. Pure: the caller reads the files and asks git when
 * each was last changed (scripts/i18n-status.ts); this module only compares.
 */
import { languages, otherLang, type Lang } from '../i18n/languages.ts';

export type ContentKind = 'story' | 'page';

/** When one file last changed. An uncommitted change is newer than any commit. */
export interface FileVersion {
  /** Seconds since 1970 of the last commit that touched the file, or of the edit when uncommitted. */
  time: number;
  /** True when the file has changes git has not committed (or is not committed at all). */
  uncommitted: boolean;
}

/** One language version of a story or page: where it is, and when it last changed. */
export interface TranslationFile {
  kind: ContentKind;
  lang: Lang;
  /** Path under content/{stories,pages}/{lang}/ without extension: '2024/health', 'about'. */
  path: string;
  /** The file, relative to the project root: content/stories/en/2024/health.mdx. */
  file: string;
  version: FileVersion;
}

export type TranslationState =
  /** Both languages exist and neither changed after the other. */
  | 'up-to-date'
  /** Only one language exists: `lang` is the missing one. */
  | 'missing'
  /** Both exist, and `newer` changed after the other: the other may need updating. */
  | 'outdated';

export interface TranslationRow {
  kind: ContentKind;
  path: string;
  files: Partial<Record<Lang, TranslationFile>>;
  state: TranslationState;
  /** For 'missing': the language without a file. */
  missing?: Lang;
  /** For 'outdated': the language that changed last. */
  newer?: Lang;
}

/** Negative when a is older than b, positive when newer, 0 when they changed together. */
export function compareVersions(a: FileVersion, b: FileVersion): number {
  if (a.uncommitted !== b.uncommitted) return a.uncommitted ? 1 : -1;
  return a.time - b.time;
}

/** Groups the files of both languages by story or page and says what each needs. */
export function translationStatus(files: TranslationFile[]): TranslationRow[] {
  const rows = new Map<string, TranslationRow>();
  for (const file of files) {
    const key = `${file.kind}:${file.path}`;
    const row = rows.get(key) ?? {
      kind: file.kind,
      path: file.path,
      files: {},
      state: 'up-to-date' as TranslationState,
    };
    row.files[file.lang] = file;
    rows.set(key, row);
  }
  for (const row of rows.values()) {
    const [en, zh] = languages.map((lang) => row.files[lang]);
    if (!en || !zh) {
      row.state = 'missing';
      row.missing = en ? 'zh' : 'en';
      continue;
    }
    const order = compareVersions(en.version, zh.version);
    if (order !== 0) {
      row.state = 'outdated';
      row.newer = order > 0 ? 'en' : 'zh';
    }
  }
  const kindOrder: Record<ContentKind, number> = { story: 0, page: 1 };
  return [...rows.values()].sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || a.path.localeCompare(b.path));
}

const languageName: Record<Lang, string> = { en: 'English', zh: 'Chinese' };

/** What a translator should do about a row, in one line. */
export function describeRow(row: TranslationRow): string {
  const folder = row.kind === 'story' ? 'stories' : 'pages';
  if (row.state === 'missing' && row.missing) {
    const present = row.files[otherLang(row.missing)];
    const extension = present?.file.match(/\.[a-z]+$/)?.[0] ?? '.mdx';
    return `missing in ${languageName[row.missing]}: add content/${folder}/${row.missing}/${row.path}${extension}`;
  }
  if (row.state === 'outdated' && row.newer) {
    const older = otherLang(row.newer);
    const newerFile = row.files[row.newer]!;
    const olderFile = row.files[older]!;
    return `${languageName[row.newer]} changed ${whenText(newerFile.version)}, after ${languageName[older]} (${whenText(olderFile.version)}): check ${olderFile.file}`;
  }
  return 'up to date';
}

function whenText(version: FileVersion): string {
  if (version.uncommitted) return 'in uncommitted edits';
  return `on ${new Date(version.time * 1000).toISOString().slice(0, 10)}`;
}

export interface StatusSummary {
  total: number;
  missing: number;
  outdated: number;
}

/** How many rows there are, and how many lack a language or are outdated on one side. */
export function summarize(rows: TranslationRow[]): StatusSummary {
  return {
    total: rows.length,
    missing: rows.filter((row) => row.state === 'missing').length,
    outdated: rows.filter((row) => row.state === 'outdated').length,
  };
}

/** The report as a plain-text table: kind, path, en, zh, status. */
export function formatTable(rows: TranslationRow[]): string {
  const mark = (row: TranslationRow, lang: Lang) => (row.files[lang] ? (row.newer === lang ? 'yes*' : 'yes') : '—');
  const table = [
    ['kind', 'path', 'en', 'zh', 'status'],
    ...rows.map((row) => [row.kind, row.path, mark(row, 'en'), mark(row, 'zh'), describeRow(row)]),
  ];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((cells) => [...cells[column]!].length)));
  const lines = table.map((cells) =>
    cells
      .map((cell, column) =>
        column === cells.length - 1 ? cell : cell + ' '.repeat(widths[column]! - [...cell].length),
      )
      .join('  '),
  );
  lines.splice(1, 0, widths.map((width) => '-'.repeat(width)).join('  '));
  const { total, missing, outdated } = summarize(rows);
  lines.push(
    '',
    `${total} stories and pages: ${total - missing - outdated} up to date, ${missing} missing a language, ${outdated} changed in one language after the other.`,
  );
  if (outdated > 0) lines.push('yes* = the side that changed last; check the other side against it.');
  return lines.join('\n');
}

/**
 * Where a content file belongs: 'content/stories/zh/2024/health.mdx' → story, zh, '2024/health'.
 * Undefined for files that are not stories or pages (README.md, metrics, …).
 */
export function classifyContentFile(file: string): Pick<TranslationFile, 'kind' | 'lang' | 'path'> | undefined {
  const match = /^content\/(stories|pages)\/(en|zh)\/(.+)\.mdx?$/.exec(file);
  if (!match) return undefined;
  return { kind: match[1] === 'stories' ? 'story' : 'page', lang: match[2] as Lang, path: match[3]! };
}

/**
 * The last commit time of each file from `git log --format=%x01%ct --name-only` (newest commit
 * first): the first time a file appears is its latest change. `prefix` is the project's folder
 * inside the repository (`git rev-parse --show-prefix`), stripped from the paths git prints.
 */
export function parseGitLog(output: string, prefix = ''): Map<string, number> {
  const times = new Map<string, number>();
  let current: number | undefined;
  for (const line of output.split('\n')) {
    if (line.startsWith('\x01')) {
      current = Number(line.slice(1));
      continue;
    }
    const name = line.trim();
    if (!name || current === undefined || !name.startsWith(prefix)) continue;
    const file = name.slice(prefix.length);
    if (!times.has(file)) times.set(file, current);
  }
  return times;
}

/**
 * Files with uncommitted changes (modified, added, untracked) from
 * `git status --porcelain=v1 -z --untracked-files=all`, relative to the project folder.
 */
export function parseGitStatus(output: string, prefix = ''): Set<string> {
  const files = new Set<string>();
  const entries = output.split('\0');
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index]!;
    if (entry.length < 4) continue;
    const code = entry.slice(0, 2);
    const name = entry.slice(3);
    if (code.includes('R') || code.includes('C')) index++; // the next entry is the old name
    if (code.includes('D') || !name.startsWith(prefix)) continue;
    files.add(name.slice(prefix.length));
  }
  return files;
}
