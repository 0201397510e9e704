/**
 * Checks that every id one piece of content uses exists where it should: a metric's area and
 * sources, a year's featured metrics, a page's translation. Pure: works on parsed content.
 */
import type { ContentProblem } from '../model/errors.ts';
import type { Metric } from '../schemas/metrics.ts';
import type { Source } from '../schemas/sources.ts';
import { checkCharts } from './chart-references.ts';
import { checkFigureTokens, FIGURE_TOKEN, type FieldText } from '../model/figure-tokens.ts';
import type { StoryReferences } from './story-references.ts';
import { languageNameInEnglish, languages, otherLang, referenceLang } from '../i18n/languages.ts';

export type { Located, ParsedContent } from './parsed-content.ts';
import { isBroken, type Located, type ParsedContent } from './parsed-content.ts';

const at = (entry: Located<unknown>, ...rest: (string | number)[]) =>
  [...(entry.path ?? []), ...rest].reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key),
    '',
  );

function duplicates<T>(entries: Located<T>[], idOf: (data: T) => string | number, what: string): ContentProblem[] {
  const first = new Map<string | number, Located<T>>();
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const key = idOf(entry.data);
    const earlier = first.get(key);
    if (earlier) {
      problems.push({
        file: entry.file,
        field: at(entry, 'id'),
        message: `repeats the ${what} id "${key}", already used in ${earlier.file}: every id must be unique`,
      });
    } else first.set(key, entry);
  }
  return problems;
}

const list = (values: Iterable<string | number>) => [...values].map((value) => `"${value}"`).join(', ');

/**
 * Every broken link between pieces of content: duplicate ids; a metric's area, sources and
 * sections; a year's featured metrics; a story's folder, area, sources, figures, charts and its
 * twin in the other language (same figures, charts, year, order…); a page's translation; chart
 * specs (see `checkCharts`); `{metric@year}` figures in any text. Pure: parsed content in,
 * problems (file, field, message) out; never throws.
 */
