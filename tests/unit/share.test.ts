/**
 * Sharing: the share and embed addresses, the chart downloads (CSV, JSON, SVG), the social
 * pictures, the font subsetter and renderer behind the PNGs, and the QR codes (the _headers rules are in headers.test.ts).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/content-files.ts';
import { indexParsedContent } from '../../src/checks/parsed-content.ts';
import type { ContentIndex } from '../../src/model/content-index.ts';
import { parseCsv, readCsvText } from '../../src/share/csv.ts';
import {
  chartDownloadTable,
  chartFiles,
  citationText,
  figurePicture,
  tableCsv,
  tableJson,
} from '../../src/share/chart-files.ts';
import { chartData } from '../../src/charts/data.ts';
import { formatFigure } from '../../src/i18n/format.ts';
import { languages } from '../../src/i18n/languages.ts';
import { chartPreviewSvg, chartStandaloneSvg, figurePreviewSvg, pictureTheme } from '../../src/share/pictures.ts';
import { loadFont, readCmap, subsetFont } from '../../src/share/font-subset.ts';
import { PICTURE_FONT_FILES, svgToPng } from '../../src/share/png.ts';
import { qrSvg } from '../../src/share/qr.ts';
import {
  absoluteUrl,
  downloadName,
  downloadPath,
  EMBED_MESSAGE_TYPE,
  embedSnippet,
  formatBytes,
  isEmbedHeightMessage,
  mailtoUrl,
  pagePath,
  parseDownloadName,
  previewImagePath,
  weiboShareUrl,
} from '../../src/routes/urls.ts';

const root = join(import.meta.dirname, '../..');
const siteUrl = 'https://yearinreview.unicef.cn';

/**
 * The chart fixture (tests/fixtures/charts/): tests that name a chart or a figure, or expect its
 * exact numbers, read it, so an editor's change to content/ never breaks them. Tests of a property
 * every chart must have also run over the site's own content/ (`content(root)`).
 */
const fixtureRoot = join(import.meta.dirname, '../fixtures/charts');
const cache = new Map<string, ContentIndex>();
function content(from = fixtureRoot): ContentIndex {
  const cached = cache.get(from);
  if (cached) return cached;
  const { content: parsed, problems } = checkContent(from);
  if (problems.length) throw new Error(problems.map((problem) => problem.message).join('; '));
  const read = indexParsedContent(parsed);
  cache.set(from, read);
  return read;
}
function chart(id: string) {
  const found = content().charts.get(id);
  if (!found) throw new Error(`no chart ${id} in tests/fixtures/charts/content/charts/`);
  return found;
}

describe('share addresses', () => {
  it('builds absolute page, picture, embed and download addresses from the one site URL', () => {
    expect(absoluteUrl(siteUrl, pagePath('zh', 'charts', 'newborn-care-training'))).toBe(
      'https://yearinreview.unicef.cn/zh/charts/newborn-care-training/',
    );
    expect(previewImagePath('en', 'figures', 'partners')).toBe('/og/en/figures/partners.png');
    expect(downloadName('newborn-care-training', 'zh', 'csv')).toBe('newborn-care-training-zh.csv');
    expect(downloadPath('newborn-care-training', 'en', 'png')).toBe('/downloads/newborn-care-training-en.png');
  });

  it('reads a download file name back, and nothing else', () => {
    expect(parseDownloadName('newborn-care-training-zh.json')).toEqual({
      id: 'newborn-care-training',
      lang: 'zh',
      format: 'json',
    });
    expect(parseDownloadName('ssc-countries-en.svg')).toEqual({ id: 'ssc-countries', lang: 'en', format: 'svg' });
    expect(parseDownloadName('newborn-care-training-fr.csv')).toBeUndefined();
    expect(parseDownloadName('newborn-care-training-en.exe')).toBeUndefined();
  });

  it('links Weibo with the URL, title and picture encoded, and e-mail with %20 for spaces', () => {
    const weibo = new URL(
      weiboShareUrl(
        'https://yearinreview.unicef.cn/zh/charts/a/',
        '标题 & more',
        'https://yearinreview.unicef.cn/og/zh/charts/a.png',
      ),
    );
    expect(weibo.origin + weibo.pathname).toBe('https://service.weibo.com/share/share.php');
    expect(weibo.searchParams.get('url')).toBe('https://yearinreview.unicef.cn/zh/charts/a/');
    expect(weibo.searchParams.get('title')).toBe('标题 & more');
    expect(weibo.searchParams.get('pic')).toBe('https://yearinreview.unicef.cn/og/zh/charts/a.png');
    const mail = mailtoUrl('Health workers trained', 'Line one\nhttps://x.test/?a=1&b=2');
    expect(mail).toBe(
      'mailto:?subject=Health%20workers%20trained&body=Line%20one%0Ahttps%3A%2F%2Fx.test%2F%3Fa%3D1%26b%3D2',
    );
  });

  it('writes sizes people read', () => {
    expect(formatBytes(931)).toBe('931 B');
    expect(formatBytes(3277)).toBe('3.2 KB');
    expect(formatBytes(106_000)).toBe('104 KB');
    expect(formatBytes(2_500_000)).toBe('2.4 MB');
  });
});

