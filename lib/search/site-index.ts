// The site's search index, built once per server process from the content loader, so a search never
// re-reads content/. The only part of lib/search that does I/O.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type MiniSearch from 'minisearch';
import { getArticles, getGlossary } from '../content/source';
import { buildSearchIndex, type IndexableArticle, type SearchDocument } from './index';
import { search, type SearchResponse } from './query';

let cached: MiniSearch<SearchDocument> | undefined;

/** The articles as the index needs them: the loader's articles plus the MDX text of each file. */
export function indexableArticles(): IndexableArticle[] {
  return getArticles().map((article) => ({
    ...article,
    source: readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), article.file), 'utf8'),
  }));
}

export function getSearchIndex(): MiniSearch<SearchDocument> {
  cached ??= buildSearchIndex(indexableArticles(), getGlossary());
  return cached;
}

/** Searches the whole site for whatever arrived as ?q=. */
export function searchSite(raw: unknown): SearchResponse {
  return search(getSearchIndex(), raw);
}
