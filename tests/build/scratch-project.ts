/**
 * Scratch copies of this project for tests that run `astro build`: the code (src/, public/,
 * astro.config.mjs, package.json, tsconfig.json) with the content of tests/fixtures/valid and a
 * fault fixture's files laid over it (content/ and public/). node_modules is a folder of links to
 * this project's packages, except its caches (.astro, .cache, .vite…): each scratch project has
 * its own content store and preview-picture cache, so a test never reads or changes the project's.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

export const project = join(import.meta.dirname, '../..');
export const validFixture = join(project, 'tests/fixtures/valid');
export const faultsDir = join(project, 'tests/fixtures/faults');

const code = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public'];
const created: string[] = [];

/** A scratch project with the valid fixture's content and each of `layers` (folders holding content/ or public/) over it. */
export function scratchProject(...layers: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'yir-build-'));
  created.push(root);
  for (const entry of code) cpSync(join(project, entry), join(root, entry), { recursive: true });
  for (const layer of [validFixture, ...layers]) cpSync(layer, root, { recursive: true });
  const modules = join(root, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(join(project, 'node_modules'))) {
    if (name.startsWith('.') && name !== '.bin') continue; // caches stay the scratch project's own
    symlinkSync(join(project, 'node_modules', name), join(modules, name));
  }
  return root;
}

/** Removes every scratch project made so far. */
export function removeScratchProjects() {
  for (const root of created.splice(0)) rmSync(root, { recursive: true, force: true });
}

// eslint-disable-next-line no-control-regex -- removing the terminal's colour codes is the point
const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

/** Runs an Astro command (`build`, `sync`) in a scratch project; its exit status and everything it printed. */
export function astro(root: string, command: 'build' | 'sync'): { status: number; output: string; ms: number } {
  const started = Date.now();
  const result = spawnSync(process.execPath, [join(project, 'node_modules/astro/bin/astro.mjs'), command], {
    cwd: root,
    encoding: 'utf8',
    // No PDF editions: Chromium would add seconds to every build, and these tests are about content.
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', PDF_EDITIONS: 'off' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    status: result.status ?? 1,
    output: plain(`${result.stdout}\n${result.stderr}`),
    ms: Date.now() - started,
  };
}

/** Whether a scratch project has a built site. */
export const built = (root: string) => existsSync(join(root, 'dist/index.html'));
