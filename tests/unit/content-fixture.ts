/**
 * Copies of the small valid content tree in tests/fixtures/valid, each broken in one place, so a
 * test can lock the exact message a mistake produces. Copies are removed after each test.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { checkContent } from '../../src/checks/content-files.ts';
import { formatProblem } from '../../src/model/errors.ts';

export const fixture = join(import.meta.dirname, '../fixtures/valid');

/**
 * A copy of the valid fixture with `edit` applied to one file under content/, removed when the
 * test that made it ends (called inside a test: the unit files share one module graph, so a hook
 * at this module's top level would belong to the first file that imported it).
 */
export function brokenCopy(file: string, edit: (text: string) => string): string {
  const root = mkdtempSync(join(tmpdir(), 'content-'));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  cpSync(fixture, root, { recursive: true });
  const path = join(root, 'content', file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return root;
}

/** The content check's messages for a project root, as the build prints them. */
export const messages = (root: string) => checkContent(root).problems.map(formatProblem);
