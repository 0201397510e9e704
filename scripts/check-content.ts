/**
 * `npm run check:content`: validates content/ and its cross-references in seconds, without a
 * build, printing the same messages the build would.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/lib/content-files.ts';
import { formatProblem } from '../src/lib/content-errors.ts';

// --root: another project folder to check (the scaffolding tests check a temporary copy).
const { values: flags } = parseArgs({ options: { root: { type: 'string' } } });
const root = resolve(flags.root ?? fileURLToPath(new URL('..', import.meta.url)));
const { content, problems } = checkContent(root);
if (problems.length > 0) {
  console.error(`${problems.length === 1 ? 'One problem' : `${problems.length} problems`} in content/:\n`);
  for (const problem of problems) console.error(`  - ${formatProblem(problem)}`);
  console.error('\nSee content/README.md for what each field expects.');
  process.exit(1);
}
const values = content.metrics.reduce((sum, entry) => sum + entry.data.values.length, 0);
console.log(
  `content/ is valid: ${content.sources.length} sources, ${content.areas.length} areas, ${content.years.length} years, ` +
    `${content.metrics.length} metrics with ${values} values, ${content.chartIds.length} charts, ` +
    `${content.stories.en.length + content.stories.zh.length} stories, ${content.pages.en.length + content.pages.zh.length} pages ` +
    `and ${content.glossary?.length ?? 0} glossary terms, whose avoided wordings appear nowhere.`,
);
