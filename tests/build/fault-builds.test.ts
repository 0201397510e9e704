/**
 * `npm run check:content` is the build's verdict on content: every bad-content fixture of
 * tests/fixtures/faults/ goes through the check (in-process) and through `astro build` (a scratch
 * copy of the project holding the fixture), and both must give the same verdict: both stop,
 * the build printing each of the check's messages (so naming each file), or both pass. The
 * messages themselves are locked in tests/unit/fault-cases.ts.
 *
 * A build stopped by the content check ends before Vite starts (about 3 s here); a passing
 * fixture is a full build of the small valid fixture (about 10 s). One build per fixture: they
 * run one at a time, as the machine has two cores.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/content-files.ts';
import { formatProblem } from '../../src/model/errors.ts';
import { faultCases } from '../unit/fault-cases.ts';
import { astro, built, faultsDir, removeScratchProjects, scratchProject } from './scratch-project.ts';

afterAll(removeScratchProjects);

describe('the check and the build give the same verdict on every bad-content fixture', () => {
  it('covers every fixture', () => {
    expect(readdirSync(faultsDir).sort()).toEqual(Object.keys(faultCases).sort());
  });

  it('builds the valid fixture, which the check accepts', () => {
    const root = scratchProject();
    expect(checkContent(root).problems.map(formatProblem)).toEqual([]);
    const build = astro(root, 'build');
    expect(build.status, build.output).toBe(0);
    expect(built(root)).toBe(true);
  });

  for (const [name, { what, expected }] of Object.entries(faultCases)) {
    it(`${expected.length ? 'both stop' : 'both accept'} ${what} (${name})`, () => {
      const root = scratchProject(join(faultsDir, name));
      const check = checkContent(root).problems.map(formatProblem);
      expect(check).toEqual(expected);
      const build = astro(root, 'build');
      if (expected.length === 0) {
        expect(build.status, build.output).toBe(0);
        expect(built(root)).toBe(true);
        return;
      }
      expect(build.status, build.output).not.toBe(0);
      expect(built(root)).toBe(false);
      for (const message of check) expect(build.output).toContain(message);
    });
  }
});
