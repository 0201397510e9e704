/**
 * The "What changed" page and the open-data page's explorer, read from dist/: the page exists in
 * both languages, lists every metric of content/ with a column per review year and a change or a
 * reason for each pair of years that both state it, a summary that counts them, links to pages that exist, and runs no script (a text page: its only script is the style gate, a comment); the
 * data page links to it, ships the explorer's form hidden (shown by its script) with a label per
 * control, and gives every row what the explorer filters on.
 */
import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/content-files.ts';
import { formatFigure } from '../../src/i18n/format.ts';
import { t, tCount } from '../../src/i18n/index.ts';
import { fileFor, root } from '../built-site.ts';
import { styleGateSource } from '../../src/routes/style-gate.ts';

const { content } = checkContent(root);
const metrics = content.metrics.map((entry) => entry.data);
const years = content.years.map((entry) => entry.data.year).sort((a, b) => a - b);
const page = (path: string) => {
  const file = fileFor(path);
  if (!file) throw new Error(`${path} was not built`);
  return load(readFileSync(file, 'utf8'));
};
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
type Metric = (typeof metrics)[number];
/** Whether the metric has a value for `year`. */
const stated = (metric: Metric, year: number) => metric.values.some((entry) => entry.year === year);
/** Whether the metric is stated in exactly one review year (a value for a year with no file in content/years/ is not shown). */
const isSingle = (metric: Metric) => years.length > 1 && years.filter((year) => stated(metric, year)).length === 1;

