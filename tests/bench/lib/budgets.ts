// The performance budgets (from the issue), checked against one bench run. KB = 1024 bytes, gzip.
// tests/e2e/performance.spec.ts guards the same things more loosely on every test run.
import type { BuildScaling } from './build-scaling';
import type { LighthouseScores } from './lighthouse';
import type { PageWeight } from './page-weight';
import { kb } from './report';

export const KB = 1024;
export const budget = {
  /** JavaScript above the bare framework's, per page (home and articles / the self-check, an app page). */
  jsOverFloor: { default: 5 * KB, '/is-iop-right-for-me': 8 * KB } as Record<string, number>,
  cssGzip: 15 * KB,
  articleHtmlGzip: 30 * KB,
  lighthousePerformance: 98,
  marginalBuildMsPerArticle: 150,
  /** nginx proxy cache requests/s as a share of nginx serving the file itself */
  proxyShareOfFile: 0.8,
};

export const articlePath = '/learn/what-is-an-iop';

export interface PageResult {
  path: string;
  weight?: PageWeight;
  lighthouse?: LighthouseScores;
}

export interface BudgetCheck {
  name: string;
  pass: boolean;
  detail: string;
}

export function checkBudgets(
  pages: PageResult[],
  floorJsGzip: number | undefined,
  scaling?: BuildScaling,
  proxyShare?: number,
  floorPerformance?: number,
): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const add = (name: string, pass: boolean, detail: string) => checks.push({ name, pass, detail });
  const kbText = (bytes: number) => `${kb(bytes)} KB`;
  const signed = (bytes: number) => `${bytes < 0 ? '-' : '+'} ${kbText(Math.abs(bytes))}`;
  for (const { path, weight, lighthouse } of pages) {
    if (weight && floorJsGzip !== undefined && (path === '/' || path === articlePath || path in budget.jsOverFloor)) {
      const limit = budget.jsOverFloor[path] ?? budget.jsOverFloor.default!;
      const over = weight.js.gzip - floorJsGzip;
      add(`JS ${path} <= floor + ${kbText(limit)}`, over <= limit, `floor ${signed(over)}`);
    }
    if (weight) add(`CSS ${path} <= ${kbText(budget.cssGzip)}`, weight.css.gzip <= budget.cssGzip, kbText(weight.css.gzip));
    if (weight && path === articlePath) add(`HTML ${path} <= ${kbText(budget.articleHtmlGzip)}`, weight.html.gzip <= budget.articleHtmlGzip, kbText(weight.html.gzip));
    if (lighthouse) {
      const { performance, accessibility, bestPractices, seo } = lighthouse;
      // The bare framework page's score in the same run says how much of the gap is the framework's.
      const floorNote = floorPerformance === undefined ? '' : ` (bare Next.js page: ${floorPerformance})`;
      add(`Lighthouse performance ${path} >= ${budget.lighthousePerformance}`, performance >= budget.lighthousePerformance, `${performance}${floorNote}`);
      // A page that asks not to be indexed (search results) loses SEO points for exactly that: by design.
      const seoLost = lighthouse.lost.filter((audit) => audit.startsWith('seo:'));
      const noindexOnly = weight?.noindex === true && seoLost.length > 0 && seoLost.every((audit) => audit.startsWith('seo: is-crawlable'));
      const seoOk = seo === 100 || noindexOnly;
      add(`Lighthouse a11y/BP/SEO ${path} = 100`, accessibility === 100 && bestPractices === 100 && seoOk, `${accessibility}/${bestPractices}/${seo}${noindexOnly ? ' (noindex by design)' : ''}`);
      if (path === articlePath) add(`CLS ${path} = 0`, lighthouse.cls === 0, String(lighthouse.cls));
    }
  }
  if (scaling) {
    const { marginalMsPerArticle } = scaling;
    add(`Build cost per article < ${budget.marginalBuildMsPerArticle} ms`, marginalMsPerArticle < budget.marginalBuildMsPerArticle, `${marginalMsPerArticle} ms`);
  }
  if (proxyShare !== undefined) {
    add(`nginx cache >= ${budget.proxyShareOfFile * 100}% of nginx file`, proxyShare >= budget.proxyShareOfFile, `${Math.round(proxyShare * 100)}%`);
  }
  return checks;
}
