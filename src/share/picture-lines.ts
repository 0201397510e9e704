/**
 * Lines of text for the pictures the build draws (preview pictures, WeChat posters, the titles of
 * chart downloads): the charts' width estimate and greedy breaking (src/charts/text.ts `wrap`),
 * with Chinese broken only between phrases, as the pages break it (src/i18n/phrases.ts: BudouX and
 * ICU agree), so a title never ends a line inside a word (卫生工 / 作者, 工作回 / 顾).
 *
 * Only where that costs no extra line: when keeping phrases whole would take more lines than
 * breaking between any two characters, the character breaks are kept, so every picture keeps the
 * layout its sizes were chosen for and no title is cut short by it. The charts themselves keep
 * breaking between characters: they are re-drawn in the reader's browser, which does not load
 * BudouX (see src/charts/text.ts).
 */
import { wrap } from '../charts/text.ts';
import { chineseBreaks } from '../i18n/phrases.ts';

/**
 * `text` in lines at most `maxWidth` px wide at `size` px (estimated), at most `maxLines` of them
 * (the last ending in "…" when text is left over), Chinese phrases kept whole where that takes no
 * more lines. Pure; throws nothing.
 */
export function pictureLines(
  text: string,
  maxWidth: number,
  size: number,
  maxLines = Infinity,
  bold = false,
): string[] {
  const breaks = chineseBreaks(text);
  if (breaks.length === 0) return wrap(text, maxWidth, size, maxLines, bold);
  const byPhrase = wrap(text, maxWidth, size, Infinity, bold, true, breaks);
  const byCharacter = wrap(text, maxWidth, size, Infinity, bold);
  return byPhrase.length <= byCharacter.length
    ? wrap(text, maxWidth, size, maxLines, bold, true, breaks)
    : wrap(text, maxWidth, size, maxLines, bold);
}
