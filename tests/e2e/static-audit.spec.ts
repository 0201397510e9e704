/**
 * Audits of the built files themselves, over every HTML page in dist/ (so new pages are covered
 * without a hand-kept list): valid HTML, no broken internal link or anchor, no resource from
 * another host, a CSP on every page. No browser needed; Playwright runs them with the rest.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test, expect } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { root } from './helpers.ts';

const dist = join(root, 'dist');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

const files = htmlFiles(dist).sort();
const urlPath = (file: string) => `/${relative(dist, file).split('\\').join('/')}`.replace(/index\.html$/, '');

/** The file a site path is served from, or undefined. */
function fileFor(path: string): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
  const candidates = clean.endsWith('/') ? [join(dist, clean, 'index.html')] : [join(dist, clean), join(dist, clean, 'index.html')];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

const idsCache = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
    idsCache.set(file, ids);
  }
  return ids;
}

test('there are pages to audit', () => {
  expect(files.length).toBeGreaterThan(20);
});

test('every page is valid HTML', async () => {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // Astro writes attributes and void elements its own way; these rules are about style, not validity.
      'attribute-boolean-style': 'off',
      'void-style': 'off',
      'no-trailing-whitespace': 'off',
      'attr-case': 'off',
      // SVG text and inline formatting rely on whitespace the minifier keeps or strips deliberately.
      'no-inline-style': 'off',
      'long-title': 'off',
    },
  });
  const errors: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const message of result.messages) {
        if (message.severity === 2) errors.push(`${urlPath(file)}:${message.line}: ${message.ruleId}: ${message.message}`);
      }
    }
  }
  expect(errors).toEqual([]);
});

test('no internal link or anchor is broken', () => {
  const broken: string[] = [];
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const base = new URL(urlPath(file), 'http://site.test');
    for (const [, attribute, value] of html.matchAll(/\s(href|src|action)="([^"]*)"/g)) {
      if (!value || /^(mailto:|tel:|data:|javascript:)/.test(value!)) continue;
      const url = new URL(value!.replaceAll('&amp;', '&'), base);
      if (url.host !== 'site.test') continue;
      if (attribute === 'action') {
        if (!fileFor(url.pathname)) broken.push(`${urlPath(file)} → form action ${value}`);
        continue;
      }
      const target = fileFor(url.pathname);
      if (!target) {
        broken.push(`${urlPath(file)} → ${value}`);
        continue;
      }
      const anchor = url.hash.slice(1);
      if (anchor && target.endsWith('.html') && !idsIn(target).has(decodeURIComponent(anchor))) {
        broken.push(`${urlPath(file)} → ${value} (no element with id "${anchor}")`);
      }
    }
  }
  expect(broken).toEqual([]);
});

test('no page loads anything from another host', () => {
  const foreign: string[] = [];
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    for (const [tag] of html.matchAll(/<(?:script|link|img|iframe|source|video|audio|embed|object)\b[^>]*>/g)) {
      if (/rel="(?:canonical|alternate)"/.test(tag)) continue;
      const resource = /\s(?:src|href|data)="((?:https?:)?\/\/[^"]+)"/.exec(tag);
      if (resource) foreign.push(`${urlPath(file)}: ${resource[1]}`);
    }
    for (const [, url] of html.matchAll(/url\((?:'|")?((?:https?:)?\/\/[^)'"]+)/g)) foreign.push(`${urlPath(file)}: ${url}`);
  }
  expect(foreign).toEqual([]);
});

test('every page carries a content security policy without unsafe-inline scripts', () => {
  const missing = files.filter((file) => {
    const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1];
    return !policy || /script-src[^;]*'unsafe-inline'/.test(policy);
  });
  expect(missing.map(urlPath)).toEqual([]);
});

test('no inline event handlers, and external links carry rel="noopener"', () => {
  const problems: string[] = [];
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    for (const [tag] of html.matchAll(/<[a-z][^>]*\son[a-z]+="[^"]*"[^>]*>/g)) problems.push(`${urlPath(file)}: inline handler in ${tag.slice(0, 80)}`);
    for (const [tag] of html.matchAll(/<a\b[^>]*href="https?:\/\/[^"]+"[^>]*>/g)) {
      if (!/rel="[^"]*noopener/.test(tag)) problems.push(`${urlPath(file)}: ${tag.slice(0, 120)}`);
    }
  }
  expect(problems).toEqual([]);
});
