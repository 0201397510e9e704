/**
 * Measuring and wrapping text without a DOM. Widths are estimates for the system sans-serif the
 * site uses; they only need to be good enough to place labels, and they are the same in the build
 * and the browser, so a chart lays out identically in both.
 *
 * Chinese has no spaces: a line may break between any two Han characters, except before closing
 * punctuation (，。）」…) or after opening punctuation (（「“…), the basic rules of Chinese typesetting.
 */

/** Han, kana, Hangul, CJK punctuation and full-width forms: one em wide. */
export function isWide(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0x20000 && code <= 0x2fa1f) ||
    code === 0x2014 ||
    code === 0x2026 ||
    code === 0x201c ||
    code === 0x201d
  );
}

const narrowChars = new Set([...'iljI.,:;|!\'`()[]{} ·']);
const semiNarrow = new Set([...'frt-"/']);
const wideLatin = new Set([...'mwMW%@']);

/**
 * Advance width of one character in em, measured on DejaVu Sans, the widest of the faces the
 * site's system font stack falls back to: labels wrap a little early elsewhere, never overflow.
 */
function charWidth(char: string): number {
  if (isWide(char)) return 1;
  if (narrowChars.has(char)) return 0.32;
  if (semiNarrow.has(char)) return 0.42;
  if (wideLatin.has(char)) return 0.9;
  if (/[0-9$]/.test(char)) return 0.64;
  if (/[A-Z]/.test(char)) return 0.7;
  return 0.59;
}

/** Estimated width of `text` in pixels at `size` px. Bold Latin is about 13% wider; bold Han is not. */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const char of text) em += isWide(char) ? 1 : charWidth(char) * (bold ? 1.13 : 1);
  return em * size;
}

const noBreakBefore = new Set([...'，。、；：？！）」』”’》〉】…—%,.;:?!)]}·']);
const noBreakAfter = new Set([...'（「『“‘《〈【([{']);

/**
 * Splits text into pieces a line may break between. Each piece says whether a space separated it
 * from the one before (the space is dropped at a line break and kept inside a line).
 */
export function breakUnits(text: string): { text: string; spaceBefore: boolean }[] {
  const units: { text: string; spaceBefore: boolean }[] = [];
  let current = '';
  let spaceBefore = false;
  let pendingSpace = false;
  const flush = () => {
    if (current) units.push({ text: current, spaceBefore });
    current = '';
  };
  for (const char of text) {
    if (char === ' ' || char === '\n') {
      flush();
      pendingSpace = true;
      continue;
    }
    const previous = current.slice(-1);
    const breakHere =
      current !== '' &&
      !noBreakBefore.has(char) &&
      !noBreakAfter.has(previous) &&
      // Keep a number with the Chinese unit after it: "74.8万", "2025年".
      !(/[0-9]/.test(previous) && isWide(char)) &&
      // Between two wide characters, or between a wide character and a Latin run, or after a hyphen.
      (isWide(char) || isWide(previous) || previous === '-');
    if (breakHere || pendingSpace) {
      flush();
      spaceBefore = pendingSpace;
      pendingSpace = false;
    }
    current += char;
  }
  flush();
  return units;
}

/**
 * Greedy line breaking into lines at most `maxWidth` wide. A piece wider than a whole line gets
 * a line of its own. With `maxLines`, the last line ends in "…" when text is left over.
 */
export function wrap(text: string, maxWidth: number, size: number, maxLines = Infinity, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const unit of breakUnits(text)) {
    const candidate = line === '' ? unit.text : `${line}${unit.spaceBefore ? ' ' : ''}${unit.text}`;
    if (line !== '' && textWidth(candidate, size, bold) > maxWidth) {
      lines.push(line);
      line = unit.text;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  // No single Han character alone on the last line: take one more from the line above.
  const orphan = lines[lines.length - 1];
  const before = lines[lines.length - 2];
  if (orphan && before && [...orphan].length === 1 && isWide(orphan) && [...before].length > 2 && isWide([...before].at(-1)!)) {
    lines[lines.length - 2] = [...before].slice(0, -1).join('');
    lines[lines.length - 1] = `${[...before].at(-1)}${orphan}`;
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last.length > 1 && textWidth(`${last}…`, size, bold) > maxWidth) last = [...last].slice(0, -1).join('').trimEnd();
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

/** The widest of several texts. */
export const widest = (texts: string[], size: number, bold = false) => Math.max(0, ...texts.map((text) => textWidth(text, size, bold)));

/** "label: value" as each language punctuates it. */
export const labelled = (label: string, value: string, lang: 'en' | 'zh') => (lang === 'en' ? `${label}: ${value}` : `${label}：${value}`);
