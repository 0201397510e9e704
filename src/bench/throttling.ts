/**
 * The CPU slowdown Lighthouse should simulate on this machine, so that its mobile profile measures
 * the same phone on any host.
 *
 * Lighthouse simulates a mid-tier phone by multiplying the main-thread time it observes by a fixed 4,
 * a factor chosen for a high-end desktop (a `benchmarkIndex` of about 1,500). Its documentation asks
 * for the factor to be calibrated on other hosts ("Calibrating the CPU slowdown",
 * https://github.com/GoogleChrome/lighthouse/blob/main/docs/throttling.md#cpu-throttling), and
 * Lighthouse warns when a host's index is under 1,000. This project's machines are 2-core virtual
 * machines whose index moves between about 800 and 2,000 from one minute to the next, so a fixed 4
 * simulates a phone up to twice slower, or faster, than the target depending on the minute.
 *
 * Written here rather than imported: the rule is published only as the Lighthouse CPU throttling
 * calculator's page (https://lighthouse-cpu-throttling-calculator.vercel.app/, source
 * github.com/patrickhulce/lighthouse-cpu-throttling-calculator), in no npm package. Its points:
 * 150 → 1x, 800 → 2x, 1,300 → 3x, 1,533 → 4x (Lighthouse's default), 2,000 → 6x, straight lines
 * between them and beyond 1,300.
 */

/** Below this index the calculator declines: the host is too slow to emulate the target phone. */
export const SLOWEST_BENCHMARK_INDEX = 150;

/**
 * The CPU slowdown multiplier for a host whose Lighthouse `benchmarkIndex` is `benchmarkIndex`
 * (a unitless score: about 10ths of the times per second a 10,000-character string can be built).
 * Returns a number of times (2 means the simulated phone is half as fast as the host), rounded to
 * 2 decimals so reports show the value Lighthouse ran with.
 * Throws a RangeError when the index is not a finite number or is below 150, where the calculator
 * says the target phone cannot be emulated.
 */
export function cpuSlowdownFor(benchmarkIndex: number): number {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex < SLOWEST_BENCHMARK_INDEX)
    throw new RangeError(
      `Lighthouse benchmark index ${benchmarkIndex}: below ${SLOWEST_BENCHMARK_INDEX} this machine is too slow to emulate Lighthouse's mobile phone`,
    );
  const multiplier =
    benchmarkIndex >= 1300
      ? 3 + (benchmarkIndex - 1300) / 233
      : benchmarkIndex >= 800
        ? 2 + (benchmarkIndex - 800) / 500
        : 1 + (benchmarkIndex - SLOWEST_BENCHMARK_INDEX) / 650;
  return Math.round(multiplier * 100) / 100;
}