export function checkCrossReferences(content: ParsedContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const sourceById = new Map(content.sources.map((entry) => [entry.data.id, entry.data]));
  const areaIds = new Set(content.areas.map((entry) => entry.data.id));
  const years = new Set(content.years.map((entry) => entry.data.year));
  const metricById = new Map(content.metrics.map((entry) => [entry.data.id, entry.data]));

  problems.push(...duplicates(content.sources, (source) => source.id, 'source'));
  problems.push(...duplicates(content.areas, (area) => area.id, 'area'));
  problems.push(...duplicates(content.metrics, (metric) => metric.id, 'metric'));
  problems.push(...duplicates(content.glossary ?? [], (term) => term.id, 'glossary term'));

  const checkSource = (file: string, field: string, id: string) => {
    if (!sourceById.has(id) && !isBroken(content.broken.sources, id)) {
      problems.push({
        file,
        field,
        message: `names the source "${id}", which is not in content/sources.yaml (known: ${list(sourceById.keys())})`,
      });
    }
  };

  for (const entry of content.glossary ?? []) checkSource(entry.file, at(entry, 'source'), entry.data.source);

  for (const entry of content.sources) {
    const ids = new Set<string>();
    entry.data.sections.forEach((section, index) => {
      if (ids.has(section.id)) {
        problems.push({
          file: entry.file,
          field: at(entry, 'sections', index, 'id'),
          message: `repeats the section id "${section.id}"`,
        });
      }
      ids.add(section.id);
    });
  }

  for (const entry of content.years) {
    const expected = entry.file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
    if (String(entry.data.year) !== expected) {
      problems.push({
        file: entry.file,
        field: 'year',
        message: `is ${entry.data.year}, but the file is named ${expected}: they must match`,
      });
    }
    entry.data.featured.forEach((id, index) => {
      const metric = metricById.get(id);
      if (!metric && content.broken.metrics.includes(id)) return;
      if (!metric) {
        problems.push({
          file: entry.file,
          field: `featured[${index}]`,
          message: `names the metric "${id}", which has no file in content/metrics/`,
        });
      } else if (!metric.values.some((value) => value.year === entry.data.year)) {
        problems.push({
          file: entry.file,
          field: `featured[${index}]`,
          message: `names the metric "${id}", which has no value for ${entry.data.year}`,
        });
      } else {
        const baseline = metric.values.find((value) => value.year === entry.data.year && value.statedIn !== undefined);
        if (baseline) {
          problems.push({
            file: entry.file,
            field: `featured[${index}]`,
            message: `names the metric "${id}", whose ${entry.data.year} value is a baseline stated in the ${baseline.statedIn} review, not a result of ${entry.data.year}: feature it in content/years/${baseline.statedIn}.yaml instead`,
          });
        }
      }
    });
    entry.data.sources.forEach((id, index) => checkSource(entry.file, `sources[${index}]`, id));
    const texts: FieldText[] = [
      ['title', entry.data.title],
      ['intro', entry.data.intro],
      ['approach', entry.data.approach],
    ];
    problems.push(...checkFigureTokens(entry.file, texts, metricById, content.broken.metrics));
    // As in stories: a baseline stated by a later review shows only on that review's year.
    for (const [field, text] of texts) {
      for (const lang of languages) {
        for (const [token, id = '', year = ''] of (text?.[lang] ?? '').matchAll(FIGURE_TOKEN)) {
          const metric = metricById.get(id);
          if (metric && isStatedLater(metric, Number(year), entry.data.year)) {
            const statedIn = metric.values.find((value) => value.year === Number(year))!.statedIn;
            problems.push({
              file: entry.file,
              field: `${field}.${lang}`,
              message: `shows the figure ${token}, a baseline stated in the ${statedIn} review: it is not a result of ${year}, so only content/years/${statedIn}.yaml shows it`,
            });
          }
        }
      }
    }
    entry.data.charts.forEach((id, index) => {
      if (!content.chartIds.includes(id)) {
        problems.push({
          file: entry.file,
          field: `charts[${index}]`,
          message: `names the chart "${id}", which has no file in content/charts/`,
        });
      }
    });
  }

  for (const entry of content.metrics) {
    const metric = entry.data;
    const expected = entry.file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
    if (metric.id !== expected) {
      problems.push({
        file: entry.file,
        field: 'id',
        message: `is "${metric.id}", but the file is named ${expected}.yaml: they must match`,
      });
    }
    if (!areaIds.has(metric.area) && !isBroken(content.broken.areas, metric.area)) {
      problems.push({
        file: entry.file,
        field: 'area',
        message: `names the area "${metric.area}", which is not in content/areas.yaml (known: ${list(areaIds)})`,
      });
    }
    metric.values.forEach((value, index) => {
      if (!years.has(value.year) && !content.broken.years?.includes(value.year)) {
        problems.push({
          file: entry.file,
          field: `values[${index}].year`,
          message: `is ${value.year}, which has no file in content/years/ (known years: ${list([...years].sort())})`,
        });
      }
      value.citations.forEach((citation, citationIndex) => {
        const field = `values[${index}].citations[${citationIndex}]`;
        const source = sourceById.get(citation.source);
        if (!source) {
          checkSource(entry.file, `${field}.source`, citation.source);
        } else if (!source.sections.some((section) => section.id === citation.section)) {
          problems.push({
            file: entry.file,
            field: `${field}.section`,
            message: `names the section "${citation.section}", which the source "${source.id}" does not have (its sections: ${list(source.sections.map((section) => section.id))})`,
          });
        }
      });
    });
  }

  for (const lang of languages) {
    const other = otherLang(lang);
    const otherSlugs = new Set([
      ...content.pages[other].map((entry) => entry.data.slug),
      ...content.broken.pages[other],
    ]);
    for (const entry of content.pages[lang]) {
      if (!otherSlugs.has(entry.data.slug)) {
        problems.push({
          file: entry.file,
          field: '',
          message: `has no ${languageNameInEnglish[other]} version: add content/pages/${other}/${entry.data.slug}.mdx`,
        });
      }
      entry.data.sources.forEach((id, index) => checkSource(entry.file, `sources[${index}]`, id));
      // Pages render the same MDX components as stories, so their figures and charts are checked the same way.
      problems.push(
        ...checkReferences(entry.file, entry.data.references, {
          metricById,
          chartIds: new Set(content.chartIds),
          broken: content.broken.metrics,
        }),
      );
      // Each pair is compared once, from the reference language.
      const twin =
        lang === referenceLang
          ? content.pages[other].find((candidate) => candidate.data.slug === entry.data.slug)
          : undefined;
      if (twin) {
        const metricDiff =
          !comparable(entry.data.references, metricById) || !comparable(twin.data.references, metricById)
            ? []
            : differ(entry.data.references.metrics, twin.data.references.metrics);
        if (metricDiff.length) {
          problems.push({
            file: entry.file,
            field: 'body',
            message: `shows different figures from its ${languageNameInEnglish[other]} version (differing: ${metricDiff.join(', ')}): both languages must show the same figures`,
          });
        }
        const chartIdSet = new Set(content.chartIds);
        const chartDiff = [entry, twin].some((side) =>
          side.data.references.charts.some((chart) => !chartIdSet.has(chart)),
        )
          ? []
          : differ(entry.data.references.charts, twin.data.references.charts);
        if (chartDiff.length) {
          problems.push({
            file: entry.file,
            field: 'body',
            message: `shows different charts from its ${languageNameInEnglish[other]} version (differing: ${chartDiff.join(', ')}): both languages must show the same charts`,
          });
        }
      }
    }
  }

  problems.push(...checkStories(content, { sourceById, areaIds, metricById, checkSource }));
  problems.push(...checkCharts(content));
  return problems;
}

