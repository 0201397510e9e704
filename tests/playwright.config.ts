import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from '../scripts/browser.ts';

const browser = findChromium();
if (!browser) {
  throw new Error('No Chromium found. Run `npm test` (which installs one when it can) or: sudo apt-get install -y chromium fonts-noto-cjk');
}
// E2E_PORT lets a second checkout run its tests beside a running preview.
const port = Number(process.env.E2E_PORT ?? 4321);

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
    baseURL: `http://localhost:${port}`,
    locale: 'en-US',
    timezoneId: 'UTC',
    trace: 'off',
    launchOptions: { executablePath: browser.executablePath, args: chromiumArgs },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: { executablePath: browser.executablePath, args: chromiumArgs } } }],
  webServer: {
    // Serves the built dist/; `npm test` builds first. --ignore-lock: Astro refuses a second server otherwise.
    command: `astro preview --ignore-lock --port ${port}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    cwd: '..',
  },
});
