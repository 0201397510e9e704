/**
 * Content that builds but breaks the site (issue 15, kinds 2, 6 and 9) is stopped by the content
 * check with file, field (and line, for MDX) and what is allowed. Each case is a folder under
 * tests/fixtures/faults/ whose files replace those of the valid fixture; the messages are locked.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixture, messages } from './content-fixture.ts';
import { faultCases as cases } from './fault-cases.ts';

const faults = join(import.meta.dirname, '../fixtures/faults');
const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** The valid fixture with one fault case's files laid over it. */
function withFault(name: string): string {
  const root = mkdtempSync(join(tmpdir(), 'fault-'));
  roots.push(root);
  cpSync(fixture, root, { recursive: true });
  cpSync(join(faults, name), root, { recursive: true });
  return root;
}

describe('faults the content check stops', () => {
  it('has a locked message list for every fault fixture, and a fixture for every case', () => {
    expect(readdirSync(faults).sort()).toEqual(Object.keys(cases).sort());
  });

  for (const [name, { what, expected }] of Object.entries(cases)) {
    it(`${expected.length ? 'stops' : 'accepts'} ${what} (${name})`, () => {
      expect(messages(withFault(name))).toEqual(expected);
    });
  }
});
