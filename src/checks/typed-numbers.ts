/**
 * Finds figures typed into prose. Stories must show figures through <Metric> so that the two
 * languages and the data can never disagree; a typed number equal to a metric value is a copy
 * that will silently go stale. Calendar years, dates in both languages (9月13日, "20 November",
 * "November 20th") and age ranges ("aged 0-3", "0—6岁") are allowed.
 */
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

/** Numbers written in a piece of prose, with components and markup removed first. */
export function typedNumbers(prose: string): TypedNumber[] {
  const text = prose
    .replace(/<[A-Z][^>]*\/>/g, ' ') // self-closing components: their attributes hold ids and years, not prose
    .replace(/\{[a-z0-9-]+@\d{4}(?:\/[a-z0-9-]+)?\}/g, ' ') // {metric@year} tokens in YAML texts: figures from the data
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
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
