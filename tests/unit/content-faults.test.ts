/**
 * Content that builds but breaks the site (issue 15, kinds 2, 6 and 9) is stopped by the content
 * check with file, field (and line, for MDX) and what is allowed. Each case is a folder under
 * tests/fixtures/faults/ whose files replace those of the valid fixture; the messages are locked.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixture, messages } from './content-fixture.ts';

const faults = join(import.meta.dirname, '../fixtures/faults');
const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** The valid fixture with one fault case's files laid over it. */
function withFault(name: string): string {
  const root = mkdtempSync(join(tmpdir(), 'fault-'));
  roots.push(root);
  cpSync(fixture, root, { recursive: true });
  cpSync(join(faults, name), root, { recursive: true });
  return root;
}

const cases: Record<string, { what: string; expected: string[] }> = {
  // kind 9: links, media and raw HTML
  'source-javascript-url': {
    what: 'a source whose address runs code',
    expected: [
      'content/sources.yaml: [0].url: is "javascript:alert(document.cookie)", which is not allowed: a source\'s address must start with https://',
    ],
  },
  'source-data-url': {
    what: 'a source whose address carries a page',
    expected: [
      'content/sources.yaml: [0].url: is "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", which is not allowed: a source\'s address must start with https://',
    ],
  },
  'source-http-url': {
    what: 'a source linked without encryption',
    expected: [
      'content/sources.yaml: [0].url: is "http://www.unicef.cn/", which is not allowed: a source\'s address must start with https://',
    ],
  },
  'video-card-javascript': {
    what: 'a video card that runs code',
    expected: [
      'content/stories/en/2024/health.mdx:13: body: <VideoCard href> links to "javascript:alert(1)", which is not allowed: a video card links to the video\'s https:// address',
    ],
  },
  'video-card-data': {
    what: 'a video card that opens a data: page',
    expected: [
      'content/stories/zh/2024/health.mdx:13: body: <VideoCard href> links to "data:text/html,<script>alert(1)</script>", which is not allowed: a video card links to the video\'s https:// address',
    ],
  },
  'markdown-link-javascript': {
    what: 'a Markdown link that runs code (Chinese story)',
    expected: [
      'content/stories/zh/2024/health.mdx:13: body: links to "javascript:alert(1)", which is not allowed: links out must start with https:// (or mailto:), links within the site with / (like /en/2024/health/)',
    ],
  },
  'markdown-link-data': {
    what: 'a Markdown link and a link definition with data: and mixed-case javascript:',
    expected: [
      'content/stories/en/2024/health.mdx:13: body: links to "data:text/html;base64,PHNjcmlwdD4=", which is not allowed: links out must start with https:// (or mailto:), links within the site with / (like /en/2024/health/)',
      'content/stories/en/2024/health.mdx:15: body: links to "JaVaScRiPt:alert(1)", which is not allowed: links out must start with https:// (or mailto:), links within the site with / (like /en/2024/health/)',
    ],
  },
  'raw-script': {
    what: 'a raw <script>',
    expected: [
      'content/stories/en/2024/health.mdx:13: body: uses <script>, which a story or page may not contain: use <Photo> for a picture, <VideoCard> for a video and Markdown for text (components: Metric, Chart, StatGrid, VideoCard, Callout, Photo, ScrollStory, Step)',
    ],
  },
  'raw-iframe': {
    what: 'a raw <iframe> on a standing page',
    expected: [
      'content/pages/zh/about.mdx:10: body: uses <iframe>, which a story or page may not contain: use <Photo> for a picture, <VideoCard> for a video and Markdown for text (components: Metric, Chart, StatGrid, VideoCard, Callout, Photo, ScrollStory, Step)',
    ],
  },
  'raw-img': {
    what: 'a raw <img>',
    expected: [
      'content/stories/zh/2024/health.mdx:13: body: uses <img>, which a story or page may not contain: use <Photo> for a picture, <VideoCard> for a video and Markdown for text (components: Metric, Chart, StatGrid, VideoCard, Callout, Photo, ScrollStory, Step)',
    ],
  },
  'photo-other-host': {
    what: 'a <Photo> from another host',
    expected: [
      'content/stories/en/2024/health.mdx:13: body: <Photo src> shows "https://cdn.example.com/clinic.jpg", which is not allowed: pictures must be files of this site, a path like /photos/2024/clinic.jpg (put the file under public/photos/)',
    ],
  },
  'markdown-image-other-host': {
    what: 'a Markdown image from another host (protocol-relative)',
    expected: [
      'content/stories/zh/2024/health.mdx:13: body: shows the picture "//cdn.example.com/clinic.jpg", which is not allowed: pictures must be files of this site, a path like /photos/2024/clinic.jpg (put the file under public/photos/)',
    ],
  },
  'lead-photo-other-host': {
    what: "a story's lead photo from another host (protocol-relative, which the path pattern lets through)",
    expected: [
      'content/stories/en/2024/health.mdx: image.src: is "//cdn.example.com/photos/clinic.jpg", which is not allowed: pictures must be files of this site, a path like /photos/2024/clinic.jpg (put the file under public/photos/)',
    ],
  },
  'image-without-alt': {
    what: 'a Markdown image without alt text',
    expected: [
      'content/stories/en/2024/health.mdx:13: body: shows the picture "/photos/clinic.jpg" without alt text: say what it shows, like ![Children at a clinic](/photos/2024/clinic.jpg), or use <Photo> with alt and credit',
    ],
  },
  // kind 9: numbers and figure tokens
  'mixed-units-axis': {
    what: 'a target set in centres against results counted in people',
    expected: [
      'content/charts/health-services-reach.yaml: target: names the metric "clinics-target", counted in centres, but "health-services-reach" on the same axis is counted in people: the bars of one chart share one unit (draw them in separate charts, or use a year-comparison or breakdown chart, which gives each unit its own scale)',
    ],
  },
  'percent-over-100': {
    what: 'a share over 100%, in a value and a part',
    expected: [
      'content/metrics/immunisation-coverage.yaml: values[0].value: is 120, but the unit is percent: a share cannot be more than 100 (write the percentage, like 85 for 85%)',
      'content/metrics/immunisation-coverage.yaml: values[0].breakdown[0].value: is 100.5, but the unit is percent: a share cannot be more than 100 (write the percentage, like 85 for 85%)',
    ],
  },
  'fractional-count': {
    what: 'a fraction of a person, in a value and a part',
    expected: [
      'content/metrics/health-services-reach.yaml: values[0].value: is 2650000.5, but the unit is people: a count is a whole number (write the number the source states, like 748000 for 74.8万)',
      'content/metrics/health-services-reach.yaml: values[0].breakdown[0].value: is 1200.25, but the unit is people: a count is a whole number (write the number the source states, like 748000 for 74.8万)',
    ],
  },
  'malformed-token': {
    what: 'figure tokens that would show as typed',
    expected: [
      'content/charts/health-services-reach.yaml: title.en: has "{health-services-reach@24}", which is not a figure the site can fill in and would show as typed: write {metric-id@2024}, or {metric-id@2024/part-id} for a part (the metric\'s id in lowercase, a four-digit year, in braces)',
      'content/charts/health-services-reach.yaml: title.zh: has "{health-services-reach@2024获得服务的儿童及照护人", which is not a figure the site can fill in and would show as typed: write {metric-id@2024}, or {metric-id@2024/part-id} for a part (the metric\'s id in lowercase, a four-digit year, in braces)',
      'content/charts/health-services-reach.yaml: subtitle.en: has "{health-services-reach@2024}", but figures are filled in only in title, description and notes: here it would show as typed. Write the words, or move the figure to the description or a note',
      'content/charts/health-services-reach.yaml: subtitle.zh: has "health-services-reach@2024", but figures are filled in only in title, description and notes: here it would show as typed. Write the words, or move the figure to the description or a note',
      'content/charts/health-services-reach.yaml: description.en: has "{Health-Services-Reach@2024}", which is not a figure the site can fill in and would show as typed: write {metric-id@2024}, or {metric-id@2024/part-id} for a part (the metric\'s id in lowercase, a four-digit year, in braces)',
    ],
  },
  // kind 6: Markdown whitespace in Chinese
  'metric-own-line-zh': {
    what: 'a <Metric> on its own line inside a Chinese sentence',
    expected: [
      'content/stories/zh/2024/health.mdx:12: body: has <Metric> on a line of its own inside a sentence: MDX makes it a block and splits the sentence into two paragraphs. Put it on the same line as the words around it, like 惠及<Metric id="…" year={2024} />名学生 / reached <Metric id="…" year={2024} /> children',
    ],
  },
  'metric-own-line-en': {
    what: 'a <Metric> on its own line inside an English sentence',
    expected: [
      'content/stories/en/2024/health.mdx:12: body: has <Metric> on a line of its own inside a sentence: MDX makes it a block and splits the sentence into two paragraphs. Put it on the same line as the words around it, like 惠及<Metric id="…" year={2024} />名学生 / reached <Metric id="…" year={2024} /> children',
    ],
  },
  'metric-alone': {
    what: 'a <Metric> set apart by blank lines, a block the editor chose',
    expected: [],
  },
  'chinese-line-break': {
    what: 'line breaks inside Chinese sentences, beside text, a figure and bold words (English line breaks are fine)',
    expected: [
      'content/stories/zh/2024/health.mdx:11: body: breaks a Chinese sentence across lines between "人" and "获": the line break shows as a space on the page. Join the two lines',
      'content/stories/zh/2024/health.mdx:12: body: breaks a Chinese sentence across lines between "盖" and "<Metric>": the line break shows as a space on the page. Join the two lines',
      'content/stories/zh/2024/health.mdx:13: body: breaks a Chinese sentence across lines between "，" and "惠": the line break shows as a space on the page. Join the two lines',
    ],
  },
  // kind 2: characters the picture fonts cannot draw
  'picture-glyphs': {
    what: 'emoji, Latin Extended-A, CJK Extension B, a combining accent with no precomposed letter, an emoji with a variation selector',
    expected: [
      'content/charts/health-services-reach.yaml: title.en: has "✅" (U+2705), "🎉" (U+1F389), which the preview pictures cannot draw (the bundled Noto Sans SC lacks them): leave them out, or write them in plain letters (Škoda → Skoda, ✅ → a word)',
      'content/charts/health-services-reach.yaml: title.zh: has "🎉" (U+1F389), which the preview pictures cannot draw (the bundled Noto Sans SC lacks it): leave it out, or write it in plain letters (Škoda → Skoda, ✅ → a word)',
      'content/charts/health-services-reach.yaml: subtitle.en: has "Š" (U+0160), which the preview pictures cannot draw (the bundled Noto Sans SC lacks it): leave it out, or write it in plain letters (Škoda → Skoda, ✅ → a word)',
      'content/charts/health-services-reach.yaml: subtitle.zh: has "𠮷" (U+20BB7), which the preview pictures cannot draw (the bundled Noto Sans SC lacks it): leave it out, or write it in plain letters (Škoda → Skoda, ✅ → a word)',
      'content/charts/health-services-reach.yaml: notes[0].en: has "Ą" (U+0104), a combining accent (U+0301), which the preview pictures cannot draw (the bundled Noto Sans SC lacks them): leave them out, or write them in plain letters (Škoda → Skoda, ✅ → a word)',
      'content/areas.yaml: [0].name.en: has "❤" (U+2764), which the preview pictures cannot draw (the bundled Noto Sans SC lacks it): leave it out, or write it in plain letters (Škoda → Skoda, ✅ → a word)',
    ],
  },
  'picture-glyphs-fine': {
    what: 'Latin-1 accents, a combining accent that composes to é, punctuation and ordinary CJK the fonts have',
    expected: [],
  },
};

describe('faults the content check stops', () => {
  it('has a locked message list for every fault fixture, and a fixture for every case', () => {
    expect(readdirSync(faults).sort()).toEqual(Object.keys(cases).sort());
  });

  for (const [name, { what, expected }] of Object.entries(cases)) {
    it(`${expected.length ? 'stops' : 'accepts'} ${what} (${name})`, () => {
      expect(messages(withFault(name))).toEqual(expected);
    });
  }
});
