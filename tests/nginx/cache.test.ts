// The nginx config we tell people to deploy (iop-guide.conf.template), run for real: next start and
// nginx on loopback ports. Skipped, with the reason, where nginx is not installed.
// Uses the existing build in .next, or builds first when there is none.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxFormBytes, postedFormHeader } from '@/lib/selfcheck/form-post';
import { buildSite, hasBuild, startSite, type RunningServer } from '../support/next-server';
import { freePort } from '../support/processes';
import {
  assetPath,
  hostileRequests,
  mustNotBeShared,
  problemsOf,
  send,
  storableMethods,
  type Answer,
} from '../support/hostile-requests';
import { findNginx, nginxMissing, siteTemplate, startCachingProxy, type RunningNginx } from './nginx';

const projectDir = process.cwd();
const article = '/learn/what-is-an-iop';
const securityHeaders = [
  'content-security-policy',
  'x-content-type-options',
  'referrer-policy',
  'permissions-policy',
  'cross-origin-opener-policy',
];
const nginxFound = findNginx() !== undefined;
/** The Content-Security-Policy of nginx's own answers (iop-guide.conf.template, $iop_missing_csp). */
const nginxRefusalPolicy = "default-src 'none'; frame-ancestors 'none'";

if (!nginxFound) console.warn(`Skipping the nginx proxy tests: ${nginxMissing}`);

