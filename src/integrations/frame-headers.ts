import type { AstroIntegration } from 'astro';
import type { ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { headersFor, parseHeadersFile, type HeaderRule } from '../routes/headers.ts';

/**
 * Makes `astro dev` and `astro preview` send the headers of public/_headers, the file Netlify and
 * Cloudflare Pages apply in production, so what refuses framing there refuses it here too and
 * the end-to-end tests can check it.
 *
 * Dev: a middleware on the dev server (astro:server:setup).
 * Preview: Astro's static preview server runs Vite's preview without the project's Vite plugins
 * (astro/dist/core/preview/static-preview-server.js drops `vite.plugins`) and calls no server
 * hook, and its `server.headers` are the same for every path. What it does keep from the
 * project's Vite config is `preview.proxy`, whose `bypass(req, res)` runs before the files are
 * served: the rule below matches every path, sets that path's headers on the response and
 * returns the path unchanged, so nothing is ever proxied.
 */
export default function frameHeaders(): AstroIntegration {
  const load = (file: URL): HeaderRule[] => (existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : []);
  const apply = (rules: HeaderRule[], url: string | undefined, response: ServerResponse) => {
    for (const [name, value] of Object.entries(headersFor(rules, url ?? '/'))) response.setHeader(name, value);
  };
  let publicDir: URL;
  return {
    name: 'year-in-review:frame-headers',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        publicDir = config.publicDir;
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
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          apply(load(new URL('_headers', publicDir)), request.url, response);
          next();
        });
      },
    },
  };
}
