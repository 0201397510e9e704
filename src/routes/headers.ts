/**
 * Reads a `_headers` file (the format of Cloudflare Pages, which Netlify shares but for detach
 * lines) and says which headers a path gets, as Cloudflare Pages applies them (Netlify's own
 * engine reads the same file in tests/unit/netlify-headers.test.ts). The dev and preview servers use it
 * (src/integrations/frame-headers.ts), so the rules the host applies in production are the ones
 * `astro preview` and the tests see.
 *
 * Format (https://developers.cloudflare.com/pages/configuration/headers/): a line starting with
 * "/" is a path pattern (`*` matches anything, including "/"); the indented `Name: value` lines
 * under it are its headers; an indented `! Name` line detaches that header, set by a broader
 * rule, from the paths this rule matches; `#` starts a comment. Every rule that matches a path
 * applies.
 *
 * Hand-written: the format is a few lines of plain text, and no maintained npm package reads it
 * (Netlify's own parser is internal to its CLI).
 */

export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
  /** Header names this rule removes from what broader rules set (Cloudflare's `! Name`). */
  detach: string[];
}

/**
 * Parses the text of a `_headers` file into its rules, in file order.
 * Throws when a header line stands outside a rule or is neither `Name: value` nor `! Name`.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: line, headers: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    const where = `_headers:${index + 1}`;
    if (!rule) throw new Error(`${where}: "${line}" is not under a path`);
    if (line.startsWith('!')) {
      const name = line.slice(1).trim();
      if (!/^[A-Za-z0-9-]+$/.test(name)) throw new Error(`${where}: "${line}" should be "! Header-Name"`);
      rule.detach.push(name);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`${where}: "${line}" is not a "Name: value" line under a path`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Whether a `_headers` pattern matches a (decoded) path: `*` stands for any text, "/" included. */
export function patternMatches(pattern: string, path: string): boolean {
  const expression = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${expression}$`).test(path);
}

/**
 * The path a request is for, as the file server will resolve it: the query and fragment dropped
 * and percent-escapes decoded (`/%65n/` → `/en/`), because the static server decodes them before
 * it looks for the file, so rules must match what is served, not how it was spelled. An escape
 * that does not decode (`/%E4/`) is left as it is (the server then finds no file: a 404 that
 * matches only the catch-all rule).
 */
export function requestPath(url: string): string {
  const pathname = url.split(/[?#]/)[0] || '/';
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

/**
 * The headers a request gets, as Cloudflare Pages gives them: those of every rule that matches its
 * decoded path, minus every name a matching rule detaches, the detaching rule's own header of that
 * name included. Cloudflare documents detaching a header set by another rule, not a rule that
 * detaches a name and sets it too (as the embed rules do, for Netlify: see {@link embedRules}),
 * so this reads it the strict way: an embed page then gets no framing header at all, which any
 * host page may frame, including one without an origin of its own (about:blank, a sandboxed
 * frame). The other reading (its own `frame-ancestors *` kept) frames on every https site too.
 */
export function headersFor(rules: HeaderRule[], url: string): Record<string, string> {
  const path = requestPath(url);
  const matching = rules.filter((rule) => patternMatches(rule.pattern, path));
  const detached = new Set(matching.flatMap((rule) => rule.detach.map((name) => name.toLowerCase())));
  const result: Record<string, string> = {};
  for (const rule of matching) {
    for (const [name, value] of rule.headers) if (!detached.has(name.toLowerCase())) result[name] = value;
  }
  return result;
}

/**
 * Rules whose patterns overlap on a path and set the same header: ambiguous across hosts
 * (Cloudflare Pages joins the values with a comma, Netlify keeps the later rule's). A later rule
 * that detaches the header and sets it again replaces it on both: Cloudflare drops the earlier
 * value, Netlify keeps the later one (and ignores the `!` line).
 */
export function conflictsAt(rules: HeaderRule[], path: string): string[] {
  const seen = new Map<string, string>();
  const conflicts: string[] = [];
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, requestPath(path))) continue;
    const replaces = new Set(rule.detach.map((name) => name.toLowerCase()));
    for (const [name] of rule.headers) {
      const key = name.toLowerCase();
      if (seen.has(key) && !replaces.has(key))
        conflicts.push(`${name} is set by both ${seen.get(key)} and ${rule.pattern}`);
      seen.set(key, rule.pattern);
    }
  }
  return conflicts;
}

/**
 * The CSP header Netlify sends an embed page instead of the catch-all's `frame-ancestors 'none'`:
 * any site (http or https) may frame it. Browsers ignore X-Frame-Options when a policy has
 * frame-ancestors (CSP Level 2, section 7.7.1), which is what makes the page frameable on
 * Netlify, where the catch-all's X-Frame-Options: DENY cannot be removed.
 */
export const EMBED_FRAME_POLICY = 'frame-ancestors *';

/**
 * The rules that let one embed page be framed: for its address with and without `index.html`,
 * detach `names` (the framing headers the catch-all rule sets; Cloudflare Pages), set
 * Content-Security-Policy to {@link EMBED_FRAME_POLICY} (Netlify, which has no detach, keeps a
 * later rule's value of a header: the catch-all's X-Frame-Options stays there and browsers
 * ignore it), and keep the page out of search engines. Written per page by the build
 * (src/integrations/frame-headers.ts), so an unknown address under /embed/ (served the 404
 * page) stays unframeable. `path` is the page's URL path, e.g. `/embed/en/newborn-care-training/`.
 */
export function embedRules(path: string, names: readonly string[]): string {
  const folder = path.endsWith('/') ? path : `${path}/`;
  return [folder, `${folder}index.html`]
    .map((pattern) =>
      [
        pattern,
        ...names.map((name) => `  ! ${name}`),
        `  Content-Security-Policy: ${EMBED_FRAME_POLICY}`,
        '  X-Robots-Tag: noindex',
      ].join('\n'),
    )
    .join('\n\n');
}
