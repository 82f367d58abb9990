// The site's search index, built once per server process from the content loader, so a search never
// re-reads content/.
import type MiniSearch from 'minisearch';
import { getArticles, getGlossary } from '../content/source';
import { buildSearchIndex, type SearchDocument } from './index';
import { sanitiseQuery, search, searchUnavailable, type SearchResponse } from './query';

let cached: MiniSearch<SearchDocument> | undefined;

export function getSearchIndex(): MiniSearch<SearchDocument> {
  cached ??= buildSearchIndex(getArticles(), getGlossary());
  return cached;
}

/** Searches the whole site for whatever arrived as ?q=; never throws (see search()). */
export function searchSite(raw: unknown): SearchResponse {
  let index: MiniSearch<SearchDocument>;
  try {
    index = getSearchIndex();
  } catch (error) {
    // The index is built on the first search, from the articles: content it cannot take must not turn
    // every search into an error page.
    return searchUnavailable(sanitiseQuery(raw).query, error);
  }
  return search(index, raw);
}