describe('embed snippet', () => {
  const snippet = embedSnippet({
    siteUrl,
    lang: 'zh',
    id: 'newborn-care-training',
    title: '图表 "A" & <B>',
    initialHeight: 412.4,
  });

  it('is an iframe with a title, the full width and a starting height', () => {
    expect(snippet).toContain('<iframe src="https://yearinreview.unicef.cn/embed/zh/newborn-care-training/"');
    expect(snippet).toContain('title="图表 &quot;A&quot; &amp; &lt;B&gt;"');
    expect(snippet).toContain('width="100%"');
    expect(snippet).toContain('height="412"');
  });

  it("resizes only from messages of the site's origin, with the message type, for the frame that sent it", () => {
    expect(snippet).toContain('event.origin !== "https://yearinreview.unicef.cn"');
    expect(snippet).toContain(`event.data.type !== "${EMBED_MESSAGE_TYPE}"`);
    expect(snippet).toContain('frame.contentWindow === event.source');
  });

  it('recognises height messages', () => {
    expect(isEmbedHeightMessage({ type: EMBED_MESSAGE_TYPE, chart: 'a', lang: 'en', height: 300 })).toBe(true);
    expect(isEmbedHeightMessage({ type: EMBED_MESSAGE_TYPE, height: -1 })).toBe(false);
    expect(isEmbedHeightMessage({ type: 'other', height: 300 })).toBe(false);
    expect(isEmbedHeightMessage('300')).toBe(false);
  });
});

