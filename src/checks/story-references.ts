/**
 * What a story's MDX refers to: figures (`<Metric id="…" year={…} />`, `<StatGrid year={…} ids={[…]} />`)
 * and charts (`<Chart id="…" />`). Read from the text so that the content check can verify every
 * reference and compare the two language versions without rendering anything.
 */
export interface StoryReferences {
  /** `id@year` for every figure the story shows (`id@year#part` for one part of a breakdown). */
  metrics: string[];
  charts: string[];
  /**
   * True when a <Metric> lacks its id or year: the MDX check reports it, and the figures cannot be
   * compared with the other language's without repeating that one mistake.
   */
  incomplete?: boolean;
}

const attribute = (tag: string, name: string): string | undefined => {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|\\{\\s*([^}]*?)\\s*\\})`).exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
};

export function storyReferences(body: string): StoryReferences {
  const metrics: string[] = [];
  const charts: string[] = [];
  let incomplete = false;
  for (const [tag] of body.matchAll(/<Metric\b[^>]*\/?>/g)) {
    const part = attribute(tag, 'part');
    const id = attribute(tag, 'id');
    const year = attribute(tag, 'year');
    if (id === undefined || year === undefined) incomplete = true;
    else metrics.push(`${id}@${year}${part ? `#${part}` : ''}`);
  }
  for (const [tag] of body.matchAll(/<StatGrid\b[^>]*\/?>/g)) {
    const year = attribute(tag, 'year');
    const ids = attribute(tag, 'ids') ?? '';
    for (const [, idValue] of ids.matchAll(/["']([^"']+)["']/g)) metrics.push(`${idValue}@${year}`);
  }
  for (const [tag] of body.matchAll(/<(?:Chart|ScrollStory)\b[^>]*\/?>/g)) {
    const chart = attribute(tag, 'id') ?? attribute(tag, 'chart');
    if (chart) charts.push(chart);
  }
  return {
    metrics: [...new Set(metrics)].sort(),
    charts: [...new Set(charts)].sort(),
    ...(incomplete ? { incomplete } : {}),
  };
}