describe.each(['en', 'zh'] as const)('%s', (lang) => {
  const $ = page(`/${lang}/changes/`);

  it('the What changed page lists every metric once, with a cell per review year and a step per pair of stated years', () => {
    expect($('html').attr('lang')).toBe(lang === 'zh' ? 'zh-CN' : 'en');
    expect(normalise($('h1').text())).toContain(String(years[0]));
    expect(normalise($('h1').text())).toContain(String(years.at(-1)));
    const listed = $('article[data-metric]')
      .map((_, element) => $(element).attr('data-metric'))
      .get();
    expect(listed.sort()).toEqual(metrics.map((metric) => metric.id).sort());
    for (const metric of metrics) {
      const row = $(`article[data-metric="${metric.id}"]`);
      expect(
        row
          .find('[data-year]')
          .map((_, element) => Number($(element).attr('data-year')))
          .get(),
      ).toEqual(years);
      // A step for each pair of consecutive years that both state a value, with its change or
      // reason; a pair with a year unstated is told by that year's empty cell instead.
      const statedYears = new Set(metric.values.map((entry) => entry.year));
      const pairs = years.slice(1).filter((to, index) => statedYears.has(years[index]!) && statedYears.has(to));
      expect(
        row
          .find('.change-row__step')
          .map((_, element) => Number($(element).attr('data-to')))
          .get(),
      ).toEqual(pairs);
      row.find('.change-row__step dd').each((_, element) => expect(normalise($(element).text())).not.toBe(''));
      for (const year of years.filter((year) => !statedYears.has(year)))
        expect(normalise(row.find(`[data-year="${year}"] dd.change-row__empty`).text())).toBe(t(lang, 'data.notStated'));
      for (const entry of metric.values) {
        const cell = row.find(`[data-year="${entry.year}"] dd`);
        expect(cell.attr('data-value'), `${metric.id} ${entry.year}`).toBe(String(entry.value));
        expect(normalise(cell.text())).toContain(
          formatFigure(entry.value, metric.unit, entry.qualifier, lang, { zhWord: entry.zhWord }).text,
        );
      }
      // A series counted differently never gets a worked-out change.
      if (!metric.comparable) expect(row.find('[data-kind="change"]')).toHaveLength(0);
      expect(row.find(`a[href="/${lang}/figures/${metric.id}/"]`)).toHaveLength(1);
    }
  });

  it('in each area, the figures stated in one year only come last, under a closed disclosure that counts them', () => {
    const byId = new Map(metrics.map((metric) => [metric.id, metric]));
    let folded = 0;
    $('section.changes-area').each((_, element) => {
      const section = $(element);
      const rows = section.find('article[data-metric]');
      const single = rows.filter((_, row) => isSingle(byId.get($(row).attr('data-metric')!)!));
      const disclosure = section.children('details[data-single-year]');
      if (single.length === 0) {
        expect(disclosure).toHaveLength(0);
        return;
      }
      folded += single.length;
      expect(disclosure).toHaveLength(1);
      expect(disclosure.attr('open')).toBeUndefined();
      // "…: nine more figures" after other figures of the area, "…: all nine figures in this area" when none.
      const key = single.length < rows.length ? 'changes.single' : 'changes.singleAll';
      expect(normalise(disclosure.children('summary').text())).toBe(tCount(lang, key, single.length));
      // Exactly the one-year figures are folded, and the disclosure follows every other figure.
      expect(disclosure.find('article[data-metric]').length).toBe(single.length);
      single.each((_, row) => expect($(row).parents('details[data-single-year]')).toHaveLength(1));
      expect(section.children().last().is(disclosure)).toBe(true);
    });
    expect(folded).toBe(metrics.filter(isSingle).length);
    // With two review years, what is folded is exactly what the summary calls "the other N".
    if (years.length === 2) {
      expect(folded).toBe(metrics.filter((metric) => stated(metric, years[0]!) !== stated(metric, years[1]!)).length);
    }
  });

  it('the summary counts the figures both years state, the changes worked out, and the figures only one states', () => {
    // The counts are about the newest pair of review years.
    const [from, to] = [years.at(-2) ?? years[0]!, years.at(-1)!];
    const both = metrics.filter((metric) => stated(metric, from) && stated(metric, to)).length;
    const others = metrics.filter((metric) => stated(metric, from) !== stated(metric, to)).length;
    const computed = $(`.change-row__step[data-kind="change"][data-to="${to}"]`).length;
    const sentences = [t(lang, 'changes.summary', { metrics: metrics.length, both, computed, from, to })];
    if (others > 0) sentences.push(tCount(lang, 'changes.others', others));
    expect(normalise($('[data-changes-summary]').text())).toBe(sentences.join(lang === 'zh' ? '' : ' '));
  });

  it('every link on the What changed page leads to a built page, and the page runs no script', () => {
    const links = $('main a[href]')
      .map((_, element) => $(element).attr('href')!)
      .get();
    expect(links.some((href) => href.startsWith(`/${lang}/charts/`))).toBe(true);
    for (const href of links) expect(fileFor(href), href).toBeDefined();
    // A text page: its one script is the style gate (src/routes/style-gate.ts), a comment.
    expect($('script').map((_, element) => $(element).html()).get()).toEqual([styleGateSource]);
  });

  it('the data page and the footer link to it', () => {
    const data = page(`/${lang}/data/`);
    expect(data(`main a[href="/${lang}/changes/"]`)).toHaveLength(1);
    expect(page(`/${lang}/about/`)(`footer a[href="/${lang}/changes/"]`)).toHaveLength(1);
  });

  it("the data page's explorer is in the page with its count, disabled until its script runs, each control labelled, each row filterable", () => {
    const data = page(`/${lang}/data/`);
    const form = data('[data-explorer]');
    // In the page from the first paint (the script only enables it): nothing moves when it runs.
    expect(form.attr('hidden')).toBeUndefined();
    const rowCount = data('tr[data-metric]').length;
    expect(rowCount).toBeGreaterThan(0);
    expect(normalise(form.find('[data-explorer-status]').text())).toBe(
      normalise(t(lang, 'explore.count', { count: rowCount, total: rowCount })),
    );
    expect(form.find('select, input, button').length).toBeGreaterThan(0);
    form.find('select, input, button').each((_, control) => {
      expect(data(control).attr('disabled'), data(control).attr('name') ?? 'button').toBeDefined();
    });
    for (const name of ['area', 'year', 'comparable', 'q']) {
      const control = form.find(`[name="${name}"]`);
      expect(control, name).toHaveLength(1);
      expect(normalise(form.find(`label[for="${control.attr('id')}"]`).text()), name).not.toBe('');
    }
    expect(
      form
        .find('[name="year"] option')
        .map((_, element) => data(element).attr('value'))
        .get()
        .filter(Boolean),
    ).toEqual(years.map(String));
    expect(form.find('[role="status"]').attr('data-template')).toMatch(/\{count\}/);
    for (const metric of metrics) {
      const row = data(`tr[data-metric="${metric.id}"]`);
      expect(row.attr('data-comparable')).toBe(String(metric.comparable));
      expect(row.attr('data-years')).toBe(
        metric.values
          .map((entry) => entry.year)
          .sort()
          .join(' '),
      );
      expect(row.attr('data-text')).toContain(metric.label[lang]);
      expect(row.closest('section').attr('data-area')).toBe(metric.area);
    }
    expect(data('script[type="module"]')).toHaveLength(1);
  });
});
