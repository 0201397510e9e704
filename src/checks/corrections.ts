/**
 * The corrections log (content/corrections.yaml): every entry names a figure, chart or story that
 * exists, in both languages for a story, with the year of a value the metric has; ids are unique.
 * And every problem of the file gets the line of the field it is about, so an editor is taken to
 * the entry (`content/corrections.yaml:7: [1].what.metric: …`). Pure: parsed content and the
 * file's text in, problems out.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { ContentProblem } from '../model/errors.ts';
import { languages } from '../i18n/languages.ts';
import { isBroken, type ParsedContent } from './parsed-content.ts';

const quoted = (values: Iterable<string | number>) => [...values].map((value) => `"${value}"`).join(', ');

/**
 * Broken references and repeated ids in the corrections log: a metric, chart or story it names
 * that has no file (or whose file is broken: that is reported on its own), a metric year the
 * metric has no value for, a story in neither language, and an id used twice. Never throws.
 */
export function checkCorrections(content: ParsedContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const metrics = new Map(content.metrics.map((entry) => [entry.data.id, entry.data]));
  const seen = new Map<string, number>();
  for (const entry of content.corrections ?? []) {
    const at = (...rest: (string | number)[]) =>
      [...(entry.path ?? []), ...rest].reduce<string>(
        (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key),
        '',
      );
    const { id, what } = entry.data;
    const earlier = seen.get(id);
    if (earlier !== undefined)
      problems.push({
        file: entry.file,
        field: at('id'),
        message: `repeats the id "${id}" of entry [${earlier}]: every correction has its own id (its anchor on the corrections page)`,
      });
    else seen.set(id, Number(entry.path?.[0] ?? 0));

    if (what.metric !== undefined) {
      const metric = metrics.get(what.metric);
      if (!metric && !content.broken.metrics.includes(what.metric))
        problems.push({
          file: entry.file,
          field: at('what', 'metric'),
          message: `names the metric "${what.metric}", which has no file in content/metrics/ (a figure's id is its file name; known: ${quoted(metrics.keys())})`,
        });
      else if (metric && what.year !== undefined && !metric.values.some((value) => value.year === what.year))
        problems.push({
          file: entry.file,
          field: at('what', 'year'),
          message: `is ${what.year}, but the metric "${what.metric}" has no value for ${what.year} (its years: ${quoted(metric.values.map((value) => value.year))})`,
        });
    }
    if (what.chart !== undefined && !content.chartIds.includes(what.chart))
      problems.push({
        file: entry.file,
        field: at('what', 'chart'),
        message: `names the chart "${what.chart}", which has no file in content/charts/ (known: ${quoted(content.chartIds)})`,
      });
    // A story missing in one language only is reported by the story check ("has no Chinese
    // version"): the log names the story, so only a path with no file in either language is its mistake.
    if (
      what.story !== undefined &&
      !languages.some(
        (lang) =>
          content.stories[lang].some((story) => story.data.path === what.story) ||
          isBroken(content.broken.stories[lang], what.story!),
      )
    )
      problems.push({
        file: entry.file,
        field: at('what', 'story'),
        message: `names the story "${what.story}", which has no file content/stories/{en,zh}/${what.story}.mdx (a story is named by its path under content/stories/en/ without .mdx, like "2024/health")`,
      });
  }
  return problems;
}

/** `[1].what.metric` → [1, 'what', 'metric']: a field as errors.ts writes it, read back. */
function pathOf(field: string): (string | number)[] {
  return [...field.matchAll(/\[(\d+)\]|([^.[\]]+)/g)].map(([, index, key]) =>
    index !== undefined ? Number(index) : key!,
  );
}

/** The node at `path`, or the deepest node on the way to it (a missing field is reported at its entry). */
function nodeAt(root: Node | null, path: (string | number)[]): Node | undefined {
  let node: unknown = root;
  let found: Node | undefined = root ?? undefined;
  for (const key of path) {
    if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      if (!node) break;
      found = node as Node;
    } else if (isMap(node)) {
      const pair: unknown = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
      if (!isPair(pair)) break;
      // The key's line: a value that is a block (the map under `what:`) starts on the next line.
      found = (isScalar(pair.value) ? pair.value : pair.key) as Node;
      node = pair.value;
    } else break;
  }
  return found;
}

/**
 * Adds the line (1-based) to each problem of a YAML file (a list, or a group of fields holding
 * lists) that has none, from the field it names, read with the `yaml` parser's line counter: the
 * field's own line, or its entry's when the field is missing. Problems of other files, and those
 * of a file that does not parse, are returned as they are.
 */
export function withYamlLines(problems: ContentProblem[], file: string, text: string): ContentProblem[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  if (document.errors.length > 0) return problems;
  return problems.map((problem) => {
    if (problem.file !== file || problem.line !== undefined || !problem.field) return problem;
    const node = nodeAt(document.contents, pathOf(problem.field));
    const start = node?.range?.[0];
    return start === undefined ? problem : { ...problem, line: lineCounter.linePos(start).line };
  });
}
