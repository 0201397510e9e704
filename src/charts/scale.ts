/**
 * Scales. Value scales always start at zero: a bar's length is its value, so a bar chart that
 * starts anywhere else misleads.
 *
 * The linear scale is written here on top of d3-array's `nice` and `ticks` rather than taken from
 * d3-scale's scaleLinear: that one brings d3-interpolate, d3-color and d3-format into the browser
 * (about 11 KB gzip, most of the page's 14 KB budget) for interpolation we never use. Band scales
 * come from d3-scale, whose scaleBand is small.
 */
import { nice, ticks } from 'd3-array';
import { scaleBand } from 'd3-scale';

export interface LinearScale {
  (value: number): number;
  /** [0, a round number at or above the largest value]. */
  domain: [number, number];
  range: [number, number];
  ticks: number[];
}

/** A scale from zero to a round maximum above `max`, mapped onto `range`. */
export function zeroBasedScale(max: number, range: [number, number], tickCount = 4): LinearScale {
  const [, top] = max > 0 ? nice(0, max, tickCount) : [0, 1];
  const [r0, r1] = range;
  const scale = ((value: number) => r0 + (value / top) * (r1 - r0)) as LinearScale;
  scale.domain = [0, top];
  scale.range = range;
  scale.ticks = ticks(0, top, tickCount);
  return scale;
}

/** Evenly spaced bands for categories (years, areas), with padding between them. */
export function bands(domain: string[], range: [number, number], padding = 0.3) {
  const scale = scaleBand<string>()
    .domain(domain)
    .range(range)
    .paddingInner(padding)
    .paddingOuter(padding / 2);
  return { at: (key: string) => scale(key) ?? range[0], width: scale.bandwidth(), step: scale.step() };
}

/** Running totals: where each stacked part starts and ends. The parts of a total sum to it. */
export function stackParts(values: number[]): [number, number][] {
  let start = 0;
  return values.map((value) => {
    const segment: [number, number] = [start, start + value];
    start += value;
    return segment;
  });
}
