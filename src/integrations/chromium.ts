/**
 * Finds a Chromium: a Playwright-managed one if installed, else the system's. Shared by the
 * build's PDF step (pdf-editions.ts), scripts/test.ts (which may install one), the benchmark and
 * tests/playwright.config.ts (through scripts/browser.ts).
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Where Debian, Ubuntu and Google install Chromium or Chrome, looked at in this order. */
export const systemChromiumPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/**
 * Where Debian installs Chromium's headless shell (package `chromium-headless-shell`): the same
 * Blink and V8 as the browser, without its windowing layers. What the browser tests run in when it
 * is there (see findChromium): on the 2-core machine the 76 Chinese figure pages were audited in
 * 41-47 s with it against 50-55 s with the full browser, on a third less CPU. Lighthouse (the
 * benchmark) and the build's PDF step keep the full browser, as a reader's is.
 */
export const systemHeadlessShellPaths = ['/usr/bin/chromium-headless-shell'];

/** A Chromium that was found: Playwright's own, or a system one at its path. */
export interface FoundBrowser {
  kind: 'playwright' | 'system';
  /** Undefined for Playwright's own browser, which it finds by itself. */
  executablePath: string | undefined;
}

/**
 * The Chromium to use: the one at CHROMIUM_PATH if that file exists, else Playwright's own if it
 * was downloaded (Playwright then picks its own headless shell by itself), else, with
 * `headlessShell` (the browser tests), the system's headless shell if installed, else the first of
 * `systemChromiumPaths` that exists; undefined when none is. Never throws.
 */
export function findChromium({ headlessShell = false } = {}): FoundBrowser | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return { kind: 'system', executablePath: fromEnv };
  try {
    if (existsSync(chromium.executablePath())) return { kind: 'playwright', executablePath: undefined };
  } catch {
    // Playwright throws when its browsers were never downloaded; fall through to the system's.
  }
  const system = [...(headlessShell ? systemHeadlessShellPaths : []), ...systemChromiumPaths].find((path) =>
    existsSync(path),
  );
  return system ? { kind: 'system', executablePath: system } : undefined;
}

/**
 * Flags for a sandboxed, offline machine: without the background-networking ones Chromium keeps
 * calling Google's hosts, which a closed network refuses (and which are blocked in mainland China).
 */
export const chromiumArgs = [
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--font-render-hinting=none',
];
