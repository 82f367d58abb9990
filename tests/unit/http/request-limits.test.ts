// What reaches the site's code: proxy.ts must see every request that carries its posted-form header (to
// remove it), and Next.js must keep no more of a body for proxy.ts than it needs to refuse one too large.
import { describe, expect, it } from 'vitest';
import { maxFormBytes, postedFormHeader } from '@/lib/selfcheck/form-post';
import nextConfig from '../../../next.config.mjs';
import { config as proxyConfig } from '../../../proxy';

describe('proxy.ts', () => {
  it('runs on any address sent with the posted-form header, so the header goes no further', () => {
    expect(proxyConfig.matcher).toContainEqual({ source: '/:path*', has: [{ type: 'header', key: postedFormHeader }] });
  });
});

describe('next.config.mjs', () => {
  it("keeps at most the form's limit plus one network read (64 KB) of a body for proxy.ts, not 10 MB", async () => {
    const config = await nextConfig('phase-production-server');
    expect(config.experimental?.proxyClientMaxBodySize).toBe(maxFormBytes + 64 * 1024);
  });

  it('serves no image optimizer', async () => {
    expect((await nextConfig('phase-production-server')).images?.unoptimized).toBe(true);
  });
});
