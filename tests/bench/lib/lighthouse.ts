// Lighthouse 12 (the last line that runs on Node 20) with its default mobile configuration and
// simulated throttling, in the machine's own Chromium. One fresh browser per page, one page at a time.
import { existsSync } from 'node:fs';
import { chromiumPath, quietChromiumFlags } from '../../chromium';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';

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
}

export const chromePath = chromiumPath ?? '/usr/bin/chromium';

const chromeFlags = ['--headless=new', ...quietChromiumFlags];

/** Why Lighthouse cannot run here, or undefined when it can. */
export function lighthouseUnavailable(): string | undefined {
  return existsSync(chromePath) ? undefined : `Chromium not found at ${chromePath}: apt-get install -y chromium (or set CHROMIUM_PATH)`;
}

export async function runLighthouse(url: string): Promise<LighthouseScores> {
  const chrome = await launch({ chromePath, chromeFlags, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse could not load ${url}: ${runtimeError.message}`);
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
          category.auditRefs.filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1).map((ref) => `${id}: ${ref.id}${example(audits[ref.id]?.details)}`),
        ),
    };
  } finally {
    chrome.kill();
  }
}


/** The first thing an audit found, e.g. the address that failed to load, to make the note actionable. */
function example(details: unknown): string {
  const item = (details as { items?: Record<string, unknown>[] } | undefined)?.items?.[0];
  if (!item) return '';
  const where = (item.sourceLocation as { url?: string } | undefined)?.url ?? item.url;
  const what = item.description ?? (item.node as { snippet?: string } | undefined)?.snippet;
  return ` (${[what, where].filter(Boolean).join(' ').slice(0, 160)})`;
}
