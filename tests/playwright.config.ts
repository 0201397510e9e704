import { createServer } from 'node:net';
import { defineConfig, devices } from '@playwright/test';
import { testLaunchOptions } from '../scripts/browser.ts';

/** A port nothing listens on now, chosen by the system. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('Could not find a free port for the preview server');
  return address.port;
}

// E2E_PORT runs the tests against a server you already started on that port (or starts one there).
// Without it the tests start their own preview on a free port, so a preview you are running on 4321
// is never tested by mistake. The chosen port goes into the environment, which the test workers
// inherit, so every process agrees on it.
const chosenByUser = Boolean(process.env.E2E_PORT);
if (!chosenByUser) {
  process.env.E2E_PORT = String(await freePort());
  console.log(
    `End-to-end tests: serving dist/ on a free port, http://localhost:${process.env.E2E_PORT}/ (set E2E_PORT to choose one)`,
  );
}
const port = Number(process.env.E2E_PORT);
process.env.E2E_BASE_URL = `http://localhost:${port}`;
const launchOptions = testLaunchOptions();

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: process.env.E2E_BASE_URL,
    locale: 'en-US',
    timezoneId: 'UTC',
    trace: 'off',
    launchOptions,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } }],
  webServer: {
    // Serves the built dist/; `npm test` builds first. --ignore-lock: Astro refuses a second server otherwise.
    command: `astro preview --ignore-lock --port ${port}`,
    url: `http://localhost:${port}/`,
    // Only a server on a port the user named is reused; on a port we chose, anything found is a fault.
    reuseExistingServer: chosenByUser,
    timeout: 60_000,
    cwd: '..',
  },
});
