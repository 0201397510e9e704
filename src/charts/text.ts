/**
 * Measuring and wrapping text without a DOM. Widths are estimates for the system sans-serif the
 * site uses; they only need to be good enough to place labels, and they are the same in the build
 * and the browser, so a chart lays out identically in both.
 *
 * Chinese has no spaces: a line may break between any two Han characters, except before closing
 * punctuation (，。）」…) or after opening punctuation (（「“…), the basic rules of Chinese typesetting.
 *
 * Hand-written on purpose. A phrase-aware breaker (BudouX, or Intl.Segmenter's words) would keep
 * words like 办事处 together, but this code also runs in the reader's browser, where BudouX's model
 * would cost more than the chart itself, and Intl.Segmenter's words depend on the ICU version, so
 * the build (Node) and the island (the browser) could wrap the same label differently and the
 * chart would jump when it redraws. Measuring real glyphs (fontkit, canvas) needs font files or a
 * DOM the build does not have. The pictures only the build draws (previews, posters) keep
 * Chinese phrases whole where that costs no extra line: they pass in the breaks the pages use
 * (`chineseBreaksAt`: where BudouX and ICU agree, figures kept whole; src/share/picture-lines.ts).
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

const narrowChars = new Set([..."iljI.,:;|!'`()[]{} ·"]);
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
 * from the one before (the space is dropped at a line break and kept inside a line). With
 * `chineseBreaksAt` (UTF-16 offsets into `text`, as src/i18n/phrases.ts `chineseBreaks` lists
 * them), two wide characters are only split at those offsets, so Chinese phrases stay whole;
 * without it, between any two.
 */
export function breakUnits(
  text: string,
  chineseBreaksAt?: readonly number[],
): { text: string; spaceBefore: boolean }[] {
  const allowed = chineseBreaksAt && new Set(chineseBreaksAt);
  const units: { text: string; spaceBefore: boolean }[] = [];
  let current = '';
  let spaceBefore = false;
  let pendingSpace = false;
  let offset = 0;
  const flush = () => {
    if (current) units.push({ text: current, spaceBefore });
    current = '';
  };
  for (const char of text) {
    const at = offset;
    offset += char.length;
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
      (isWide(char) || isWide(previous) || previous === '-') &&
      // Inside a Chinese run, only where a phrase ends, when the phrases are given.
      !(allowed && isWide(char) && isWide(previous) && !allowed.has(at));
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
 * A piece wider than a whole line, cut into pieces that fit (a long compound, an address): a line
 * must never run past the drawing or into its neighbour's column. Cut between characters, each
 * cut marked with a hyphen in Latin text.
 */
function fitUnits(units: { text: string; spaceBefore: boolean }[], maxWidth: number, size: number, bold: boolean) {
  return units.flatMap((unit) => {
    if (textWidth(unit.text, size, bold) <= maxWidth) return [unit];
    const pieces: { text: string; spaceBefore: boolean }[] = [];
    let piece = '';
    for (const char of unit.text) {
      const hyphen = /[A-Za-z]/.test(char) ? '-' : '';
      if (piece && textWidth(`${piece}${char}${hyphen}`, size, bold) > maxWidth) {
        const mark = /[A-Za-z]$/.test(piece) && /[A-Za-z]/.test(char) ? '-' : '';
        pieces.push({ text: `${piece}${mark}`, spaceBefore: pieces.length === 0 ? unit.spaceBefore : false });
        piece = '';
      }
      piece += char;
    }
    if (piece) pieces.push({ text: piece, spaceBefore: pieces.length === 0 ? unit.spaceBefore : false });
    return pieces;
  });
}

/**
 * Greedy line breaking into lines at most `maxWidth` wide. A piece wider than a whole line is cut
 * to fit, unless `cutWords` is false (a short name in a tile, where "Shandon-g" would read worse
 * than a name a little wider than the estimate). With `maxLines`, the last line ends in "…" when
 * text is left over: use it for names and titles only, never for text that holds a figure (see
 * `wrapKeeping`). `chineseBreaksAt`: see `breakUnits` (a phrase longer than a line is still cut
 * to fit).
 */
export function wrap(
  text: string,
  maxWidth: number,
  size: number,
  maxLines = Infinity,
  bold = false,
  cutWords = true,
  chineseBreaksAt?: readonly number[],
): string[] {
  const lines: string[] = [];
  let line = '';
  const units = breakUnits(text, chineseBreaksAt);
  for (const unit of cutWords ? fitUnits(units, maxWidth, size, bold) : units) {
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
  if (
    orphan &&
    before &&
    [...orphan].length === 1 &&
    isWide(orphan) &&
    [...before].length > 2 &&
    isWide([...before].at(-1)!)
  ) {
    lines[lines.length - 2] = [...before].slice(0, -1).join('');
    lines[lines.length - 1] = `${[...before].at(-1)}${orphan}`;
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last.length > 1 && textWidth(`${last}…`, size, bold) > maxWidth)
    last = [...last].slice(0, -1).join('').trimEnd();
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

/**
 * `label` followed by `kept` (a figure: ": more than 62,000"), wrapped into at most `maxLines`
 * lines when it can be: when it cannot, the label is shortened with "…" and `kept` is still
 * written whole on the lines after it. A figure is never cut.
 */
export function wrapKeeping(
  label: string,
  kept: string,
  maxWidth: number,
  size: number,
  maxLines = Infinity,
  bold = false,
): string[] {
  const whole = wrap(`${label}${kept}`, maxWidth, size, Infinity, bold);
  if (whole.length <= maxLines) return whole;
  const tail = wrap(kept.trim(), maxWidth, size, Infinity, bold);
  const head = wrap(label, maxWidth, size, Math.max(1, maxLines - tail.length), bold);
  return [...head, ...tail];
}

/** The widest of several texts. */
export const widest = (texts: string[], size: number, bold = false) =>
  Math.max(0, ...texts.map((text) => textWidth(text, size, bold)));
