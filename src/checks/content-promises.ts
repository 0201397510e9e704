/**
 * Content that passes its schema but breaks what the site promises its readers: links out only
 * over https, honest numbers (a share is at most 100%, people are counted whole, one axis has one
 * unit), and figures in chart texts that are filled in rather than shown as typed. Pure: works on
 * parsed content; MDX bodies are checked in src/checks/mdx.ts.
 */
import type { ContentProblem } from '../model/errors.ts';
import type { Located, ParsedContent } from './cross-references.ts';
import type { Metric, Unit } from '../schemas/metrics.ts';
import { FIGURE_TOKEN } from '../model/figure-tokens.ts';
import { languages } from '../i18n/languages.ts';

/** Units that count whole things: a value in one of them is a whole number. */
export const countUnits: readonly Unit[] = [
  'people',
  'schools',
  'counties',
  'provinces',
  'cities',
  'countries',
  'items',
  'sessions',
  'workshops',
  'centres',
  'events',
  'partners',
  'impressions',
];

const field = (entry: Located<unknown>, ...rest: (string | number)[]) =>
  [...(entry.path ?? []), ...rest].reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key),
    '',
  );

/** A value that the unit makes impossible: a share over 100%, a fraction of a person. */
export function impossibleValue(value: number, unit: Unit): string | undefined {
  if (unit === 'percent' && value > 100)
    return `is ${value}, but the unit is percent: a share cannot be more than 100 (write the percentage, like 85 for 85%)`;
  if (countUnits.includes(unit) && !Number.isInteger(value))
    return `is ${value}, but the unit is ${unit}: a count is a whole number (write the number the source states, like 748000 for 74.8万)`;
  return undefined;
}

function checkValues(entry: Located<Metric>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const metric = entry.data;
  const check = (value: number, unit: Unit, ...path: (string | number)[]) => {
    const message = impossibleValue(value, unit);
    if (message) problems.push({ file: entry.file, field: field(entry, ...path), message });
  };
  metric.values.forEach((value, index) => {
    check(value.value, metric.unit, 'values', index, 'value');
    value.breakdown?.forEach((part, partIndex) =>
      check(part.value, metric.unit, 'values', index, 'breakdown', partIndex, 'value'),
    );
    if (value.equivalent) check(value.equivalent.value, value.equivalent.unit, 'values', index, 'equivalent', 'value');
  });
  return problems;
}

/** Chart fields whose `{metric@year}` figures the site fills in (src/charts/data.ts, src/charts/table.ts). */
const filledFields = /^(title|description|notes\[\d+\])\.(en|zh)$/;

/**
 * What in a text looks like a figure but is not one the site fills in: a malformed token
 * (`{newborn-care-training@24}`, `{Newborn@2024}`, `{x@2024`, `x@2024}`), or any token in a field
 * that is shown as typed. Returns the offending pieces as written.
 */
export function strayFigureTokens(text: string, filled: boolean): string[] {
  const stray: string[] = [];
  const rest = text.replace(FIGURE_TOKEN, (token) => {
    if (!filled) stray.push(token);
    return ' ';
  });
  // Braces never belong in prose, and "id@2024" without braces is a figure that lost them.
  for (const [piece] of rest.matchAll(/\{[^{}]{0,60}\}?|[^\s{}]{0,60}\}|[a-z0-9-]+@\d+(?:\/[a-z0-9-]+)?/gi))
    stray.push(piece);
  return stray;
}

function checkChartTexts(content: ParsedContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const entry of content.charts) {
    const chart = entry.data;
    const texts: [string, Record<string, string> | undefined][] = [
      ['title', chart.title],
      ['subtitle', chart.subtitle],
      ['description', chart.description],
      ...chart.notes.map((note, index): [string, Record<string, string>] => [`notes[${index}]`, note]),
      ...chart.events.map((event, index): [string, Record<string, string>] => [`events[${index}].title`, event.title]),
      ...chart.places.map((place, index): [string, Record<string, string>] => [`places[${index}].about`, place.about]),
    ];
    for (const [name, text] of texts) {
      if (!text) continue;
      for (const lang of languages) {
        const at = `${name}.${lang}`;
        const filled = filledFields.test(at);
        for (const piece of strayFigureTokens(text[lang] ?? '', filled)) {
          const message = filled
            ? `has "${piece}", which is not a figure the site can fill in and would show as typed: write {metric-id@2024}, or {metric-id@2024/part-id} for a part (the metric's id in lowercase, a four-digit year, in braces)`
            : `has "${piece}", but figures are filled in only in title, description and notes: here it would show as typed. Write the words, or move the figure to the description or a note`;
          problems.push({ file: entry.file, field: field(entry, at), message });
        }
      }
    }
  }
  return problems;
}

/** A target-progress chart draws its results and its target on one axis: they share a unit. */
function checkAxisUnits(content: ParsedContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const unitOf = new Map(content.metrics.map((entry) => [entry.data.id, entry.data.unit]));
  for (const entry of content.charts) {
    const chart = entry.data;
    if (chart.kind !== 'target-progress') continue;
    const drawn = [
      ...chart.metrics.map((id, index) => ({ id, at: `metrics[${index}]` })),
      ...(chart.target ? [{ id: chart.target, at: 'target' }] : []),
    ].filter((metric) => unitOf.has(metric.id));
    const first = drawn[0];
    for (const metric of drawn.slice(1)) {
      const unit = unitOf.get(metric.id)!;
      const expected = unitOf.get(first!.id)!;
      if (unit !== expected) {
        problems.push({
          file: entry.file,
          field: field(entry, metric.at),
          message: `names the metric "${metric.id}", counted in ${unit}, but "${first!.id}" on the same axis is counted in ${expected}: the bars of one chart share one unit (draw them in separate charts, or use a year-comparison or breakdown chart, which gives each unit its own scale)`,
        });
      }
    }
  }
  return problems;
}

/** Sources are linked from every figure: only over https. */
function checkSourceUrls(content: ParsedContent): ContentProblem[] {
  return content.sources.flatMap((entry) =>
    /^https:\/\/[^/]/i.test(entry.data.url.trim())
      ? []
      : [
          {
            file: entry.file,
            field: field(entry, 'url'),
            message: `is "${entry.data.url.slice(0, 60)}", which is not allowed: a source's address must start with https://`,
          },
        ],
  );
}

/** Every problem of this kind in the content. */
export function checkContentPromises(content: ParsedContent): ContentProblem[] {
  return [
    ...checkSourceUrls(content),
    ...content.metrics.flatMap(checkValues),
    ...checkAxisUnits(content),
    ...checkChartTexts(content),
  ];
}
