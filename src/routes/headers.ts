/**
 * Reads a `_headers` file (the format Netlify and Cloudflare Pages share) and says which headers
 * a path gets. The dev and preview servers use it (src/integrations/frame-headers.ts), so the
 * rules the host applies in production are the ones `astro preview` and the tests see.
 *
 * Format: a line starting with "/" is a path pattern (`*` matches anything, including "/"), the
 * indented `Name: value` lines under it are its headers, `#` starts a comment.
 *
 * Hand-written: the format is a few lines of plain text, and no maintained npm package reads it
 * (Netlify's own parser is internal to its CLI).
 */

export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

/**
 * The rules of a `_headers` file, in file order: each path pattern with its headers.
 * @throws Error naming the line, for an indented line that is not `Name: value` or comes before any path
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: line, headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (colon <= 0 || !rule) throw new Error(`_headers: "${line}" is not a "Name: value" line under a path`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Whether a `_headers` path pattern matches a path: the whole path, `*` standing for anything (slashes too). */
export function patternMatches(pattern: string, path: string): boolean {
  const expression = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${expression}$`).test(path);
}

/**
 * The headers a path gets: those of every rule that matches it. The site's file is written so
 * that no two rules set the same header for one path (hosts differ in how they combine those).
 */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const pathname = path.split(/[?#]/)[0] || '/';
  const result: Record<string, string> = {};
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, pathname)) continue;
    for (const [name, value] of rule.headers) result[name] = value;
  }
  return result;
}

/** Rules whose patterns overlap on a path and set the same header: ambiguous across hosts. */
export function conflictsAt(rules: HeaderRule[], path: string): string[] {
  const seen = new Map<string, string>();
  const conflicts: string[] = [];
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, path)) continue;
    for (const [name] of rule.headers) {
      const key = name.toLowerCase();
      if (seen.has(key)) conflicts.push(`${name} is set by both ${seen.get(key)} and ${rule.pattern}`);
      else seen.set(key, rule.pattern);
    }
  }
  return conflicts;
}
