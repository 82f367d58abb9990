// How long a search takes as the site grows: the site's own index and ranking (lib/search), built from a
// copy of content/ filled up to N articles (copies of the real ones, as for the build-scaling bench), and
// 200 mixed queries timed one by one in this process: what /search and /search/results spend per query
// before Next.js renders the answer.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { readContent, type Article } from '../../../lib/content/loader';
import { buildSearchIndex } from '../../../lib/search/build-index';
import { search } from '../../../lib/search/query';
import { articleFiles, generateArticles } from './build-scaling';

export interface SearchLatency {
  articles: number;
  queries: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** Time to build the index once (a server does this on its first search) */
  indexMs: number;
}

/** Fixed queries that are not taken from the articles: typos, glossary words, phrases, nothing found, a long one. */
const otherQueries = [
  'insurence',
  'relaps',
  'theraphy',
  'detx',
  'php',
  'asam',
  'cbt',
  'dbt',
  'step-down care',
  'telehealth',
  'how much does it cost',
  'can I keep working',
  'what is a partial hospitalization program',
  'medicare',
  'medicaid',
  'family',
  'teen',
  'naloxone',
  '988',
  'zzzz quantum',
  'is an iop right for me',
  'group therapy',
  'sober living',
  'what happens in a typical week of an intensive outpatient program for depression and anxiety when you also work full time',
];

/**
 * 200 mixed queries (deterministic): heading questions and single words from the articles, with the
 * fixed ones above in between; so every run, and both sizes, search the same things.
 */
export function mixedQueries(articles: Pick<Article, 'frontmatter' | 'headings'>[], count = 200): string[] {
  const headings = articles.flatMap((article) => article.headings.map((heading) => heading.text));
  const words = [
    ...new Set(articles.flatMap((article) => article.frontmatter.title.toLowerCase().match(/[a-z]{4,}/g) ?? [])),
  ];
  const pools = [headings, words, otherQueries];
  return Array.from({ length: count }, (_, i) => {
    const pool = pools[i % pools.length]!;
    return pool[(i * 7) % pool.length]!;
  });
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const round = (ms: number) => Math.round(ms * 100) / 100;

/** Times `count` queries against an index of the content in `contentDir` (after one untimed pass to warm up). */
export function timeSearches(contentDir: string, count = 200): SearchLatency {
  const { articles, glossary } = readContent(contentDir);
  const indexStarted = performance.now();
  const index = buildSearchIndex(articles, glossary);
  const indexMs = performance.now() - indexStarted;
  const queries = mixedQueries(articles, count);
  for (const query of queries.slice(0, 20)) search(index, query);
  const times = queries.map((query) => {
    const started = performance.now();
    search(index, query);
    return performance.now() - started;
  });
  const sorted = [...times].sort((a, b) => a - b);
  return {
    articles: articles.length,
    queries: count,
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    maxMs: round(sorted.at(-1)!),
    indexMs: Math.round(indexMs),
  };
}

/** Search latency with the real content, and with it copied and filled up to `total` articles. */
export function measureSearchLatency(projectDir: string, total = 500): SearchLatency[] {
  const contentDir = path.join(projectDir, 'content');
  const real = timeSearches(contentDir);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'iop-search-bench-'));
  try {
    const copy = path.join(dir, 'content');
    cpSync(contentDir, copy, { recursive: true });
    cpSync(path.join(projectDir, 'public'), path.join(dir, 'public'), { recursive: true });
    generateArticles(copy, total - articleFiles(copy).length);
    return [real, timeSearches(copy)];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