describe.skipIf(!nginxFound)('nginx caching proxy in front of next start', () => {
  let next: RunningServer;
  let proxy: RunningNginx;

  beforeAll(async () => {
    if (!hasBuild(projectDir)) {
      const build = await buildSite(projectDir);
      if (!build.ok) throw new Error(`next build failed:\n${build.output}`);
    }
    next = await startSite(projectDir);
    proxy = await startCachingProxy(`127.0.0.1:${next.port}`);
  }, 600_000);

  afterAll(async () => {
    await proxy?.stop();
    await next?.stop();
  });

  it('answers an article from its cache the second time, with the same body and security headers', async () => {
    const direct = await fetch(`${next.url}${article}`);
    const first = await fetch(`${proxy.url}${article}`);
    const second = await fetch(`${proxy.url}${article}`);
    expect(first.status).toBe(200);
    expect(first.headers.get('x-cache-status')).toBe('MISS');
    expect(second.status).toBe(200);
    expect(second.headers.get('x-cache-status')).toBe('HIT');
    const body = await direct.text();
    expect(await first.text()).toBe(body);
    expect(await second.text()).toBe(body);
    for (const name of securityHeaders) {
      expect(second.headers.get(name), name).toBe(direct.headers.get(name));
      expect(second.headers.get(name), name).toBeTruthy();
    }
    expect(second.headers.get('cache-control')).toBe(direct.headers.get('cache-control'));
  });

  it('keeps a gzip copy apart from the plain one (Vary: Accept-Encoding)', async () => {
    const gzip = { 'accept-encoding': 'gzip' };
    await fetch(`${proxy.url}${article}`, { headers: gzip });
    const second = await fetch(`${proxy.url}${article}`, { headers: gzip });
    expect(second.headers.get('x-cache-status')).toBe('HIT');
    expect(second.headers.get('content-encoding')).toBe('gzip');
    const plain = await fetch(`${proxy.url}${article}`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toContain('<h1');
  });

  it('does not cache a page that does not exist', async () => {
    await fetch(`${proxy.url}/learn/no-such-article`);
    const second = await fetch(`${proxy.url}/learn/no-such-article`);
    expect(second.status).toBe(404);
    expect(second.headers.get('x-cache-status')).not.toBe('HIT');
  });

  it("keeps Next.js's hashed files immutable", async () => {
    // From the self-check, an app page: document pages load no framework file (lib/documents).
    const html = await (await fetch(`${proxy.url}/is-iop-right-for-me`)).text();
    const script = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    await fetch(`${proxy.url}${script}`);
    const second = await fetch(`${proxy.url}${script}`);
    expect(second.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(second.headers.get('x-cache-status')).toBe('HIT');
  });

  it('never caches a form post', async () => {
    const post = () =>
      fetch(`${proxy.url}${article}`, {
        method: 'POST',
        body: 'a=1',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
    await post();
    expect((await post()).headers.get('x-cache-status')).not.toBe('HIT');
  });

  it('an RSC request does not change what the next reader of the address gets', async () => {
    for (const [path, headers] of [
      ['/', { rsc: '1' }],
      ['/about', { rsc: '1', 'next-router-prefetch': '1' }],
      ['/glossary', { rsc: '1', 'next-router-state-tree': '%5B%22%22%5D' }],
      ['/get-help-now?_rsc=abc', { rsc: '1' }],
    ] as const) {
      const framework = await send(proxy.url, { path, headers });
      expect(framework.status, path).toBeLessThan(500);
      expect(framework.headers['x-cache-status'], path).toBe('BYPASS');
      for (let reader = 0; reader < 2; reader++) {
        const page = await send(proxy.url, { path: path.replace(/\?_rsc=.*$/, '') });
        expect(page.status, path).toBe(200);
        expect(page.headers['content-type'], path).toContain('text/html');
        expect(page.body, path).toContain('<h1');
      }
    }
  });

  it('leaves nothing of a search in the cache: /search?q=secret and the like are never stored', async () => {
    const searches = [
      '/search?q=secret',
      '/search/results?q=secret',
      '/search/?q=secret',
      '/%73earch?q=secret',
      '/search?q=secret&_rsc=1',
    ];
    for (const path of searches) {
      for (const request of [{ path }, { path, method: 'HEAD' }, { path, headers: { rsc: '1' } }]) {
        const answer = await send(proxy.url, request);
        expect(answer.status, path).toBeLessThan(500);
        expect(answer.headers['x-cache-status'], path).toBe('BYPASS');
      }
    }
    // Something else is cached, so an empty cache folder is not why nothing was found.
    await send(proxy.url, { path: '/glossary' });
    const files = filesUnder(path.join(proxy.dir, 'cache'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(readFileSync(file, 'latin1'), file).not.toContain('secret');
  });

  it('answers TRACE, other methods the site does not use and posts outside the self-check with 405 itself', async () => {
    for (const method of ['TRACE', 'TRACK', 'BREW', 'OPTIONS', 'PUT', 'DELETE', 'PATCH', 'PROPFIND']) {
      for (const path of ['/', article, '/search?q=a', '/is-iop-right-for-me/answers']) {
        const answer = await send(proxy.url, { method, path });
        expect(answer.status, `${method} ${path}`).toBe(405);
        expect(answer.headers.allow, `${method} ${path}`).toBe('GET, HEAD');
        expect(answer.headers['cache-control']).toBe('no-store');
        expect(answer.headers['content-security-policy']).toBe(nginxRefusalPolicy);
        expect(answer.headers['x-content-type-options']).toBe('nosniff');
        expect(answer.body).toBe('This page can only be read.\n');
      }
    }
    const asset = await assetPath(proxy.url);
    for (const path of ['/', '/about', article, asset, '/search?q=a']) {
      expect(
        (
          await send(proxy.url, {
            method: 'POST',
            path,
            body: 'a=1',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
          })
        ).status,
        path,
      ).toBe(405);
    }
    const form = await send(proxy.url, {
      method: 'POST',
      path: '/is-iop-right-for-me/answers',
      body: 'for=self',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status).toBe(200);
    expect(form.body).toContain('<h1');
  });

  it('refuses a body over the self-check form limit itself', async () => {
    const answer = await send(proxy.url, {
      method: 'POST',
      path: '/is-iop-right-for-me/answers',
      body: `for=self&padding=${'x'.repeat(maxFormBytes)}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(answer.status).toBe(413);
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.body).toContain('too large');
  });

  it('answers every hostile request calmly, and keeps only public documents asked for as a reader would', async () => {
    const asset = await assetPath(proxy.url);
    const problems: string[] = [];
    for (const hostile of hostileRequests(asset)) {
      const { request, variation, route, label } = hostile;
      const answers: Answer[] = [await send(proxy.url, request), await send(proxy.url, request)];
      for (const answer of answers) {
        // nginx's own refusals carry the headers of a page with no content (see the 405 test above).
        const refusedByNginx =
          [405, 413].includes(answer.status) && answer.headers['content-security-policy'] === nginxRefusalPolicy;
        for (const problem of problemsOf(hostile, answer, { securityHeadersRequired: !refusedByNginx }))
          problems.push(`${label}: ${problem}`);
        if (refusedByNginx && answer.headers['cache-control'] !== 'no-store')
          problems.push(`${label}: nginx's ${answer.status} may be stored`);
      }
      const formPost = request.method === 'POST' && /^\/is-iop-right-for-me(\/answers)?$/.test(request.path);
      if (
        !storableMethods.has(request.method) &&
        !formPost &&
        answers[0]!.headers['content-security-policy'] !== nginxRefusalPolicy
      ) {
        problems.push(`${label}: reached Next.js (${answers[0]!.status}), not refused by nginx`);
      }
      const why =
        mustNotBeShared(hostile, answers[1]!) ??
        (variation.framework ? 'a framework request' : route.shared ? undefined : `the ${route.name}`);
      if (why && answers[1]!.headers['x-cache-status'] === 'HIT')
        problems.push(`${label}: answered from the cache, though ${why}`);
    }
    expect(problems).toEqual([]);

    // What is on disk: only addresses of public documents, never a framework request, a search or an answer.
    const keys = filesUnder(path.join(proxy.dir, 'cache')).map(
      (file) => /KEY: (.*)/.exec(readFileSync(file, 'latin1'))?.[1] ?? file,
    );
    const shared = new Set([
      ...hostileRequests(asset)
        .filter(({ route }) => route.shared)
        .map(({ route }) => route.path),
      '/about',
    ]);
    for (const key of keys) {
      const url = new URL(key.replace(/^http/, 'http://x'));
      expect(shared.has(url.pathname) || url.pathname.startsWith('/_next/static/'), key).toBe(true);
      expect(url.searchParams.has('_rsc'), key).toBe(false);
    }
  });

  // Last: it stops next start.
  it('keeps answering cached pages while next start is down', async () => {
    await fetch(`${proxy.url}${article}`);
    await next.stop();
    const response = await fetch(`${proxy.url}${article}`);
    expect(response.status).toBe(200);
    expect(['HIT', 'STALE']).toContain(response.headers.get('x-cache-status'));
  });
});

/** Every file in a folder and its subfolders (the nginx cache). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

describe('the nginx template agrees with the site', () => {
  const template = readFileSync(siteTemplate, 'utf8');

  it("removes the self-check's posted-form header before a request reaches Next.js", () => {
    expect(template.toLowerCase()).toContain(`proxy_set_header ${postedFormHeader} "";`);
  });

  it("refuses bodies over the self-check form's limit", () => {
    expect(Number(/client_max_body_size (\d+)k;/.exec(template)?.[1]) * 1024).toBe(maxFormBytes);
  });
});

// The rules that do not depend on the site's answers, checked against a stand-in for Next.js that
// answers as the site must never answer: errors marked public, answers without security headers.
describe.skipIf(!nginxFound)('nginx caching proxy in front of any upstream', () => {
  let upstream: Server;
  let proxy: RunningNginx;
  const site = "default-src 'self'";

  beforeAll(async () => {
    const port = await freePort();
    upstream = createServer((request, response) => {
      const answers: Record<string, () => void> = {
        '/error': () => response.writeHead(500, { 'cache-control': 'public, max-age=300' }).end('failed'),
        '/unavailable': () => response.writeHead(503, { 'cache-control': 'public, max-age=300' }).end('down'),
        '/missing': () => response.writeHead(404, { 'cache-control': 'public, max-age=300' }).end('missing'),
        '/echo': () =>
          response
            .writeHead(200, { 'cache-control': 'private, no-store', 'content-type': 'application/json' })
            .end(JSON.stringify(request.headers)),
        '/bare-redirect': () => response.writeHead(308, { location: '/page' }).end(),
        '/page': () =>
          response
            .writeHead(200, {
              'cache-control': 'public, max-age=300',
              'content-security-policy': site,
              'x-content-type-options': 'nosniff',
              'referrer-policy': 'no-referrer',
            })
            .end('page'),
      };
      (answers[new URL(request.url ?? '/', 'http://x').pathname] ?? answers['/missing']!)();
    });
    await new Promise<void>((resolve) => upstream.listen(port, '127.0.0.1', resolve));
    proxy = await startCachingProxy(`127.0.0.1:${port}`);
  });

  afterAll(async () => {
    await proxy?.stop();
    await new Promise((resolve) => upstream?.close(resolve));
  });

  it('never stores an error, even one marked public', async () => {
    for (const path of ['/error', '/unavailable', '/missing']) {
      await send(proxy.url, { path });
      const second = await send(proxy.url, { path });
      expect(second.status, path).toBeGreaterThanOrEqual(400);
      expect(second.headers['x-cache-status'], path).toBe('MISS');
    }
    await send(proxy.url, { path: '/page' });
    expect((await send(proxy.url, { path: '/page' })).headers['x-cache-status']).toBe('HIT');
    const keys = filesUnder(path.join(proxy.dir, 'cache')).map(
      (file) => /KEY: (.*)/.exec(readFileSync(file, 'latin1'))?.[1],
    );
    expect(keys).toEqual(['http/page']);
  });

  it('removes the headers only the site may set before they reach it', async () => {
    const echoed = JSON.parse(
      (
        await send(proxy.url, {
          path: '/echo',
          headers: {
            [postedFormHeader]: 'for=self',
            'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy',
            'x-kept': '1',
          },
        })
      ).body,
    ) as Record<string, string>;
    expect(echoed['x-kept']).toBe('1');
    expect(echoed[postedFormHeader]).toBeUndefined();
    expect(echoed['x-middleware-subrequest']).toBeUndefined();
  });

  it('gives an answer sent without security headers those of a page with no content, and never a second set', async () => {
    const bare = await send(proxy.url, { path: '/bare-redirect' });
    expect(bare.status).toBe(308);
    expect(bare.headers['content-security-policy']).toBe(nginxRefusalPolicy);
    expect(bare.headers['x-content-type-options']).toBe('nosniff');
    expect(bare.headers['referrer-policy']).toBe('no-referrer');
    for (const cacheStatus of ['MISS', 'HIT']) {
      const page = await send(proxy.url, { path: '/page?fresh' });
      expect(page.headers['x-cache-status']).toBe(cacheStatus);
      expect(page.headers['content-security-policy']).toBe(site);
      expect(page.headers['x-content-type-options']).toBe('nosniff');
    }
  });
});
