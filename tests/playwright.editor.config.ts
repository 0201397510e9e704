import { createServer } from 'node:net';
import { defineConfig, devices } from '@playwright/test';
import { testLaunchOptions } from '../scripts/browser.ts';

/**
 * The content editor's browser test (tests/e2e-editor/): the editor exists only under `astro dev`,
 * so this config starts a dev server (on a free port, or on E2E_EDITOR_PORT, reused if one runs
 * there) instead of the preview of dist/ that tests/playwright.config.ts serves.
 */

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('Could not find a free port for the dev server');
  return address.port;
}

const chosenByUser = Boolean(process.env.E2E_EDITOR_PORT);
if (!chosenByUser) process.env.E2E_EDITOR_PORT = String(await freePort());
const port = Number(process.env.E2E_EDITOR_PORT);
// Keystatic makes the dev server listen on 127.0.0.1 only.
const baseURL = `http://127.0.0.1:${port}`;
const launchOptions = testLaunchOptions();

export default defineConfig({
  testDir: './e2e-editor',
  outputDir: '../test-results',
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  timeout: 360_000,
  expect: { timeout: 30_000 },
  use: { baseURL, locale: 'en-US', timezoneId: 'UTC', trace: 'off', launchOptions },
  projects: [
    { name: 'editor', use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 1000 }, launchOptions } },
  ],
  webServer: {
    command: `astro dev --port ${port}`,
    url: `${baseURL}/en/`,
    reuseExistingServer: chosenByUser,
    timeout: 120_000,
    cwd: '..',
    // The dev server's log in the test output, to read when an editor test fails.
    stdout: 'pipe',
  },
});
