import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { existsSync, mkdirSync, readFileSync, watch } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { contentFiles } from '../checks/content-layout.ts';
import { checkContent } from '../checks/content-files.ts';
import { ContentError, formatProblem, type ContentProblem } from '../model/errors.ts';
import { pruneSocialImages } from '../share/png.ts';
import { isEditorRequest } from './editor.ts';

/**
 * Runs the content check before anything renders. A build stops with every problem listed by
 * file and field; the dev server keeps running and follows every change (see {@link followContent}).
 * After a successful build, the preview-picture cache is pruned of pictures no page used.
 */
export default function contentCheck(): AstroIntegration {
  let root = '';
  let base = '/';
  let startProblems: ContentProblem[] = [];
  // A second before the build starts: file times can be coarser than milliseconds.
  let buildStart = 0;
  return {
    name: 'year-in-review:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        base = config.base;
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
        // A build for another address (the sub-path test's) draws other posters (their QR codes
        // hold the address): PICTURE_CACHE_PRUNE=off keeps the main build's pictures for its next run.
        if (process.env.PICTURE_CACHE_PRUNE === 'off') return;
        const deleted = pruneSocialImages(root, buildStart);
        if (deleted) logger.info(`preview-picture cache: ${deleted} picture(s) no page uses removed`);
      },
      'astro:server:setup': ({ server, logger, refreshContent }) => {
        followContent(server, root, logger, startProblems, refreshContent, (url) => isEditorRequest(url, base));
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

type ServerSetup = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0];
/** Vite's dev server, as Astro hands it to integrations. */
type DevServer = ServerSetup['server'];
/** Astro's full content sync: every loader's load() again, its store written before it resolves. */
type RefreshContent = ServerSetup['refreshContent'];

/**
 * `npm run dev` follows every change under content/, as the build would see it:
 *
 * - Any file added, changed, deleted or renamed (a rename is a delete and an add; folders too)
 *   runs the content check again, once the burst of events is over, and prints its problems, or
 *   "no problems". Pages asked for meanwhile wait until the burst is handled.
 * - A file added, deleted or renamed also runs Astro's own content sync again (`refreshContent`),
 *   once the check passes, and waits until Astro's map of MDX modules (.astro/content-modules.mjs)
 *   lists exactly the MDX files on disk. Root cause of the pages that answered 404 or 500 for
 *   seconds to minutes after such a change (Astro 7.3.5): the glob loader's own handling is
 *   per event and leaves three holes. (1) Deleting a file deletes its entry's id even when another
 *   file still holds it (a duplicate, `HEALTH.mdx` beside `health.mdx`, just removed): the story's
 *   pages answered 404 until a restart. (2) The map of MDX modules is written by a store whose
 *   writer drops a write that arrives while another write of the same file is under way, and
 *   writes the first data again instead (astro/dist/content/mutable-data-store.js,
 *   `#writeFileAtomic` with `#pending`), then marks the map clean: a new story's page failed to
 *   render ("Unexpected error while rendering"), or every story failed to load a deleted file,
 *   until some later change rewrote the map. (3) The dev server never reloads that map when it is
 *   rewritten (only the data store and the image imports are invalidated). A full sync reads
 *   every file again (unchanged ones by digest, so it is cheap), gives a duplicate's id back to
 *   the file left, and writes the map from the whole store; it is repeated while the map on disk
 *   disagrees with the files, and the map is then reloaded here.
 * - While the check finds problems, every page the browser asks for is a page of the site's own
 *   listing them exactly as `npm run check:content` prints them (file, line, field, what is
 *   expected), instead of the last good page or a developer's stack trace (a misspelt
 *   `<Metric id>` used to show "UnhandledRejection" and code from src/model/metrics.ts). The page
 *   holds Vite's client, so it reloads itself when the files change: fixed, the real page shows.
 *   Requests `isTool` says yes to (the content editor's) are left alone: the editor is where a problem is
 *   fixed, and a story written in one language is a problem until its other language is saved.
 *   Astro's sync is not run while the check finds problems (a file that does not parse would stop
 *   a loader half-way); it runs with the first burst after which the check passes.
 *
 * `startProblems` are the problems found when the server started. Nothing is returned.
 */
export function followContent(
  server: DevServer,
  root: string,
  logger: AstroIntegrationLogger,
  startProblems: ContentProblem[],
  refreshContent?: RefreshContent,
  isTool: (url: string | undefined) => boolean = () => false,
): void {
  let problems = startProblems;
  const contentDir = join(root, 'content') + sep;
  const modulesFile = join(root, '.astro', 'content-modules.mjs');
  // Usually one reload for a run of triggers (the end of a burst, then Astro rewriting its map of MDX
  // modules once or more, within 200 ms of each other): each reload makes the browser ask for the page again, and reloads that arrive
  // while the last is loading abort it, so the open page flickered through several loads.
  let reloadTimer: ReturnType<typeof setTimeout> | undefined;
  const reload = () => {
    clearTimeout(reloadTimer);
    reloadTimer = setTimeout(() => server.environments.client.hot.send({ type: 'full-reload', path: '*' }), 200);
  };

  /** Forgets the loaded map of MDX modules in every environment, so the next render reads the file. */
  const reloadModulesMap = () => {
    for (const environment of Object.values(server.environments)) {
      for (const module of environment.moduleGraph.getModulesByFile(modulesFile) ?? [])
        environment.moduleGraph.invalidateModule(module, undefined, Date.now(), true);
      // A runnable environment (SSR) also keeps the evaluated module: forget it too.
      const { runner } = environment as { runner?: ModuleRunner };
      for (const module of runner?.evaluatedModules.getModulesByFile(modulesFile) ?? [])
        runner!.evaluatedModules.invalidateModule(module);
    }
  };

  /** Astro's sync, again until its map of MDX modules agrees with the files (see above). */
  const syncAstro = async () => {
    for (let attempt = 1; ; attempt++) {
      await refreshContent!({});
      const disagreement = modulesMapDisagreement(root, modulesFile);
      if (!disagreement) return;
      if (attempt === 5) throw new Error(`Astro's map of MDX modules ${disagreement} after ${attempt} syncs`);
    }
  };

  // Events come in bursts (a rename is two, a save can be several): one check per burst, and the
  // bursts handled one after another. Pages wait while any burst is pending or being handled.
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending = 0;
  let waiting: (() => void)[] = [];
  const idle = () => (pending === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiting.push(resolve)));
  let queue = Promise.resolve();
  let structural = false;
  let needsSync = false;
  server.watcher.on('all', (event, path) => {
    if (!path.startsWith(contentDir)) return;
    if (event !== 'change') structural = true;
    if (!timer) pending++;
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      needsSync ||= structural;
      structural = false;
      queue = queue
        .then(async () => {
          problems = checkContent(root).problems;
          if (problems.length === 0) logger.info(`content/ checked after ${relative(root, path)}: no problems`);
          for (const problem of problems) logger.error(formatProblem(problem));
          if (needsSync && problems.length === 0 && refreshContent) {
            await syncAstro();
            needsSync = false;
            reloadModulesMap();
          }
        })
        .catch((error: unknown) => logger.error(`content/ could not be reloaded: ${String(error)}`))
        .finally(() => {
          if (--pending === 0) {
            const resolved = waiting;
            waiting = [];
            for (const resolve of resolved) resolve();
          }
          reload();
        });
    }, 300);
  });

  // Astro rewrites its map of MDX modules after an edit too: reload it whenever that happens.
  const dotAstro = dirname(modulesFile);
  mkdirSync(dotAstro, { recursive: true });
  watch(dotAstro, (_event, name) => {
    if (name !== basename(modulesFile)) return;
    reloadModulesMap();
    reload();
  }).unref();

  server.middlewares.use((request, response, next) => {
    const wantsPage = request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
    if (!wantsPage || isTool(request.url)) return next();
    void idle().then(() => {
      if (problems.length === 0) return next();
      response.statusCode = 500;
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.setHeader('Cache-Control', 'no-store');
      response.end(problemPage(problems));
    });
  });
}