describe('chart downloads', () => {
  it('gives one CSV row per value and per part, in the page language, with the published numbers', () => {
    const spec = chart('newborn-care-training');
    const metric = content().metrics.require('newborn-care-training');
    for (const lang of languages) {
      const { table } = chartFiles(content(), spec.id, lang, siteUrl);
      const csv = tableCsv(table);
      expect(csv.startsWith('\uFEFF')).toBe(true);
      expect(csv.endsWith('\r\n')).toBe(true);
      expect(csv.replace(/\r\n/g, '')).not.toContain('\n');
      const [header, ...rows] = parseCsv(csv.slice(1));
      expect(header).toEqual([
        'metric_id',
        'year',
        'part',
        'value',
        'qualifier',
        'unit',
        'target_year',
        'label',
        'part_label',
        'as_written',
        'source',
      ]);
      const records = rows.map((row) => Object.fromEntries(header!.map((column, index) => [column, row[index]!])));
      for (const entry of metric.values) {
        const total = records.find((record) => record.year === String(entry.year) && record.part === '')!;
        expect(Number(total.value)).toBe(entry.value);
        expect(total.qualifier).toBe(entry.qualifier);
        expect(total.label).toBe((entry.label ?? metric.label)[lang]);
        expect(total.as_written).toBe(
          formatFigure(entry.value, metric.unit, entry.qualifier, lang, { zhWord: entry.zhWord }).text,
        );
        for (const part of entry.breakdown ?? []) {
          const row = records.find((record) => record.year === String(entry.year) && record.part === part.id)!;
          expect(Number(row.value)).toBe(part.value);
          expect(row.part_label).toBe(part.label[lang]);
        }
      }
      expect(records).toHaveLength(
        metric.values.length + metric.values.reduce((sum, entry) => sum + (entry.breakdown?.length ?? 0), 0),
      );
      expect(records[0]!.source).toBe(citationText(content().groupCitations(metric.values[0]!.citations, lang), lang));
    }
  });

  it('quotes cells with commas, quotes and line breaks', () => {
    const csv = tableCsv({ columns: ['a', 'b'], rows: [{ a: 'x, "y"', b: 'line\nbreak' }] });
    expect(parseCsv(csv.slice(1))).toEqual([
      ['a', 'b'],
      ['x, "y"', 'line\nbreak'],
    ]);
  });

  it('gives every chart, in the fixture and in content/, a table with rows, and JSON with the same rows typed', () => {
    for (const from of [fixtureRoot, root]) {
      for (const spec of content(from).charts.all) {
        for (const lang of languages) {
          const files = chartFiles(content(from), spec.id, lang, siteUrl);
          expect(files.table.rows.length, `${spec.id} ${lang}`).toBeGreaterThan(0);
          const json = JSON.parse(tableJson(files.meta, files.table));
          expect(json.chart).toMatchObject({ id: spec.id, lang, url: `${siteUrl}/${lang}/charts/${spec.id}/` });
          expect(json.columns).toEqual(files.table.columns);
          expect(json.rows).toHaveLength(files.table.rows.length);
          // Read back as a spreadsheet user would: without the apostrophe that neutralises formulas.
          const csvRows = parseCsv(tableCsv(files.table).slice(1))
            .slice(1)
            .map((cells) => cells.map(readCsvText));
          json.rows.forEach((row: Record<string, unknown>, index: number) => {
            expect(files.table.columns.map((column) => (row[column] === null ? '' : String(row[column])))).toEqual(
              csvRows[index],
            );
          });
        }
      }
    }
  });

  it('lists the countries a country chart names, with the metric they come from', () => {
    const spec = chart('ssc-countries');
    const table = chartDownloadTable(spec, chartData(spec, content(), 'zh'), content(), 'zh', siteUrl);
    const metric = content().metrics.require(spec.metrics[0]!);
    const entry = [...metric.values]
      .filter((value) => value.items?.length)
      .sort((a, b) => a.year - b.year)
      .at(-1)!;
    expect(table.rows.map((row) => row.country_id).sort()).toEqual(entry.items!.map((item) => item.id).sort());
    expect(table.rows.every((row) => row.metric_id === metric.id && row.year === entry.year)).toBe(true);
  });
});

