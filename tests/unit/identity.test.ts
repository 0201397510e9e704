/**
 * The site's visual identity (issue 16 item 3): the drawn icon per programme area with its
 * fallback, the mark's ring of area arcs, the split of an amount into number and unit that stat
 * cards and the home hero set on one baseline, and province tiles named in English.
 */
import { describe, expect, it } from 'vitest';
import { areaIcons, fallbackIcon, iconFor, ringSegments } from '../../src/components/area-icons.ts';
import { amountParts, formatFigure } from '../../src/i18n/format.ts';
import { provinceTiles } from '../../src/charts/geo/provinces.ts';
import { liveContent } from './chart-helpers.ts';

describe('area icons', () => {
  it('give an area without a drawing the fallback, never an error', () => {
    expect(iconFor('an-area-added-tomorrow')).toBe(fallbackIcon);
    expect(iconFor('__proto__')).toBe(fallbackIcon);
    expect(iconFor('toString')).toBe(fallbackIcon);
  });

  it('draw every area of content/areas.yaml (a missing drawing falls back; this says which)', () => {
    const missing = liveContent().chartContent.areas.ids.filter((id) => !Object.hasOwn(areaIcons, id));
    expect(missing, 'areas drawn with the fallback icon: add a drawing in src/components/area-icons.ts').toEqual([]);
  });

  it('are drawn on the 24 × 24 grid', () => {
    for (const icon of [...Object.values(areaIcons), fallbackIcon]) {
      const numbers = [...icon.paths.join(' ').matchAll(/-?\d*\.?\d+/g)].map((match) => Number(match[0]));
      for (const [cx, cy, r] of icon.circles ?? []) numbers.push(cx - r, cy - r, cx + r, cy + r);
      expect(Math.min(...numbers)).toBeGreaterThanOrEqual(-24);
      expect(Math.max(...numbers)).toBeLessThanOrEqual(24);
    }
  });
});

describe('the mark', () => {
  it('has one arc per area, each inside the 40 × 40 box', () => {
    for (const count of [1, 2, 8, 13]) {
      const arcs = ringSegments(count);
      expect(arcs).toHaveLength(count);
      for (const arc of arcs) {
        const numbers = [...arc.matchAll(/-?\d+\.?\d*/g)].map((match) => Number(match[0]));
        expect(Math.min(...numbers)).toBeGreaterThanOrEqual(0);
        expect(Math.max(...numbers)).toBeLessThanOrEqual(40);
      }
    }
  });

  it('refuses a ring of no areas', () => {
    expect(() => ringSegments(0)).toThrow(/at least one area/);
  });
});

describe('amountParts', () => {
  it('splits the number from its unit in both languages', () => {
    expect(amountParts('US$10 million')).toEqual({ before: 'US$', number: '10', after: ' million' });
    expect(amountParts('74.8万')).toEqual({ before: '', number: '74.8', after: '万' });
    expect(amountParts('40 years')).toEqual({ before: '', number: '40', after: ' years' });
    expect(amountParts('748,000')).toEqual({ before: '', number: '748,000', after: '' });
    expect(amountParts('one in six')).toEqual({ before: 'one in six', number: '', after: '' });
  });

  it('loses nothing: the parts spell the amount', () => {
    for (const [value, unit] of [
      [2, 'years'],
      [13, 'percent'],
      [25000000, 'USD'],
      [1100000, 'people'],
    ] as const)
      for (const lang of ['en', 'zh'] as const) {
        const { amount } = formatFigure(value, unit, 'exact', lang);
        const parts = amountParts(amount);
        expect(parts.before + parts.number + parts.after).toBe(amount);
        expect(parts.number).not.toBe('');
      }
  });
});

describe('province tiles in English', () => {
  it('name every tile in pieces that spell its name, never a code', () => {
    for (const tile of Object.values(provinceTiles)) {
      expect(tile.enTile.join('').replace(/ /g, '')).toBe(tile.en.replace(/ /g, ''));
      expect(tile.enTile.every((line) => line.length > 1)).toBe(true);
    }
  });
});
