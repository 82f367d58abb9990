// The site's search index, built once per server process from the content loader, so a search never
// re-reads content/.
import type MiniSearch from 'minisearch';
import { getArticles, getGlossary } from '../content/source';
import { buildSearchIndex, type IndexableArticle, type SearchDocument } from './index';
import { search, type SearchResponse } from './query';

let cached: MiniSearch<SearchDocument> | undefined;

/** The articles as the index needs them (the loader's articles carry their MDX text). */
export function indexableArticles(): IndexableArticle[] {
  return getArticles();
}

export function getSearchIndex(): MiniSearch<SearchDocument> {
  cached ??= buildSearchIndex(indexableArticles(), getGlossary());
  return cached;
}

/** Searches the whole site for whatever arrived as ?q=. */
export function searchSite(raw: unknown): SearchResponse {
  return search(getSearchIndex(), raw);
}