describe('pictures', () => {
  it('draws the social preview at 1200×630 with the title, source and site, fonts named', () => {
    for (const lang of languages) {
      const { picture } = chartFiles(content(), 'newborn-care-training', lang, siteUrl);
      const svg = chartPreviewSvg(picture);
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="630"/);
      expect(svg).toContain(`<title>${picture.title}</title>`);
      expect(svg).toContain("font-family=\"'Noto Sans SC'");
      expect(svg).toContain(lang === 'en' ? 'UNICEF China Year in Review' : '联合国儿童基金会驻华办事处年度工作回顾');
      expect(svg).toContain('yearinreview.unicef.cn');
    }
  });

  it('writes a standalone SVG with its size, title, source line and a white background', () => {
    const files = chartFiles(content(), 'health-services-reach', 'zh', siteUrl);
    const svg = chartStandaloneSvg(files.download);
    const open = /^<svg[^>]*>/.exec(svg)![0];
    expect(open).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(open).toMatch(/ width="\d+" height="\d+"/);
    expect(svg).toContain(`<title>${files.data.title}</title>`);
    expect(svg).toContain('fill="#ffffff"');
    // The source line may wrap over several <text> lines: compare without the breaks.
    const shown = [...svg.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)]
      .map((match) => match[1]!.replace(/<[^>]+>/g, ''))
      .join('');
    expect(shown).toContain('资料来源：');
  });

  it('shows a figure exactly as the figure page writes it', () => {
    const metric = content().metrics.require('newborn-care-training');
    const en = figurePicture(content(), metric.id, 'en', siteUrl);
    const zh = figurePicture(content(), metric.id, 'zh', siteUrl);
    expect([en.qualifier, en.amount, en.yearText]).toEqual(['more than', '72,000', '2024']);
    expect([zh.qualifier, zh.amount, zh.yearText]).toEqual(['超过', '7.2万', '2024年']);
    expect(figurePreviewSvg(zh)).toContain('>7.2万</text>');
  });

  it('uses the light palette of the site CSS', () => {
    const css = ['src/styles/global.css', 'src/styles/charts.css']
      .map((file) => readFileSync(join(root, file), 'utf8'))
      .join('\n');
    // The first declaration of each custom property is the light one.
    const light = (name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css)?.[1]?.toLowerCase();
    expect(pictureTheme.colors.c1).toBe(light('chart-1'));
    expect(pictureTheme.colors.c3).toBe(light('chart-3'));
    expect(pictureTheme.colors.c4).toBe(light('chart-4'));
    expect(pictureTheme.colors.text).toBe(light('text'));
    expect(pictureTheme.colors['text-muted']).toBe(light('text-muted'));
    expect(pictureTheme.colors.axis).toBe(light('chart-axis'));
    expect(pictureTheme.colors.grid).toBe(light('chart-grid'));
    expect(pictureTheme.colors.tile).toBe(light('chart-tile'));
    expect(pictureTheme.colors.target).toBe(light('chart-target'));
    expect(pictureTheme.colors.bg).toBe(light('bg'));
  });
});

describe('font subset and PNG rendering', () => {
  it('keeps glyph ids and draws a text exactly as the full font does', () => {
    const full = readFileSync(PICTURE_FONT_FILES[1]!);
    const font = loadFont(full);
    const text = '接受新生儿早期基本保健培训的卫生工作者 74.8万 2024年';
    const subset = subsetFont(font, text);
    expect(subset.length).toBeLessThan(full.length / 10);
    const cmap = readCmap(subset);
    for (const char of text) expect(cmap.get(char.codePointAt(0)!)).toBe(font.cmap.get(char.codePointAt(0)!));
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="80"><rect width="600" height="80" fill="#fff"/><text x="10" y="50" font-size="28" font-weight="700" font-family="Noto Sans SC">${text}</text></svg>`;
    const draw = (file: string) =>
      new Resvg(svg, { font: { fontFiles: [file], loadSystemFonts: false, defaultFontFamily: 'Noto Sans SC' } })
        .render()
        .asPng();
    const folder = mkdtempSync(join(tmpdir(), 'subset-test-'));
    try {
      writeFileSync(join(folder, 'subset.ttf'), subset);
      expect(draw(join(folder, 'subset.ttf')).equals(draw(PICTURE_FONT_FILES[1]!))).toBe(true);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('renders the same bytes twice, at the picture size, with more than a few colours', async () => {
    const { picture } = chartFiles(content(), 'newborn-care-training', 'zh', siteUrl);
    const svg = chartPreviewSvg(picture);
    const first = await svgToPng(svg, { lang: 'zh' });
    const image = PNG.sync.read(first);
    expect([image.width, image.height]).toEqual([1200, 630]);
    const colours = new Set<number>();
    for (let index = 0; index < image.data.length; index += 4 * 97) colours.add(image.data.readUInt32BE(index));
    expect(colours.size).toBeGreaterThan(20);
  });
});

describe('QR codes', () => {
  it('decode back to exactly the page URL', async () => {
    const url = 'https://yearinreview.unicef.cn/zh/charts/newborn-care-training/';
    const svg = await qrSvg(url, '二维码');
    expect(svg).toMatch(/^<svg role="img" aria-label="二维码" width="176" height="176"/);
    const png = PNG.sync.read(new Resvg(svg, { fitTo: { mode: 'width', value: 400 } }).render().asPng());
    const decoded = jsQR(
      new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length),
      png.width,
      png.height,
    );
    expect(decoded?.data).toBe(url);
  });
});
