/**
 * Checks the body of a story or page as the build parses it, for what renders wrongly or breaks
 * the site's promises without stopping the build:
 * - links and pictures: only https: links out (and mailto:, #anchors and site paths like
 *   /en/2024/health/); pictures only as <Photo> of a file in content/photos/, with alt text, a
 *   credit and a consent record (a Markdown picture would be copied to the site unresized);
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
import { consentRule, photoConsents, photoPath } from '../schemas/stories.ts';

/**
 * The components editors may use and their props: the `interface Props` of each component in
 * src/components/mdx/index.ts (a unit test keeps the two the same). A name starting with a
 * capital that is not here stops the build ("Expected component `Metrc` to be defined"); a prop
 * that is not here is silently ignored, so `yaer={2024}` would show no figure. `text` props are
 * read by people and must say something: at least `min` characters, as the component demands.
 */
export const componentProps: Record<string, { required: string[]; optional: string[]; text?: Record<string, number> }> =
  {
    Metric: { required: ['id', 'year'], optional: ['part'] },
    Chart: { required: ['id'], optional: ['heading', 'permalink', 'highlight'] },
    StatGrid: { required: ['year', 'ids'], optional: [] },
    VideoCard: { required: ['href', 'title'], optional: [] },
    Callout: { required: [], optional: ['title'] },
    Photo: {
      required: ['src', 'alt', 'credit', 'consent'],
      optional: ['caption'],
      text: { alt: 10, credit: 3 },
    },
    ScrollStory: { required: ['chart'], optional: [] },
    Step: { required: [], optional: ['highlight'] },
  };
const components = new Set(Object.keys(componentProps));

/** Options of checkMdxBody. */
export interface MdxCheckOptions {
  /**
   * Whether a photo path (`/photos/2024/x.jpg`) is a file under content/ (content/photos/2024/x.jpg);
   * photos are not looked up without it.
   */
  photoExists?: (photoPath: string) => boolean;
}

/** The closest of `names` to `name` by edit distance, when it is close enough to be a typo (at most 2 edits). */
export function closest(name: string, names: Iterable<string>): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const candidate of names) {
    const a = name.toLowerCase();
    const b = candidate.toLowerCase();
    // Levenshtein distance, one row at a time: short names, so no library is worth it.
    let row = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i += 1) {
      const next = [i];
      for (let j = 1; j <= b.length; j += 1)
        next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row = next;
    }
    const distance = row[b.length]!;
    if (distance <= 2 && (!best || distance < best.distance)) best = { name: candidate, distance };
  }
  return best?.name;
}

const listed = (names: string[]) =>
  names.length === 0 ? 'none' : names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

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
  'pictures must be files of this site, a path like /photos/2024/clinic.jpg (put the file in content/photos/)';
