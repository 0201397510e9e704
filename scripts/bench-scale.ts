/**
 * The scale benchmark (`npm run bench -- --scale N`, issue 18): builds the site at 1x and at N
 * times its content, each in a temporary copy of the project with an empty Astro cache and an
 * empty picture cache (a cold build, as CI does), then once more warm (the picture cache kept),
 * and reports per-route-kind time, peak memory and the ratios of Nx to 1x. Every kind's cost per
 * route should stay flat as content grows.
 *
 * Content at N times: copies 2..N of every metric, chart and story, with new ids that point only
 * at their own copy (src/bench/scale.ts), so the content check and every page kind run on N times
 * the pages. The years, areas, sources and standing pages are not copied.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { copyId, copyStory, copyYaml, kindTimings, scaleTable, type KindTiming } from '../src/bench/scale.ts';

export interface ScaleRun {
  factor: number;
  /** Pages and files Astro wrote. */
  routes: number;
  coldSeconds: number;
  /** Undefined when the warm build was skipped (`--cold-only`). */
  warmSeconds: number | undefined;
  /** Peak resident memory of the build process, MB (cold build). */
  peakRssMb: number;
  cold: KindTiming[];
  warm: KindTiming[];
}

/** What runScale builds besides the cold build at each factor. */
export interface ScaleOptions {
  /** Build again warm (picture cache kept) after each cold build. */
  warm: boolean;
}

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });

/** Writes copies 2..factor of every metric, chart and story of `root`/content. */
export function multiplyContent(root: string, factor: number): void {
  const content = join(root, 'content');
  const idsIn = (folder: string) =>
    new Set(
      readdirSync(join(content, folder))
        .filter((name) => name.endsWith('.yaml'))
        .map((name) => name.replace(/\.yaml$/, '')),
    );
  const ids = { metrics: idsIn('metrics'), charts: idsIn('charts') };
  const stories = filesUnder(join(content, 'stories')).filter((file) => file.endsWith('.mdx'));
  for (let copy = 2; copy <= factor; copy += 1) {
    for (const folder of ['metrics', 'charts'] as const) {
      for (const id of ids[folder]) {
        const text = readFileSync(join(content, folder, `${id}.yaml`), 'utf8');
        writeFileSync(join(content, folder, `${copyId(id, copy)}.yaml`), copyYaml(text, ids, copy));
      }
    }
    for (const file of stories) {
      const slug = basename(file, '.mdx');
      writeFileSync(join(dirname(file), `${copyId(slug, copy)}.mdx`), copyStory(readFileSync(file, 'utf8'), ids, copy));
    }
  }
}

/** A copy of the project to build in: sources as they are, node_modules hard-linked without Astro's or the pictures' cache. */
function projectCopy(root: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'yir-scale-'));
  const skip = new Set(['node_modules', 'dist', '.git', 'test-results', '.astro']);
  for (const name of readdirSync(root)) {
    if (skip.has(name)) continue;
    cpSync(join(root, name), join(copy, name), { recursive: true });
  }
  const linked = spawnSync('cp', ['-al', join(root, 'node_modules'), join(copy, 'node_modules')], { stdio: 'inherit' });
  if (linked.status !== 0) throw new Error('could not copy node_modules (cp -al)');
  for (const cache of ['.astro', '.cache', '.vite'])
    rmSync(join(copy, 'node_modules', cache), { recursive: true, force: true });
  return copy;
}

/** Runs `astro build` in `dir`: its log, wall time in seconds and peak RSS in MB. */
function build(dir: string): { log: string; seconds: number; peakRssMb: number } {
  const rssFile = join(dir, '.bench-rss');
  const hook = join(dir, '.bench-rss.mjs');
  writeFileSync(
    hook,
    "import { writeFileSync } from 'node:fs';\n" +
      "process.on('exit', () => writeFileSync(process.env.YIR_RSS_FILE, String(process.resourceUsage().maxRSS)));\n",
  );
  const started = Date.now();
  const result = spawnSync(
    process.execPath,
    ['--import', hook, join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'],
    {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      // PDF editions off: they are no route, and Chromium's time would blur the per-route costs.
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        YIR_RSS_FILE: rssFile,
        FORCE_COLOR: '0',
        PDF_EDITIONS: 'off',
      },
    },
  );
  const seconds = (Date.now() - started) / 1000;
  if (result.status !== 0) {
    throw new Error(
      `astro build failed in ${dir}:\n${(result.stdout + result.stderr).split('\n').slice(-40).join('\n')}`,
    );
  }
  const peakRssMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
  return { log: result.stdout + result.stderr, seconds, peakRssMb };
}

