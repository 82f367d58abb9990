import type { MetadataRoute } from 'next';
import { getArticles } from '@/lib/content/loader';
import { site } from '@/lib/seo/metadata';
import { sitemapEntries } from '@/lib/seo/sitemap';

export default function sitemap(): MetadataRoute.Sitemap {
  const articles = getArticles().map((article) => ({
    slug: article.slug,
    lastReviewed: article.frontmatter.lastReviewed,
  }));
  return sitemapEntries(site, articles);
}
