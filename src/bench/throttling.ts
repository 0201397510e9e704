/**
 * The CPU slowdown Lighthouse should simulate on this machine, so that its mobile profile measures
 * about the same phone on any host.
 *
 * Lighthouse simulates a mid-tier phone by multiplying the main-thread time it observes by a fixed 4,
 * a factor meant for a high-end desktop (a `benchmarkIndex` of about 1,500). Its throttling
 * documentation recommends calibrating the factor on hosts outside that range, and doing so before
 * comparing reports made on different machines ("Calibrating the CPU slowdown",
 * https://github.com/GoogleChrome/lighthouse/blob/main/docs/throttling.md#cpu-throttling); run from
 * its command line at the default factor, Lighthouse warns when the index is 1,000 or less. This
 * project's machines are 2-core virtual machines whose index moves between about 800 and 2,000
 * from one minute to the next, so at a fixed 4 the simulated phone takes up to twice as long as the
 * target phone (an index of 800 calls for 2x) or up to a third less time (2,000 calls for 6x),
 * depending on the minute.
 *
 * Written here rather than imported: the rule is published only as the Lighthouse CPU throttling
 * calculator's page (https://lighthouse-cpu-throttling-calculator.vercel.app/, source
 * github.com/patrickhulce/lighthouse-cpu-throttling-calculator), in no npm package. Its points:
 * 150 → 1x, 800 → 2x, 1,300 → 3x, 1,533 → 4x (Lighthouse's default), 2,000 → 6x, straight lines
 * between them and beyond 1,300. The calculator gives each multiplier a range too (±0.75x at
 * least above an index of 800): the calibration removes the host's drift, not all uncertainty.
 */

/** Below this index the calculator declines: the host is too slow to emulate the target phone. */
export const SLOWEST_BENCHMARK_INDEX = 150;

/**
 * The CPU slowdown multiplier for a host whose Lighthouse `benchmarkIndex` is `benchmarkIndex`
 * (a unitless score: the mean of two of Lighthouse's micro-benchmarks, building a 10,000-character
 * string and copying a 100,000-element array, each counted in iterations per second divided by 10).
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
