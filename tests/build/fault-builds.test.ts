/**
 * `npm run check:content` is the build's verdict on content: every bad-content fixture of
 * tests/fixtures/faults/ goes through the check (in-process) and through `astro build` (a scratch
 * copy of the project holding the fixture), and both must give the same verdict: both stop,
 * the build printing each of the check's messages (so naming each file), or both pass. The
 * messages themselves are locked in tests/unit/fault-cases.ts.
 *
 * A build stopped by the content check ends in Astro's first integration hook, before Vite starts
 * (2-3 CPU-seconds, most of it Node loading Astro's build command and the config); a passing fixture is a full build of the
 * small valid fixture (about 10 s). One real `astro build` process per fixture, in its own scratch
 * project; two at a time (the build project's maxConcurrency), as the machine has two cores.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { checkContent } from '../../src/checks/content-files.ts';
import { formatProblem } from '../../src/model/errors.ts';
import { faultCases } from '../unit/fault-cases.ts';
import {
  astro,
  built,
  faultsDir,
  removeScratchProjects,
  resetScratchProject,
  scratchProject,
} from './scratch-project.ts';

afterAll(removeScratchProjects);

// One scratch project per build running at once (maxConcurrency: 2), each reset to exactly the
// fixture's files before its build: the same files as a new copy, at a path Node's compile cache knows.
const free: string[] = [];
const waiting: ((root: string) => void)[] = [];
let made = 0;
async function withScratchProject<T>(layers: string[], use: (root: string) => Promise<T>): Promise<T> {
  const root =
    free.pop() ??
    (made < 2 ? (made++, scratchProject()) : await new Promise<string>((resolve) => waiting.push(resolve)));
  try {
    return await use(resetScratchProject(root, ...layers));
  } finally {
    const next = waiting.shift();
    if (next) next(root);
    else free.push(root);
  }
}

describe.concurrent('the check and the build give the same verdict on every bad-content fixture', () => {
  it('covers every fixture', ({ expect }) => {
    expect(readdirSync(faultsDir).sort()).toEqual(Object.keys(faultCases).sort());
  });

  it('builds the valid fixture, which the check accepts', async ({ expect }) => {
    await withScratchProject([], async (root) => {
      expect(checkContent(root).problems.map(formatProblem)).toEqual([]);
      const build = await astro(root, 'build');
      expect(build.status, build.output).toBe(0);
      expect(built(root)).toBe(true);
    });
  });

  for (const [name, { what, expected }] of Object.entries(faultCases)) {
    it(`${expected.length ? 'both stop' : 'both accept'} ${what} (${name})`, async ({ expect }) => {
      await withScratchProject([join(faultsDir, name)], async (root) => {
        const check = checkContent(root).problems.map(formatProblem);
        expect(check).toEqual(expected);
        const build = await astro(root, 'build');
        if (expected.length === 0) {
          expect(build.status, build.output).toBe(0);
          expect(built(root)).toBe(true);
          return;
        }
        expect(build.status, build.output).not.toBe(0);
        expect(built(root)).toBe(false);
        for (const message of check) expect(build.output).toContain(message);
        // Stopped by the check in the first hook, before Astro synced content or Vite started.
        expect(build.output).toContain('"astro:config:setup" hook');
        expect(build.output).not.toMatch(/\[(content|types|build|vite)\]/);
      });
    });
  }
});
