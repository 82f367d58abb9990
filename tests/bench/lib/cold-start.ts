// Why Lighthouse scores move so much here: it starts a new browser for every run, and a new browser
// lays out text with cold font and shaping caches and compiles scripts with no code cache. This
// measures the main-thread work of one page on a first visit in a fresh browser and on a second
// visit in the same browser (Chromium's own counters), with no throttling: the simulated phone
// multiplies the first figure by 4.
import { chromium } from '@playwright/test';
import { chromiumPath, quietChromiumFlags } from '../../chromium';

export interface MainThreadWork {
  styleMs: number;
  layoutMs: number;
  scriptMs: number;
  /** every task on the page's main thread */
  taskMs: number;
}

export interface ColdAndWarm {
  path: string;
  /** first visit in a fresh browser (median of the browsers) */
  cold: MainThreadWork;
  /** the same page again in the same browser (median) */
  warm: MainThreadWork;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function medianWork(runs: MainThreadWork[]): MainThreadWork {
  const pick = (key: keyof MainThreadWork) => Math.round(median(runs.map((run) => run[key])));
  return { styleMs: pick('styleMs'), layoutMs: pick('layoutMs'), scriptMs: pick('scriptMs'), taskMs: pick('taskMs') };
}

/** Loads `path` twice in each of `browsers` fresh browsers, the size of Lighthouse's phone screen. */
export async function measureColdAndWarm(baseUrl: string, path: string, browsers = 3): Promise<ColdAndWarm> {
  const cold: MainThreadWork[] = [];
  const warm: MainThreadWork[] = [];
  for (let run = 0; run < browsers; run++) {
    const browser = await chromium.launch({ executablePath: chromiumPath, args: quietChromiumFlags });
    try {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
      const page = await context.newPage();
      for (const visits of [cold, warm]) {
        // Chromium counts from Performance.enable; the counters belong to the document, so each visit starts from zero.
        const session = await context.newCDPSession(page);
        await session.send('Performance.enable');
        await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
        await page.waitForTimeout(1000); // hydration and what follows it
        const { metrics } = await session.send('Performance.getMetrics');
        await session.detach();
        const ms = (name: string) => (metrics.find((metric) => metric.name === name)?.value ?? Number.NaN) * 1000;
        visits.push({
          styleMs: ms('RecalcStyleDuration'),
          layoutMs: ms('LayoutDuration'),
          scriptMs: ms('ScriptDuration'),
          taskMs: ms('TaskDuration'),
        });
      }
    } finally {
      await browser.close();
    }
  }
  return { path, cold: medianWork(cold), warm: medianWork(warm) };
}
