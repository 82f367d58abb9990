import { describe, expect, it } from 'vitest';
import { articlePath, checkBudgets, KB, type PageResult } from '../../bench/lib/budgets';
import { performanceText, type LighthouseScores } from '../../bench/lib/lighthouse';
import type { PageWeight } from '../../bench/lib/page-weight';

const weight = (path: string, jsGzip: number, extra: Partial<PageWeight> = {}): PageWeight => ({
  path,
  status: 200,
  html: { raw: 40 * KB, gzip: 10 * KB },
  js: { raw: 400 * KB, gzip: jsGzip, files: 7 },
  frameworkJs: { raw: 400 * KB, gzip: jsGzip, files: jsGzip ? 7 : 0 },
  css: { raw: 30 * KB, gzip: 7 * KB, files: 1 },
  noindex: false,
  ...extra,
});

const scores = (performance: number, extra: Partial<LighthouseScores> = {}): LighthouseScores => ({
  performance,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  lcpMs: 1000,
  cls: 0,
  tbtMs: 10,
  lost: [],
  performanceRuns: [performance],
  benchmarkIndex: 2000,
  cpuSlowdownMultiplier: 4,
  ...extra,
});

const find = (checks: ReturnType<typeof checkBudgets>, start: string) =>
  checks.find((check) => check.name.startsWith(start));
const floor = { jsGzip: 130 * KB, performance: 95 };
const documentPage = (path: string, extra: Partial<PageResult> = {}): PageResult => ({
  path,
  kind: 'document',
  weight: weight(path, 0),
  ...extra,
});

