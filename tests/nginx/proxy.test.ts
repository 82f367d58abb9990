// The nginx config we tell people to deploy (iop-guide.conf.template), run for real: next start and
// nginx on loopback ports. Skipped, with the reason, where nginx is not installed.
// Uses the existing build in .next, or builds first when there is none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, hasBuild, startSite, type RunningServer } from '../bench/lib/next-server';
import { findNginx, nginxMissing, startCachingProxy, type RunningNginx } from './nginx';

const projectDir = process.cwd();
const article = '/learn/what-is-an-iop';
const securityHeaders = ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy', 'cross-origin-opener-policy'];
const nginxFound = findNginx() !== undefined;

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
    const html = await (await fetch(`${proxy.url}/`)).text();
    const script = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    await fetch(`${proxy.url}${script}`);
    const second = await fetch(`${proxy.url}${script}`);
    expect(second.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(second.headers.get('x-cache-status')).toBe('HIT');
  });

  it('never caches a form post', async () => {
    const post = () => fetch(`${proxy.url}${article}`, { method: 'POST', body: 'a=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    await post();
    expect((await post()).headers.get('x-cache-status')).not.toBe('HIT');
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
