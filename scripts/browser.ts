/**
 * Finding a Chromium, for the test runner, the benchmark and the Playwright config: the code lives
 * in src/integrations/chromium.ts, because the build's PDF step (src/integrations/pdf-editions.ts)
 * uses it too and the site never imports from scripts/.
 */
export {
  chromiumArgs,
  findChromium,
  systemChromiumPaths,
  systemHeadlessShellPaths,
  type FoundBrowser,
} from '../src/integrations/chromium.ts';
