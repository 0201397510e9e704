/**
 * What a story's MDX refers to: figures (`<Metric id="…" year={…} />`, `<StatGrid year={…} ids={[…]} />`)
 * and charts (`<Chart id="…" />`). Read from the text so that the content check can verify every
 * reference and compare the two language versions without rendering anything.
 */
export interface StoryReferences {
  /** `id@year` for every figure the story shows (`id@year#part` for one part of a breakdown). */
  metrics: string[];
  charts: string[];
}

const attribute = (tag: string, name: string): string | undefined => {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|\\{\\s*([^}]*?)\\s*\\})`).exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
};

/** placeholder */
export function storyReferences(body: string): StoryReferences {
  const metrics: string[] = [];
  const charts: string[] = [];
  for (const [tag] of body.matchAll(/<Metric\b[^>]*\/?>/g)) {
    const part = attribute(tag, 'part');
    metrics.push(`${attribute(tag, 'id')}@${attribute(tag, 'year')}${part ? `#${part}` : ''}`);
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
  return { metrics: [...new Set(metrics)].sort(), charts: [...new Set(charts)].sort() };
}
