import type { AstroIntegration } from 'astro';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normaliseBase } from '../i18n/languages.ts';

/** The editor's forms (Keystatic's config), read by Keystatic's UI and API under `astro dev`. */
const editorConfigPath = fileURLToPath(new URL('../editor/keystatic.ts', import.meta.url));

/** The stylesheet Keystatic's UI links to (Google Fonts' Inter); the editor uses system fonts instead. */
const keystaticFontLink = 'https://fonts.googleapis.com/css2?family=Inter:wght@400;500;600;700&display=swap';

/**
 * What the editor's pages may load: this server only. Keystatic's UI sets its styles from script
 * (hence 'unsafe-inline' for styles and Astro's dev scripts); nothing may come from another host,
 * so a link Keystatic adds in a later version is blocked by the browser, never requested.
 */
export const editorPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline' data:",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
].join('; ');

/**
 * Whether a request `url` (path and query, as the dev server's middlewares see it) is for the
 * content editor of a site at `base` (Astro's `base`, '/' or '/yir'): its pages (/keystatic…) or
 * its API (/api/keystatic…). Astro's dev server takes the base off a request's URL before other
 * middlewares run, so the path is matched with and without it; /keystatic-guide/ is not the editor.
 */
export function isEditorRequest(url: string | undefined, base: string): boolean {
  if (!url) return false;
  const root = normaliseBase(base);
  const path = url.split('?')[0]!;
  const local = root !== '/' && path.startsWith(root) ? path.slice(root.length - 1) : path;
  return /^\/(api\/)?keystatic(\/|$)/.test(local);
}

/**
 * The content editor (Keystatic in local mode, forms in src/editor/keystatic.ts) under `astro dev`
 * only: adds @astrojs/react and @keystatic/astro when the command is `dev` (and lets the dev server
 * answer addresses without a trailing slash, as Keystatic's are), so `astro build`
 * never loads either, needs no server adapter and writes nothing of the editor into dist/.
 *
 * Keystatic's UI links Google Fonts from its own code (@keystatic/core keystatic-core-ui.js):
 * a Vite transform replaces that address with an empty stylesheet (a `data:` URL), and the
 * editor's pages (/keystatic/…) get a Content-Security-Policy allowing this server only, so the
 * editor sends no request to another host (many are blocked in mainland China).
 */
export default function editor(): AstroIntegration {
  return {
    name: 'year-in-review:editor',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig }) => {
        if (command !== 'dev') return;
        const [{ default: react }, { default: keystatic }] = await Promise.all([
          import('@astrojs/react'),
          import('@keystatic/astro'),
        ]);
        updateConfig({
          integrations: [react(), keystatic()],
          // Keystatic's addresses have no trailing slash (/keystatic/collection/metrics, /api/keystatic/tree),
          // which 'always' answers with a 404 in dev. The built site keeps 'always' (astro.config.mjs).
          trailingSlash: 'ignore',
          vite: {
            // Keystatic has Vite scan `keystatic.config.*` at the root for the dependencies to bundle
            // before the first request; the forms live in src/editor/ instead, so without this the
            // editor's first opening found seven more, bundled them and reloaded itself mid-load.
            optimizeDeps: { entries: [relative(fileURLToPath(config.root), editorConfigPath)] },
            plugins: [
              {
                // Keystatic reads its forms from `virtual:keystatic-config`, which it resolves to a
                // keystatic.config.* file at the project root; the project's top level is fixed, so
                // this resolves it first, to the forms' module in src/editor/.
                name: 'year-in-review:editor-config',
                enforce: 'pre' as const,
                resolveId(id: string) {
                  return id === 'virtual:keystatic-config' ? editorConfigPath : null;
                },
              },
              {
                name: 'year-in-review:editor-offline',
                transform(code: string) {
                  return code.includes(keystaticFontLink)
                    ? { code: code.split(keystaticFontLink).join('data:text/css,'), map: null }
                    : null;
                },
                configureServer(server: {
                  middlewares: {
                    use(
                      handler: (
                        req: { url?: string },
                        res: { setHeader(n: string, v: string): void },
                        next: () => void,
                      ) => void,
                    ): void;
                  };
                }) {
                  server.middlewares.use((request, response, next) => {
                    if (isEditorRequest(request.url, config.base))
                      response.setHeader('Content-Security-Policy', editorPolicy);
                    next();
                  });
                },
              },
            ],
          },
        });
      },
    },
  };
}
