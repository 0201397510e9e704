/**
 * `npm test`: every test, from a fresh clone. Makes sure a browser is there (installing Debian's
 * Chromium and CJK fonts when it can), then runs the type check, the unit tests, the build and
 * the end-to-end tests against the built site. Stops at the first failing step.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './browser.ts';

const env = { ...process.env, TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', ASTRO_TELEMETRY_DISABLED: '1' };
const manualInstall = 'sudo apt-get install -y chromium fonts-noto-cjk';

function run(label: string, command: string, args: string[], extraEnv: Record<string, string> = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  if (result.status !== 0) {
    console.error(`\n✖ ${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
  console.log(`✔ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

const canApt = () => process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');

function hasCjkFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
}

function aptInstall(packages: string[]) {
  console.log(`Installing ${packages.join(', ')} from Debian's packages (apt-get)…`);
  run('apt-get update', 'apt-get', ['update', '-qq'], { DEBIAN_FRONTEND: 'noninteractive' });
  run('apt-get install', 'apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
    DEBIAN_FRONTEND: 'noninteractive',
  });
}

function ensureBrowser(): string {
  let browser = findChromium();
  const wanted = [...(browser ? [] : ['chromium']), ...(hasCjkFont() ? [] : ['fonts-noto-cjk'])];
  if (wanted.length > 0) {
    if (canApt()) {
      aptInstall(wanted);
      browser = findChromium();
    } else if (!browser) {
      console.error(`No Chromium found for the end-to-end tests, and this user cannot install one.\nRun: ${manualInstall}\nthen run npm test again.`);
      process.exit(1);
    } else {
      console.warn(`No Chinese font found: Chinese pages will render as boxes in screenshots. To fix: ${manualInstall}`);
    }
  }
  if (!browser) {
    console.error(`Chromium could not be installed. Run: ${manualInstall}`);
    process.exit(1);
  }
  const where = browser.executablePath ?? 'Playwright-managed Chromium';
  console.log(`Browser for end-to-end tests: ${where}`);
  return browser.executablePath ?? '';
}

const chromiumPath = ensureBrowser();
run('Type check', 'astro', ['check']);
run('Unit tests', 'vitest', ['run', '--config', 'tests/vitest.config.ts']);
run('Build', 'astro', ['build']);
run('End-to-end tests', 'playwright', ['test', '--config', 'tests/playwright.config.ts'], chromiumPath ? { CHROMIUM_PATH: chromiumPath } : {});
console.log('\nAll tests passed.');