/**
 * Builds at each factor (cold, then warm unless `options.warm` is false) in a fresh copy of
 * `root`, removed afterwards; the build logs are kept in `root`/node_modules/.cache/bench/, each
 * written as soon as its build ends.
 */
export function runScale(root: string, factors: number[], options: ScaleOptions = { warm: true }): ScaleRun[] {
  const logDir = join(root, 'node_modules/.cache/bench');
  return factors.map((factor) => {
    const dir = projectCopy(root);
    try {
      multiplyContent(dir, factor);
      console.log(`Scale ${factor}x: building cold in ${relative(tmpdir(), dir)} …`);
      const cold = build(dir);
      // The logs, to read again after the temporary copy is gone.
      mkdirSync(logDir, { recursive: true });
      writeFileSync(join(logDir, `scale-${factor}x-cold.log`), cold.log);
      console.log(
        `Scale ${factor}x: cold build ${cold.seconds.toFixed(1)} s, peak ${cold.peakRssMb.toFixed(0)} MB${options.warm ? '; building again warm …' : ''}`,
      );
      const warm = options.warm ? build(dir) : undefined;
      if (warm) writeFileSync(join(logDir, `scale-${factor}x-warm.log`), warm.log);
      const timings = kindTimings(cold.log);
      return {
        factor,
        routes: timings.reduce((sum, timing) => sum + timing.routes, 0),
        coldSeconds: cold.seconds,
        warmSeconds: warm?.seconds,
        peakRssMb: cold.peakRssMb,
        cold: timings,
        warm: warm ? kindTimings(warm.log) : [],
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

/** Prints the runs: totals per scale, then ms per route per kind with the ratios to the first run. */
export function printScale(runs: ScaleRun[]): void {
  const label = (run: ScaleRun) => `${run.factor}x`;
  console.log('\nScale benchmark (cold builds, then warm with the picture cache):');
  console.table(
    runs.map((run) => ({
      scale: label(run),
      routes: run.routes,
      'cold build': `${run.coldSeconds.toFixed(1)} s`,
      'warm build': run.warmSeconds === undefined ? 'skipped' : `${run.warmSeconds.toFixed(1)} s`,
      'cold s per 100 routes': ((run.coldSeconds / run.routes) * 100).toFixed(2),
      'peak RSS': `${run.peakRssMb.toFixed(0)} MB`,
      'preview pictures, cold': `${((run.cold.find((t) => t.kind === 'preview picture')?.totalMs ?? 0) / 1000).toFixed(1)} s`,
      'preview pictures, warm': `${((run.warm.find((t) => t.kind === 'preview picture')?.totalMs ?? 0) / 1000).toFixed(1)} s`,
    })),
  );
  console.log(
    'Milliseconds per route by kind (cold): median (the budget) and mean, and their ratios to 1x (flat = 1.0):',
  );
  console.table(
    scaleTable(runs.map((run) => run.cold)).map((row) =>
      Object.fromEntries([
        ['kind', row.kind],
        ...runs.map((run, index) => [`${label(run)} routes`, row.routes[index]]),
        ...runs.map((run, index) => [`${label(run)} median`, row.medianMs[index]!.toFixed(1)]),
        ...runs.slice(1).map((run, index) => [`${label(run)} median ratio`, row.medianRatio[index + 1]!.toFixed(2)]),
        ...runs.map((run, index) => [`${label(run)} mean`, row.msPerRoute[index]!.toFixed(1)]),
        ...runs.slice(1).map((run, index) => [`${label(run)} mean ratio`, row.ratio[index + 1]!.toFixed(2)]),
      ]),
    ),
  );
}
