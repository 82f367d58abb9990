// `npm run bench`: builds the site, serves it and reports what its pages weigh, how Lighthouse scores
// them, how fast it answers (next start, nginx, nginx's cache) and what each article costs the build,
// against the budgets. A report, not a test: it exits 0 even when a budget fails.
//   --skip-lighthouse      no Lighthouse runs nor fresh-browser timings (saves about 5 minutes)
//   --skip-build-scaling   no 300-article build (saves 2 to 4 minutes)
//   --skip-load            no autocannon runs (saves about 40 seconds)
//   --reuse-build          serve the existing .next instead of building (no build time then)
//   --lighthouse-runs=N    Lighthouse runs per page, median run kept (default 3; 1 is about 2 minutes faster)
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { articlePath, checkBudgets, type PageResult } from './lib/budgets';
import { measureBuildScaling, type BuildScaling } from './lib/build-scaling';
import { measureColdAndWarm, type ColdAndWarm } from './lib/cold-start';
import { measureFrameworkFloor } from './lib/framework-floor';
import { lighthouseUnavailable, performanceText, runLighthouse } from './lib/lighthouse';
import { buildSite, hasBuild, startSite, type BuildResult } from './lib/next-server';
import { measurePage, type PageWeight } from './lib/page-weight';
import { kb, mb, orDash, seconds, signedKb, table } from './lib/report';
import { measureThroughput, type Throughput } from './lib/throughput';
import { cacheHeaders } from './lib/cache-headers';

const projectDir = process.cwd();
const flags = new Set(process.argv.slice(2));
const runsFlag = process.argv.slice(2).find((arg) => arg.startsWith('--lighthouse-runs='));
const lighthouseRuns = runsFlag ? Number(runsFlag.split('=')[1]) : 3;
if (!Number.isInteger(lighthouseRuns) || lighthouseRuns < 1) throw new Error(`--lighthouse-runs needs a whole number of 1 or more, not "${runsFlag}".`);
const lighthouseOf = (url: string) => runLighthouse(url, lighthouseRuns);
/** The fresh-browser figures explain the Lighthouse ones; a failure here is a note, not the end of the bench. */
const coldAndWarm = (baseUrl: string, pagePath: string) =>
  measureColdAndWarm(baseUrl, pagePath).catch((error: Error) => {
    notes.push(`Fresh-browser timings failed on ${pagePath}: ${error.message.split('\n')[0]}`);
    return undefined;
  });
const pagePaths = ['/', articlePath, '/is-iop-right-for-me', '/search?q=relapse', '/glossary'];
const notes: string[] = [];
const log = (message: string) => console.error(`[bench] ${message}`);
const started = Date.now();
const loadBefore = os.loadavg()[0]!;

let build: BuildResult | undefined;
if (flags.has('--reuse-build') && hasBuild(projectDir)) {
  notes.push('--reuse-build: served the existing .next; no build time measured.');
} else {
  log('next build (from scratch: .next removed first, so every build measured starts cold)');
  rmSync(path.join(projectDir, '.next'), { recursive: true, force: true });
  build = await buildSite(projectDir);
  if (!build.ok) {
    console.error(build.output);
    throw new Error('next build failed: fix the build first (output above).');
  }
}

