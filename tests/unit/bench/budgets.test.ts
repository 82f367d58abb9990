import { describe, expect, it } from 'vitest';
import { articlePath, checkBudgets, KB, type PageResult } from '../../bench/lib/budgets';
import { performanceText, type LighthouseScores } from '../../bench/lib/lighthouse';
import type { PageWeight } from '../../bench/lib/page-weight';

const weight = (path: string, jsGzip: number, extra: Partial<PageWeight> = {}): PageWeight => ({
  path,
  status: 200,
  html: { raw: 40 * KB, gzip: 10 * KB },
  js: { raw: 400 * KB, gzip: jsGzip, files: 7 },
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
  tbtMs: 100,
  lost: [],
  performanceRuns: [performance],
  benchmarkIndex: 2000,
  cpuSlowdownMultiplier: 4,
  ...extra,
});

const find = (checks: ReturnType<typeof checkBudgets>, start: string) => checks.find((check) => check.name.startsWith(start));
const floor = 130 * KB;

describe('checkBudgets', () => {
  it('allows an article 5 KB of JavaScript over the floor and the self-check (an app page) 8 KB', () => {
    const pages: PageResult[] = [
      { path: articlePath, weight: weight(articlePath, floor + 5 * KB) },
      { path: '/', weight: weight('/', floor + 5 * KB + 1) },
      { path: '/is-iop-right-for-me', weight: weight('/is-iop-right-for-me', floor + 8 * KB) },
    ];
    const checks = checkBudgets(pages, floor);
    expect(find(checks, `JS ${articlePath}`)?.pass).toBe(true);
    expect(find(checks, 'JS / ')?.pass).toBe(false);
    expect(find(checks, 'JS /is-iop-right-for-me')?.pass).toBe(true);
    const over = checkBudgets([{ path: '/is-iop-right-for-me', weight: weight('/is-iop-right-for-me', floor + 8 * KB + 1) }], floor);
    expect(find(over, 'JS /is-iop-right-for-me')?.pass).toBe(false);
  });

  it('fails a performance score under 98 and names the bare framework page score beside it', () => {
    const checks = checkBudgets([{ path: articlePath, weight: weight(articlePath, floor), lighthouse: scores(97) }], floor, undefined, undefined, 91);
    const check = find(checks, `Lighthouse performance ${articlePath}`);
    expect(check).toMatchObject({ pass: false, detail: '97 (bare Next.js page: 91)' });
    expect(find(checks, 'Lighthouse performance')?.detail).not.toContain('undefined');
    const passing = checkBudgets([{ path: articlePath, lighthouse: scores(98) }], undefined);
    expect(find(passing, 'Lighthouse performance')).toMatchObject({ pass: true, detail: '98' });
  });

  it('accepts an SEO score lost only to noindex, on a page that asks for it', () => {
    const lost = ['seo: is-crawlable ()'];
    const noindexPage = { path: '/search?q=x', weight: weight('/search', floor, { noindex: true }), lighthouse: scores(99, { seo: 66, lost }) };
    const indexedPage = { path: '/glossary', weight: weight('/glossary', floor), lighthouse: scores(99, { seo: 66, lost }) };
    const checks = checkBudgets([noindexPage, indexedPage], floor);
    expect(find(checks, 'Lighthouse a11y/BP/SEO /search')?.pass).toBe(true);
    expect(find(checks, 'Lighthouse a11y/BP/SEO /glossary')?.pass).toBe(false);
  });

  it('checks layout shift on the article, build cost per article and the proxy share', () => {
    const checks = checkBudgets(
      [{ path: articlePath, lighthouse: scores(99, { cls: 0.01 }) }],
      undefined,
      { real: { articles: 14, ms: 1, peakRssBytes: 1 }, scaled: { articles: 300, ms: 1, peakRssBytes: 1 }, marginalMsPerArticle: 150 },
      0.79,
    );
    expect(find(checks, 'CLS')?.pass).toBe(false);
    expect(find(checks, 'Build cost')?.pass).toBe(false);
    expect(find(checks, 'nginx cache')?.pass).toBe(false);
  });
});

describe('performanceText', () => {
  it('shows the median run and the range over several runs', () => {
    expect(performanceText(scores(76, { performanceRuns: [79, 76, 73] }))).toBe('76 (73-79)');
    expect(performanceText(scores(90))).toBe('90');
  });
});
