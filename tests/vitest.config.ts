import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Fixed time zone and locale so formatting and snapshots are the same on every machine.
process.env.TZ = 'UTC';

/**
 * Two projects:
 * - unit: pure functions, schemas, checks, chart builders and the command-line scripts, in-process.
 *   Needs nothing built: `npm run test:unit` works from a clean clone.
 * - dist: checks over the built site in dist/ that need no browser (metadata, links, figures,
 *   downloads, preview pictures, QR codes, headers, HTML validity). `npm run test:dist`, after a build.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    environment: 'node',
    env: { TZ: 'UTC', LANG: 'C.UTF-8' },
    projects: [
      // npm test runs the unit tests beside the build on two cores: 5 s (the default) is too tight there.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 } },
      { extends: true, test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], testTimeout: 120_000 } },
    ],
  },
});
