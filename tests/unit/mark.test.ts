/**
 * The site's mark is one drawing (src/views/mark.ts): the favicon and every picture's footer draw
 * the ring of area arcs around the child, as the header's wordmark does, not a mark of their own.
 */
import { describe, expect, it } from 'vitest';
import { markShapes, markSvg, ringSegments } from '../../src/views/mark.ts';
import { footer } from '../../src/share/pictures.ts';
import { render } from '../../src/charts/svg.ts';

const arcs = ['#0077a8', '#00833d', '#6a1e74'];

describe('the mark', () => {
  it('draws one arc per area colour, the disc and the child', () => {
    const shapes = markShapes({ arcs, centre: '#0068a0', child: '#ffffff' });
    expect(shapes.filter((shape) => shape.attributes.stroke).map((shape) => shape.attributes.stroke)).toEqual(arcs);
    expect(shapes.filter((shape) => shape.attributes.fill === '#ffffff')).toHaveLength(2);
  });

  it('as a standalone SVG document, with the same ring as the wordmark', () => {
    const svg = markSvg({ arcs, centre: '#0068a0', child: '#ffffff' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 40 40">/);
    for (const d of ringSegments(arcs.length)) expect(svg).toContain(`d="${d}"`);
    expect(svg).not.toContain('<rect');
  });

  it('needs at least one area', () => {
    expect(() => markSvg({ arcs: [], centre: '#0068a0', child: '#ffffff' })).toThrow(/at least one area/);
  });
});

describe("a picture's footer", () => {
  const frame = {
    lang: 'en' as const,
    siteName: 'Year in Review',
    siteHost: 'example.org',
    sourceLine: 'Source: a report',
    areaColour: '#00833d',
  };

  it('draws the mark with the areas’ colours', () => {
    const svg = footer({ ...frame, markColours: arcs }, 1200, 500, 60)
      .map(render)
      .join('');
    for (const colour of arcs) expect(svg).toContain(`stroke="${colour}"`);
    expect(svg).not.toContain('<rect');
  });

  it('without the areas’ colours, still the ring and child, in the site blue', () => {
    const svg = footer(frame, 1200, 500, 60).map(render).join('');
    expect(svg).toContain(`d="${ringSegments(1)[0]}"`);
    expect(svg).not.toContain('<rect');
  });
});
