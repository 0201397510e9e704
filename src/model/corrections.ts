/**
 * The corrections log as the site reads it: newest first, and which corrections a figure, chart
 * or story page must mention. Pure: plain data in, plain data out.
 */
import type { Chart } from '../schemas/charts.ts';
import type { Correction } from '../schemas/corrections.ts';

/**
 * The order the corrections page and feed list entries in: newest date first, then by id, so two
 * corrections of one day keep a stable order whatever their order in the file.
 */
export function newestFirst(corrections: readonly Correction[]): Correction[] {
  return [...corrections].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/** The metric ids a chart shows: drawn (`metrics`), its `target`, and the related `facts` under it. */
export function metricsShownBy(chart: Pick<Chart, 'metrics' | 'facts' | 'target'>): string[] {
  return [...new Set([...chart.metrics, ...(chart.target ? [chart.target] : []), ...chart.facts])];
}

/** A page that can carry a correction notice. */
export type CorrectedPage =
  | { kind: 'figure'; metric: string }
  | { kind: 'chart'; chart: Pick<Chart, 'id' | 'metrics' | 'facts' | 'target'> }
  | { kind: 'story'; path: string };

/**
 * The corrections a page must mention, newest first: a figure's page those naming its metric; a
 * chart's page those naming the chart and those naming a metric it shows (the chart's numbers
 * changed with the figure); a story's page those naming its path (`2024/health`).
 */
export function correctionsOf(corrections: readonly Correction[], page: CorrectedPage): Correction[] {
  const about = (correction: Correction): boolean => {
    const { what } = correction;
    if (page.kind === 'figure') return what.metric === page.metric;
    if (page.kind === 'story') return what.story === page.path;
    return (
      what.chart === page.chart.id || (what.metric !== undefined && metricsShownBy(page.chart).includes(what.metric))
    );
  };
  return newestFirst(corrections.filter(about));
}

/**
 * The day of the newest correction (`2025-03-14`), or `fallback` when there is none: the Atom
 * feed's `updated`, which must not be the build's clock (every build of the same content writes
 * the same bytes).
 */
export function lastCorrected(corrections: readonly Correction[], fallback: string): string {
  return newestFirst(corrections)[0]?.date ?? fallback;
}