interface Indexes {
  sourceById: Map<string, Source>;
  areaIds: Set<string>;
  metricById: Map<string, Metric>;
  checkSource: (file: string, field: string, id: string) => void;
}

/**
 * The figures and charts an MDX body shows (a story's or a standing page's) must exist: the metric
 * with a value for the year (and the part), the chart with its file. `year` is the story's own
 * year, for the baseline rule; a standing page has none, so it may not show a baseline at all.
 */
function checkReferences(
  file: string,
  references: StoryReferences,
  {
    metricById,
    chartIds,
    broken,
    year,
  }: { metricById: Map<string, Metric>; chartIds: Set<string>; broken: string[]; year?: number },
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const reference of references.metrics) {
    const [id = '', rest = ''] = reference.split('@');
    const [yearText = '', part] = rest.split('#');
    const metric = metricById.get(id);
    if (!metric) {
      if (!broken.includes(id)) {
        problems.push({
          file,
          field: 'body',
          message: `shows the figure "${id}", which has no file in content/metrics/`,
        });
      }
    } else if (!metric.values.some((value) => String(value.year) === yearText)) {
      problems.push({
        file,
        field: 'body',
        message: `shows the figure "${id}" for ${yearText || 'no year'}, but it has values only for ${metric.values.map((value) => value.year).join(', ')} (write year={…} with one of those)`,
      });
    } else if (isStatedLater(metric, Number(yearText), year)) {
      const statedIn = metric.values.find((value) => String(value.year) === yearText)!.statedIn;
      problems.push({
        file,
        field: 'body',
        message: `shows the figure "${id}" for ${yearText}, a baseline stated in the ${statedIn} review: it is not a result of ${yearText}, so only ${statedIn} stories show it (as the baseline ${statedIn} compares with)`,
      });
    } else if (part) {
      const parts =
        metric.values.find((value) => String(value.year) === yearText)?.breakdown?.map((entry) => entry.id) ?? [];
      if (!parts.includes(part)) {
        problems.push({
          file,
          field: 'body',
          message: `shows part "${part}" of the figure "${id}" for ${yearText}, which has ${parts.length ? `only the parts ${list(parts)}` : 'no breakdown'}`,
        });
      }
    }
  }
  for (const chart of references.charts) {
    if (!chartIds.has(chart)) {
      problems.push({
        file,
        field: 'body',
        message: `shows the chart "${chart}", which has no file in content/charts/`,
      });
    }
  }
  return problems;
}

/**
 * Whether one language version's figures can be compared with the other's: not when a <Metric>
 * lacks its id or year, or names a figure that does not exist. That mistake is reported on its
 * own; "shows different figures" would only repeat it.
 */
const comparable = (references: StoryReferences, metricById: Map<string, Metric>) =>
  !references.incomplete && references.metrics.every((reference) => metricById.has(reference.split('@')[0]!));

/** Figures or charts shown by one language version and not the other, as "id@year" / chart ids. */
const differ = (mine: string[], theirs: string[]) => [
  ...mine.filter((x) => !theirs.includes(x)),
  ...theirs.filter((x) => !mine.includes(x)),
];

/** True when a metric's value for `year` is a baseline stated by a review other than the story's own year's (any review, for a page with no year). */
function isStatedLater(metric: Metric, year: number, storyYear: number | undefined): boolean {
  const value = metric.values.find((candidate) => candidate.year === year);
  return value?.statedIn !== undefined && value.statedIn !== storyYear;
}

