/**
 * `npm test`: every test, from a fresh clone. Makes sure the machine has what the tests need
 * (Chromium and CJK fonts for the browser tests, Java for the W3C Nu checker; installed with apt-get
 * when it can), then runs, stopping at the first failing stage:
 *
 *   1. two lanes side by side, as the machine has two cores:
 *      - lint (ESLint), format (Prettier), the layer rules (dependency-cruiser), the unit tests,
 *        the type check, then (once the other lane's build has passed) the checks over the built
 *        files (Vitest project `dist`, W3C Nu checker included);
 *      - the build, then the builds that need no dist/ (Vitest project `build`: every content
 *        fixture through `astro build` in a scratch copy, the content cache, the sub-path site);
 *   2. the browser tests (Playwright) against a preview of dist/ on a free port.
 *
 * Prints each step's wall time and the total at the end. The preview-picture cache
 * (node_modules/.cache/social-images) is kept between runs.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findChromium, systemHeadlessShellPaths } from './browser.ts';

// NODE_COMPILE_CACHE: every step is a new Node process loading much the same modules (Astro, Vite,
// Vitest, Playwright): V8's compiled code is kept on disk and checked against each file's source,
// so it changes how fast modules load, never what they do (Node's module.enableCompileCache).
const env = {
  ...process.env,
  TZ: 'UTC',
  LANG: 'C.UTF-8',
  LC_ALL: 'C.UTF-8',
  ASTRO_TELEMETRY_DISABLED: '1',
  NODE_COMPILE_CACHE:
    process.env.NODE_COMPILE_CACHE ??
    fileURLToPath(new URL('../node_modules/.cache/node-compile-cache', import.meta.url)),
};
const manualInstall = 'sudo apt-get install -y chromium chromium-headless-shell fonts-noto-cjk default-jre-headless';
const started = Date.now();
const times: [string, number][] = [];
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

interface Step {
  label: string;
  command: string;
  args: string[];
  extraEnv?: Record<string, string>;
  /** The label of a step in another lane that must have passed before this one starts. */
  after?: string;
}

