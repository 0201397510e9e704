/**
 * Issue 17 item 10 in the browser: the JSON-LD data blocks of the data, chart and story pages sit
 * under the site's strict CSP (no 'unsafe-inline', hashed scripts only) and the browser logs no
 * violation for them: a `<script type="application/ld+json">` is a data block, never run, so
 * script-src does not apply. What they hold is checked over dist/ (tests/dist/structured-data.test.ts).
 */
import { expect, test } from '@playwright/test';

for (const path of ['/en/data/', '/zh/charts/health-services-reach/', '/zh/2024/health/']) {
  test(`${path}: JSON-LD under the CSP, with no violation`, async ({ page }) => {
    const logged: string[] = [];
    page.on('console', (message) => {
      if (/content security policy/i.test(message.text())) logged.push(message.text());
    });
    await page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { violations: string[] }).violations.push(
          `${event.violatedDirective} ${event.blockedURI}`,
        ),
      );
    });
    await page.goto(path);
    await page.waitForLoadState('load');
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy).toMatch(/script-src 'self' 'sha256-/);
    expect(policy).not.toContain('unsafe-inline');
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) expect(JSON.parse(block)['@context']).toBe('https://schema.org');
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(logged).toEqual([]);
  });
}
