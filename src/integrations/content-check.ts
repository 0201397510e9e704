import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { existsSync, mkdirSync, readdirSync, watch } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { checkContent } from '../checks/content-files.ts';
import { ContentError, formatProblem, type ContentProblem } from '../model/errors.ts';
import { pruneSocialImages } from '../share/png.ts';

/**
 * Runs the content check before anything renders. A build stops with every problem listed by
 * file and field; the dev server keeps running and follows every change (see {@link followContent}).
 * After a successful build, the preview-picture cache is pruned of pictures no page used.
 */
export default function contentCheck(): AstroIntegration {
  let root = '';
  let startProblems: ContentProblem[] = [];
  // A second before the build starts: file times can be coarser than milliseconds.
  let buildStart = 0;
  return {
    name: 'year-in-review:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        const { problems } = checkContent(root);
        startProblems = problems;
        if (problems.length === 0) return;
        if (command === 'build') throw new ContentError(problems);
        for (const problem of problems) logger.error(formatProblem(problem));
      },
      'astro:build:start': () => {
        buildStart = Date.now() - 1000;
      },
      'astro:build:done': ({ logger }) => {
        const deleted = pruneSocialImages(root, buildStart);
        if (deleted) logger.info(`preview-picture cache: ${deleted} picture(s) no page uses removed`);
      },
      'astro:server:setup': ({ server, logger }) => {
        followContent(server, root, logger, startProblems);
      },
    },
  };
}

/** The part of a Vite module runner used here (vite's RunnableDevEnvironment['runner']). */
interface ModuleRunner {
  evaluatedModules: {
    getModulesByFile(file: string): Set<unknown> | undefined;
    invalidateModule(module: unknown): void;
  };
}

/** Vite's dev server, as Astro hands it to integrations. */
type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];

/**
 * `npm run dev` follows every change under content/, as the build would see it:
 *
 * - Any file added, changed, deleted or renamed (a rename is a delete and an add; folders too)
 *   runs the content check again, once the burst of events is over, and prints its problems, or
 *   "no problems". Pages asked for meanwhile wait for that verdict.
 * - Deleting a file makes Astro's glob loader forget its entry's id, even when another file still
 *   holds that id (a duplicate, `Health.mdx` beside `health.mdx`, just removed): the pages of that
 *   id answered 404 until a restart. The files left with the deleted file's id are loaded again.
 * - A new MDX file could not be rendered until a restart ("Unexpected error while rendering"):
 *   Astro rewrites .astro/content-modules.mjs, the map from each MDX file to its module, but keeps
 *   serving the old map. It is reloaded whenever Astro rewrites it.
 * - While the check finds problems, every page the browser asks for is a page of the site's own
 *   listing them exactly as `npm run check:content` prints them (file, line, field, what is
 *   expected), instead of the last good page or a developer's stack trace (a misspelt
 *   `<Metric id>` used to show "UnhandledRejection" and code from src/model/metrics.ts). The page
 *   holds Vite's client, so it reloads itself when the files change: fixed, the real page shows.
 *
 * `startProblems` are the problems found when the server started. Nothing is returned.
 */
