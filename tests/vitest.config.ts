import { defineConfig } from 'vitest/config';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Fixed time zone and locale so formatting and snapshots are the same on every machine.
process.env.TZ = 'UTC';

/**
 * The test files of a folder that replace a module (`vi.mock`): the others share one module graph
 * (below), where a replaced module would stay replaced for every file after it.
 */
const mockingFiles = (folder: string) =>
  readdirSync(fileURLToPath(new URL(folder, import.meta.url)), { recursive: true, encoding: 'utf8' })
    .filter(
      (name) =>
        name.endsWith('.test.ts') &&
        /\bvi\.(?:do)?[mM]ock\b/.test(
          readFileSync(fileURLToPath(new URL(`${folder}/${name}`, import.meta.url)), 'utf8'),
        ),
    )
    .map((name) => `tests/${folder}/${name}`);

// The dist files share one module graph and have no isolated project of their own: a file there
// that replaces a module would otherwise be left out silently.
if (mockingFiles('dist').length > 0)
  throw new Error(
    `tests/vitest.config.ts: ${mockingFiles('dist').join(', ')} replace a module (vi.mock): give them an isolated project, as unit-mocks is for tests/unit`,
  );

/**
 * Three projects:
 * - unit (and unit-mocks): pure functions, schemas, checks, chart builders and the command-line
 *   scripts, in-process. Needs nothing built: `npm run test:unit` works from a clean clone. The
 *   files share one module graph (isolate: false): each imports the same content model, checks and
 *   Zod schemas, and loading them again for every file was a third of the time (measured 61 → 36 s).
 *   Files that replace a module (vi.mock) run isolated, as the project unit-mocks.
 * - dist: checks over the built site in dist/ that need no browser (metadata, links, figures,
 *   downloads, preview pictures, QR codes, headers, HTML validity). `npm run test:dist`, after a build.
 * - build: runs `astro build` itself: in scratch copies of the project, every bad-content fixture
 *   gives the build the check's verdict and a build from any earlier state of the content cache
 *   gives a clean build's site; the site built under a sub-path keeps the path everywhere. Needs
 *   no dist/ (npm test runs it in the build's lane, after the build, whose preview pictures the
 *   sub-path build reuses). `npm run test:build`; slow (minutes), two builds at a time.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    environment: 'node',
    env: { TZ: 'UTC', LANG: 'C.UTF-8' },
    projects: [
      // npm test runs the unit tests beside the build on two cores: 5 s (the default) is too tight there.
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: mockingFiles('unit'),
          isolate: false,
          testTimeout: 30_000,
        },
      },
      { extends: true, test: { name: 'unit-mocks', include: mockingFiles('unit'), testTimeout: 30_000 } },
      // dist runs beside the scratch builds (npm test's other lane): on a loaded machine html-validate
      // and the Nu checker over every page each ran past 120 s (measured at a load of 25 on 2 cores).
      // One module graph for its files as well (measured 78 → 69 s); none may replace a module (above).
      {
        extends: true,
        test: {
          name: 'dist',
          include: ['tests/dist/**/*.test.ts'],
          isolate: false,
          testTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 600_000,
          hookTimeout: 600_000,
          // Each test runs astro build in a child process: files one at a time, and within a file
          // (describe.concurrent, or Promise.all) at most two builds at once, one per core.
          fileParallelism: false,
          maxConcurrency: 2,
        },
      },
    ],
  },
});
