// An article's place in the site and its structured data, gathered from the loader for the
// article page. The builders it calls are pure (breadcrumbs.ts, structured-data.ts); the FAQ comes
// from the loader (article.faq, read by lib/content/faq.ts in the same parse).
import { getSections, type Article } from '@/lib/content/loader';
import { articleTrail, type Crumb } from './breadcrumbs';
import { site } from './metadata';
import { breadcrumbList, faqPage, medicalWebPage, type JsonLd } from './structured-data';

/** The home-page section the article is listed under (the loader groups articles without one). */
export function articleSection(article: Article): string {
  return getSections().find((section) => section.articles.some((item) => item.slug === article.slug))!.name;
}

export function articleBreadcrumbs(article: Article): Crumb[] {
  return articleTrail({ title: article.frontmatter.title, slug: article.slug, section: articleSection(article) });
}

/** MedicalWebPage and BreadcrumbList for every article, and FAQPage when it has a <FAQ>. */
export function articleJsonLd(article: Article): JsonLd[] {
  const { frontmatter } = article;
  const articlePath = `/learn/${article.slug}`;
  const { faq } = article;
  return [
    medicalWebPage(site, { ...frontmatter, path: articlePath }),
    breadcrumbList(site, articleBreadcrumbs(article)),
    ...(faq.length > 0 ? [faqPage(site, articlePath, faq)] : []),
  ];
}
