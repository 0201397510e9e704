/**
 * Posters for WeChat Moments (src/share/posters.ts, src/share/poster-files.ts): 1080×1440, in the
 * page's language, with the title, the key figure or the chart, the source and a QR code that
 * decodes to the page's canonical address. Over the chart fixture (tests/fixtures/charts/), so an
 * editor's change to content/ never breaks them.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/content-files.ts';
import { indexParsedContent } from '../../src/checks/parsed-content.ts';
import { storyReferences } from '../../src/checks/story-references.ts';
import { site } from '../../src/config.ts';
import { languages, type Lang } from '../../src/i18n/languages.ts';
import { t } from '../../src/i18n/index.ts';
import type { ContentIndex, IndexedStory } from '../../src/model/content-index.ts';
import type { Story } from '../../src/schemas/stories.ts';
import { figurePicture } from '../../src/share/chart-files.ts';
import { chartPoster, figurePoster, posterPng, storyPoster } from '../../src/share/poster-files.ts';
import { leadFigureOf } from '../../src/share/story-pictures.ts';
import { posterSvg } from '../../src/share/posters.ts';
import { posterPath, POSTER_SIZE } from '../../src/routes/urls.ts';

const fixtureRoot = join(import.meta.dirname, '../fixtures/charts');
let loaded: ContentIndex | undefined;
function content(): ContentIndex {
  if (loaded) return loaded;
  const { content: parsed, problems } = checkContent(fixtureRoot);
  if (problems.length) throw new Error(problems.map((problem) => problem.message).join('; '));
  return (loaded = indexParsedContent(parsed));
}

/** The first highlight of the fixture, in one language, as the content index holds it. */
const highlight = (lang: Lang) => content().storiesOf(lang)[0] as IndexedStory<Story>;

/** Decodes the QR code in a poster PNG, or undefined when none is found. */
function decodeQr(png: Buffer): string | undefined {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

const svgSize = (svg: string) => [Number(/width="(\d+)"/.exec(svg)?.[1]), Number(/height="(\d+)"/.exec(svg)?.[1])];

describe('poster addresses', () => {
  it('puts each poster under /posters/{lang}/{kind}/, a story by its path', () => {
    expect(posterPath('zh', 'charts', 'newborn-care-training')).toBe('/posters/zh/charts/newborn-care-training.png');
    expect(posterPath('en', 'stories', '2024/health')).toBe('/posters/en/stories/2024/health.png');
    expect(POSTER_SIZE).toEqual({ width: 1080, height: 1440 });
  });
});

describe('posters', () => {
  it('draws a chart poster at 1080×1440 with its title, the chart itself, its source and a QR code', () => {
    for (const lang of languages) {
      const input = chartPoster(content(), 'newborn-care-training', lang);
      const svg = posterSvg(input);
      expect(svgSize(svg)).toEqual([1080, 1440]);
      expect(svg).toContain(`<title>${input.title}</title>`);
      // The chart's own drawing, nested, and the scan instruction in the page's language.
      expect(svg).toMatch(
        /<svg x="[\d.]+" y="[\d.]+" width="[\d.]+" height="[\d.]+" viewBox="0 0 [\d.]+ [\d.]+" overflow="visible">/,
      );
      expect(svg).toContain(t(lang, 'poster.chart'));
      expect(input.sourceLine.startsWith(t(lang, 'chart.source'))).toBe(true);
      expect(input.url).toBe(new URL(`/${lang}/charts/newborn-care-training/`, site.url).href);
    }
  });

  it('writes a figure exactly as its page and preview do', () => {
    for (const lang of languages) {
      const picture = figurePicture(content(), 'newborn-care-training', lang, site.url);
      const input = figurePoster(content(), 'newborn-care-training', lang);
      expect(input.lead).toEqual({
        kind: 'figure',
        figure: {
          qualifier: picture.qualifier,
          amount: picture.amount,
          above: picture.yearText,
          below: picture.target,
        },
      });
      const svg = posterSvg(input);
      expect(svg).toContain(`>${picture.amount}</text>`);
      expect(svg).toContain(picture.label.slice(0, 8));
    }
  });

  it('leads a story with the first figure of its own year it shows, else the first, else its summary', () => {
    expect(leadFigureOf(['a@2023', 'b@2024', 'c@2024#online'], 2024)).toBe('b@2024');
    expect(leadFigureOf(['a@2023'], 2024)).toBe('a@2023');
    expect(leadFigureOf([], 2024)).toBeUndefined();
    // Reading order, not the sorted list the cross-language check compares.
    const body = 'Text <Metric id="zeta" year={2024} /> then <StatGrid year={2024} ids={["alpha"]} />.';
    expect(storyReferences(body).inOrder).toEqual(['zeta@2024', 'alpha@2024']);

    for (const lang of languages) {
      const story = highlight(lang);
      const withFigure = storyPoster(content(), story, ['newborn-care-training@2024'], lang);
      expect(withFigure.lead.kind).toBe('figure');
      expect(withFigure.subtitle).toBeUndefined();
      const without = storyPoster(content(), story, [], lang);
      expect(without.lead).toEqual({ kind: 'none' });
      expect(without.subtitle).toBe(story.data.summary);
      expect(without.url).toBe(new URL(`/${lang}/${story.path}/`, site.url).href);
      expect(posterSvg(without)).toContain(story.data.title.slice(0, 6));
    }
  });

  it('renders to a 1080×1440 PNG whose QR code opens the page', async () => {
    const samples = process.env.POSTER_SAMPLES;
    for (const lang of languages) {
      const inputs = [
        chartPoster(content(), 'newborn-care-training', lang),
        figurePoster(content(), 'newborn-care-training', lang),
        storyPoster(content(), highlight(lang), ['newborn-care-training@2024'], lang),
      ];
      for (const [index, input] of inputs.entries()) {
        const png = await posterPng(input);
        const image = PNG.sync.read(png);
        expect([image.width, image.height]).toEqual([1080, 1440]);
        expect(decodeQr(png)).toBe(input.url);
        if (samples) writeFileSync(join(samples, `poster-${lang}-${index}.png`), png);
      }
    }
  }, 60_000);
});
