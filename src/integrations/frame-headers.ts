import type { AstroIntegration } from 'astro';
import type { ServerResponse } from 'node:http';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { embedRules, headersFor, parseHeadersFile, type HeaderRule } from '../routes/headers.ts';
import { framingHeaders } from '../routes/security-policy.ts';
import { normaliseBase } from '../i18n/languages.ts';

/**
 * Writes the embed pages' rules into dist/_headers and makes `astro dev` and `astro preview` send
 * the headers of that file, the one Cloudflare Pages (and Netlify) apply in production, so what
 * refuses framing there refuses it here too and the tests can check it.
 *
 * Build (astro:build:done): public/_headers, copied to dist/, sets the security headers on every
 * path (`/*`); one rule per built embed page is appended that detaches the framing headers (and,
 * for Netlify, which cannot detach, sets frame-ancestors *: src/routes/headers.ts `embedRules`). Unknown addresses under /embed/ get no such rule.
 *
 * Preview: Astro's static preview server runs Vite's preview without the project's Vite plugins
 * (astro/dist/core/preview/static-preview-server.js drops `vite.plugins`) and calls no server
 * hook, and its `server.headers` are the same for every path. What it does keep from the
 * project's Vite config is `preview.proxy`, whose `bypass(req, res)` runs before the files are
 * served, 404s included: the rule below matches every path, sets that path's headers on the
 * response and returns the path unchanged, so nothing is ever proxied. Paths are matched
 * decoded (`/%65n/` is /en/), as the file server resolves them.
 *
 * Dev: a middleware on the dev server (astro:server:setup) with public/_headers plus an
 * `/embed/*` rule standing in for the per-page rules the build writes.
 */
export default function frameHeaders(): AstroIntegration {
  const load = (file: URL): HeaderRule[] => (existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : []);
  const apply = (rules: HeaderRule[], url: string | undefined, response: ServerResponse) => {
    for (const [name, value] of Object.entries(headersFor(rules, url ?? '/'))) response.setHeader(name, value);
  };
  let publicDir: URL;
  let base = '/';
  return {
    name: 'year-in-review:frame-headers',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        publicDir = config.publicDir;
        base = normaliseBase(config.base);
        if (command !== 'preview') return;
        // The built copy: what a host would deploy.
        const rules = load(new URL('_headers', config.outDir));
        updateConfig({
          vite: {
            preview: {
              proxy: {
                '^/': {
                  target: 'http://127.0.0.1:9',
                  bypass: (request, response) => {
                    if (response) apply(rules, request.url, response);
                    return request.url;
                  },
                },
              },
            },
          },
        });
      },
      'astro:build:done': ({ dir, pages }) => {
        const file = new URL('_headers', dir);
        const embeds = pages
          .map(({ pathname }) => `${base}${pathname}`)
          .filter((path) => path.startsWith(`${base}embed/`))
          .sort();
        appendFileSync(file, `\n${embeds.map((path) => embedRules(path, framingHeaders)).join('\n\n')}\n`);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const rules = load(new URL('_headers', publicDir));
          apply(
            [...rules, { pattern: `${base}embed/*`, headers: [], detach: [...framingHeaders] }],
            request.url,
            response,
          );
          next();
        });
      },
    },
  };
}
