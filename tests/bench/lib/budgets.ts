// The performance budgets, checked against one bench run: printed PASS/FAIL, never timed assertions in
// tests. KB = 1024 bytes, gzip. tests/e2e/performance.spec.ts guards the sizes more loosely on every test run.
// Document pages (kind: document in lib/routes.mjs) are held to what a static site achieves: no framework JavaScript,
// Lighthouse 100 and an LCP within 10 % of Astro Starlight's in the same run. App pages keep React and are
// held to the bare Next.js page measured in the same run.
import type { BuildScaling } from './build-scaling';
import type { LighthouseScores } from './lighthouse';
import type { PageWeight } from './page-weight';
import { kb } from './report';
import type { SearchLatency } from './search-latency';

export const KB = 1024;
export const budget = {
  /** JavaScript above the bare framework's on an app page (the self-check, search) */
  appJsOverFloor: 8 * KB,
  /** An app page's Lighthouse performance may be this much below the bare Next.js page's */
  appPerformanceBelowFloor: 3,
  cssGzip: 15 * KB,
  /** public/enhance.js, the one script of document pages */
  enhanceScriptGzip: 2 * KB,
  /** An article's HTML, for 1,500 words of text (a longer article may have proportionally more) */
  articleHtmlGzipPer1500Words: 10 * KB,
  /** A loose guard for tests/e2e/performance.spec.ts: any article, whatever its length */
  articleHtmlGzip: 30 * KB,
  documentPerformance: 100,
  documentTbtMs: 50,
  /** A document page's LCP may be at most this much later than Starlight's article in the same run */
  lcpOverStarlight: 0.1,
  marginalBuildMsPerArticle: 150,
  /** nginx proxy cache requests/s as a share of nginx serving the file */
  proxyShareOfFile: 0.8,
  searchP95Ms: 20,
  searchArticles: 500,
};

export const articlePath = '/learn/what-is-an-iop';

export interface PageResult {
  path: string;
  kind: 'document' | 'app';
  weight?: PageWeight;
  lighthouse?: LighthouseScores;
  /** Why Lighthouse could not measure the page in a run that measured the others: its budgets then fail. */
  lighthouseError?: string;
  /** Words of article text (articles only), for the HTML budget */
  words?: number;
}

export interface BudgetCheck {
  name: string;
  pass: boolean;
  detail: string;
}

/** What else one bench run measured, that budgets compare against. */
export interface BenchContext {
  floor?: { jsGzip: number; performance?: number };
  starlightLcpMs?: number;
  enhanceScriptGzip?: number;
  scaling?: BuildScaling;
  proxyShare?: number;
  search?: SearchLatency[];
}

const kbText = (bytes: number) => `${kb(bytes)} KB`;

