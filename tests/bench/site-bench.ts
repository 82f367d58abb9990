// `npm run bench`: builds the site, the bare Next.js page and the peers (Astro Starlight and Fumadocs with
// our content/), serves them all, and reports in one run what the pages weigh, how Lighthouse scores them
// (in rounds, so a busy moment falls on all alike), how fast the site answers (next start, nginx, nginx's
// cache), what search costs at 14 and 500 articles, and what each article costs the build, against the
// budgets. A report, not a test: it exits 0 even when a budget fails.
//   --skip-lighthouse      no Lighthouse runs nor fresh-browser timings (saves about 15 minutes)
//   --skip-peers           no Starlight and Fumadocs builds (saves about 5 minutes; the LCP budget then fails)
//   --skip-build-scaling   no 300-article build (saves 2 to 4 minutes)
//   --skip-load            no autocannon runs (saves about 40 seconds)
//   --reuse-build          serve the existing .next instead of building (no build time then)
//   --lighthouse-runs=N    Lighthouse runs per page, median run kept (default 3)
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readContent } from '../../lib/content/loader';
import { kindOf } from '../../lib/documents/pages';
import { enhanceScriptPath } from '../../lib/enhance/script';
import { articlePath, checkBudgets, type PageResult } from './lib/budgets';
import { measureBuildScaling, type BuildScaling } from './lib/build-scaling';
import { cacheHeaders } from './lib/cache-headers';
import { measureColdAndWarm, type ColdAndWarm } from './lib/cold-start';
import { buildFrameworkFloor, type FrameworkFloor } from './lib/framework-floor';
import { lighthouseUnavailable, performanceText, runLighthouseRounds, type LighthouseScores } from './lib/lighthouse';
import {
  buildSite,
  hasBuild,
  startNext,
  startSite,
  type BuildResult,
  type RunningServer,
} from '../support/next-server';
import { gzipSize, measurePage, type PageWeight } from './lib/page-weight';
import { findPeersDir, startPeers, type RunningPeers } from './lib/peers';
import { kb, mb, orDash, seconds, table } from './lib/report';
import { measureSearchLatency, type SearchLatency } from './lib/search-latency';
import { measureThroughput, type Throughput } from './lib/throughput';

const projectDir = process.cwd();
const flags = new Set(process.argv.slice(2));
const runsFlag = process.argv.slice(2).find((arg) => arg.startsWith('--lighthouse-runs='));
const lighthouseRuns = runsFlag ? Number(runsFlag.split('=')[1]) : 3;
if (!Number.isInteger(lighthouseRuns) || lighthouseRuns < 1)
  throw new Error(`--lighthouse-runs needs a whole number of 1 or more, not "${runsFlag}".`);
const notes: string[] = [];
const log = (message: string) => console.error(`[bench] ${message}`);
const started = Date.now();
const loadBefore = os.loadavg()[0]!;
const slug = articlePath.split('/').pop()!;

/** Our pages, each with its kind (lib/routes.mjs) and the app-router route that renders it. */
const ourPages: { path: string; route: string }[] = [
  { path: '/', route: '/' },
  { path: articlePath, route: '/learn/[slug]' },
  { path: '/learn', route: '/learn' },
  { path: '/learn/faq/all-answers', route: '/learn/[slug]/all-answers' },
  { path: '/glossary', route: '/glossary' },
  { path: '/about', route: '/about' },
  { path: '/get-help-now', route: '/get-help-now' },
  { path: '/no-such-page', route: '/_not-found' },
  { path: '/is-iop-right-for-me', route: '/is-iop-right-for-me' },
  { path: '/search?q=relapse', route: '/search' },
];

/** One row of the report: a page of ours, the bare Next.js page or a peer's article. */
interface Target {
  label: string;
  url: string;
  weight?: PageWeight;
  lighthouse?: LighthouseScores;
}

let build: BuildResult | undefined;
if (flags.has('--reuse-build') && hasBuild(projectDir)) {
  notes.push('--reuse-build: served the existing .next; no build time measured.');
} else {
  log('npm run build (from scratch: .next removed first, so every build measured starts cold)');
  rmSync(path.join(projectDir, '.next'), { recursive: true, force: true });
  build = await buildSite(projectDir);
  if (!build.ok) {
    console.error(build.output);
    throw new Error('The build failed: fix it first (output above).');
  }
}

log('bare Next.js app (the framework floor)');
let floor: FrameworkFloor | undefined;
try {
  floor = await buildFrameworkFloor(projectDir);
} catch (error) {
  notes.push(`Framework floor not measured: ${(error as Error).message.split('\n')[0]}`);
}