/** Runs one step with its output passed through; exits the whole run when it fails. */
function run({ label, command, args, extraEnv = {} }: Step) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const start = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  if (result.status !== 0) {
    console.error(`\n✖ ${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
  times.push([label, Date.now() - start]);
  console.log(`✔ ${label} (${seconds(Date.now() - start)})`);
}

/** Runs one step with each output line prefixed by its label; resolves to its exit code. */
function runPrefixed({ label, command, args, extraEnv = {} }: Step): Promise<number> {
  console.log(`▶ ${label}: ${command} ${args.join(' ')}`);
  const start = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [child.stdout, child.stderr]) {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const lines = (rest + chunk).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) console.log(`[${label}] ${line}`);
      });
      stream.on('end', () => rest && console.log(`[${label}] ${rest}`));
    }
    child.on('close', (code, signal) => {
      const status = code ?? (signal ? 1 : 0);
      if (status === 0) {
        times.push([label, Date.now() - start]);
        console.log(`✔ ${label} (${seconds(Date.now() - start)})`);
      } else console.error(`✖ ${label} failed (exit ${code ?? signal}).`);
      resolve(status);
    });
  });
}

/**
 * Runs lanes side by side; each lane runs its steps in order and stops at its first failure. A
 * step with `after` first waits for that step of another lane, and does not run if it failed.
 */
async function lanes(...groups: Step[][]) {
  const start = Date.now();
  const done = new Map<string, { promise: Promise<boolean>; settle: (passed: boolean) => void }>();
  for (const step of groups.flat()) {
    let settle: (passed: boolean) => void = () => {};
    const promise = new Promise<boolean>((resolve) => (settle = resolve));
    done.set(step.label, { promise, settle });
  }
  const codes = await Promise.all(
    groups.map(async (steps) => {
      let code = 0;
      for (const step of steps) {
        if (code === 0 && step.after && !(await done.get(step.after)!.promise)) code = 1;
        if (code === 0) code = await runPrefixed(step);
        done.get(step.label)!.settle(code === 0);
      }
      return code;
    }),
  );
  const failed = codes.find((code) => code !== 0);
  if (failed !== undefined) process.exit(failed);
  console.log(`(those lanes together: ${seconds(Date.now() - start)})`);
}

const canApt = () => process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');

function succeeds(command: string, args: string[]): string | undefined {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch {
    return undefined;
  }
}

const hasCjkFont = () => (succeeds('fc-list', [':lang=zh'])?.trim().length ?? 0) > 0;
const hasJava = () => succeeds('java', ['-version']) !== undefined;

function aptInstall(packages: string[]) {
  console.log(`Installing ${packages.join(', ')} from Debian's packages (apt-get)…`);
  run({
    label: 'apt-get update',
    command: 'apt-get',
    args: ['update', '-qq'],
    extraEnv: { DEBIAN_FRONTEND: 'noninteractive' },
  });
  run({
    label: 'apt-get install',
    command: 'apt-get',
    args: ['install', '-y', '-qq', '--no-install-recommends', ...packages],
    extraEnv: { DEBIAN_FRONTEND: 'noninteractive' },
  });
}

/** Debian's Chromium headless shell is installed (see systemHeadlessShellPaths). */
const hasHeadlessShell = () => systemHeadlessShellPaths.some((path) => existsSync(path));

/**
 * Chromium (and CJK fonts) for Playwright, Java for the Nu checker: found, installed, or a clear
 * stop. Returns the browser the browser tests use: the headless shell when it is there or can be
 * installed (a third less CPU: src/integrations/chromium.ts), else the full browser, which the
 * build's PDF step needs in any case.
 */
function ensureTools(): string {
  let browser = findChromium();
  const wanted = [
    ...(browser ? [] : ['chromium']),
    ...(hasCjkFont() ? [] : ['fonts-noto-cjk']),
    ...(hasJava() ? [] : ['default-jre-headless']),
  ];
  if (wanted.length > 0) {
    if (canApt()) {
      aptInstall(wanted);
      browser = findChromium();
    } else if (!browser || wanted.includes('default-jre-headless')) {
      console.error(
        `Missing for the tests: ${wanted.join(', ')}, and this user cannot install them.\nRun: ${manualInstall}\nthen run npm test again.`,
      );
      process.exit(1);
    } else {
      console.warn(
        `No Chinese font found: Chinese pages will render as boxes in screenshots. To fix: ${manualInstall}`,
      );
    }
  }
  // The headless shell only saves time, so it is installed on its own and never stops the run:
  // beside a system browser only (Playwright's own brings its shell), unless CHROMIUM_PATH names one.
  if (browser?.kind === 'system' && !process.env.CHROMIUM_PATH && !hasHeadlessShell() && canApt()) {
    const install = (args: string[]) =>
      spawnSync('apt-get', args, { stdio: 'inherit', env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
    console.log("Installing chromium-headless-shell from Debian's packages (apt-get), for faster browser tests…");
    // aptInstall above has already updated the package lists when it ran.
    const updated = wanted.length > 0 || install(['update', '-qq']);
    if (!updated || !install(['install', '-y', '-qq', '--no-install-recommends', 'chromium-headless-shell']))
      console.warn(
        'chromium-headless-shell could not be installed: the browser tests run in the full Chromium, more slowly.',
      );
  }
  if (!browser || !hasJava()) {
    console.error(`Chromium or Java could not be installed. Run: ${manualInstall}`);
    process.exit(1);
  }
  const tests = findChromium({ headlessShell: true }) ?? browser;
  console.log(`Browser for end-to-end tests: ${tests.executablePath ?? 'Playwright-managed Chromium'}`);
  return tests.executablePath ?? '';
}

const chromiumPath = ensureTools();
const vitest = (...projects: string[]) => [
  'run',
  '--config',
  'tests/vitest.config.ts',
  ...projects.flatMap((project) => ['--project', project]),
];
console.log('');
// The content types first, once: the build writes the same files, so the type check then reads
// them with --noSync instead of rewriting them while the build runs beside it.
run({ label: 'Content types', command: 'astro', args: ['sync'] });
await lanes(
  [
    { label: 'Lint (ESLint)', command: 'eslint', args: ['--config', '.eslint.config.mjs', '.'] },
    { label: 'Format (Prettier)', command: 'prettier', args: ['--check', '--log-level', 'warn', '.'] },
    {
      label: 'Layers (no cycle, imports point down)',
      command: 'depcruise',
      args: ['src', '--config', '.dependency-cruiser.cjs'],
    },
    { label: 'Unit tests', command: 'vitest', args: vitest('unit', 'unit-mocks') },
    { label: 'Type check', command: 'astro', args: ['check', '--noSync'] },
    { label: 'Checks over the built files', command: 'vitest', args: vitest('dist'), after: 'Build' },
  ],
  [
    { label: 'Build', command: 'astro', args: ['build'] },
    // Needs no dist/: every bad-content fixture through astro build in a scratch copy (the check's
    // verdict is the build's), the content cache giving a clean build's site, and the site under a
    // sub-path (its own output folder; preview pictures from the cache the build above filled).
    { label: 'Content fixtures built', command: 'vitest', args: vitest('build') },
  ],
);
run({
  label: 'Browser tests',
  command: 'playwright',
  args: ['test', '--config', 'tests/playwright.config.ts'],
  extraEnv: chromiumPath ? { CHROMIUM_PATH: chromiumPath } : {},
});
// The content editor exists only under astro dev: its own config starts a dev server on a free port.
run({
  label: 'Content editor (browser)',
  command: 'playwright',
  args: ['test', '--config', 'tests/playwright.editor.config.ts'],
  extraEnv: chromiumPath ? { CHROMIUM_PATH: chromiumPath } : {},
});
console.log(`\nAll tests passed in ${seconds(Date.now() - started)}:`);
for (const [label, ms] of times) console.log(`  ${label.padEnd(30)} ${seconds(ms)}`);
