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
  /** The page history (newest first): shown in the entry, and its newest date can make the entry newer. */
  changes?: readonly { date: string; summary: string }[];
}

/** When an entry last changed for readers: its review date, or a later change in its page history. */
export function updatedOn(article: Pick<FeedArticle, 'lastReviewed' | 'changes'>): string {
  return [article.lastReviewed, ...(article.changes ?? []).map((change) => change.date)].reduce((latest, date) =>
    date > latest ? date : latest,
  );
}

/** The entry's content as HTML: its description, then its page history, so a feed reader shows what changed. */
function entryContent(article: FeedArticle): string {
  const history = (article.changes ?? [])
    .map((change) => `<li>${escapeXml(change.date)}: ${escapeXml(change.summary)}</li>`)
    .join('');
  return `<p>${escapeXml(article.description)}</p>${history ? `<h2>Page history</h2><ul>${history}</ul>` : ''}`;
}

/** Text safe inside an XML element or a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const timestamp = (isoDate: string) => `${isoDate}T00:00:00Z`;

/**
 * Articles newest first (by review date, or a later change in their page history). `articles` must come
 * in reading order: the sort is stable, so articles updated on the same day keep that order.
 */
export function buildAtomFeed(site: Site & { description: string }, articles: FeedArticle[]): string {
  const entries = articles
    .map((article) => ({ article, updated: updatedOn(article) }))
    .sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0));
  const updated = entries[0]?.updated ?? '1970-01-01';
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
    ...entries.flatMap(({ article, updated: entryUpdated }) => {
      const url = escapeXml(absoluteUrl(site, `/learn/${article.slug}`));
      return [
        '  <entry>',
        `    <id>${url}</id>`,
        `    <title>${escapeXml(article.title)}</title>`,
        `    <link rel="alternate" type="text/html" href="${url}"/>`,
        `    <updated>${timestamp(entryUpdated)}</updated>`,
        `    <summary>${escapeXml(article.description)}</summary>`,
        ...(article.changes?.length ? [`    <content type="html">${escapeXml(entryContent(article))}</content>`] : []),
        ...(article.section ? [`    <category term="${escapeXml(article.section)}"/>`] : []),
        '  </entry>',
      ];
    }),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}
