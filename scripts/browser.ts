/**
 * Finding a Chromium, for the test runner, the benchmark and the Playwright config: the code lives
 * in src/integrations/chromium.ts, because the build's PDF step (src/integrations/pdf-editions.ts)
 * uses it too and the site never imports from scripts/.
 */
import { chromiumArgs, findChromium } from '../src/integrations/chromium.ts';

export {
  chromiumArgs,
  findChromium,
  systemChromiumPaths,
  systemHeadlessShellPaths,
  type FoundBrowser,
} from '../src/integrations/chromium.ts';

/**
 * Playwright's launch options for the browser tests (tests/playwright.config.ts and
 * tests/playwright.editor.config.ts): the headless shell where installed, the same engine on a
 * third less CPU (src/integrations/chromium.ts); the full browser for a run that shows a window
 * (--headed, --debug, --ui, PWDEBUG), since the shell has none. Throws, with the command that
 * installs one, when no Chromium is found.
 */
export function testLaunchOptions(): { executablePath: string | undefined; args: string[] } {
  const shown =
    Boolean(process.env.PWDEBUG) || process.argv.some((arg) => ['--headed', '--debug', '--ui'].includes(arg));
  const browser = findChromium({ headlessShell: !shown });
  if (!browser) {
    throw new Error(
      'No Chromium found. Run `npm test` (which installs one when it can) or: sudo apt-get install -y chromium chromium-headless-shell fonts-noto-cjk',
    );
  }
  return { executablePath: browser.executablePath, args: chromiumArgs };
}
