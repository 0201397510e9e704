/**
 * What a story's MDX refers to: figures (`<Metric id="…" year={…} />`, `<StatGrid year={…} ids={[…]} />`)
 * and charts (`<Chart id="…" />`, `<ScrollStory chart="…">`). Read so that the content check can
 * verify every reference and compare the two language versions without rendering anything.
 *
 * The body is parsed with satteri, the MDX parser Astro renders it with (as src/checks/mdx.ts
 * does), so attributes in any order, tags over several lines, `{/* comments *\/}` and code spans
 * are read as the page is built; attribute expressions (`year={2024}`, `ids={['a', "b"]}`) are
 * read with acorn, a JavaScript parser. Regular expressions did neither: a commented-out
 * <Metric> counted as shown, and `ids={[…]}` over two lines was cut short.
 */
import { parseExpressionAt, type Expression } from 'acorn';
import { mdxToMdast, type MdastNode } from 'satteri';

export interface StoryReferences {
  /** `id@year` for every figure the story shows (`id@year#part` for one part of a breakdown). */
  metrics: string[];
  charts: string[];
  /**
   * The figures in reading order, as they first appear (`id@year`, `id@year#part`): what a story's
   * poster and preview picture lead with is chosen from these (`leadFigureOf` in src/share/story-pictures.ts).
   */
  inOrder: string[];
  /**
   * True when a <Metric> lacks its id or year, or the body is not valid MDX: the MDX check reports it, and the figures cannot be
   * compared with the other language's without repeating that one mistake.
   */
  incomplete?: boolean;
}

type Node = MdastNode & { name?: string | null; attributes?: Attribute[]; children?: Node[] };

interface Attribute {
  type: string;
  name?: string;
  value?: string | { type: string; value: string } | null;
}

/** The static value of a JavaScript expression: a string, a number, or an array of them; undefined for anything else. */
function literal(node: Expression): string | number | (string | number | undefined)[] | undefined {
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'string' || typeof node.value === 'number' ? node.value : undefined;
    case 'TemplateLiteral':
      return node.expressions.length === 0 ? node.quasis.map((quasi) => quasi.value.cooked ?? '').join('') : undefined;
    case 'ArrayExpression':
      return node.elements.map((element) =>
        element && element.type !== 'SpreadElement' ? (literal(element) as string | number | undefined) : undefined,
      );
    default:
      return undefined;
  }
}

/**
 * An attribute's value as the page would receive it: the text of `name="…"`, or the literal of
 * `name={…}`. An expression that is not a literal (a variable, a call) comes back as its source
 * text, so the content check names what the editor wrote when it looks the reference up.
 */
function attributeValue(element: Node, name: string): string | number | (string | number | undefined)[] | undefined {
  const attribute = element.attributes?.find(
    (candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name,
  );
  const value = attribute?.value;
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  const source = value.value.trim();
  try {
    return literal(parseExpressionAt(source, 0, { ecmaVersion: 'latest' }) as Expression) ?? source;
  } catch {
    return source;
  }
}

const text = (value: ReturnType<typeof attributeValue>) =>
  value === undefined ? undefined : Array.isArray(value) ? value.join(',') : String(value);

/**
 * The figures and charts an MDX body shows, each once and sorted. Only rendered elements count:
 * a tag in a comment, a code span or a code block does not. A body that is not valid MDX shows
 * nothing here (src/checks/mdx.ts reports why, with its line); never throws.
 */
export function storyReferences(body: string): StoryReferences {
  let tree: Node;
  try {
    tree = mdxToMdast(body) as Node;
  } catch {
    // Not valid MDX: the MDX check reports it with its line; its figures cannot be compared.
    return { metrics: [], charts: [], inOrder: [], incomplete: true };
  }
  const metrics: string[] = [];
  const charts: string[] = [];
  let incomplete = false;
  const visit = (node: Node) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const year = text(attributeValue(node, 'year'));
      switch (node.name) {
        case 'Metric': {
          const part = text(attributeValue(node, 'part'));
          const id = text(attributeValue(node, 'id'));
          if (id === undefined || year === undefined) incomplete = true;
          else metrics.push(`${id}@${year}${part ? `#${part}` : ''}`);
          break;
        }
        case 'StatGrid': {
          const ids = attributeValue(node, 'ids');
          for (const id of Array.isArray(ids) ? ids : ids === undefined ? [] : [ids])
            if (id !== undefined && id !== '') metrics.push(`${id}@${year}`);
          break;
        }
        case 'Chart':
        case 'ScrollStory': {
          const chart = text(attributeValue(node, 'id') ?? attributeValue(node, 'chart'));
          if (chart) charts.push(chart);
          break;
        }
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return {
    metrics: [...new Set(metrics)].sort(),
    charts: [...new Set(charts)].sort(),
    inOrder: [...new Set(metrics)],
    ...(incomplete ? { incomplete } : {}),
  };
}
