/**
 * The scale benchmark's pure parts (scripts/bench.ts `--scale N`): content multiplied N times
 * with new ids, what kind of route each built path is, and per-kind timings read from Astro's
 * build log. Pure (strings in, strings out), so the rules are unit-tested.
 */
import { parse, stringify } from 'yaml';
import { pageKind } from './budgets.ts';

/** The ids the copies rename: every metric and every chart. */
export interface ContentIds {
  metrics: ReadonlySet<string>;
  charts: ReadonlySet<string>;
}

/** `newborn-care-training` → `newborn-care-training-x3` for copy 3. */
export const copyId = (id: string, copy: number) => `${id}-x${copy}`;

/** Renames every `{id@year}` figure token whose id is a metric's. */
function renameTokens(text: string, ids: ContentIds, copy: number): string {
  return text.replace(/\{([a-z0-9-]+)@/g, (whole, id: string) =>
    ids.metrics.has(id) ? `{${copyId(id, copy)}@` : whole,
  );
}

/** Fields whose values are words of a fixed list that may equal an id (the unit `partners`), never references. */
const notReferences = new Set(['unit', 'area', 'kind', 'qualifier', 'source', 'section', 'language', 'shape']);

/** Renames, in a parsed YAML value, every string equal to an id, and the figure tokens in every other string. */
function renameInValue(value: unknown, ids: ContentIds, copy: number): unknown {
  if (typeof value === 'string')
    return ids.metrics.has(value) || ids.charts.has(value) ? copyId(value, copy) : renameTokens(value, ids, copy);
  if (Array.isArray(value)) return value.map((item) => renameInValue(item, ids, copy));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, notReferences.has(key) ? item : renameInValue(item, ids, copy)]),
    );
  return value;
}

/**
 * Copy `copy` of a metric or chart YAML file: every value that is a metric or chart id (its own
 * `id`, a chart's `metrics`, references in facts and events) and every `{id@year}` token points
 * at the same copy, so copies never cross. Throws what `yaml` throws on a file that does not parse.
 */
export function copyYaml(text: string, ids: ContentIds, copy: number): string {
  return stringify(renameInValue(parse(text), ids, copy), { lineWidth: 0 });
}

/**
 * The copy's mark in a story title: a letter (copy 2 is "B"), not a number, which the content
 * check would read as a figure typed into the title ("types the figure 2").
 */
const copyMark = (copy: number) => `copy ${String.fromCharCode(64 + ((copy - 1) % 26) + 1)}`;

/**
 * Copy `copy` of a story (MDX): quoted metric and chart ids (`<Metric id="…">`, `<Chart id="…">`,
 * `ids={["…"]}`) and `{id@year}` tokens point at the copy, the title says which copy it is (two
 * stories may not share a title; a letter, see copyMark), and `order` moves past the originals'.
 */