export function checkBudgets(pages: PageResult[], context: BenchContext = {}): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const add = (name: string, pass: boolean, detail: string) => checks.push({ name, pass, detail });
  const { floor, starlightLcpMs } = context;

  if (context.enhanceScriptGzip !== undefined) {
    add(
      `Own script (public/enhance.js) <= ${kbText(budget.enhanceScriptGzip)}`,
      context.enhanceScriptGzip <= budget.enhanceScriptGzip,
      kbText(context.enhanceScriptGzip),
    );
  }
  for (const { path, kind, weight, lighthouse, lighthouseError, words } of pages) {
    if (weight && kind === 'document')
      add(
        `No framework JS on ${path}`,
        weight.frameworkJs.files === 0,
        weight.frameworkJs.files ? `${weight.frameworkJs.files} files, ${kbText(weight.frameworkJs.gzip)}` : '0 bytes',
      );
    if (weight && kind === 'app' && floor) {
      const over = weight.js.gzip - floor.jsGzip;
      add(
        `JS ${path} <= floor + ${kbText(budget.appJsOverFloor)}`,
        over <= budget.appJsOverFloor,
        `floor ${over < 0 ? '-' : '+'} ${kbText(Math.abs(over))}`,
      );
    }
    if (weight)
      add(`CSS ${path} <= ${kbText(budget.cssGzip)}`, weight.css.gzip <= budget.cssGzip, kbText(weight.css.gzip));
    if (weight && words !== undefined) {
      const limit = Math.round(budget.articleHtmlGzipPer1500Words * Math.max(1, words / 1500));
      add(
        `HTML ${path} <= ${kbText(budget.articleHtmlGzipPer1500Words)} per 1,500 words`,
        weight.html.gzip <= limit,
        `${kbText(weight.html.gzip)} for ${words} words (limit ${kbText(limit)})`,
      );
    }
    // A page Lighthouse could not measure has not met its budget (it is not left out of the list).
    if (lighthouseError !== undefined) add(`Lighthouse measured ${path}`, false, lighthouseError);
    if (!lighthouse) continue;
    const { performance, accessibility, bestPractices, seo, tbtMs, lcpMs } = lighthouse;
    if (kind === 'document') {
      add(
        `Lighthouse performance ${path} = ${budget.documentPerformance}`,
        performance >= budget.documentPerformance,
        String(performance),
      );
      add(`TBT ${path} < ${budget.documentTbtMs} ms`, tbtMs < budget.documentTbtMs, `${tbtMs} ms`);
      if (starlightLcpMs !== undefined) {
        const limit = Math.round(starlightLcpMs * (1 + budget.lcpOverStarlight));
        add(
          `LCP ${path} <= Starlight + ${budget.lcpOverStarlight * 100} %`,
          lcpMs <= limit,
          `${lcpMs} ms (Starlight ${starlightLcpMs} ms, limit ${limit} ms)`,
        );
      } else
        add(
          `LCP ${path} <= Starlight + ${budget.lcpOverStarlight * 100} %`,
          false,
          `${lcpMs} ms; Starlight not measured in this run`,
        );
    } else if (floor?.performance !== undefined) {
      const limit = floor.performance - budget.appPerformanceBelowFloor;
      add(
        `Lighthouse performance ${path} >= bare Next.js - ${budget.appPerformanceBelowFloor}`,
        performance >= limit,
        `${performance} (bare Next.js page: ${floor.performance})`,
      );
    }
    const why = byDesign(lighthouse, weight);
    const seoOk = seo === 100 || why !== undefined;
    add(
      `Lighthouse a11y/BP/SEO ${path} = 100`,
      accessibility === 100 && bestPractices === 100 && seoOk,
      `${accessibility}/${bestPractices}/${seo}${why ? ` (${why}, by design)` : ''}`,
    );
    if (path === articlePath) add(`CLS ${path} = 0`, lighthouse.cls === 0, String(lighthouse.cls));
  }
  if (context.scaling) {
    const { marginalMsPerArticle } = context.scaling;
    add(
      `Build cost per article < ${budget.marginalBuildMsPerArticle} ms`,
      marginalMsPerArticle < budget.marginalBuildMsPerArticle,
      `${marginalMsPerArticle} ms`,
    );
  }
  if (context.proxyShare !== undefined) {
    add(
      `nginx cache >= ${budget.proxyShareOfFile * 100}% of nginx file`,
      context.proxyShare >= budget.proxyShareOfFile,
      `${Math.round(context.proxyShare * 100)}%`,
    );
  }
  const atScale = context.search?.find((latency) => latency.articles >= budget.searchArticles);
  if (atScale)
    add(
      `Search p95 < ${budget.searchP95Ms} ms at ${budget.searchArticles} articles`,
      atScale.p95Ms < budget.searchP95Ms,
      `${atScale.p95Ms} ms (p50 ${atScale.p50Ms} ms)`,
    );
  return checks;
}

/**
 * SEO points a page loses on purpose: search results ask not to be indexed (noindex), and the page for a
 * missing address answers 404. Undefined when the page lost SEO points for anything else.
 */
function byDesign(lighthouse: LighthouseScores, weight?: PageWeight): string | undefined {
  const seoLost = lighthouse.lost.filter((audit) => audit.startsWith('seo:'));
  if (seoLost.length === 0) return undefined;
  if (weight?.noindex && seoLost.every((audit) => audit.startsWith('seo: is-crawlable'))) return 'noindex';
  if (
    weight?.status === 404 &&
    seoLost.every((audit) => audit.startsWith('seo: http-status-code') || audit.startsWith('seo: is-crawlable'))
  )
    return 'a 404 page';
  return undefined;
}
