import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../checks/content-files.ts';
import { ContentError, formatProblem } from '../model/errors.ts';
import { pruneSocialImages } from '../share/png.ts';

/**
 * Runs the content check before anything renders. A build stops with every problem listed by
 * file and field; the dev server keeps running and prints the problems again after each edit.
 * After a successful build, the preview-picture cache is pruned of pictures no page used.
 */
export default function contentCheck(): AstroIntegration {
  let root = '';
  // A second before the build starts: file times can be coarser than milliseconds.
  let buildStart = 0;
  return {
    name: 'year-in-review:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        const { problems } = checkContent(root);
        if (problems.length === 0) return;
        if (command === 'build') throw new ContentError(problems);
        for (const problem of problems) logger.error(formatProblem(problem));
      },
      'astro:build:start': () => {
        buildStart = Date.now() - 1000;
      },
      'astro:build:done': ({ logger }) => {
        // A build for another address (the sub-path test's) draws other posters (their QR codes
        // hold the address): PICTURE_CACHE_PRUNE=off keeps the main build's pictures for its next run.
        if (process.env.PICTURE_CACHE_PRUNE === 'off') return;
        const deleted = pruneSocialImages(root, buildStart);
        if (deleted) logger.info(`preview-picture cache: ${deleted} picture(s) no page uses removed`);
      },
      'astro:server:setup': ({ server, logger }) => {
        server.watcher.on('change', (path) => {
          if (!path.includes('/content/')) return;
          const { problems } = checkContent(root);
          if (problems.length === 0) logger.info('content/ checked: no problems');
          for (const problem of problems) logger.error(formatProblem(problem));
        });
      },
    },
  };
}
