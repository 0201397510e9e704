/**
 * Bars shared by the bar charts: which colour each part of a stacked bar takes, and the segments
 * a value is drawn as.
 */
import type { Datum, Paint } from './types.ts';

/** Parts are painted in this order; the total of a value without parts uses the first colour. */
export const partPaints: Paint[] = ['c1', 'c3', 'c4'];

/** The sum of a value's breakdown parts, in the value's unit (0 when it has none). */
export const partsTotal = (datum: Datum) => (datum.parts ?? []).reduce((sum, part) => sum + part.value, 0);

/**
 * The segments a bar is drawn as: its parts when it has them (plus any rest of the total they
 * leave, in grey), else the whole value. In a chart where some bars are split into parts, a bar
 * that is not split is grey too: drawn in the first part's colour it would read as that part.
 */
export function barSegments(datum: Datum, chartHasParts = false): { value: number; paint: Paint; label?: string }[] {
  if (!datum.parts?.length) return [{ value: datum.value, paint: chartHasParts ? 'muted' : 'c1' }];
  const segments = datum.parts.map((part, index) => ({
    value: part.value,
    paint: partPaints[index % partPaints.length]!,
    label: part.label,
  }));
  const rest = datum.value - partsTotal(datum);
  return rest > 0 ? [...segments, { value: rest, paint: 'muted' as Paint }] : segments;
}
