// Lighthouse 12 (the last line that runs on Node 20) with its default mobile configuration and
// simulated throttling, in the machine's own Chromium. One fresh browser per run, one run at a time.
// Simulated throttling multiplies the CPU time this machine observed by 4, so a busy machine scores
// lower: each page is run several times and Lighthouse's own median run is kept (its variability guide).
import { existsSync } from 'node:fs';
import { chromiumPath, quietChromiumFlags } from '../../chromium';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import type { Result } from 'lighthouse';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Largest Contentful Paint, ms (simulated mobile) */
  lcpMs: number;
  cls: number;
  /** Total Blocking Time, ms (simulated mobile) */
  tbtMs: number;
  /** Audits that cost points in a category ("seo: robots-txt"), to say why a score is below 100 */
  lost: string[];
  /** Performance score of every run (the fields above come from the median run) */
  performanceRuns: number[];
  /** Lighthouse's estimate of this machine's CPU speed in the median run (a high-end desktop is 1500-2000) */
  benchmarkIndex: number;
  /** The CPU slowdown the simulation applied */
  cpuSlowdownMultiplier: number;
}

export const chromePath = chromiumPath ?? '/usr/bin/chromium';

const chromeFlags = ['--headless=new', ...quietChromiumFlags];

/** Why Lighthouse cannot run here, or undefined when it can. */
export function lighthouseUnavailable(): string | undefined {
  return existsSync(chromePath)
    ? undefined
    : `Chromium not found at ${chromePath}: apt-get install -y chromium (or set CHROMIUM_PATH)`;
}

/** Runs Lighthouse `runs` times on `url` and reports the median run (Lighthouse's computeMedianRun). */
export async function runLighthouse(url: string, runs = 1): Promise<LighthouseScores> {
  const results: Result[] = [];
  for (let run = 0; run < runs; run++) results.push(await runOnce(url));
  return summarize(results);
}

/**
 * Runs Lighthouse `runs` times on each of `urls`, in rounds (each page once, then each again), so that a
 * burst of other work on the machine falls on all of them alike; then keeps each page's median run.
 * A run that fails is run again once; a page that fails twice is reported as its Error, and the others still run.
 */
export async function runLighthouseRounds(
  urls: string[],
  runs: number,
  onRun?: (url: string, round: number) => void,
): Promise<Map<string, LighthouseScores | Error>> {
  const results = new Map<string, Result[] | Error>(urls.map((url) => [url, []]));
  for (let round = 1; round <= runs; round++) {
    for (const url of urls) {
      const sofar = results.get(url);
      if (sofar instanceof Error) continue;
      onRun?.(url, round);
      try {
        sofar!.push(await runOnce(url));
      } catch {
        // Once in a while Chromium's trace of a load comes back broken (NO_NAVSTART): run that page again once.
        try {
          sofar!.push(await runOnce(url));
        } catch (error) {
          results.set(url, error as Error);
        }
      }
    }
  }
  return new Map([...results].map(([url, runsOf]) => [url, runsOf instanceof Error ? runsOf : summarize(runsOf)]));
}

function summarize(results: Result[]): LighthouseScores {
  const lhr: Result = computeMedianRun(results);
  const { categories, audits } = lhr;
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  const metric = (id: string) => audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: Math.round(metric('largest-contentful-paint')),
    cls: Number(metric('cumulative-layout-shift').toFixed(3)),
    tbtMs: Math.round(metric('total-blocking-time')),
    lost: Object.entries(categories)
      .filter(([id]) => id !== 'performance')
      .flatMap(([id, category]) =>
        category.auditRefs
          .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${id}: ${ref.id}${example(audits[ref.id]?.details)}`),
      ),
    performanceRuns: results.map((result) => Math.round((result.categories.performance?.score ?? 0) * 100)),
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
    cpuSlowdownMultiplier: lhr.configSettings.throttling.cpuSlowdownMultiplier,
  };
}

async function runOnce(url: string): Promise<Result> {
  const chrome = await launch({ chromePath, chromeFlags, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError)
      throw new Error(`Lighthouse could not load ${url}: ${result.lhr.runtimeError.message}`);
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

/** "76 (73-79)": the median run's score, and the range over the runs when there were several. */
export function performanceText(scores: LighthouseScores): string {
  const low = Math.min(...scores.performanceRuns);
  const high = Math.max(...scores.performanceRuns);
  return scores.performanceRuns.length > 1 ? `${scores.performance} (${low}-${high})` : String(scores.performance);
}

/** The first thing an audit found, e.g. the address that failed to load, to make the note actionable. */
function example(details: unknown): string {
  const item = (details as { items?: Record<string, unknown>[] } | undefined)?.items?.[0];
  if (!item) return '';
  const where = (item.sourceLocation as { url?: string } | undefined)?.url ?? item.url;
  const what = item.description ?? (item.node as { snippet?: string } | undefined)?.snippet;
  return ` (${[what, where].filter(Boolean).join(' ').slice(0, 160)})`;
}