let peers: RunningPeers | undefined;
const peersDir = findPeersDir(projectDir);
if (flags.has('--skip-peers')) notes.push('Peers skipped: --skip-peers.');
else if (!peersDir) notes.push('Peers skipped: no shared peers folder (../shared/peers); set PEERS_DIR to it.');
else {
  log(`peers: Astro Starlight and Fumadocs built with content/ from a copy of ${peersDir} (about 4 minutes)`);
  try {
    peers = await startPeers(peersDir, path.join(projectDir, 'content'), slug);
    notes.push(`Peers ${peers.built}`);
  } catch (error) {
    notes.push(`Peers not measured: ${(error as Error).message.split('\n')[0]}`);
  }
}

const server = await startSite(projectDir);
let floorServer: RunningServer | undefined;
const pages: PageResult[] = [];
const others: Target[] = [];
let enhanceScriptGzip: number | undefined;
let throughput: Throughput | undefined;
let cache: Awaited<ReturnType<typeof cacheHeaders>> = [];
const coldStart: ColdAndWarm[] = [];
try {
  if (floor) floorServer = await startNext(floor.dir);
  const words = new Map(
    readContent(path.join(projectDir, 'content')).articles.map((article) => [`/learn/${article.slug}`, article.words]),
  );
  for (const { path: pagePath, route } of ourPages) {
    const weight = await measurePage(server.url, pagePath);
    const kind = kindOf(route);
    if (weight.status === 404 && route !== '/_not-found')
      notes.push(`${pagePath} answers 404 (not built yet): skipped.`);
    else if (weight.status !== 200 && weight.status !== 404)
      notes.push(`${pagePath} answers ${weight.status}: skipped.`);
    else if (!kind) notes.push(`${pagePath}: ${route} has no kind in lib/routes.mjs; skipped.`);
    else pages.push({ path: pagePath, kind, weight, words: words.get(pagePath) });
  }
  enhanceScriptGzip = gzipSize(Buffer.from(await (await fetch(`${server.url}${enhanceScriptPath}`)).arrayBuffer()));
  if (floorServer)
    others.push({
      label: '(bare Next.js app: the floor)',
      url: `${floorServer.url}/`,
      weight: await measurePage(floorServer.url, '/'),
    });
  for (const site of peers?.sites ?? []) {
    const url = new URL(site.articleUrl);
    others.push({
      label: `(${site.name}: ${url.pathname})`,
      url: site.articleUrl,
      weight: await measurePage(url.origin, url.pathname),
    });
  }
  cache = await cacheHeaders(server.url, [...pages.map((page) => page.path), enhanceScriptPath]);

  const noLighthouse = flags.has('--skip-lighthouse') ? '--skip-lighthouse' : lighthouseUnavailable();
  if (noLighthouse) notes.push(`Lighthouse skipped: ${noLighthouse}.`);
  else {
    // Lighthouse refuses a page answered with 404 ("unable to reliably load the page"): the 404 page is weighed only.
    for (const page of pages.filter((page) => page.weight?.status === 404))
      notes.push(`Lighthouse does not run on ${page.path}: it refuses a page answered with 404 (weighed only).`);
    const urls = [
      ...pages.filter((page) => page.weight?.status === 200).map((page) => `${server.url}${page.path}`),
      ...others.map((other) => other.url),
    ];
    log(`Lighthouse: ${urls.length} pages, ${lighthouseRuns} rounds`);
    const scores = await runLighthouseRounds(urls, lighthouseRuns, (url, round) =>
      log(`Lighthouse round ${round}: ${url}`),
    );
    /** A page's scores, or (noted) why Lighthouse could not measure it. */
    const take = (url: string, label: string): { lighthouse?: LighthouseScores; error?: string } => {
      const result = scores.get(url);
      if (!(result instanceof Error)) return { lighthouse: result };
      notes.push(`Lighthouse failed on ${label}: ${result.message}`);
      return { error: result.message.split('\n')[0] };
    };
    for (const page of pages.filter((page) => page.weight?.status === 200)) {
      const { lighthouse, error } = take(`${server.url}${page.path}`, page.path);
      page.lighthouse = lighthouse;
      page.lighthouseError = error;
    }
    for (const other of others) other.lighthouse = take(other.url, other.label).lighthouse;

    log('main-thread work: fresh browser vs second visit');
    const coldAndWarm = (baseUrl: string, pagePath: string, label = pagePath) =>
      measureColdAndWarm(baseUrl, pagePath)
        .then((measured) => coldStart.push({ ...measured, path: label }))
        .catch((error: Error) =>
          notes.push(`Fresh-browser timings failed on ${label}: ${error.message.split('\n')[0]}`),
        );
    await coldAndWarm(server.url, '/');
    await coldAndWarm(server.url, articlePath);
    if (floorServer) await coldAndWarm(floorServer.url, '/', '(bare Next.js app)');
  }
  await floorServer?.stop();
  floorServer = undefined;
  peers?.stop();
  peers = undefined;
  if (flags.has('--skip-load')) notes.push('Throughput skipped: --skip-load.');
  else {
    log('autocannon: next start, nginx file, nginx cache (50 connections, 10 s each)');
    throughput = await measureThroughput(projectDir, server, articlePath, notes);
  }
} finally {
  await floorServer?.stop();
  peers?.stop();
  floor?.remove();
  await server.stop();
}