/** How a photo is shown, for messages: every prop <Photo> requires. */
const photoExample = (src = '/photos/2024/clinic.jpg') =>
  `<Photo src="${src}" alt="What the photo shows" credit="© UNICEF/China/2024/Name" consent="given" />`;

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
export function checkMdxBody(
  file: string,
  body: string,
  firstLine = 1,
  options: MdxCheckOptions = {},
): ContentProblem[] {
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
    const reason = (error instanceof Error ? error.message.split('\n')[0] : String(error)) ?? '';
    const position = /^(\d+):(\d+)(?:-\d+:\d+)?:\s*/.exec(reason);
    const line = position ? Number(position[1]) : undefined;
    const what = reason
      .slice(position?.[0].length ?? 0)
      .replace(/\s*\([a-z-]+:[a-z-]+\)$/, '')
      .replace(/\s*\(note: to create a link in MDX, use `\[text\]\(url\)`\)/, '');
    report(
      line,
      `is not valid MDX${position ? ` at column ${position[2]}` : ''}: ${what}. Check that every component is closed, like <Metric id="…" year={2024} /> (with " />" at the end), and that "<" and "{" in text are written as \\< and \\{`,
    );
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
  /** Pictures from elsewhere are refused; a photo's file must be one astro:assets can resize, and be there. */
  const checkMedia = (node: Node, url: string, what: string, photo = false) => {
    if (!isSiteMedia(url)) report(lineOf(node), `${what} ${shown(url)}, which is not allowed: ${mediaRule}`);
    else if (!photo) return;
    else if (!photoPath.test(url))
      report(
        lineOf(node),
        `${what} ${shown(url)}, which is not a photo the site can use: write the path of a .jpg, .jpeg, .png, .webp or .avif file in content/photos/, like /photos/2024/clinic.jpg`,
      );
    else if (options.photoExists && !options.photoExists(url))
      report(
        lineOf(node),
        `${what} ${shown(url)}, but there is no file content${url}: check the spelling of the file name (capitals count), or put the photo there`,
      );
  };

  /** A component's name and props against componentProps: unknown names, unknown props, missing or empty props. */
  const checkComponent = (node: Node, name: string) => {
    const props = componentProps[name];
    if (!props) {
      const guess = closest(name, components);
      report(
        lineOf(node),
        `uses <${name}>, which is not a component the site has${guess ? `: did you mean <${guess}>?` : ''} (components: ${[...components].join(', ')}; see content/README.md)`,
      );
      return;
    }
    const attributes = ((node.attributes ?? []) as Attribute[]).filter(
      (attribute) => attribute.type === 'mdxJsxAttribute',
    );
    const known = [...props.required, ...props.optional];
    const given = new Map(attributes.map((attribute) => [attribute.name, attribute.value]));
    const guessed = new Set<string>();
    for (const attribute of attributes) {
      if (!attribute.name || known.includes(attribute.name)) continue;
      const guess = closest(
        attribute.name,
        known.filter((prop) => !given.has(prop)),
      );
      if (guess) guessed.add(guess);
      report(
        lineOf(node),
        `<${name} ${attribute.name}>: <${name}> has no prop "${attribute.name}"${guess ? ` (did you mean ${guess}?)` : ''}: its props are ${listed(known)}`,
      );
    }
    // A misspelt prop is one mistake: "did you mean year?" says it, "needs year" would repeat it.
    const missing = props.required.filter((prop) => !given.has(prop) && !guessed.has(prop));
    if (missing.length)
      report(
        lineOf(node),
        `<${name}> needs ${listed(missing)}${name === 'Metric' ? ', like <Metric id="newborn-care-training" year={2024} />' : name === 'Photo' ? `, like ${photoExample()}` : ''}`,
      );
    for (const [prop, min] of Object.entries(props.text ?? {})) {
      const value = given.get(prop);
      if (typeof value === 'string' && value.trim().length < min)
        report(
          lineOf(node),
          prop === 'alt'
            ? `<${name} alt> is ${value.trim() ? `"${value.trim()}"` : 'empty'}: say what the photo shows for readers who cannot see it (at least ${min} characters)`
            : `<${name} ${prop}> is ${value.trim() ? `"${value.trim()}"` : 'empty'}: write at least ${min} characters, like "© UNICEF/China/2024/Name"`,
        );
    }
    const consent = given.get('consent');
    if (name === 'Photo' && typeof consent === 'string' && !(photoConsents as readonly string[]).includes(consent))
      report(lineOf(node), `<Photo consent> is ${shown(consent)}: it ${consentRule}`);
  };

  const visit = (node: Node, parent: Node | undefined, index: number) => {
    switch (node.type) {
      case 'link':
      case 'definition':
        checkLink(node, String(node.url ?? ''), 'links to');
        break;
      case 'image': {
        // A Markdown picture is served as the file is (a 9 MB original would reach the reader) and
        // has no credit or consent: photos are <Photo>. One message per picture.
        const url = String(node.url ?? '');
        if (!isSiteMedia(url)) checkMedia(node, url, 'shows the picture');
        else
          report(
            lineOf(node),
            `shows the picture ${shown(url)} with Markdown, which the site cannot resize, credit or check for consent: use ${photoExample(url)} (see "Add a photo" in content/README.md)`,
          );
        break;
      }
      case 'imageReference':
        report(
          lineOf(node),
          `shows a picture with Markdown, which the site cannot resize, credit or check for consent: use ${photoExample()} (see "Add a photo" in content/README.md)`,
        );
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
        // A capitalised name is a component: MDX fails on one it does not know. Lowercase ones are HTML.
        if (/^[A-Z]/.test(name)) checkComponent(node, name);
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
          if (mediaAttributes.has(attribute.name))
            checkMedia(node, attribute.value, `${where} shows`, name === 'Photo' && attribute.name === 'src');
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
