// The loose performance guard that runs with every `npm test`. `npm run bench` measures the same
// things exactly and with tighter budgets (tests/bench/lib/budgets.ts); this only catches big slips.
import { expect, test } from '@playwright/test';
import { articlePath, budget } from '../bench/lib/budgets';
import { assetsOf, measurePage } from '../bench/lib/page-weight';
import { listArticles } from './helpers';
import { selfCheckPath } from './self-check-helpers';

// The gzip JavaScript of a bare Next.js 16.4.6 app-router page (a layout and an <h1>), as
// `npm run bench` measured it on 2026-11-27: the framework's floor. Measure again after a Next.js upgrade.
const FRAMEWORK_FLOOR_GZIP = 134_904;

/** What every page sends (next.config.mjs headers()): 5 minutes in a CDN or nginx, then a day of stale-while-revalidate. */
const PAGE_CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=86400';

// Document pages (kind: document in lib/routes.mjs) load no framework JavaScript, at most the site's own small script.
for (const path of ['/', articlePath]) {
  test(`${path} loads no framework JavaScript, at most the site's own script (under 2 KB gzip), and under 15 KB of CSS`, async ({
    baseURL,
  }) => {
    const weight = await measurePage(baseURL!, path);
    expect(weight.status).toBe(200);
    expect(weight.js.files).toBeLessThanOrEqual(1);
    expect(weight.js.gzip).toBeLessThanOrEqual(budget.enhanceScriptGzip);
    expect(weight.css.gzip).toBeLessThanOrEqual(budget.cssGzip);
  });
}

// The self-check is an app page: React runs its one-question-at-a-time steps, so it may send more than
// the floor, but its words are rendered on the server and never travel in its script. What it loads beyond
// the floor includes the site's own small script (its quick exit's keys): the bench's budget, in every run.
test("the self-check loads at most the framework's JavaScript + 8 KB (gzip)", async ({ baseURL }) => {
  const weight = await measurePage(baseURL!, selfCheckPath);
  expect(weight.status).toBe(200);
  expect(weight.js.gzip, `${weight.js.files} files`).toBeLessThanOrEqual(FRAMEWORK_FLOOR_GZIP + budget.appJsOverFloor);
});

test('an article is under 30 KB of HTML (gzip)', async ({ baseURL }) => {
  const weight = await measurePage(baseURL!, articlePath);
  expect(weight.html.gzip).toBeLessThanOrEqual(budget.articleHtmlGzip);
});

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
]) {
  test(`nothing moves while an article loads (${viewport.width}px wide)`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto(articlePath, { waitUntil: 'load' });
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) total += (entry as PerformanceEntry & { value: number }).value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 1_000);
        }),
    );
    expect(shift).toBe(0);
  });
}

test('pages can sit in a CDN; hashed files are immutable; search, private and missing pages are not cached', async ({
  request,
}) => {
  const pages = [
    '/',
    '/learn',
    '/learn/faq/all-answers',
    '/glossary',
    '/about',
    '/get-help-now',
    ...listArticles().map(({ slug }) => `/learn/${slug}`),
  ];
  // What a reader searched for is never kept in a shared cache.
  const search = await request.get('/search?q=relapse');
  expect(search.status()).toBe(200);
  expect(search.headers()['cache-control']).toBe('private, no-store');
  for (const path of pages) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['cache-control'], path).toBe(PAGE_CACHE_CONTROL);
  }

  const selfCheckPage = await (await request.get('/is-iop-right-for-me')).text();
  const script = assetsOf(selfCheckPage).scripts.find((src) => src.startsWith('/_next/static/'));
  expect(script).toBeDefined();
  expect((await request.get(script!)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');

  // The empty self-check is prerendered and cached like any page; a reader's answers, shown back to
  // them after a post, are never kept in a shared cache.
  const selfCheck = await request.get('/is-iop-right-for-me');
  expect(selfCheck.headers()['cache-control']).toBe(PAGE_CACHE_CONTROL);
  expect(selfCheck.headers()['x-nextjs-prerender']).toBeDefined();
  const answers = await request.post('/is-iop-right-for-me/answers', { form: { for: 'self' }, maxRedirects: 0 });
  expect(answers.status()).toBe(200);
  expect(answers.headers()['cache-control']).toMatch(/private.*no-store|no-store.*private/);
  const direct = await request.get('/is-iop-right-for-me/answers', { maxRedirects: 0 });
  expect(direct.status()).toBe(307);
  expect(direct.headers()['location']).toBe('/is-iop-right-for-me');

  expect((await request.get('/learn/no-such-article')).headers()['cache-control']).toContain('no-store');
});
