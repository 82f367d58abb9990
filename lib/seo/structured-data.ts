// schema.org structured data (JSON-LD) for search engines, built from what the page shows.
// Pure functions: they take plain values and the site's address, so unit tests can check each shape.
import type { Crumb } from './breadcrumbs';
import type { FaqItem } from '../content/faq';

export type JsonLd = { '@context': 'https://schema.org'; '@type': string } & Record<string, unknown>;

export interface Site {
  name: string;
  /** The site's address without a trailing slash, e.g. https://iopguide.org */
  url: string;
}

/** An address from the site root made absolute: structured data needs full URLs. */
export const absoluteUrl = (site: Site, path: string): string => (path === '/' ? `${site.url}/` : `${site.url}${path}`);

const publisher = (site: Site) => ({ '@type': 'Organization', name: site.name, url: `${site.url}/` });

/** Readers the articles are written for: people who might join an IOP, and those who support them. */
const audiences = ['Patient', 'Caregiver'].map((audienceType) => ({ '@type': 'MedicalAudience', audienceType }));

export interface ArticleFacts {
  title: string;
  description: string;
  /** Address from the site root, e.g. /learn/faq */
  path: string;
  /** YYYY-MM-DD */
  lastReviewed: string;
  /** Name and role of the professional who reviewed the page, only when one has. */
  reviewedBy?: string;
  sources: { title: string; publisher: string; url: string; year: number }[];
}

/** An article as a MedicalWebPage about intensive outpatient programs. */
export function medicalWebPage(site: Site, article: ArticleFacts): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    name: article.title,
    headline: article.title,
    description: article.description,
    url: absoluteUrl(site, article.path),
    lastReviewed: article.lastReviewed,
    ...(article.reviewedBy ? { reviewedBy: { '@type': 'Person', name: article.reviewedBy } } : {}),
    about: { '@type': 'MedicalTherapy', name: 'Intensive outpatient program', alternateName: 'IOP' },
    medicalAudience: audiences,
    inLanguage: 'en',
    isPartOf: { '@type': 'WebSite', name: site.name, url: `${site.url}/` },
    publisher: publisher(site),
    citation: article.sources.map((source) => ({
      '@type': 'CreativeWork',
      name: source.title,
      url: source.url,
      publisher: { '@type': 'Organization', name: source.publisher },
      datePublished: String(source.year),
    })),
  };
}

/** The breadcrumb trail, each step with its full address. */
export function breadcrumbList(site: Site, trail: Crumb[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(site, crumb.path),
    })),
  };
}

/** Questions and answers shown on the page, as an FAQPage; each question with the address of its answer. */
export function faqPage(site: Site, path: string, items: FaqItem[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    url: absoluteUrl(site, path),
    inLanguage: 'en',
    mainEntity: items.map((item) => ({
      '@type': 'Question',
      name: item.question,
      url: absoluteUrl(site, `${path}#${item.id}`),
      acceptedAnswer: { '@type': 'Answer', text: item.answer },
    })),
  };
}

/** The site itself, for the home page. */
export function webSite(site: Site, description: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.name,
    url: `${site.url}/`,
    description,
    inLanguage: 'en',
    publisher: publisher(site),
  };
}

/**
 * JSON for a <script type="application/ld+json">. "<" is written \u003c so text such as "</script>"
 * cannot end the script early; U+2028 and U+2029 are escaped because some parsers treat them as line ends.
 */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
