import { expect, test } from '@playwright/test';
import { securityHeaders } from '../support/hostile-requests';
import { listArticles } from './helpers';

const paths = () => [
  '/',
  '/get-help-now',
  '/glossary',
  '/about',
  ...listArticles().map(({ slug }) => `/learn/${slug}`),
];

test('every page sends the privacy and security headers, and no cookie', async ({ request }) => {
  for (const path of [...paths(), '/learn/no-such-article']) {
    const response = await request.get(path);
    const headers = response.headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp, path).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['permissions-policy']).toContain('microphone=()');
    expect(headers['permissions-policy']).toContain('geolocation=()');
    expect(headers['permissions-policy']).toContain('browsing-topics=()');
    expect(headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(headers['x-powered-by']).toBeUndefined();
    expect(headers['set-cookie']).toBeUndefined();
  }
});

test('pages run under the content security policy without a single violation', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  // The self-check: React's payload, and the inline script that starts the framework after the first paint.
  for (const path of [
    '/',
    '/learn/levels-of-care',
    '/learn/faq',
    '/get-help-now',
    '/glossary',
    '/is-iop-right-for-me',
  ]) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(violations).toEqual([]);
});

// The caching rule (next.config.mjs): documents the same for every reader may be kept by shared caches;
// nothing else may, however it is asked for. tests/e2e/hostile-input.spec.ts tries the odd requests.
const publicDocument = 'public, max-age=300, stale-while-revalidate=86400';

test('every document the same for every reader may be kept by a shared cache for 5 minutes', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  expect(pages).toEqual(
    expect.arrayContaining([
      '/',
      '/glossary',
      '/get-help-now',
      '/is-iop-right-for-me',
      `/learn/${listArticles()[0]!.slug}`,
    ]),
  );
  const files = [
    '/feed.xml',
    '/sitemap.xml',
    '/robots.txt',
    '/icon.svg',
    '/enhance.js',
    '/opengraph-image',
    ...listArticles().map(({ slug }) => `/learn/${slug}/opengraph-image`),
  ];
  for (const path of [...new Set([...pages, '/about', ...files])]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    expect(response.headers()['cache-control'], path).toBe(publicDocument);
  }
});

test('search, answers, errors and framework requests are never kept by a shared cache', async ({ request }) => {
  const answers: [string, Promise<import('@playwright/test').APIResponse>][] = [
    ['search', request.get('/search?q=depression')],
    ['search results', request.get('/search/results?q=depression')],
    ['self-check answers', request.post('/is-iop-right-for-me/answers', { form: { for: 'self' }, maxRedirects: 0 })],
    ['a missing page', request.get('/no-such-page')],
    ['a missing article', request.get('/learn/no-such-article')],
    ["Next.js's error page", request.get('/_global-error')],
    ['an encoded address of a page', request.get('/%61bout')],
    ['an RSC request', request.get('/', { headers: { rsc: '1' }, maxRedirects: 0 })],
    [
      'a prefetch',
      request.get('/about?_rsc=abc', { headers: { rsc: '1', 'next-router-prefetch': '1' }, maxRedirects: 0 }),
    ],
    [
      'a forged server action',
      request.post('/about', { headers: { 'next-action': '7f'.repeat(21) }, data: '[]', maxRedirects: 0 }),
    ],
  ];
  for (const [name, pending] of answers) {
    const response = await pending;
    expect(response.status(), name).toBeLessThan(500);
    expect(response.headers()['cache-control'], name).toMatch(/^private, (no-cache, )?no-store/);
  }
});

test('every redirect and error the site makes carries the security headers', async ({ request }) => {
  const answers = [
    await request.get('/learn/what-is-iop', { maxRedirects: 0 }), // a retired article: 308
    await request.get('/', { headers: { rsc: '1' }, maxRedirects: 0 }), // Next.js's redirect of an RSC request: 307
    await request.get('/is-iop-right-for-me/answers', { maxRedirects: 0 }), // the answers page with nothing posted: 307
    await request.get('/no-such-page'),
    await request.get('/_global-error'),
    await request.fetch('/about', { method: 'PUT', maxRedirects: 0 }),
  ];
  expect(answers.map((response) => response.status())).toEqual([308, 307, 307, 404, 404, 405]);
  for (const response of answers) {
    for (const [name, value] of Object.entries(securityHeaders))
      expect(response.headers()[name], `${response.url()} ${name}`).toContain(value);
  }
  expect(answers[0]!.headers().location).toBe('/learn/what-is-an-iop');
});

test('an address with a trailing slash is the page itself (a redirect from Next.js would lack the security headers)', async ({
  request,
}) => {
  for (const path of ['/about/', '/learn/what-is-an-iop/']) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-security-policy'], path).toContain("default-src 'self'");
    expect(await response.text()).toContain(`rel="canonical" href="`);
  }
});

test('the image optimizer is not served: no page uses it', async ({ request }) => {
  for (const query of [
    'url=/learn/what-is-an-iop&w=64&q=75',
    'url=/learn/%25zz&w=64&q=75',
    'url=/icon.svg&w=3840&q=75',
  ]) {
    expect((await request.get(`/_next/image?${query}`)).status(), query).toBe(404);
  }
});
