/**
 * The built site as the tests read it: every HTML page in dist/ and the sitemap, found from the files
 * so that a new story, chart or figure is covered without a hand-kept list. Shared by the checks over
 * dist/ (Vitest, tests/dist/) and the browser tests (Playwright, tests/e2e/).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const root = join(import.meta.dirname, '..');
/** The built site. DIST points elsewhere to check another build (for example a sub-path build). */
export const dist = process.env.DIST ?? join(root, 'dist');

/** Throws a message that says what to run when dist/ is missing, instead of an ENOENT. */
export function requireDist(): void {
  if (!existsSync(join(dist, 'index.html')))
    throw new Error(`No built site in ${dist}: run \`npm run build\` first (npm test does).`);
}

function htmlFilesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFilesUnder(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

/** Every HTML file of the built site (absolute paths, sorted), the search index's own files aside. */
export function htmlFiles(): string[] {
  requireDist();
  return htmlFilesUnder(dist).sort();
}

/** The URL path a built file is served at: dist/en/about/index.html → /en/about/, dist/404.html → /404.html. */
export const urlPathOf = (file: string) =>
  `/${relative(dist, file).split('\\').join('/')}`.replace(/(^|\/)index\.html$/, '$1');

/** The file a site path is served from, or undefined (query and hash ignored, percent-decoded). */
export function fileFor(path: string): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
  const candidates = clean.endsWith('/')
    ? [join(dist, clean, 'index.html')]
    : [join(dist, clean), join(dist, clean, 'index.html')];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

/** Every page path the built sitemap lists (sorted): what search engines are told about. */
export function sitemapPaths(): string[] {
  requireDist();
  const files = readdirSync(dist).filter((name) => /^sitemap-\d+\.xml$/.test(name));
  const paths = files.flatMap((name) =>
    [...readFileSync(join(dist, name), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (match) => new URL(match[1]!).pathname,
    ),
  );
  return [...new Set(paths)].sort();
}

/** The page's language from its path: 'zh' under /zh/ and /embed/zh/, 'en' under /en/ and /embed/en/, else undefined. */
export function langOfPath(path: string): 'en' | 'zh' | undefined {
  const match = /^\/(?:embed\/)?(en|zh)\//.exec(path);
  return match ? (match[1] as 'en' | 'zh') : undefined;
}
