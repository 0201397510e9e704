/**
 * Finds figures typed into prose. Stories must show figures through <Metric> so that the two
 * languages and the data can never disagree; a typed number equal to a metric value is a copy
 * that will silently go stale. Calendar years, dates in both languages (9月13日, "20 November",
 * "November 20th") and age ranges ("aged 0-3", "0—6岁") are allowed.
 *
 * An MDX body is first reduced to the words a reader sees with `mdxProse` (satteri, the parser
 * Astro renders with), so component attributes (`year={2024}`), comments and code never count.
 * The numbers themselves are found with a regular expression: no library reads "74.8万" or
 * "2.65 million" as a number, and the patterns are the reviews' own ways of writing them.
 */
import { mdxToMdast, type MdastNode } from 'satteri';

type Node = MdastNode & { value?: unknown; children?: Node[] };

/** Nodes whose text is not prose: code, and MDX's JavaScript (comments, expressions, imports). */
const notProse = new Set(['code', 'inlineCode', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm', 'html']);
const blocks = new Set(['paragraph', 'heading', 'listItem', 'tableCell', 'blockquote', 'mdxJsxFlowElement']);

/**
 * The text a reader sees in an MDX body, one block a line: text inside components (a <Callout>'s
 * words) is kept, their attributes are not; any other inline element leaves a space, so the
 * digits on either side of a <Metric> never join into one number.
 * @throws the parser's error when the body is not valid MDX (the content check reports it with its line first)
 */
export function mdxProse(body: string): string {
  const out: string[] = [];
  const visit = (node: Node) => {
    if (notProse.has(node.type)) {
      out.push(' ');
      return;
    }
    if (node.type === 'text') out.push(String(node.value ?? ''));
    else if (!node.children?.length) out.push(' ');
    node.children?.forEach(visit);
    if (blocks.has(node.type)) out.push('\n');
  };
  visit(mdxToMdast(body) as Node);
  return out.join('');
}
/**
 * The words a reader sees in an MDX body, by source line (1-based, relative to `body`): the same
 * reading as `mdxProse`, kept on the line each text starts on, so a typed figure can be reported
 * with its line. Inline elements leave a space, so digits either side of a <Metric> never join.
 * @throws the parser's error when the body is not valid MDX (the MDX check reports it with its line)
 */
export function mdxProseLines(body: string): Map<number, string> {
  const lines = new Map<number, string>();
  const add = (line: number | undefined, text: string) => {
    if (line !== undefined) lines.set(line, (lines.get(line) ?? '') + text);
  };
  const visit = (node: Node & { position?: { start?: { line?: number } } }) => {
    const line = node.position?.start?.line;
    if (notProse.has(node.type)) return add(line, ' ');
    if (node.type === 'text') add(line, String(node.value ?? ''));
    else if (!node.children?.length) add(line, ' ');
    node.children?.forEach(visit);
  };
  visit(mdxToMdast(body) as Node);
  return lines;
}

export interface TypedNumber {
  text: string;
  value: number;
  percent: boolean;
}

/** English month names and their usual abbreviations, for dates ("20 November", "Nov. 20"). */
const month =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const englishDates = new RegExp(
  `\\b\\d{1,2}(?:st|nd|rd|th)?(?:\\s*(?:-|–|and|to)\\s*\\d{1,2}(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?${month}(?![a-z])|\\b${month}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:\\s*(?:-|–)\\s*\\d{1,2}(?:st|nd|rd|th)?)?(?![\\d,.])`,
  'g',
);

const multipliers: Record<string, number> = { 万: 1e4, 亿: 1e8, million: 1e6, billion: 1e9 };

/**
 * Numbers written in a piece of plain prose (a YAML text, or an MDX body read with `mdxProse`),
 * as values: "74.8万" is 748000, "13 per cent" is 13 with `percent`. Calendar years, age ranges,
 * dates and `{metric@year}` tokens are not counted. Never throws.
 */
export function typedNumbers(prose: string): TypedNumber[] {
  const text = prose
    .replace(/\{[a-z0-9-]+@\d{4}(?:\/[a-z0-9-]+)?\}/g, ' ') // {metric@year} tokens in YAML texts: figures from the data
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\d+\s*[-–—~～至到]\s*\d+(?=\s*(?:岁|years?|months?|个月))/g, ' ') // age ranges
    .replace(/\baged?\s+\d+\s*[-–—]\s*\d+/gi, ' ')
    .replace(/\d{1,2}\s*[月日](?!份)/g, ' ') // Chinese dates: 9月, 13日
    .replace(englishDates, ' '); // English dates: 20 November, November 20th, 1-3 March
  const found: TypedNumber[] = [];
  for (const match of text.matchAll(
    /(?<![\d.,])(\d[\d,]*(?:\.\d+)?)(\s*(?:万|亿|million|billion))?(\s*(?:%|per cent\b))?/g,
  )) {
    const digits = match[1]!.replace(/,/g, '');
    const unit = match[2]?.trim();
    let value = Number(digits) * (unit ? multipliers[unit]! : 1);
    value = Math.round(value * 1000) / 1000;
    const isYear = !unit && !match[3] && /^(19|20)\d\d$/.test(digits);
    if (isYear) continue;
    found.push({ text: match[0].trim(), value, percent: Boolean(match[3]) });
  }
  return found;
}
