// The site's search index, built once per server process from the content loader, so a search never
// re-reads content/.
import type MiniSearch from 'minisearch';
import { getArticles, getGlossary } from '../content/source';
import { buildSearchIndex, type SearchDocument } from './index';
import { search, type SearchResponse } from './query';

let cached: MiniSearch<SearchDocument> | undefined;

export function getSearchIndex(): MiniSearch<SearchDocument> {
  cached ??= buildSearchIndex(getArticles(), getGlossary());
  return cached;
}

/** Searches the whole site for whatever arrived as ?q=. */
export function searchSite(raw: unknown): SearchResponse {
  return search(getSearchIndex(), raw);
}