export function followContent(
  server: DevServer,
  root: string,
  logger: AstroIntegrationLogger,
  startProblems: ContentProblem[],
): void {
  let problems = startProblems;
  const contentDir = join(root, 'content') + sep;
  const reload = () => server.environments.client.hot.send({ type: 'full-reload', path: '*' });

  // Events come in bursts (a rename is two, a save can be several): one check per burst.
  let timer: ReturnType<typeof setTimeout> | undefined;
  let settled: Promise<void> = Promise.resolve();
  let settle = () => {};
  const deleted = new Set<string>();
  server.watcher.on('all', (event, path) => {
    if (!path.startsWith(contentDir)) return;
    if (event === 'unlink') deleted.add(path);
    if (!timer) settled = new Promise((resolve) => (settle = resolve));
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      problems = checkContent(root).problems;
      if (problems.length === 0) logger.info(`content/ checked after ${relative(root, path)}: no problems`);
      for (const problem of problems) logger.error(formatProblem(problem));
      const twins = [...deleted].flatMap(sameId);
      for (const twin of twins) server.watcher.emit('change', twin);
      // Once more when Astro has written its map of MDX modules after the deletion: a write that
      // arrives while another is under way is lost (astro/dist/content/mutable-data-store.js,
      // #writeFileAtomic re-writes the first data), which left the twin without its module.
      if (twins.length) setTimeout(() => twins.forEach((twin) => server.watcher.emit('change', twin)), 2000).unref();
      deleted.clear();
      settle();
      reload();
    }, 300);
  });

  // Astro's map of MDX modules, reloaded whenever Astro rewrites it (see above).
  const dotAstro = join(root, '.astro');
  const modulesFile = join(dotAstro, 'content-modules.mjs');
  mkdirSync(dotAstro, { recursive: true });
  watch(dotAstro, (_event, name) => {
    if (name !== 'content-modules.mjs') return;
    for (const environment of Object.values(server.environments)) {
      for (const module of environment.moduleGraph.getModulesByFile(modulesFile) ?? [])
        environment.moduleGraph.invalidateModule(module, undefined, Date.now(), true);
      // A runnable environment (SSR) also keeps the evaluated module: forget it too.
      const { runner } = environment as { runner?: ModuleRunner };
      for (const module of runner?.evaluatedModules.getModulesByFile(modulesFile) ?? [])
        runner!.evaluatedModules.invalidateModule(module);
    }
    reload();
  }).unref();

  server.middlewares.use((request, response, next) => {
    const wantsPage = request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
    if (!wantsPage) return next();
    void settled.then(() => {
      if (problems.length === 0) return next();
      response.statusCode = 500;
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.setHeader('Cache-Control', 'no-store');
      response.end(problemPage(problems));
    });
  });
}

/**
 * The files left in the folder of `path` that Astro's glob loader gives the same id as `path`:
 * the same name once lowercased, with any extension (`Health.mdx`, `health.md` for `health.mdx`).
 */
function sameId(path: string): string[] {
  const folder = dirname(path);
  const id = (file: string) =>
    basename(file)
      .replace(/\.[^.]+$/, '')
      .toLowerCase();
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .map((name) => join(folder, name))
    .filter((file) => file !== path && id(file) === id(path));
}

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);

/**
 * The page `npm run dev` serves while content/ has problems (an HTML document): each problem
 * exactly as the check prints it, with a short frame in English and Chinese. A tool for editors
 * that never ships, so its few words live here rather than in the site's dictionaries.
 */
export function problemPage(problems: ContentProblem[]): string {
  const items = problems.map((problem) => `<li><code>${escape(formatProblem(problem))}</code></li>`).join('\n');
  const count = problems.length === 1 ? 'One problem' : `${problems.length} problems`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Content problem · 内容有误</title>
<script type="module" src="/@vite/client"></script>
<style>
body { font: 1rem/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1a1a1a; }
h1 { color: #b00020; font-size: 1.5rem; }
li { margin-block: 0.6rem; }
code { white-space: pre-wrap; word-break: break-word; font-size: 0.95rem; }
</style>
</head>
<body>
<main data-content-problems>
<h1>${count} in content/ · 内容有误</h1>
<p>The site cannot show this page until the content is fixed. Each line names the file (and line), the field and what is expected, as <code>npm run check:content</code> prints it. Save the file: this page reloads by itself.</p>
<p lang="zh-CN">内容修正之前无法显示本页。每一行都指出了文件（及行号）、字段和正确的写法，与 <code>npm run check:content</code> 的提示相同。保存文件后，本页会自动刷新。</p>
<ul>
${items}
</ul>
<p>See content/README.md, “What the errors mean”. · 详见 content/README.md 中的“错误提示说明”。</p>
</main>
</body>
</html>
`;
}