describe('checkBudgets', () => {
  it('fails a page Lighthouse could not measure, instead of leaving its budgets out', () => {
    const message = 'Lighthouse could not load http://127.0.0.1:1/about: NO_NAVSTART';
    const checks = checkBudgets([documentPage('/about', { lighthouseError: message }), documentPage('/learn')], {
      floor,
    });
    expect(find(checks, 'Lighthouse measured /about')).toEqual({
      name: 'Lighthouse measured /about',
      pass: false,
      detail: message,
    });
    expect(find(checks, 'Lighthouse measured /learn')).toBeUndefined();
  });

  it('allows a document page no framework JavaScript, and an app page 8 KB over the floor', () => {
    const pages: PageResult[] = [
      documentPage(articlePath),
      { path: '/', kind: 'document', weight: weight('/', 1) },
      { path: '/is-iop-right-for-me', kind: 'app', weight: weight('/is-iop-right-for-me', floor.jsGzip + 8 * KB) },
      { path: '/search?q=x', kind: 'app', weight: weight('/search', floor.jsGzip + 8 * KB + 1) },
    ];
    const checks = checkBudgets(pages, { floor, enhanceScriptGzip: 2 * KB });
    expect(find(checks, `No framework JS on ${articlePath}`)).toMatchObject({ pass: true, detail: '0 bytes' });
    expect(checks.find((check) => check.name === 'No framework JS on /')).toMatchObject({
      pass: false,
      detail: '7 files, 0.0 KB',
    });
    expect(find(checks, 'JS /is-iop-right-for-me')?.pass).toBe(true);
    expect(find(checks, 'JS /search')?.pass).toBe(false);
    expect(find(checks, 'Own script')).toMatchObject({ pass: true, detail: '2.0 KB' });
    expect(find(checks, 'Own script')?.name).toBe('Own script (public/enhance.js) <= 2.0 KB');
    expect(checkBudgets([], { enhanceScriptGzip: 2 * KB + 1 })[0]?.pass).toBe(false);
  });

  it('holds document pages to 100, TBT under 50 ms and an LCP within 10 % of Starlight in the same run', () => {
    const passing = checkBudgets([documentPage(articlePath, { lighthouse: scores(100, { tbtMs: 49, lcpMs: 1100 }) })], {
      starlightLcpMs: 1000,
    });
    expect(passing.filter((check) => !check.pass)).toEqual([]);
    const failing = checkBudgets([documentPage(articlePath, { lighthouse: scores(99, { tbtMs: 50, lcpMs: 1101 }) })], {
      starlightLcpMs: 1000,
    });
    expect(find(failing, 'Lighthouse performance')).toMatchObject({ pass: false, detail: '99' });
    expect(find(failing, 'TBT')).toMatchObject({ pass: false, detail: '50 ms' });
    expect(find(failing, 'LCP')).toMatchObject({ pass: false, detail: '1101 ms (Starlight 1000 ms, limit 1100 ms)' });
    const noStarlight = checkBudgets([documentPage(articlePath, { lighthouse: scores(100) })]);
    expect(find(noStarlight, 'LCP')).toMatchObject({
      pass: false,
      detail: '1000 ms; Starlight not measured in this run',
    });
  });

  it('holds app pages to the bare Next.js page minus 3, naming its score', () => {
    const app = (performance: number): PageResult => ({
      path: '/is-iop-right-for-me',
      kind: 'app',
      lighthouse: scores(performance),
    });
    expect(find(checkBudgets([app(92)], { floor }), 'Lighthouse performance')).toMatchObject({
      pass: true,
      detail: '92 (bare Next.js page: 95)',
    });
    expect(find(checkBudgets([app(91)], { floor }), 'Lighthouse performance')?.pass).toBe(false);
  });

  it('allows an article 10 KB of HTML per 1,500 words, and a longer one proportionally more', () => {
    const html = (gzip: number, words: number) =>
      documentPage(articlePath, { weight: weight(articlePath, 0, { html: { raw: 0, gzip } }), words });
    expect(find(checkBudgets([html(10 * KB, 900)]), 'HTML')?.pass).toBe(true);
    expect(find(checkBudgets([html(10 * KB + 1, 900)]), 'HTML')?.pass).toBe(false);
    expect(find(checkBudgets([html(20 * KB, 3000)]), 'HTML')).toMatchObject({
      pass: true,
      detail: '20.0 KB for 3000 words (limit 20.0 KB)',
    });
  });

  it('accepts SEO points lost only to noindex on a page that asks for it, or to the status of the 404 page', () => {
    const noindexPage: PageResult = {
      path: '/search?q=x',
      kind: 'app',
      weight: weight('/search', 0, { noindex: true }),
      lighthouse: scores(99, { seo: 66, lost: ['seo: is-crawlable ()'] }),
    };
    const indexedPage = documentPage('/glossary', {
      lighthouse: scores(100, { seo: 66, lost: ['seo: is-crawlable ()'] }),
    });
    const missing = documentPage('/no-such-page', {
      weight: weight('/no-such-page', 0, { status: 404 }),
      lighthouse: scores(100, { seo: 69, lost: ['seo: http-status-code'] }),
    });
    const checks = checkBudgets([noindexPage, indexedPage, missing]);
    expect(find(checks, 'Lighthouse a11y/BP/SEO /search')).toMatchObject({
      pass: true,
      detail: '100/100/66 (noindex, by design)',
    });
    expect(find(checks, 'Lighthouse a11y/BP/SEO /glossary')?.pass).toBe(false);
    expect(find(checks, 'Lighthouse a11y/BP/SEO /no-such-page')).toMatchObject({
      pass: true,
      detail: '100/100/69 (a 404 page, by design)',
    });
  });

  it('checks layout shift on the article, build cost per article, the proxy share and search at 500 articles', () => {
    const search = (articles: number, p95Ms: number) => ({
      articles,
      queries: 200,
      p50Ms: 1,
      p95Ms,
      maxMs: p95Ms,
      indexMs: 1,
    });
    const checks = checkBudgets([documentPage(articlePath, { lighthouse: scores(100, { cls: 0.01 }) })], {
      scaling: {
        real: { articles: 14, ms: 1, peakRssBytes: 1 },
        scaled: { articles: 300, ms: 1, peakRssBytes: 1 },
        marginalMsPerArticle: 150,
      },
      proxyShare: 0.79,
      search: [search(14, 50), search(500, 20)],
    });
    expect(find(checks, 'CLS')?.pass).toBe(false);
    expect(find(checks, 'Build cost')?.pass).toBe(false);
    expect(find(checks, 'nginx cache')?.pass).toBe(false);
    expect(find(checks, 'Search p95')).toMatchObject({ pass: false, detail: '20 ms (p50 1 ms)' });
    expect(find(checkBudgets([], { search: [search(500, 19.9)] }), 'Search p95')?.pass).toBe(true);
  });
});

describe('performanceText', () => {
  it('shows the median run and the range over several runs', () => {
    expect(performanceText(scores(76, { performanceRuns: [79, 76, 73] }))).toBe('76 (73-79)');
    expect(performanceText(scores(90))).toBe('90');
  });
});
