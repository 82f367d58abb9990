// The sitemap's entries. Pure: the route passes the articles, so tests can check dates and order.
import { listedPaths } from '@/lib/routes.mjs';
import { absoluteUrl, type Site } from './structured-data';

/** Every page in the sitemap that is not an article (lib/routes.mjs, the list of the site's pages). */
export const publicPages: readonly string[] = listedPaths;

export interface SitemapEntry {
  url: string;
  /** YYYY-MM-DD; left out only when there are no articles at all. */
  lastModified?: string;
}

/**
 * Articles change when they are reviewed, so their date is `lastReviewed`. Other pages list or
 * point to articles, so they take the newest review date of all.
 */
export function sitemapEntries(
  site: Site,
  articles: { slug: string; lastReviewed: string }[],
  pages: readonly string[] = publicPages,
): SitemapEntry[] {
  const newest = articles
    .map((article) => article.lastReviewed)
    .sort()
    .at(-1);
  return [
    ...pages.map((path) => ({ url: absoluteUrl(site, path), ...(newest ? { lastModified: newest } : {}) })),
    ...articles.map((article) => ({
      url: absoluteUrl(site, `/learn/${article.slug}`),
      lastModified: article.lastReviewed,
    })),
  ];
}
