/**
 * The builders by kind, for the build (all of them). The browser loads only the one it needs
 * (src/browser/chart-element.ts), so a page pays for the kinds of chart it shows.
 */
import { areaCounts } from './area-counts.ts';
import { breakdown } from './breakdown.ts';
import { countryDots } from './country-dots.ts';
import { modeFor, REFERENCE_WIDTH } from './layout.ts';
import { provinceTilesChart } from './province-tiles.ts';
import { targetProgress } from './target-progress.ts';
import { timeline } from './timeline.ts';
import type { Builder, ChartData, ChartKind, ChartModel, ChartTheme, DataOf, Mode } from './types.ts';
import { yearComparison } from './year-comparison.ts';

export const builders: { [K in ChartKind]: Builder<DataOf<K>> } = {
  'year-comparison': yearComparison,
  breakdown,
  'target-progress': targetProgress,
  'area-counts': areaCounts,
  'country-dots': countryDots,
  'province-tiles': provinceTilesChart,
  timeline,
};

/** The builder of a chart's kind, typed for that kind's data. */
export const builderFor = <D extends ChartData>(data: D) => builders[data.kind] as unknown as Builder<D>;

/** Draws a chart at a width, at the height its layout mode takes. */
export function drawChart(data: ChartData, width: number, theme?: ChartTheme): ChartModel {
  const builder = builderFor(data);
  return builder.build(data, width, builder.height(data, modeFor(width)), data.lang, theme);
}

/** The two drawings the build puts in the page: one per layout mode, shown by a container query. */
export function staticDrawings(data: ChartData): Record<Mode, ChartModel> {
  return { narrow: drawChart(data, REFERENCE_WIDTH.narrow), wide: drawChart(data, REFERENCE_WIDTH.wide) };
}
