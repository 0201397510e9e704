import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../src/checks/content-files.ts';
import { formatProblem } from '../src/model/errors.ts';
const faults = 'tests/fixtures/faults';
for (const name of process.argv.slice(2)) {
  const root = mkdtempSync(join(tmpdir(), 'f-'));
  cpSync('tests/fixtures/valid', root, { recursive: true });
  cpSync(join(faults, name), root, { recursive: true });
  console.log(`  '${name}': ${JSON.stringify(checkContent(root).problems.map(formatProblem), null, 2)}`);
}
