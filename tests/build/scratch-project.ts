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
import { spawn } from 'node:child_process';

export const project = join(import.meta.dirname, '../..');
export const validFixture = join(project, 'tests/fixtures/valid');
export const faultsDir = join(project, 'tests/fixtures/faults');

const code = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src'];
const created: string[] = [];

/** Lays public/, the valid fixture and each of `layers` over a scratch project that holds only code. */
function lay(root: string, layers: string[]) {
  cpSync(join(project, 'public'), join(root, 'public'), { recursive: true });
  for (const layer of [validFixture, ...layers]) cpSync(layer, root, { recursive: true });
}

/** A scratch project with the valid fixture's content and each of `layers` (folders holding content/ or public/) over it. */
export function scratchProject(...layers: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'yir-build-'));
  created.push(root);
  for (const entry of code) cpSync(join(project, entry), join(root, entry), { recursive: true });
  const modules = join(root, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(join(project, 'node_modules'))) {
    if (name.startsWith('.') && name !== '.bin') continue; // caches stay the scratch project's own
    symlinkSync(join(project, 'node_modules', name), join(modules, name));
  }
  lay(root, layers);
  return root;
}

/**
 * Makes a scratch project again exactly what `scratchProject(...layers)` makes, at the same path:
 * everything but the code and node_modules' links is removed (content, public, dist, .astro, and
 * node_modules' caches: content store, preview pictures), then the layers are laid again. Reusing
 * the path lets Node's compile cache serve the copied src/ too (about a fifth less CPU per build
 * that the check stops); what each build sees is the same as in a new scratch project.
 */
export function resetScratchProject(root: string, ...layers: string[]): string {
  for (const name of readdirSync(root))
    if (!code.includes(name) && name !== 'node_modules') rmSync(join(root, name), { recursive: true, force: true });
  const modules = join(root, 'node_modules');
  for (const entry of readdirSync(modules, { withFileTypes: true }))
    if (!entry.isSymbolicLink()) rmSync(join(modules, entry.name), { recursive: true, force: true });
  lay(root, layers);
  return root;
}

/** Removes every scratch project made so far. */
export function removeScratchProjects() {
  for (const root of created.splice(0)) rmSync(root, { recursive: true, force: true });
}

// eslint-disable-next-line no-control-regex -- removing the terminal's colour codes is the point
const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

/**
 * Node's compile cache for every scratch build (and kept between runs, like the picture cache): each
 * build by {@link astro} is a new `astro` process that loads the same Astro, Vite and Rolldown modules, and Astro
 * turns its own cache off when CI is set. The cache holds V8's compiled code only, checked against
 * each file's source: it changes how fast modules load, never what they do (measured: 3.2 → 2.2
 * CPU-seconds for a build that the content check stops).
 */
const compileCache = join(project, 'node_modules/.cache/node-compile-cache');

/**
 * Runs an Astro command (`build`, `sync`) in a scratch project, as an editor would (the `astro`
 * command line, a process of its own); resolves to its exit status, everything it printed, and
 * its wall time in ms. Asynchronous, so that tests can run two builds at once (two cores).
 */
export function astro(
  root: string,
  command: 'build' | 'sync',
  extraEnv: Record<string, string> = {},
): Promise<{ status: number; output: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(project, 'node_modules/astro/bin/astro.mjs'), command], {
      cwd: root,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        NODE_COMPILE_CACHE: compileCache,
        // No PDF editions: Chromium would add seconds to every build, and these tests are about content.
        PDF_EDITIONS: 'off',
        ...extraEnv,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolve({
        status: code ?? (signal ? 1 : 0),
        output: plain(`${Buffer.concat(out).toString('utf8')}\n${Buffer.concat(err).toString('utf8')}`),
        ms: Date.now() - started,
      }),
    );
  });
}

let inProcess: Promise<unknown> = Promise.resolve();

/**
 * Runs Astro's `build()` from its JavaScript API (the function the `astro build` command calls) in
 * this process, on a scratch project, silently; resolves to the error it threw (undefined when it
 * built) and its wall time in ms. Never rejects.
 *
 * For content the check stops: a new `astro` process costs 2-3 CPU-seconds to load Astro and the
 * config before the check even runs, the build in this process about 40 ms once Astro is loaded.
 * A build that the check does not stop would run whole in this process, with this process's
 * working directory (the project's picture cache): run those with {@link astro}. One at a time,
 * as Astro's build reads process-wide state; process.env is put back as it was after each. The
 * scratch project's own modules stay in this process's module cache from one build to the next
 * (by path; only astro.config.mjs is loaded anew), which a build stopped in its first hook never
 * reads past the check.
 */
export function astroBuildInProcess(root: string): Promise<{ error?: Error; ms: number }> {
  const run = async () => {
    const env = { ...process.env };
    const started = Date.now();
    try {
      // What astro() sets for its process: no telemetry, no colour codes, no PDF editions.
      Object.assign(process.env, {
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        PDF_EDITIONS: 'off',
      });
      const { build } = await import('astro');
      await build({ root, logLevel: 'silent' });
      return { ms: Date.now() - started };
    } catch (error) {
      return { error: error instanceof Error ? error : new Error(String(error)), ms: Date.now() - started };
    } finally {
      for (const key of Object.keys(process.env)) if (!(key in env)) delete process.env[key];
      Object.assign(process.env, env);
    }
  };
  const result = inProcess.then(run, run);
  inProcess = result;
  return result;
}

/** Whether a scratch project has a built site. */
export const built = (root: string) => existsSync(join(root, 'dist/index.html'));
