/**
 * Layout shifts as the Layout Instability API reports them, for tests that require a page to stand
 * still: recordLayoutShifts before the page loads, layoutShifts after. Shifts within 500 ms of the
 * reader's input are left out, as Cumulative Layout Shift leaves them out.
 */
import type { Page } from '@playwright/test';

/** From the next navigation of `page` on, keeps the value of every layout shift not caused by input. */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The shifts recorded on the current page so far (see recordLayoutShifts), in order; [] when none. */
export function layoutShifts(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
}
