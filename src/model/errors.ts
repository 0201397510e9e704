/**
 * Turns schema failures and broken cross-references into messages an editor can act on:
 * `content/metrics/partners.yaml: values[0].qualifier: must be one of over, almost, … (found "nearly")`.
 * Pure: takes parsed content, returns problems. Reading files is content-files.ts's job.
 */
import type { z } from 'astro/zod';

export interface ContentProblem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** Dotted path of the field inside the file (`values[0].qualifier`), or '' for the whole file. */
  field: string;
  /** The line in the file, 1-based, when the problem is at one place in a text (printed as file:line). */
  line?: number;
  /** What is wrong and what is expected, in plain language. */
  message: string;
}

/**
 * One problem as the check and the build print it: `file: field: message`, with the line after
 * the file (`file:12: body: …`, the form editors and terminals turn into a link) when known.
 */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return problem.field ? `${where}: ${problem.field}: ${problem.message}` : `${where}: ${problem.message}`;
}

/** A readable field path: ['values', 0, 'qualifier'] → `values[0].qualifier`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

function describeInput(input: unknown): string {
  if (input === null) return 'nothing';
  if (input instanceof Date) return `the date ${input.toISOString().slice(0, 10)}`;
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a group of fields';
  if (typeof input === 'string') return `"${input.length > 40 ? `${input.slice(0, 40)}…` : input}"`;
  return String(input);
}

/** One Zod issue in an editor's words. */
function messageFor(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => `"${key}"`).join(', ');
    return `has ${issue.keys.length === 1 ? 'a field' : 'fields'} the site does not know: ${keys} (check the spelling, or remove ${issue.keys.length === 1 ? 'it' : 'them'})`;
  }
  const input = (issue as { input?: unknown }).input;
  // A missing field is reported as missing, whether the schema wanted a type or one of a list of values.
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && input === undefined)
    return `is missing: it ${issue.message}`;
  if (issue.code === 'custom') return issue.message;
  // YAML reads an unquoted 2024-05-01 as a date, which no text or number field accepts.
  if (issue.code === 'invalid_type' && input instanceof Date) {
    const date = input.toISOString().slice(0, 10);
    return `is read as a date because ${date} is not in quotes: write it in quotes, "${date}" (or reword it, like "1 May 2024")`;
  }
  return `${issue.message} (found ${describeInput(input)})`;
}

/** Parses `data` with `schema`; returns the parsed value or the problems, each naming file and field. */
export function parseWithSchema<T extends z.ZodType>(
  schema: T,
  data: unknown,
  file: string,
  basePath: readonly PropertyKey[] = [],
): { ok: true; data: z.output<T> } | { ok: false; problems: ContentProblem[] } {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { ok: true, data: result.data };
  const problems = result.error.issues.map((issue) => ({
    file,
    field: fieldPath([...basePath, ...issue.path]),
    message: messageFor(issue),
  }));
  return { ok: false, problems };
}

/** Thrown by the build when content has problems; its message lists every one. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    const count = problems.length === 1 ? 'One problem' : `${problems.length} problems`;
    super(
      `${count} in content/ must be fixed before the site can be built:\n\n` +
        problems.map((problem) => `  - ${formatProblem(problem)}`).join('\n') +
        '\n\nSee content/README.md for what each field expects.',
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}
