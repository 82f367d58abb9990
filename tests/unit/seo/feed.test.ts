import { describe, expect, it } from 'vitest';
import { buildAtomFeed, escapeXml, updatedOn } from '@/lib/seo/feed';

const site = { name: 'IOP Guide', url: 'https://iop.example', description: 'Plain explanations & answers.' };
const article = (slug: string, lastReviewed: string, title = `Title ${slug}`) => ({
  slug,
  title,
  description: `About ${slug}.`,
  lastReviewed,
});

/** The entries' ids, in feed order. */
const ids = (xml: string) => [...xml.matchAll(/<entry>\s*<id>([^<]+)<\/id>/g)].map((match) => match[1]);

describe('buildAtomFeed', () => {
  it('orders entries newest-reviewed first and keeps reading order for the same day', () => {
    const xml = buildAtomFeed(site, [
      article('a', '2026-01-01'),
      article('b', '2026-03-01'),
      article('c', '2026-01-01'),
      article('d', '2026-03-01'),
    ]);
    expect(ids(xml)).toEqual(['b', 'd', 'a', 'c'].map((slug) => `https://iop.example/learn/${slug}`));
  });

  it('has the feed-level elements Atom requires, updated at the newest review', () => {
    const xml = buildAtomFeed(site, [article('a', '2026-01-01'), article('b', '2026-03-01')]);
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(
      true,
    );
    expect(xml).toContain('<id>https://iop.example/</id>');
    expect(xml).toContain('<title>IOP Guide</title>');
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://iop.example/feed.xml"/>');
    expect(xml).toContain('<author><name>IOP Guide</name>');
    expect(xml.match(/<updated>[^<]+<\/updated>/)![0]).toBe('<updated>2026-03-01T00:00:00Z</updated>');
    expect(xml).toContain(
      '<entry>\n    <id>https://iop.example/learn/b</id>\n    <title>Title b</title>\n    <link rel="alternate" type="text/html" href="https://iop.example/learn/b"/>\n    <updated>2026-03-01T00:00:00Z</updated>',
    );
  });

  it('escapes text and attributes', () => {
    const xml = buildAtomFeed(site, [
      { ...article('a', '2026-01-01', 'Cost & "coverage" <2026>'), section: "Getting help & 'support'" },
    ]);
    expect(xml).toContain('<title>Cost &amp; &quot;coverage&quot; &lt;2026&gt;</title>');
    expect(xml).toContain('<category term="Getting help &amp; &apos;support&apos;"/>');
    expect(xml).toContain('<subtitle>Plain explanations &amp; answers.</subtitle>');
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });

  it('shows an article’s page history in its entry, escaped, and dates the entry by its newest change', () => {
    const changed = {
      ...article('a', '2026-01-01'),
      changes: [
        { date: '2026-04-02', summary: 'Said which plans the parity law covers & why.' },
        { date: '2026-02-01', summary: 'Added sources.' },
      ],
    };
    const xml = buildAtomFeed(site, [changed, article('b', '2026-03-01')]);
    expect(ids(xml)).toEqual(['a', 'b'].map((slug) => `https://iop.example/learn/${slug}`));
    expect(xml).toContain('<updated>2026-04-02T00:00:00Z</updated>\n    <summary>About a.</summary>');
    expect(xml).toContain(
      '<content type="html">&lt;p&gt;About a.&lt;/p&gt;&lt;h2&gt;Page history&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;2026-04-02: Said which plans the parity law covers &amp;amp; why.&lt;/li&gt;&lt;li&gt;2026-02-01: Added sources.&lt;/li&gt;&lt;/ul&gt;</content>',
    );
    expect(xml.match(/<entry>[\s\S]*?<\/entry>/g)![1]).not.toContain('<content');
  });

  it('updatedOn: the review date, or a later change', () => {
    expect(updatedOn({ lastReviewed: '2026-05-01' })).toBe('2026-05-01');
    expect(updatedOn({ lastReviewed: '2026-05-01', changes: [{ date: '2026-04-01', summary: 'x' }] })).toBe(
      '2026-05-01',
    );
    expect(
      updatedOn({
        lastReviewed: '2026-05-01',
        changes: [
          { date: '2026-04-01', summary: 'x' },
          { date: '2026-06-01', summary: 'y' },
        ],
      }),
    ).toBe('2026-06-01');
  });

  it('is still a valid feed with no articles', () => {
    const xml = buildAtomFeed(site, []);
    expect(ids(xml)).toEqual([]);
    expect(xml).toContain('<updated>1970-01-01T00:00:00Z</updated>');
    expect(xml.trim().endsWith('</feed>')).toBe(true);
  });
});