export function copyStory(text: string, ids: ContentIds, copy: number): string {
  const renamed = renameTokens(
    text.replace(/(["'])([a-z0-9-]+)\1/g, (whole, quote: string, id: string) =>
      ids.metrics.has(id) || ids.charts.has(id) ? `${quote}${copyId(id, copy)}${quote}` : whole,
    ),
    ids,
    copy,
  );
  return renamed
    .replace(
      /^(title:\s*)(["']?)(.*?)\2\s*$/m,
      (_whole, key: string, _quote: string, title: string) => `${key}${JSON.stringify(`${title} (${copyMark(copy)})`)}`,
    )
    .replace(/^order:\s*(\d+)\s*$/m, (_whole, order: string) => `order: ${Number(order) + copy * 1000}`);
}

/**
 * What a built route is, for timing: the page kinds of the budgets (chart, figure, chapter…) and
 * the files (preview picture, download by format, open data, other endpoints).
 */
export function routeKind(path: string): string {
  if (path.startsWith('/og/')) return 'preview picture';
  const download = /^\/downloads\/.*\.(csv|json|svg|png)$/.exec(path);
  if (download) return `download ${download[1]}`;
  if (path.startsWith('/data/')) return 'open data';
  if (!path.endsWith('.html') && !path.endsWith('/')) return 'other file';
  return pageKind(path.replace(/index\.html$/, ''));
}

export interface KindTiming {
  kind: string;
  routes: number;
  /** Sum of Astro's per-route times, milliseconds. */
  totalMs: number;
  /** Mean milliseconds per route: totalMs / routes. */
  msPerRoute: number;
  /**
   * Median milliseconds per route: what one page of the kind costs, without the one-off costs
   * that land on a single route (the first route of a kind compiling its code, a garbage
   * collection pause), which swamp the mean of a kind whose routes take a few milliseconds.
   */
  medianMs: number;
}

/** The median of a list of numbers (the mean of the middle two for an even count; NaN for none). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Per-kind times from Astro's build log, whose "generating static routes" step prints one line
 * per route: `├─ /en/charts/x/index.html (+31ms)`, or `(+1.24s)` from a second on. ANSI colours
 * are ignored.
 */
export function kindTimings(log: string): KindTiming[] {
  const byKind = new Map<string, number[]>();
  // eslint-disable-next-line no-control-regex -- the log's colour codes
  const plain = log.replace(/\u001b\[[0-9;]*m/g, '');
  for (const [, path, amount, unit] of plain.matchAll(/[├└]─ (\/\S*) \(\+(\d+(?:\.\d+)?)(ms|s)\)/g)) {
    const kind = routeKind(path!);
    byKind.set(kind, [...(byKind.get(kind) ?? []), Number(amount) * (unit === 's' ? 1000 : 1)]);
  }
  return [...byKind.entries()]
    .map(([kind, times]) => {
      const totalMs = times.reduce((sum, ms) => sum + ms, 0);
      return { kind, routes: times.length, totalMs, msPerRoute: totalMs / times.length, medianMs: median(times) };
    })
    .sort((a, b) => b.totalMs - a.totalMs);
}

export interface ScaleRow {
  kind: string;
  routes: number[];
  msPerRoute: number[];
  /** Mean ms per route at each scale divided by mean ms per route at the first (1x). */
  ratio: number[];
  medianMs: number[];
  /** Median ms per route at each scale divided by the median at the first (1x): what the budget judges. */
  medianRatio: number[];
}

/** One row per kind across the scales measured, the first scale being the baseline. */
export function scaleTable(runs: KindTiming[][]): ScaleRow[] {
  const kinds = [...new Set(runs.flatMap((run) => run.map((timing) => timing.kind)))];
  return kinds.map((kind) => {
    const of = (run: KindTiming[]) => run.find((timing) => timing.kind === kind);
    const msPerRoute = runs.map((run) => of(run)?.msPerRoute ?? Number.NaN);
    const medianMs = runs.map((run) => of(run)?.medianMs ?? Number.NaN);
    return {
      kind,
      routes: runs.map((run) => of(run)?.routes ?? 0),
      msPerRoute,
      ratio: msPerRoute.map((ms) => ms / msPerRoute[0]!),
      medianMs,
      medianRatio: medianMs.map((ms) => ms / medianMs[0]!),
    };
  });
}

/** A kind fails when its cost per route at a larger scale is more than this many times its cost at 1x… */
export const SCALE_RATIO_BUDGET = 2;
/** …and more than this many milliseconds above it (a 2 ms route doubling is noise on a shared machine). */
const SCALE_MS_SLACK = 5;

/**
 * The route kinds whose cost per route grows with the content: median ms per route over
 * {@link SCALE_RATIO_BUDGET} times the first run's and at least 5 ms more. The median, not the
 * mean: `download svg` routes take about 5 ms, and one first-route warm-up of 300 ms or one
 * garbage-collection pause made their mean 2.4 times the 1x mean at 5x while the median page
 * stayed flat (issue 18). Such one-off costs stay in the build's total time, which the report
 * shows per 100 routes. `runs[0]` is the 1x build. Only
 * kinds whose number of routes grows with the content are judged (one chart page per chart):
 * a page that lists all the content (the gallery, the data page, the search page) does N times
 * the work at N times the content by design, which is linear for the build as a whole.
 */
export function scaleFailures(runs: KindTiming[][], factors: number[]): string[] {
  return scaleTable(runs).flatMap((row) =>
    row.medianRatio.slice(1).flatMap((ratio, index) => {
      if (!(row.routes[index + 1]! >= 2 * row.routes[0]!) || row.routes[0]! < 2) return [];
      const ms = row.medianMs[index + 1]!;
      const base = row.medianMs[0]!;
      return ratio > SCALE_RATIO_BUDGET && ms - base > SCALE_MS_SLACK
        ? [
            `${row.kind}: ${ms.toFixed(1)} ms per route (median) at ${factors[index + 1]}x, ${ratio.toFixed(1)} times ${base.toFixed(1)} ms at 1x (budget ${SCALE_RATIO_BUDGET} times)`,
          ]
        : [];
    }),
  );
}
