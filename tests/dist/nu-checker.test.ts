/**
 * The W3C Nu HTML checker (vnu.jar from npm's vnu-jar, run by Java) over every built page: 0 errors.
 * It finds what html-validate does not, such as a <script> written after </html>. Java 17 is on
 * this machine kind; `npm test` installs a JRE with apt-get where it is missing.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { expect, it } from 'vitest';
import { htmlFiles, urlPathOf } from '../built-site.ts';

const files = htmlFiles();

it('the W3C Nu HTML checker finds no error on any page', () => {
  // vnu.jar from npm (vnu-jar), run by the machine's Java over the files. Over files, not
  // file: URLs, so that the CSP <meta> with 'self' is not judged against a file: origin.
  const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
  const result = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new Error(`Could not run Java for the Nu checker (${result.error.message}): npm test installs a JRE, or run apt-get install default-jre-headless`);
  const report = JSON.parse(result.stderr || '{"messages":[]}') as { messages: { type: string; url?: string; lastLine?: number; message: string; extract?: string }[] };
  const errors = report.messages
    .filter((message) => message.type === 'error' || message.type === 'non-document-error')
    .map((message) => `${message.url ? urlPathOf(decodeURIComponent(new URL(message.url).pathname)) : '?'}:${message.lastLine ?? '?'}: ${message.message}`);
  expect(errors).toEqual([]);
  expect(result.status).toBe(0);
});
