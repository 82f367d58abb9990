// Sources are how a reader checks a fact. One source must read the same on every page that cites it,
// and every article must cite its sources over https.
import { describe, expect, it } from 'vitest';
import { readContent } from '@/lib/content/loader';

describe('sources across the site', () => {
  const { articles } = readContent();
  const all = articles.flatMap((article) => article.frontmatter.sources.map((source) => ({ slug: article.slug, ...source })));

  it('every article lists at least one source, all over https', () => {
    for (const article of articles) expect(article.frontmatter.sources.length, article.slug).toBeGreaterThan(0);
    for (const source of all) expect(source.url, `${source.slug}: ${source.title}`).toMatch(/^https:\/\//);
  });

  it('a source cited by several articles has the same title, publisher and year everywhere', () => {
    const byUrl = new Map<string, Set<string>>();
    for (const source of all) {
      const key = source.url.replace(/\/$/, '');
      byUrl.set(key, (byUrl.get(key) ?? new Set()).add(`${source.title} | ${source.publisher} | ${source.year}`));
    }
    const inconsistent = [...byUrl].filter(([, descriptions]) => descriptions.size > 1).map(([url, descriptions]) => `${url}: ${[...descriptions].join(' / ')}`);
    expect(inconsistent).toEqual([]);
  });
}, 60_000);
