/**
 * Checks the body of a story or page as the build parses it, for what renders wrongly or breaks
 * the site's promises without stopping the build:
 * - links and pictures: only https: links out (and mailto:, #anchors and site paths like
 *   /en/2024/health/); pictures only from this site (/photos/…), each with alt text;
 * - raw HTML that pulls in code or content from elsewhere (<script>, <iframe>, <img>, …);
 * - Markdown's whitespace rules applied to Chinese: a line break between two Chinese characters
 *   becomes a space in the page, and a <Metric> on a line of its own becomes a block of its own,
 *   splitting its sentence into two paragraphs.
 *
 * The body is parsed with satteri, the MDX parser Astro's MDX integration renders with, so the
 * check sees exactly the tree the page is built from (a regular expression would not know a
 * code span from a link, or a lone component from an inline one). Pure: text in, problems out.
 */
import { mdxToMdast, type MdastNode } from 'satteri';
import type { ContentProblem } from '../model/errors.ts';

/** The components editors may use (src/components/mdx/index.ts); all others are HTML elements. */
const components = new Set(['Metric', 'Chart', 'StatGrid', 'VideoCard', 'Callout', 'Photo', 'ScrollStory', 'Step']);

/** Components that show something inside a sentence: alone on a line, MDX makes them a block. */
const inlineComponents = new Set(['Metric']);

/**
 * HTML elements a story may not contain: they run code, frame or pull in content from other
 * hosts, or bypass the components that give pictures alt text and credits.
 */
const forbiddenElements = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'img',
  'picture',
  'source',
  'video',
  'audio',
  'style',
  'link',
  'meta',
  'base',
  'form',
  'svg',
  'math',
]);

/** Attributes that hold a link, and those that load a picture or media. */
const linkAttributes = new Set(['href', 'action', 'formaction']);
const mediaAttributes = new Set(['src', 'srcset', 'poster', 'data']);

/** Chinese (and Japanese) characters and full-width punctuation: written without spaces. */
const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff01-\uff60]/u;

export type LinkVerdict = 'ok' | 'scheme' | 'relative';

/** Browsers ignore control characters and spaces when reading a scheme ("java\nscript:"): so does the check. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const withoutControls = (url: string) => url.replace(/[\u0000-\u0020\u007f]/g, '');

/**
 * Whether a link may appear on the site: `https:` and `mailto:` addresses, `#anchors`, and paths
 * within the site starting with one `/`. Anything else is refused: `javascript:` and `data:` run or
 * carry code, `http:` is unencrypted, `//host` leaves the site without saying how, and a relative
 * path like `../2024/` points somewhere else from every page it is shown on.
 */
export function linkVerdict(url: string): LinkVerdict {
  const clean = withoutControls(url);
  if (/^(https:\/\/[^/]|mailto:)/i.test(clean)) return 'ok';
  if (/^\/(?!\/)/.test(clean) || clean.startsWith('#')) return 'ok';
  if (/^[a-z][a-z0-9+.-]*:/i.test(clean) || clean.startsWith('//')) return 'scheme';
  return 'relative';
}

/** Whether a picture or media address is a file of this site: a path starting with one `/`. */
export function isSiteMedia(url: string): boolean {
  return /^\/(?!\/)/.test(withoutControls(url));
}

const shown = (url: string) => `"${url.length > 60 ? `${url.slice(0, 60)}…` : url}"`;
const linkRule =
  'links out must start with https:// (or mailto:), links within the site with / (like /en/2024/health/)';
const mediaRule =
  'pictures must be files of this site, a path like /photos/2024/clinic.jpg (put the file under public/photos/)';

interface Position {
  start: { line: number; column: number; offset?: number };
  end: { line: number; column: number; offset?: number };
}
type Node = MdastNode & { position?: Position; children?: Node[]; [key: string]: unknown };

interface Attribute {
  type: string;
  name?: string;
  value?: unknown;
}

const lineOf = (node: Node) => node.position?.start.line;

/**
 * The problems of one MDX body. `firstLine` is the line of the file the body starts on (after the
 * frontmatter), so every problem names the line as an editor's editor shows it.
 */
