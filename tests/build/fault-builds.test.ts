/**
 * `npm run check:content` is the build's verdict on content: every bad-content fixture of
 * tests/fixtures/faults/ goes through the check (in-process) and through Astro's build (a scratch
 * copy of the project holding the fixture; see below for which way), and both must give the same
 * verdict: both stop, the build's error holding each of the check's messages (so naming each
 * file), or both pass. The messages themselves are locked in tests/unit/fault-cases.ts.
 *
 * A build stopped by the content check ends in Astro's first integration hook, before content sync
 * or Vite. Those builds run Astro's build function in this process (astroBuildInProcess: about
 * 40 ms each, where a new `astro` process spends 2-3 CPU-seconds loading Astro and the config
 * first); one fixture also goes through the `astro build` command, for what an editor reads in the
 * terminal. The fixtures the check accepts are built by the `astro build` command, all in one
 * build over the small valid fixture (about 10 s). Each build has its own scratch project; two at
 * a time (the build project's maxConcurrency), as the machine has two cores.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { checkContent } from '../../src/checks/content-files.ts';
import { formatProblem } from '../../src/model/errors.ts';
import { faultCases } from '../unit/fault-cases.ts';
import {
  astro,
  astroBuildInProcess,
  built,
  faultsDir,
  removeScratchProjects,
  resetScratchProject,
  scratchProject,
} from './scratch-project.ts';

afterAll(removeScratchProjects);

// One scratch project per build running at once (maxConcurrency: 2), each reset to exactly the
// fixture's files before its build: the same files as a new copy, at a path Node's compile cache
// (for an astro process) or this process's module cache (for a build in this process) knows.
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

/** The files a fixture lays over the valid fixture, relative to the project. */
const filesOf = (dir: string, under = ''): string[] =>
  readdirSync(join(dir, under), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesOf(dir, join(under, entry.name)) : [join(under, entry.name)],
  );

// The fixtures both must accept are built together, in one `astro build` over all of them (about
// 10 CPU-seconds a build of the small site): they lay different files over the valid fixture
// (checked below), so each one's files are built as they are, and one passing build accepts every
// one. Each fixture still goes through the check alone.
const accepted = Object.entries(faultCases)
  .filter(([, { expected }]) => expected.length === 0)
  .map(([name]) => name);
let acceptedBuild: Promise<{ status: number; output: string; built: boolean }> | undefined;
const buildAccepted = () =>
  (acceptedBuild ??= withScratchProject(
    accepted.map((name) => join(faultsDir, name)),
    async (root) => ({ ...(await astro(root, 'build')), built: built(root) }),
  ));

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
      // What a build that got past the first hook leaves (what the stopped builds below must not).
      expect(existsSync(join(root, 'node_modules/.astro/data-store.json'))).toBe(true);
    });
  });

  it('the fixtures both must accept lay different files, so that one build can take them all', ({ expect }) => {
    const files = accepted.flatMap((name) => filesOf(join(faultsDir, name)));
    expect(accepted.length).toBeGreaterThan(0);
    expect(files.length).toBe(new Set(files).size);
  });

  it('the astro build command prints every message of the check and names the hook it stopped in', async ({
    expect,
  }) => {
    const [name, { expected }] = Object.entries(faultCases).find(([, { expected }]) => expected.length > 1)!;
    await withScratchProject([join(faultsDir, name)], async (root) => {
      const build = await astro(root, 'build');
      expect(build.status, build.output).not.toBe(0);
      expect(built(root)).toBe(false);
      for (const message of expected) expect(build.output).toContain(message);
      expect(build.output).toContain('"astro:config:setup" hook');
      expect(build.output).not.toMatch(/\[(content|types|build|vite)\]/);
    });
  });

  for (const [name, { what, expected }] of Object.entries(faultCases)) {
    it(`${expected.length ? 'both stop' : 'both accept'} ${what} (${name})`, async ({ expect }) => {
      await withScratchProject([join(faultsDir, name)], async (root) => {
        const check = checkContent(root).problems.map(formatProblem);
        expect(check).toEqual(expected);
        if (expected.length === 0) return;
        const stopped = await astroBuildInProcess(root);
        expect(stopped.error?.name, 'the build did not stop with the content check').toBe('ContentError');
        for (const message of check) expect(stopped.error?.message).toContain(message);
        expect(built(root)).toBe(false);
        // Stopped by the check in the first hook, before Astro synced content (no content store).
        expect(existsSync(join(root, 'node_modules/.astro'))).toBe(false);
        expect(existsSync(join(root, '.astro'))).toBe(false);
      });
      if (expected.length > 0) return;
      // Outside the fixture's own scratch project: the shared build takes one of the two.
      const build = await buildAccepted();
      expect(build.status, build.output).toBe(0);
      expect(build.built).toBe(true);
    });
  }
});