/** Stories: folders, references to areas, sources, figures and charts, and parity between languages. */
function checkStories(content: ParsedContent, { areaIds, metricById, checkSource }: Indexes): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const chartIds = new Set(content.chartIds);
  for (const lang of languages) {
    const other = otherLang(lang);
    const chapters = new Set(
      content.stories[lang].filter((entry) => entry.data.kind === 'chapter').map((entry) => entry.data.path),
    );
    const twins = new Map(content.stories[other].map((entry) => [entry.data.path, entry.data]));
    for (const entry of content.stories[lang]) {
      const story = entry.data;
      const { file } = entry;
      const parts = story.path.split('/');
      const folderYear = Number(parts[0]);
      const inHighlights = parts.length === 3 && parts[1] === 'highlights';
      if (!(parts.length === 2 || inHighlights) || !Number.isInteger(folderYear)) {
        problems.push({
          file,
          field: '',
          message: `is in the wrong folder: stories live in content/stories/${lang}/{year}/ (chapters) or content/stories/${lang}/{year}/highlights/ (monthly highlights)`,
        });
        continue;
      }
      if (story.year !== folderYear) {
        problems.push({
          file,
          field: 'year',
          message: `is ${story.year}, but the file is in the ${folderYear} folder: they must match`,
        });
      }
      if (inHighlights !== (story.kind === 'highlight')) {
        problems.push({
          file,
          field: 'kind',
          message: inHighlights
            ? 'must be "highlight" for a story in a highlights/ folder'
            : 'must be "chapter": highlights live in the year\'s highlights/ folder',
        });
      }
      if (!areaIds.has(story.area) && !isBroken(content.broken.areas, story.area)) {
        problems.push({
          file,
          field: 'area',
          message: `names the area "${story.area}", which is not in content/areas.yaml (known: ${list(areaIds)})`,
        });
      }
      story.sources.forEach((id, index) => checkSource(file, `sources[${index}]`, id));
      if (story.partOf) {
        const parent = content.stories[lang].find(
          (candidate) => candidate.data.path === `${story.year}/${story.partOf}`,
        );
        if (!parent) {
          if (!content.broken.stories[lang].includes(`${story.year}/${story.partOf}`)) {
            problems.push({
              file,
              field: 'partOf',
              message: `names the chapter "${story.partOf}", which ${story.year} does not have: use the file name of one of its chapters in content/stories/${lang}/${story.year}/`,
            });
          }
        } else if (parent.data.partOf) {
          problems.push({
            file,
            field: 'partOf',
            message: `names "${story.partOf}", which is itself part of "${parent.data.partOf}": a story belongs to a numbered chapter`,
          });
        } else if (parent.data.kind !== 'chapter' || story.kind !== 'chapter') {
          problems.push({ file, field: 'partOf', message: 'is only for chapters' });
        }
      }
      if (story.kind === 'chapter' && !story.partOf && !inHighlights) {
        const same = content.stories[lang].find(
          (other) =>
            other !== entry &&
            other.data.year === story.year &&
            other.data.kind === 'chapter' &&
            !other.data.partOf &&
            other.data.order === story.order,
        );
        if (same && same.file < file) {
          problems.push({
            file,
            field: 'order',
            message: `is ${story.order}, the same as ${same.file}: two chapters of ${story.year} cannot share a chapter number`,
          });
        }
      }
      if (story.counterpart) {
        const otherYearHasIt = [...chapters].some(
          (path) => path !== story.path && path.endsWith(`/${story.counterpart}`) && !path.startsWith(`${story.year}/`),
        );
        if (!otherYearHasIt) {
          problems.push({
            file,
            field: 'counterpart',
            message: `names the chapter "${story.counterpart}", which no other year has in content/stories/${lang}/`,
          });
        }
      }
      problems.push(
        ...checkReferences(file, story.references, {
          metricById,
          chartIds,
          broken: content.broken.metrics,
          year: story.year,
        }),
      );
      const twin = twins.get(story.path);
      if (!twin) {
        if (!content.broken.stories[other].includes(story.path)) {
          problems.push({
            file,
            field: '',
            message: `has no ${languageNameInEnglish[other]} version: add content/stories/${other}/${story.path}.mdx`,
          });
        }
        continue;
      }
      if (lang !== referenceLang) continue; // compare each pair once
      for (const key of ['year', 'area', 'kind', 'order', 'month', 'counterpart', 'partOf'] as const) {
        if (twin[key] !== story[key]) {
          problems.push({
            file,
            field: key,
            message: `is ${String(story[key])} here but ${String(twin[key])} in the ${languageNameInEnglish[other]} version: the two languages must agree`,
          });
        }
      }
      const metricDiff =
        !comparable(story.references, metricById) || !comparable(twin.references, metricById)
          ? []
          : differ(story.references.metrics, twin.references.metrics);
      if (metricDiff.length) {
        problems.push({
          file,
          field: 'body',
          message: `shows different figures from its ${languageNameInEnglish[other]} version (differing: ${metricDiff.join(', ')}): both languages must show the same figures`,
        });
      }
      const chartDiff = [story, twin].some((side) => side.references.charts.some((chart) => !chartIds.has(chart)))
        ? [] // an unknown chart is reported on its own
        : differ(story.references.charts, twin.references.charts);
      if (chartDiff.length) {
        problems.push({
          file,
          field: 'body',
          message: `shows different charts from its ${languageNameInEnglish[other]} version (differing: ${chartDiff.join(', ')}): both languages must show the same charts`,
        });
      }
    }
  }
  return problems;
}
