// The site's search index, built once per server process from the content loader (again under
// `npm run dev` when the content has changed), so a search never re-reads content/.
import { once } from '../process-cache';
import { getArticles, getContent, getGlossary, getSynonyms } from '../content/loader';
import { buildSearchIndex, type SearchIndex } from './build-index';
import { sanitiseQuery, search, searchUnavailable, type SearchResponse } from './query';
import { synonymsFrom, type Synonyms } from './synonyms';

export function getSearchIndex(): SearchIndex {
  return once('search-index', () => buildSearchIndex(getArticles(), getGlossary()), getContent());
}

/** The synonym list (content/synonyms.yaml) as the search uses it. */
export function getSearchSynonyms(): Synonyms {
  return once('search-synonyms', () => synonymsFrom(getSynonyms()), getContent());
}

/** Searches the whole site for whatever arrived as ?q=; never throws (see search()). */
export function searchSite(raw: unknown): SearchResponse {
  let index: SearchIndex;
  let synonyms: Synonyms;
  try {
    index = getSearchIndex();
    synonyms = getSearchSynonyms();
  } catch (error) {
    // The index is built on the first search, from the articles: content it cannot take must not turn
    // every search into an error page.
    return searchUnavailable(sanitiseQuery(raw).query, error);
  }
  return search(index, raw, synonyms);
}