/**
 * How Astro's map of MDX modules (`modulesFile`, .astro/content-modules.mjs) disagrees with the
 * MDX files under `root`/content/ (stories and pages), as a phrase, or undefined when it lists each
 * id once from a file that exists. A file's id is its path lowercased (Astro's glob loader), so of
 * a duplicate either file will do. Read from the file as Astro writes it, one `["path", () =>
 * import(…)]` per line; a map in which no line reads so is taken as agreeing (nothing to compare).
 */
export function modulesMapDisagreement(root: string, modulesFile: string): string | undefined {
  const listed = existsSync(modulesFile)
    ? [...readFileSync(modulesFile, 'utf8').matchAll(/^\["([^"]+\.mdx)", \(\) => import\(/gm)].map((match) => match[1]!)
    : [];
  const { files } = contentFiles(root);
  const onDisk = [...files.stories, ...files.pages].filter((file) => file.endsWith('.mdx'));
  if (listed.length === 0) return undefined;
  const gone = listed.find((file) => !existsSync(join(root, file)));
  if (gone) return `lists ${gone}, which is gone`;
  const ids = new Set(listed.map((file) => file.toLowerCase()));
  const missing = onDisk.find((file) => !ids.has(file.toLowerCase()));
  if (missing) return `lacks ${missing}`;
  return undefined;
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