const server = await startSite(projectDir);
const pages: PageResult[] = [];
let throughput: Throughput | undefined;
let cache: Awaited<ReturnType<typeof cacheHeaders>> = [];
const coldStart: ColdAndWarm[] = [];
try {
  for (const pagePath of pagePaths) {
    const weight = await measurePage(server.url, pagePath);
    if (weight.status === 404) notes.push(`${pagePath} answers 404 (not built yet): skipped.`);
    else if (weight.status !== 200) notes.push(`${pagePath} answers ${weight.status}: skipped.`);
    else pages.push({ path: pagePath, weight });
  }
  cache = await cacheHeaders(server.url, pages.map((page) => page.path));
  const noLighthouse = flags.has('--skip-lighthouse') ? '--skip-lighthouse' : lighthouseUnavailable();
  if (noLighthouse) notes.push(`Lighthouse skipped: ${noLighthouse}.`);
  else {
    for (const page of pages) {
      log(`Lighthouse ${page.path} (${lighthouseRuns} run${lighthouseRuns === 1 ? '' : 's'})`);
      try {
        page.lighthouse = await lighthouseOf(`${server.url}${page.path}`);
      } catch (error) {
        notes.push(`Lighthouse failed on ${page.path}: ${(error as Error).message}`);
      }
    }
    log('main-thread work: fresh browser vs second visit');
    for (const pagePath of ['/', articlePath]) {
      const measured = await coldAndWarm(server.url, pagePath);
      if (measured) coldStart.push(measured);
    }
  }
  if (flags.has('--skip-load')) notes.push('Throughput skipped: --skip-load.');
  else {
    log('autocannon: next start, nginx file, nginx cache (50 connections, 10 s each)');
    throughput = await measureThroughput(projectDir, server, articlePath, notes);
  }
} finally {
  await server.stop();
}

log('bare Next.js app (the framework floor)');
let floor: PageWeight | undefined;
let floorLighthouse: PageResult['lighthouse'];
try {
  const browserRuns = !flags.has('--skip-lighthouse') && !lighthouseUnavailable();
  const measured = await measureFrameworkFloor(projectDir, browserRuns ? lighthouseOf : undefined, browserRuns ? coldAndWarm : undefined);
  floor = measured.weight;
  floorLighthouse = measured.lighthouse;
  if (measured.coldStart) coldStart.push({ ...measured.coldStart, path: '(bare Next.js app)' });
} catch (error) {
  notes.push(`Framework floor not measured: ${(error as Error).message.split('\n')[0]}`);
}

let scaling: BuildScaling | undefined;
if (flags.has('--skip-build-scaling')) notes.push('Build scaling skipped: --skip-build-scaling.');
else if (!build) notes.push('Build scaling skipped: it needs the real build time (drop --reuse-build).');
else {
  log('next build with 300 articles');
  try {
    scaling = await measureBuildScaling(projectDir, build);
  } catch (error) {
    notes.push(`Build scaling not measured: ${(error as Error).message.split('\n')[0]}`);
  }
}

const budgets = checkBudgets(pages, floor?.js.gzip, scaling, throughput?.proxyShareOfFile, floorLighthouse?.performance);
const results = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, load1Before: loadBefore, load1After: os.loadavg()[0] },
  build: build && { ms: build.ms, peakRssBytes: build.peakRssBytes },
  floor: floor && { ...floor, lighthouse: floorLighthouse },
  pages,
  coldStart,
  cacheControl: cache,
  throughput,
  buildScaling: scaling,
  budgets,
  notes,
  runtimeMs: Date.now() - started,
};

