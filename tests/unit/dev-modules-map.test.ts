/**
 * The dev server's test of Astro's map of MDX modules (src/integrations/content-check.ts): it runs
 * Astro's sync again until the map lists each MDX file on disk once and nothing that is gone.
 */
import { isEditorRequest } from '../../src/integrations/editor.ts';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { modulesMapDisagreement } from '../../src/integrations/content-check.ts';

let root = '';
const write = (path: string, text = '') => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};
/** A map as Astro 7 writes it: one `["file", () => import("…")]` line per MDX file. */
const map = (...files: string[]) =>
  write(
    '.astro/content-modules.mjs',
    `\nexport default new Map([\n${files.map((file) => `["${file}", () => import("astro:content-layer-deferred-module?fileName=${file}")]`).join(',\n')}]);\n`,
  );
const modulesFile = () => join(root, '.astro/content-modules.mjs');

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'modules-map-'));
  write('content/stories/en/2024/health.mdx');
  write('content/pages/en/about.mdx');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

it('agrees when the map lists every MDX file', () => {
  map('content/pages/en/about.mdx', 'content/stories/en/2024/health.mdx');
  expect(modulesMapDisagreement(root, modulesFile())).toBeUndefined();
});

it('names a new file the map lacks', () => {
  map('content/pages/en/about.mdx');
  expect(modulesMapDisagreement(root, modulesFile())).toBe('lacks content/stories/en/2024/health.mdx');
});

it('names a file the map lists that is gone', () => {
  map('content/pages/en/about.mdx', 'content/stories/en/2024/health.mdx', 'content/stories/en/2024/renamed.mdx');
  expect(modulesMapDisagreement(root, modulesFile())).toBe('lists content/stories/en/2024/renamed.mdx, which is gone');
});

it('takes either file of a duplicate (one id, the name lowercased)', () => {
  write('content/stories/en/2024/HEALTH.mdx');
  map('content/pages/en/about.mdx', 'content/stories/en/2024/HEALTH.mdx');
  expect(modulesMapDisagreement(root, modulesFile())).toBeUndefined();
});

describe('isEditorRequest', () => {
  it('knows the editor’s pages and API, with or without the base, and nothing else', () => {
    for (const base of ['/', '/yir'])
      for (const url of ['/keystatic', '/keystatic/collection/metrics/create', '/api/keystatic/tree?x=1'])
        expect(isEditorRequest(url, base), `${url} on ${base}`).toBe(true);
    expect(isEditorRequest('/yir/keystatic/collection/metrics', '/yir')).toBe(true);
    for (const url of ['/en/', '/keystatic-guide/', '/en/keystatic/', undefined])
      expect(isEditorRequest(url, '/'), String(url)).toBe(false);
  });
});
