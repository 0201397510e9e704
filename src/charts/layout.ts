/**
 * Layout modes. A chart is drawn one way below the breakpoint (phones: stacked, horizontal bars,
 * wrapped labels) and another above it. Within a mode the height is constant, worked out at the
 * mode's narrowest width where labels wrap most, so the page can give the SVG its final box
 * before any script runs: the island re-draws at the real width into the same box (no layout shift).
 *
 * The breakpoint is mirrored by the container query in src/styles/charts.css (tested).
 */
import type { Mode } from './types.ts';

export const BREAKPOINT = 560;

/** The layout mode for a width in CSS px: narrow below `BREAKPOINT` (560), wide from it. */
export const modeFor = (width: number): Mode => (width < BREAKPOINT ? 'narrow' : 'wide');

/** The narrowest width each mode is drawn at: heights are computed here. */
export const MIN_WIDTH: Record<Mode, number> = { narrow: 320, wide: BREAKPOINT };

/**
 * The width the build draws each mode at, for first paint, no-JS and print. A phone's content
 * column is about 340px; a story column or a printed page about 720px.
 */
export const REFERENCE_WIDTH: Record<Mode, number> = { narrow: 340, wide: 720 };

/** Type sizes in px (SVG units equal CSS px once the island draws at the real width). */
export const typeSizes = (mode: Mode) =>
  mode === 'narrow'
    ? { label: 13, small: 12, value: 14, title: 13, lineHeight: 17 }
    : { label: 14, small: 12.5, value: 15, title: 14, lineHeight: 18 };
