/**
 * Every bad-content fixture in tests/fixtures/faults/ (files laid over tests/fixtures/valid/) and
 * the exact messages the content check gives for it: an empty list for content that must pass.
 * Shared by tests/unit/content-faults.test.ts (the check, in-process) and
 * tests/build/fault-builds.test.ts (the same fixtures through `astro build`).
 */
export const faultCases: Record<string, { what: string; expected: string[] }> = {
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
      'content/stories/en/2024/health.mdx:13: body: <Photo src> shows "https://cdn.example.com/clinic.jpg", which is not allowed: pictures must be files of this site, a path like /photos/2024/clinic.jpg (put the file in content/photos/)',
    ],
  },
  'markdown-image-other-host': {
    what: 'a Markdown image from another host (protocol-relative)',
    expected: [
      'content/stories/zh/2024/health.mdx:13: body: shows the picture "//cdn.example.com/clinic.jpg", which is not allowed: pictures must be files of this site, a path like /photos/2024/clinic.jpg (put the file in content/photos/)',
    ],
  },
  'lead-photo-other-host': {
    what: "a story's lead photo from another host (protocol-relative)",
    expected: [
      'content/stories/en/2024/health.mdx: image.src: must be the path of a photo under content/, such as /photos/2024/ecd.jpg (a .jpg, .jpeg, .png, .webp or .avif file in content/photos/) (found "//cdn.example.com/photos/clinic.jpg")',
    ],
  },
  'markdown-image': {
    what: 'a Markdown image of a site file: served unresized, without credit or consent',
    expected: [
      'content/stories/en/2024/health.mdx:13: body: shows the picture "/photos/2024/clinic.png" with Markdown, which the site cannot resize, credit or check for consent: use <Photo src="/photos/2024/clinic.png" alt="What the photo shows" credit="© UNICEF/China/2024/Name" consent="given" /> (see "Add a photo" in content/README.md)',
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
  // issue 14 item 1 and issue 18 items 1 and 5: what stopped the build or broke a page unseen, one message each
  'mdx-unclosed-metric': {
    what: 'an unclosed <Metric \u2026> tag (MDX syntax)',
    expected: [
      'content/stories/en/2024/health.mdx:13: body: is not valid MDX at column 20: Unexpected character after `<`, expected a valid JSX tag. Check that every component is closed, like <Metric id="…" year={2024} /> (with " />" at the end), and that "<" and "{" in text are written as \\< and \\{',
    ],
  },
  'unknown-component': {
    what: 'a misspelt component, <Metrc>',
    expected: [
      'content/stories/en/2024/health.mdx:13: body: uses <Metrc>, which is not a component the site has: did you mean <Metric>? (components: Metric, Chart, StatGrid, VideoCard, Callout, Photo, ScrollStory, Step; see content/README.md)',
    ],
  },
  'unknown-prop': {
    what: 'a misspelt prop, yaer={2024}',
    expected: [
      'content/stories/en/2024/health.mdx:11: body: <Metric yaer>: <Metric> has no prop "yaer" (did you mean year?): its props are id, year and part',
    ],
  },
  'photo-missing-file': {
    what: 'a <Photo> whose file is not in content/photos/',
    expected: [
      'content/stories/en/2024/health.mdx:13: body: <Photo src> shows "/photos/2024/health-clinc.jpg", but there is no file content/photos/2024/health-clinc.jpg: check the spelling of the file name (capitals count), or put the photo there',
    ],
  },
  'photo-without-consent': {
    what: 'a <Photo> without consent',
    expected: [
      'content/stories/en/2024/health.mdx:13: body: <Photo> needs consent, like <Photo src="/photos/2024/clinic.jpg" alt="What the photo shows" credit="© UNICEF/China/2024/Name" consent="given" />',
    ],
  },
  'photo-consent-unknown': {
    what: 'a <Photo> whose consent is not one of the two answers (Chinese story)',
    expected: [
      'content/stories/zh/2024/health.mdx:13: body: <Photo consent> is "yes": it must be "given" (everyone recognisable in the photo agreed to its publication; for a child, the child and a parent or caregiver) or "no-one-recognisable" (no one in it can be recognised). Without consent, do not use the photo',
    ],
  },
  'lead-photo-without-consent': {
    what: "a story's lead photo without consent",
    expected: [
      'content/stories/en/2024/health.mdx: image.consent: is missing: it must be "given" (everyone recognisable in the photo agreed to its publication; for a child, the child and a parent or caregiver) or "no-one-recognisable" (no one in it can be recognised). Without consent, do not use the photo',
    ],
  },
  'photo-in-public': {
    what: 'a photo under public/, which the build would copy unresized',
    expected: [
      'public/photos/2024/clinic-visit.jpg: is copied to the site as it is, unresized: move it to content/photos/2024/clinic-visit.jpg, where the build makes small copies of it for each screen (the path in <Photo src> and image.src stays /photos/2024/clinic-visit.jpg)',
    ],
  },
  'photo-wrong-format': {
    what: 'photo files the site cannot use: a HEIC and an upper-case .JPG',
    expected: [
      'content/photos/2024/clinic-visit.heic: is not a photo the site can use: photos are .jpg, .jpeg, .png, .webp or .avif files with a lowercase name, like content/photos/2024/clinic-visit.jpg (save it as JPEG first)',
      'content/photos/2024/school.JPG: is not a photo the site can use: photos are .jpg, .jpeg, .png, .webp or .avif files with a lowercase name, like content/photos/2024/clinic-visit.jpg. Rename it to content/photos/2024/school.jpg',
    ],
  },
  'photo-without-alt': {
    what: 'a <Photo> with empty alt text',
    expected: [
      'content/stories/zh/2024/health.mdx:13: body: <Photo alt> is empty: say what the photo shows for readers who cannot see it (at least 10 characters)',
    ],
  },
  'typed-figure': {
    what: 'a figure typed into prose',
    expected: [
      'content/stories/en/2024/health.mdx:13: body: types the figure "2,650,000", which is the value of "health-services-reach": show it from the data with <Metric id="health-services-reach" year={2024} />, so both languages and the data always agree',
    ],
  },
  'english-date-fine': {
    what: 'English dates, "20 November" and "November 20th", beside a metric whose value is 20',
    expected: [],
  },
  'highlights-without-timeline': {
    what: 'a year with highlights but no timeline chart: its highlights page lists them by month without one (it answered HTTP 500)',
    expected: [],
  },
  'story-year-without-file': {
    what: 'stories of a year that has no content/years/ file',
    expected: [
      "content/stories/en/2025/health.mdx: year: is 2025, which has no file in content/years/: every year's stories belong to a review year, content/years/2025.yaml (known years: 2024)",
      "content/stories/zh/2025/health.mdx: year: is 2025, which has no file in content/years/: every year's stories belong to a review year, content/years/2025.yaml (known years: 2024)",
    ],
  },
  'placeholder-title': {
    what: 'a story title left as the scaffold wrote it',
    expected: [
      'content/stories/en/2024/health.mdx:2: still has the placeholder "Write the title of this story here, in a few words" written by the scaffold: replace it with the story\'s own title',
    ],
  },
  'placeholder-metric-label': {
    what: 'a metric label left as the scaffold wrote it',
    expected: [
      'content/metrics/health-services-reach.yaml:4: still has the placeholder "在此填写统计对象（接在数字后面读起来通顺的短语）" written by the scaffold: replace it with what the figure counts',
    ],
  },
  'glossary-avoided': {
    what: 'a wording the glossary avoids',
    expected: [
      'content/stories/en/2024/health.mdx:13: body: uses “South South cooperation”, a wording the glossary avoids: write “South-South cooperation” (content/glossary.yaml, term south-south-cooperation)',
    ],
  },
  'metric-id-typo': {
    what: 'a <Metric id> typo in one language: one message, not also "different figures"',
    expected: [
      'content/stories/zh/2024/health.mdx: body: shows the figure "health-service-reach", which has no file in content/metrics/',
    ],
  },
  'years-yml': {
    what: 'a year file saved as .yml (the site would drop the whole year)',
    expected: [
      'content/years/2023.yml: is a .yml file, which the site does not read: files in content/years/ end in .yaml. Rename it to content/years/2023.yaml',
    ],
  },
  'story-md': {
    what: 'a story saved as .md (the site would show <Metric \u2026/> as text)',
    expected: [
      'content/stories/en/2024/nutrition.md: is a .md file, which the site does not read: stories and pages are .mdx files (a .md file would show <Metric …/> as plain text). Rename it to content/stories/en/2024/nutrition.mdx',
    ],
  },
  'story-case-collision': {
    what: 'Health.mdx beside health.mdx (the site would drop one)',
    expected: [
      'content/stories/en/2024/Health.mdx: has the same name as content/stories/en/2024/health.mdx but for capitals: the site reads both as one entry and drops one. Keep one file, named in lowercase',
    ],
  },
  'stray-file': {
    what: 'a stray file in content/',
    expected: [
      'content/notes.txt: is not a file the site reads: content/ holds sources.yaml, areas.yaml, glossary.yaml, corrections.yaml, years/*.yaml, metrics/*.yaml, charts/*.yaml, pages/{en,zh}/*.mdx, stories/{en,zh}/… .mdx and photos/… (.jpg, .jpeg, .png, .webp, .avif) only. Move it out of content/, or delete it',
    ],
  },
  'area-bad-colour': {
    what: 'one bad colour in areas.yaml: one message, not one per reference to the area',
    expected: ['content/areas.yaml: [0].colour: must be a colour written as #rrggbb, like #0077a8 (found "green")'],
  },
  'areas-yaml-syntax': {
    what: 'a YAML syntax error in areas.yaml: one message',
    expected: [
      'content/areas.yaml: is not valid YAML at line 6: unexpected end of the stream within a double quoted scalar. Check the indentation and quotes on that line and the lines above it (text holding ": " or starting with a quote, a bracket or a "-" must be in quotes)',
    ],
  },
  'source-bad-language': {
    what: 'a bad language in sources.yaml: one message, not one per citation',
    expected: [
      'content/sources.yaml: [0].language: must be "en" or "zh": the language the document was published in (found "chinese")',
    ],
  },
  'metric-empty': {
    what: 'an empty metric file',
    expected: [
      'content/metrics/health-services-reach.yaml: is empty: it holds no fields (see content/README.md for what it needs, or copy a file next to it)',
    ],
  },
  'label-unquoted-date': {
    what: 'an unquoted date in a label (the build read it as a date and stopped)',
    expected: [
      'content/metrics/health-services-reach.yaml: label.en: is read as a date because 2024-11-20 is not in quotes: write it in quotes, "2024-11-20" (or reword it, like "1 May 2024")',
    ],
  },
  // Issue 17 item 5: the corrections log names what exists, with a real date, in both languages; lines are the field's.
  'correction-unknown-target': {
    what: 'corrections naming a metric, a metric year, a chart and a story that do not exist, and a repeated id',
    expected: [
      'content/corrections.yaml:3: [0].what.metric: names the metric "health-service-reach", which has no file in content/metrics/ (a figure\'s id is its file name; known: "health-services-reach")',
      'content/corrections.yaml:11: [1].what.year: is 2023, but the metric "health-services-reach" has no value for 2023 (its years: "2024")',
      'content/corrections.yaml:17: [2].what.chart: names the chart "health-reach", which has no file in content/charts/ (known: "health-services-reach")',
      'content/corrections.yaml:21: [3].id: repeats the id "reach-2024" of entry [0]: every correction has its own id (its anchor on the corrections page)',
      'content/corrections.yaml:23: [3].what.story: names the story "2024/nutrition", which has no file content/stories/{en,zh}/2024/nutrition.mdx (a story is named by its path under content/stories/en/ without .mdx, like "2024/health")',
    ],
  },
  'correction-bad-entry': {
    what: 'corrections with a day that does not exist, two targets, no target, a missing translation and a missing reason',
    expected: [
      'content/corrections.yaml:2: [0].date: is not a day of the calendar: check the month and the day (year-month-day, like 2025-03-14)',
      'content/corrections.yaml:3: [0].what: names metric and chart: one correction is about one thing (write one entry per figure, chart or story)',
      'content/corrections.yaml:5: [0].to.zh: is missing: it must be the Chinese text (a non-empty piece of text)',
      'content/corrections.yaml:7: [1].id: must be an id: lowercase letters, digits and hyphens, like "newborn-care-training" (found "Story Wording")',
      'content/corrections.yaml:8: [1].date: must be the day the correction was published, written year-month-day, like 2025-03-14 (found "14 March 2025")',
      'content/corrections.yaml:9: [1].what: must name what was corrected: one of metric, chart or story, like { metric: partners, year: 2024 }',
      'content/corrections.yaml:7: [1].why: is missing: it must give the text in both languages, as { en: "…", zh: "…" }',
    ],
  },
};