export function checkMdxBody(file: string, body: string, firstLine = 1): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (line: number | undefined) => (line === undefined ? undefined : line + firstLine - 1);
  const report = (line: number | undefined, message: string) => {
    const fileLine = at(line);
    problems.push({ file, field: 'body', message, ...(fileLine === undefined ? {} : { line: fileLine }) });
  };

  let tree: Node;
  try {
    tree = mdxToMdast(body) as Node;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    const line = /(\d+):\d+/.exec(reason ?? '')?.[1];
    report(line ? Number(line) : undefined, `is not valid MDX: ${reason}`);
    return problems;
  }

  const checkLink = (node: Node, url: string, what: string) => {
    const verdict = linkVerdict(url);
    if (verdict === 'scheme') report(lineOf(node), `${what} ${shown(url)}, which is not allowed: ${linkRule}`);
    else if (verdict === 'relative')
      report(
        lineOf(node),
        `${what} ${shown(url)}, a relative address that points elsewhere from every page it is on: ${linkRule}`,
      );
  };
  const checkMedia = (node: Node, url: string, what: string) => {
    if (!isSiteMedia(url)) report(lineOf(node), `${what} ${shown(url)}, which is not allowed: ${mediaRule}`);
  };

  const visit = (node: Node, parent: Node | undefined, index: number) => {
    switch (node.type) {
      case 'link':
      case 'definition':
        checkLink(node, String(node.url ?? ''), 'links to');
        break;
      case 'image':
        checkMedia(node, String(node.url ?? ''), 'shows the picture');
        if (!String(node.alt ?? '').trim()) {
          report(
            lineOf(node),
            `shows the picture ${shown(String(node.url ?? ''))} without alt text: say what it shows, like ![Children at a clinic](/photos/2024/clinic.jpg), or use <Photo> with alt and credit`,
          );
        }
        break;
      case 'imageReference':
        if (!String(node.alt ?? '').trim())
          report(lineOf(node), 'shows a picture without alt text: say what it shows inside the [ ]');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = String(node.name ?? '');
        if (forbiddenElements.has(name.toLowerCase())) {
          report(
            lineOf(node),
            `uses <${name}>, which a story or page may not contain: use <Photo> for a picture, <VideoCard> for a video and Markdown for text (components: ${[...components].join(', ')})`,
          );
          break; // its addresses do not matter: the element itself must go
        }
        for (const attribute of (node.attributes ?? []) as Attribute[]) {
          if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string' || !attribute.name) continue;
          const where = `<${name} ${attribute.name}>`;
          if (linkAttributes.has(attribute.name)) {
            // A video card links out to another site: only https will do.
            if (name === 'VideoCard' && !/^https:\/\/[^/]/i.test(attribute.value.trim())) {
              report(
                lineOf(node),
                `${where} links to ${shown(attribute.value)}, which is not allowed: a video card links to the video's https:// address`,
              );
            } else checkLink(node, attribute.value, `${where} links to`);
          }
          if (mediaAttributes.has(attribute.name)) checkMedia(node, attribute.value, `${where} shows`);
        }
        if (node.type === 'mdxJsxFlowElement' && inlineComponents.has(name)) checkLoneInline(node, parent, index);
        break;
      }
      case 'paragraph':
      case 'heading':
      case 'tableCell':
        checkChineseLineBreaks(node);
        break;
    }
    node.children?.forEach((child, childIndex) => visit(child, node, childIndex));
  };

  /**
   * A <Metric> parsed as a block because it stands on a line of its own between lines of text.
   * One set apart by blank lines is a block the editor chose, and is left alone.
   */
  function checkLoneInline(node: Node, parent: Node | undefined, index: number) {
    const name = String(node.name);
    const before = parent?.children?.[index - 1];
    const after = parent?.children?.[index + 1];
    const start = node.position?.start.line;
    const end = node.position?.end.line;
    const joinsAbove = before?.type === 'paragraph' && start !== undefined && before.position?.end.line === start - 1;
    const joinsBelow = after?.type === 'paragraph' && end !== undefined && after.position?.start.line === end + 1;
    if (joinsAbove || joinsBelow) {
      report(
        start,
        `has <${name}> on a line of its own inside a sentence: MDX makes it a block and splits the sentence into two paragraphs. Put it on the same line as the words around it, like 惠及<Metric id="…" year={2024} />名学生 / reached <Metric id="…" year={2024} /> children`,
      );
    }
  }

  /**
   * A line break (or spaces) between two Chinese characters, or between Chinese and a figure in a
   * Chinese sentence, shows as a space on the page. Checked across the inline pieces of one
   * paragraph, so "惠及\n<Metric … />" is found as well as "惠及\n学生".
   */
  function checkChineseLineBreaks(paragraph: Node) {
    const stream: { char: string; line: number }[] = [];
    const walk = (node: Node) => {
      const start = node.position?.start.line ?? 1;
      if (node.type === 'text' || node.type === 'inlineCode') {
        let line = start;
        for (const char of String(node.value ?? '')) {
          stream.push({ char, line });
          if (char === '\n') line += 1;
        }
      } else if (node.type === 'break') {
        stream.push({ char: '\n', line: start });
      } else if (node.type === 'mdxJsxTextElement' && inlineComponents.has(String(node.name))) {
        // A figure reads as part of the sentence: Chinese when the text beside it is.
        stream.push({ char: '\uFFFC', line: start });
      } else if (node.children) {
        node.children.forEach(walk);
      } else {
        stream.push({ char: '\uFFFD', line: start });
      }
    };
    paragraph.children?.forEach(walk);
    const isChinese = (char: string | undefined) => char !== undefined && cjk.test(char);
    for (let index = 0; index < stream.length; index += 1) {
      if (!/\s/.test(stream[index]!.char) || (index > 0 && /\s/.test(stream[index - 1]!.char))) continue;
      let end = index;
      while (end < stream.length && /\s/.test(stream[end]!.char)) end += 1;
      const run = stream
        .slice(index, end)
        .map((entry) => entry.char)
        .join('');
      const left = stream[index - 1]?.char;
      const right = stream[end]?.char;
      const chineseSides =
        (isChinese(left) && (isChinese(right) || right === '\uFFFC')) || (left === '\uFFFC' && isChinese(right));
      if (!chineseSides) continue;
      const line = stream[index]!.line;
      const beside = (char: string | undefined) => (char === '\uFFFC' ? '<Metric>' : char);
      if (run.includes('\n')) {
        report(
          line,
          `breaks a Chinese sentence across lines between "${beside(left)}" and "${beside(right)}": the line break shows as a space on the page. Join the two lines`,
        );
      } else {
        report(
          line,
          `has a space between "${beside(left)}" and "${beside(right)}" in Chinese text: remove it (Chinese is written without spaces)`,
        );
      }
    }
  }

  tree.children?.forEach((child, index) => visit(child, tree, index));
  return problems;
}