printReport();
const outDir = path.join(projectDir, 'bench-results');
mkdirSync(outDir, { recursive: true });
const outFile = path.join(outDir, `bench-${results.date.replace(/[:.]/g, '-')}.json`);
writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nResults written to ${path.relative(projectDir, outFile)}`);

function printReport() {
  const over = (weight: PageWeight) => (floor ? signedKb(weight.js.gzip - floor.js.gzip) : '-');
  const ratio = (weight: PageWeight) => (floor ? `${(weight.js.gzip / floor.js.gzip).toFixed(2)}×` : '-');
  const row = (label: string, weight: PageWeight, lighthouse?: PageResult['lighthouse']) => [
    label,
    kb(weight.html.raw),
    kb(weight.html.gzip),
    weight.js.files,
    kb(weight.js.raw),
    kb(weight.js.gzip),
    label.startsWith('(') ? '-' : over(weight),
    label.startsWith('(') ? '-' : ratio(weight),
    kb(weight.css.gzip),
    lighthouse ? performanceText(lighthouse) : '-',
    orDash(lighthouse?.accessibility),
    orDash(lighthouse?.bestPractices),
    orDash(lighthouse?.seo),
    orDash(lighthouse?.lcpMs),
    orDash(lighthouse?.cls),
    orDash(lighthouse?.tbtMs),
  ];
  console.log(`\nIOP Guide bench, ${results.date} (${results.machine.cpus} CPUs, Node ${process.version}; 1-min load ${loadBefore.toFixed(2)} at start, ${os.loadavg()[0]!.toFixed(2)} at end)`);
  console.log('Sizes in KB (1024 bytes); gz = gzip -6. JS = the <script src> files a modern browser loads. Lighthouse 12.2.3 mobile, simulated throttling; LCP/TBT in ms.');
  const measuredRun = pages.find((page) => page.lighthouse)?.lighthouse;
  if (measuredRun) {
    console.log(
      `Lighthouse: ${lighthouseRuns === 1 ? 'one run per page' : `median of ${lighthouseRuns} runs per page (Perf shows the median run, then the range)`}; CPU slowdown ${measuredRun.cpuSlowdownMultiplier}x on a machine Lighthouse rates ${measuredRun.benchmarkIndex} (a high-end desktop rates 1500-2000).`,
    );
  }
  console.log('');
  console.log(
    table(
      ['Page', 'HTML', 'HTML gz', 'JS files', 'JS', 'JS gz', 'JS gz over floor', 'JS ÷ floor', 'CSS gz', 'Perf', 'A11y', 'BP', 'SEO', 'LCP', 'CLS', 'TBT'],
      [...pages.map((page) => row(page.path, page.weight!, page.lighthouse)), ...(floor ? [row('(bare Next.js app: the floor)', floor, floorLighthouse)] : [])],
    ),
  );
  if (coldStart.length) {
    console.log('\nMain-thread work in ms, unthrottled (median of 3 browsers): first visit in a fresh browser, as Lighthouse loads every run, / the same page again');
    const pair = (cold: number, warm: number) => `${cold} / ${warm}`;
    console.log(
      table(
        ['Page', 'style', 'layout', 'script', 'all tasks'],
        coldStart.map(({ path, cold, warm }) => [path, pair(cold.styleMs, warm.styleMs), pair(cold.layoutMs, warm.layoutMs), pair(cold.scriptMs, warm.scriptMs), pair(cold.taskMs, warm.taskMs)]),
      ),
    );
  }
  console.log('\nCache-Control as sent');
  console.log(table(['Address', 'next start', 'through nginx (2nd request)'], cache.map((entry) => [entry.path, entry.next, entry.nginx ?? '-'])));
  if (throughput) {
    console.log(`\nThroughput: ${articlePath}, autocannon, ${throughput.connections} connections, ${throughput.seconds} s each`);
    console.log(
      table(
        ['Server', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'non-2xx', 'vs nginx file'],
        throughput.runs.map((run) => [run.label, run.rps, run.p50Ms, run.p99Ms, run.errors, run.non2xx, run.shareOfFile === undefined ? '-' : `${Math.round(run.shareOfFile * 100)}%`]),
      ),
    );
  }
  if (build || scaling) {
    console.log('\nnext build (cold: no .next) — wall time and peak memory of the whole process tree');
    const rows = scaling
      ? [
          [`real content (${scaling.real.articles} articles)`, seconds(scaling.real.ms), mb(scaling.real.peakRssBytes)],
          [`${scaling.scaled.articles} articles`, seconds(scaling.scaled.ms), mb(scaling.scaled.peakRssBytes)],
          ['marginal cost per article', `${scaling.marginalMsPerArticle} ms`, ''],
        ]
      : [['real content', seconds(build!.ms), mb(build!.peakRssBytes)]];
    console.log(table(['Build', 'time', 'peak RSS'], rows));
  }
  console.log('\nBudgets');
  console.log(table(['Budget', 'measured', 'result'], budgets.map((check) => [check.name, check.detail, check.pass ? 'PASS' : 'FAIL'])));
  const lost = pages.filter((page) => page.lighthouse?.lost.length).map((page) => `Lighthouse points lost on ${page.path}: ${page.lighthouse!.lost.join(', ')}`);
  for (const note of [...notes, ...lost]) console.log(`Note: ${note}`);
  const passed = budgets.filter((check) => check.pass).length;
  console.log(`\nBudgets: ${passed} PASS, ${budgets.length - passed} FAIL (bench took ${seconds(Date.now() - started)})`);
}
