import { describe, expect, it } from 'vitest';
import { publicPages, sitemapEntries } from '@/lib/seo/sitemap';

const site = { name: 'IOP Guide', url: 'https://iop.example' };

describe('sitemapEntries', () => {
  it('lists every public page and every article with absolute addresses', () => {
    const entries = sitemapEntries(site, [
      { slug: 'what-is-an-iop', lastReviewed: '2026-11-20' },
      { slug: 'faq', lastReviewed: '2026-11-27' },
    ]);
    expect(entries.map((entry) => entry.url)).toEqual([
      ...publicPages.map((path) => (path === '/' ? 'https://iop.example/' : `https://iop.example${path}`)),
      'https://iop.example/learn/what-is-an-iop',
      'https://iop.example/learn/faq',
    ]);
    expect(publicPages).toEqual(
      expect.arrayContaining(['/', '/glossary', '/about', '/get-help-now', '/is-iop-right-for-me']),
    );
  });

  it('dates articles by their review and other pages by the newest review', () => {
    const entries = sitemapEntries(site, [
      { slug: 'a', lastReviewed: '2026-01-05' },
      { slug: 'b', lastReviewed: '2026-11-27' },
      { slug: 'c', lastReviewed: '2025-06-30' },
    ]);
    const byUrl = Object.fromEntries(entries.map((entry) => [entry.url, entry.lastModified]));
    expect(byUrl['https://iop.example/learn/a']).toBe('2026-01-05');
    expect(byUrl['https://iop.example/learn/c']).toBe('2025-06-30');
    expect(byUrl['https://iop.example/']).toBe('2026-11-27');
    expect(byUrl['https://iop.example/glossary']).toBe('2026-11-27');
  });

  it('leaves the date out when there are no articles', () => {
    expect(sitemapEntries(site, [], ['/'])).toEqual([{ url: 'https://iop.example/' }]);
  });
});
