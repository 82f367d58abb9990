// Building or serving without SITE_URL says so, once, in one line: the pages would name localhost.
import { afterEach, describe, expect, it, vi } from 'vitest';
import nextConfig, { siteUrlWarning } from '../../../next.config.mjs';

const saved = { SITE_URL: process.env.SITE_URL, mark: process.env.__SITE_URL_WARNED };

afterEach(() => {
  vi.restoreAllMocks();
  for (const [key, value] of [
    ['SITE_URL', saved.SITE_URL],
    ['__SITE_URL_WARNED', saved.mark],
  ] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

describe('SITE_URL', () => {
  it('is asked for in one line when the site is served or built without it, once per process', async () => {
    delete process.env.SITE_URL;
    delete process.env.__SITE_URL_WARNED;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await nextConfig('phase-production-server');
    await nextConfig('phase-production-server');
    expect(warn.mock.calls).toEqual([[siteUrlWarning]]);
    expect(siteUrlWarning).not.toContain('\n');
    expect(siteUrlWarning).toMatch(/^Warning: SITE_URL is not set.*Set it to the public address/);
  });

  it('says nothing when it is set, or in development', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    delete process.env.__SITE_URL_WARNED;
    delete process.env.SITE_URL;
    await nextConfig('phase-development-server');
    process.env.SITE_URL = 'https://iop.example.org';
    await nextConfig('phase-production-server');
    expect(warn).not.toHaveBeenCalled();
  });
});
