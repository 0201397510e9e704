/**
 * One view per page kind, computed once (src/views/): a chart's data is resolved once per chart
 * and language whoever asks for it (<Chart>, the chart and embed pages, the preview picture, the
 * downloads), and a list of related charts never resolves the charts it lists, so a chart page's
 * cost stays flat as content grows (issue 18, item 8). Over the chart fixture (tests/fixtures/charts/).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as data from '../../src/charts/data.ts';
import * as drawings from '../../src/charts/index.ts';
import { chartSummary, chartView, relatedCharts } from '../../src/views/chart-view.ts';
import { figureView } from '../../src/views/figure-view.ts';
import { chartFiles, figurePicture } from '../../src/share/chart-files.ts';
import { indexParsedContent } from '../../src/checks/parsed-content.ts';
import { checkContent } from '../../src/checks/content-files.ts';
import { chartFixtureRoot } from './chart-helpers.ts';
import { figurePath } from '../../src/routes/urls.ts';

// Count the expensive steps: resolving a chart's data and drawing its static pictures.
vi.mock('../../src/charts/data.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof data>();
  return { ...actual, chartData: vi.fn(actual.chartData) };
});
vi.mock('../../src/charts/index.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof drawings>();
  return { ...actual, staticDrawings: vi.fn(actual.staticDrawings) };
});

const siteUrl = 'https://yearinreview.unicef.cn';
const parsed = checkContent(chartFixtureRoot).content;
/** A fresh index per test, so each test counts from an empty memo. */
let index = indexParsedContent(parsed);
beforeEach(() => {
  index = indexParsedContent(parsed);
  vi.mocked(data.chartData).mockClear();
  vi.mocked(drawings.staticDrawings).mockClear();
});

/** A chart of the fixture whose area has other charts too. */
const crowded = () =>
  index.charts.all.find((chart) =>
    index.charts.all.some((other) => other.id !== chart.id && other.area === chart.area),
  )!;

describe('the chart view', () => {
  it('is the same object every time for one index, chart and language', () => {
    const { id } = crowded();
    const view = chartView(index, id, 'zh');
    expect(chartView(index, id, 'zh')).toBe(view);
    expect(chartView(index, id, 'en')).not.toBe(view);
    expect(chartView(indexParsedContent(parsed), id, 'zh')).not.toBe(view);
  });

  it('resolves a chart and draws it once per language, however many readers ask', () => {
    const { id } = crowded();
    for (const lang of ['en', 'zh'] as const) {
      const view = chartView(index, id, lang);
      const files = chartFiles(index, id, lang, siteUrl);
      // The page, <Chart>, the embed, the preview and the downloads all read the same data object.
      expect(files.data).toBe(view.data);
      expect(files.picture.data).toBe(view.data);
      expect(chartFiles(index, id, lang, siteUrl)).toBe(files);
      chartView(index, id, lang);
    }
    expect(vi.mocked(data.chartData)).toHaveBeenCalledTimes(2);
    expect(vi.mocked(drawings.staticDrawings)).toHaveBeenCalledTimes(2);
  });

  it('lists the other charts of its area as summaries, without resolving or drawing them', () => {
    const chart = crowded();
    const related = relatedCharts(index, chart.id, 'en');
    const expected = index.charts.all.filter((other) => other.id !== chart.id && other.area === chart.area);
    expect(related.map((summary) => summary.id)).toEqual(expected.map((other) => other.id));
    expect(vi.mocked(data.chartData)).not.toHaveBeenCalled();
    expect(vi.mocked(drawings.staticDrawings)).not.toHaveBeenCalled();
    // The summary says what the full view says.
    for (const summary of related) {
      const { title, href } = chartView(index, summary.id, 'en');
      expect([summary.title, summary.href]).toEqual([title, href]);
    }
  });

  it('links each figure it draws to the figure page, and names a missing chart', () => {
    const view = chartView(index, crowded().id, 'zh');
    for (const figure of view.figures) expect(figure.href).toBe(figurePath('zh', figure.id));
    expect(() => chartSummary(index, 'no-such-chart', 'en')).toThrow(/content\/charts\/no-such-chart\.yaml/);
  });
});

describe('the figure view', () => {
  it('is computed once per figure and language, and the preview picture reads it', () => {
    const id = index.metrics.ids[0]!;
    const view = figureView(index, id, 'zh');
    expect(figureView(index, id, 'zh')).toBe(view);
    expect(view.years.map((year) => year.figure.entry.year)).toEqual(
      [...view.metric.values.map((value) => value.year)].sort((a, b) => b - a),
    );
    const picture = figurePicture(index, id, 'zh', siteUrl);
    expect([picture.label, picture.amount, picture.yearText]).toEqual([
      view.title,
      view.latest.figure.amount,
      `${view.latest.figure.entry.year}年`,
    ]);
    expect(() => figureView(index, 'no-such-figure', 'en')).toThrow(/content\/metrics\/no-such-figure\.yaml/);
  });
});