log('search latency: 200 mixed queries at the real content and at 500 articles');
let search: SearchLatency[] | undefined;
try {
  search = measureSearchLatency(projectDir);
} catch (error) {
  notes.push(`Search latency not measured: ${(error as Error).message.split('\n')[0]}`);
}

let scaling: BuildScaling | undefined;
if (flags.has('--skip-build-scaling')) notes.push('Build scaling skipped: --skip-build-scaling.');
else if (!build) notes.push('Build scaling skipped: it needs the real build time (drop --reuse-build).');
else {
  log('npm run build with 300 articles');
  try {
    scaling = await measureBuildScaling(projectDir, build);
  } catch (error) {
    notes.push(`Build scaling not measured: ${(error as Error).message.split('\n')[0]}`);
  }
}

const floorTarget = others.find((other) => other.label.startsWith('(bare'));
const starlight = others.find((other) => other.label.includes('Starlight'));
const budgets = checkBudgets(pages, {
  floor: floorTarget?.weight && {
    jsGzip: floorTarget.weight.js.gzip,
    performance: floorTarget.lighthouse?.performance,
  },
  starlightLcpMs: starlight?.lighthouse?.lcpMs,
  enhanceScriptGzip,
  scaling,
  proxyShare: throughput?.proxyShareOfFile,
  search,
});
const results = {
  date: new Date().toISOString(),
  machine: {
    cpus: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    load1Before: loadBefore,
    load1After: os.loadavg()[0],
  },
  build: build && { ms: build.ms, peakRssBytes: build.peakRssBytes },
  pages,
  others,
  enhanceScriptGzip,
  coldStart,
  cacheControl: cache,
  throughput,
  search,
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
  const row = (label: string, kind: string, weight: PageWeight, lighthouse?: LighthouseScores) => [
    label,
    kind,
    kb(weight.html.raw),
    kb(weight.html.gzip),
    weight.js.files,
    kb(weight.js.gzip),
    kind === '-' ? '-' : kb(weight.frameworkJs.gzip),
    kb(weight.css.gzip),
    lighthouse ? performanceText(lighthouse) : '-',
    orDash(lighthouse?.accessibility),
    orDash(lighthouse?.bestPractices),
    orDash(lighthouse?.seo),
    orDash(lighthouse?.lcpMs),
    orDash(lighthouse?.cls),
    orDash(lighthouse?.tbtMs),
  ];
  console.log(
    `\nIOP Guide bench, ${results.date} (${results.machine.cpus} CPUs, Node ${process.version}; 1-min load ${loadBefore.toFixed(2)} at start, ${os.loadavg()[0]!.toFixed(2)} at end)`,
  );
  console.log(
    'Sizes in KB (1024 bytes); gz = gzip -6. JS = the script files a modern browser loads (run or preloaded); Next.js JS = those under /_next/. Lighthouse 12.2.3 mobile, simulated throttling; LCP/TBT in ms.',
  );
  const measuredRun = [...pages, ...others].find((target) => target.lighthouse)?.lighthouse;
  if (measuredRun) {
    console.log(
      `Lighthouse: ${lighthouseRuns === 1 ? 'one run per page' : `${lighthouseRuns} rounds over every page, median run kept (Perf shows it, then the range)`}; CPU slowdown ${measuredRun.cpuSlowdownMultiplier}x on a machine Lighthouse rates ${measuredRun.benchmarkIndex} (a high-end desktop rates 1500-2000).`,
    );
  }
  console.log(`Own script ${enhanceScriptPath}: ${kb(enhanceScriptGzip)} KB gz.\n`);
  console.log(
    table(
      [
        'Page',
        'Kind',
        'HTML',
        'HTML gz',
        'JS files',
        'JS gz',
        'Next.js JS gz',
        'CSS gz',
        'Perf',
        'A11y',
        'BP',
        'SEO',
        'LCP',
        'CLS',
        'TBT',
      ],
      [
        ...pages.map((page) => row(page.path, page.kind, page.weight!, page.lighthouse)),
        ...others
          .filter((other) => other.weight)
          .map((other) => row(other.label, '-', other.weight!, other.lighthouse)),
      ],
    ),
  );
  const article = pages.find((page) => page.path === articlePath);
  const sideBySide = [
    ...(article ? [{ label: `IOP Guide ${articlePath}`, weight: article.weight, lighthouse: article.lighthouse }] : []),
    ...others.map((other) => ({ ...other, label: other.label.replace(/^\((.*?)(: the floor|: \/.*)?\)$/, '$1') })),
  ];
  console.log(`\nSide by side, article ${slug} (the bare Next.js page has one heading)`);
  console.log(
    table(
      ['System', 'JS gz', 'HTML gz', 'Perf (median, range)', 'TBT ms', 'LCP ms'],
      sideBySide.map((target) => [
        target.label,
        kb(target.weight?.js.gzip),
        kb(target.weight?.html.gzip),
        target.lighthouse ? performanceText(target.lighthouse) : '-',
        orDash(target.lighthouse?.tbtMs),
        orDash(target.lighthouse?.lcpMs),
      ]),
    ),
  );
  if (coldStart.length) {
    console.log(
      '\nMain-thread work in ms, unthrottled (median of 3 browsers): first visit in a fresh browser, as Lighthouse loads every run, / the same page again',
    );
    const pair = (cold: number, warm: number) => `${cold} / ${warm}`;
    console.log(
      table(
        ['Page', 'style', 'layout', 'script', 'all tasks'],
        coldStart.map(({ path: pagePath, cold, warm }) => [
          pagePath,
          pair(cold.styleMs, warm.styleMs),
          pair(cold.layoutMs, warm.layoutMs),
          pair(cold.scriptMs, warm.scriptMs),
          pair(cold.taskMs, warm.taskMs),
        ]),
      ),
    );
  }
  if (search) {
    console.log(
      '\nSearch: the site index and ranking in-process (lib/search), 200 mixed queries, after one warm-up pass',
    );
    console.log(
      table(
        ['Articles', 'queries', 'p50 ms', 'p95 ms', 'max ms', 'index build ms'],
        search.map((s) => [s.articles, s.queries, s.p50Ms, s.p95Ms, s.maxMs, s.indexMs]),
      ),
    );
  }
  console.log('\nCache-Control as sent');
  console.log(
    table(
      ['Address', 'next start', 'through nginx (2nd request)'],
      cache.map((entry) => [entry.path, entry.next, entry.nginx ?? '-']),
    ),
  );
  if (throughput) {
    console.log(
      `\nThroughput: ${articlePath}, autocannon, ${throughput.connections} connections, ${throughput.seconds} s each`,
    );
    console.log(
      table(
        ['Server', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'non-2xx', 'vs nginx file'],
        throughput.runs.map((run) => [
          run.label,
          run.rps,
          run.p50Ms,
          run.p99Ms,
          run.errors,
          run.non2xx,
          run.shareOfFile === undefined ? '-' : `${Math.round(run.shareOfFile * 100)}%`,
        ]),
      ),
    );
  }
  if (build || scaling) {
    console.log('\nnpm run build (cold: no .next) — wall time and peak memory of the whole process tree');
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
  console.log(
    table(
      ['Budget', 'measured', 'result'],
      budgets.map((check) => [check.name, check.detail, check.pass ? 'PASS' : 'FAIL']),
    ),
  );
  const lost = [...pages.map((page) => ({ label: page.path, lighthouse: page.lighthouse })), ...others]
    .filter((target) => target.lighthouse?.lost.length)
    .map((target) => `Lighthouse points lost on ${target.label}: ${target.lighthouse!.lost.join(', ')}`);
  for (const note of [...notes, ...lost]) console.log(`Note: ${note}`);
  const passed = budgets.filter((check) => check.pass).length;
  console.log(
    `\nBudgets: ${passed} PASS, ${budgets.length - passed} FAIL (bench took ${seconds(Date.now() - started)})`,
  );
}
