// The Atom feed of articles (RFC 4287), as a string. Pure: the route passes the articles and the
// site's address, so tests can check the XML without a server.
import { absoluteUrl, type Site } from './structured-data';

export interface FeedArticle {
  slug: string;
  title: string;
  description: string;
  /** YYYY-MM-DD: the entry's <updated>, and the feed's order (newest first). */
  lastReviewed: string;
  section?: string;
}

/** Text safe inside an XML element or a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

const timestamp = (isoDate: string) => `${isoDate}T00:00:00Z`;

/**
 * Articles newest-reviewed first. `articles` must come in reading order: the sort is stable,
 * so articles reviewed on the same day keep that order.
 */
export function buildAtomFeed(site: Site & { description: string }, articles: FeedArticle[]): string {
  const entries = [...articles].sort((a, b) => (a.lastReviewed < b.lastReviewed ? 1 : a.lastReviewed > b.lastReviewed ? -1 : 0));
  const updated = entries[0]?.lastReviewed ?? '1970-01-01';
  const home = absoluteUrl(site, '/');
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${escapeXml(home)}</id>`,
    `  <title>${escapeXml(site.name)}</title>`,
    `  <subtitle>${escapeXml(site.description)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(absoluteUrl(site, '/feed.xml'))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(home)}"/>`,
    `  <updated>${timestamp(updated)}</updated>`,
    `  <author><name>${escapeXml(site.name)}</name><uri>${escapeXml(home)}</uri></author>`,
    ...entries.flatMap((article) => {
      const url = escapeXml(absoluteUrl(site, `/learn/${article.slug}`));
      return [
        '  <entry>',
        `    <id>${url}</id>`,
        `    <title>${escapeXml(article.title)}</title>`,
        `    <link rel="alternate" type="text/html" href="${url}"/>`,
        `    <updated>${timestamp(article.lastReviewed)}</updated>`,
        `    <summary>${escapeXml(article.description)}</summary>`,
        ...(article.section ? [`    <category term="${escapeXml(article.section)}"/>`] : []),
        '  </entry>',
      ];
    }),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}
