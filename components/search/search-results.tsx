import { UrgentNumbers } from '@/components/crisis/urgent-numbers';
import type { SearchHit, SearchResponse } from '@/lib/search/query';
import { MAX_QUERY_LENGTH, MAX_RESULTS } from '@/lib/search/limits';
import { Highlighted } from './highlighted';

/**
 * What a search found, or a calm word about why it found nothing and where to look instead.
 * Rendered on the server for the first answer and by the live search as you type; the summary is a
 * polite live region, so a screen reader hears how many results there are after each change.
 */
export function SearchResults({ response }: { response: SearchResponse }) {
  const { results, status } = response;
  return (
    <div className="mt-6">
      <p role="status" className="text-lg">
        {summary(response)}
      </p>
      {results.length > 0 ? (
        <ol className="mt-4 space-y-6">
          {results.map((hit) => (
            <SearchResult key={hit.id} hit={hit} />
          ))}
        </ol>
      ) : status === 'empty' ? null : (
        <FindElsewhere />
      )}
    </div>
  );
}

function SearchResult({ hit }: { hit: SearchHit }) {
  return (
    <li>
      <h2 className="text-xl leading-snug font-bold">
        <a href={hit.url}>{hit.heading || hit.title}</a>
      </h2>
      <p className="mt-1 text-base text-muted">{context(hit)}</p>
      {hit.snippet.length > 0 ? (
        <p className="mt-1">
          <Highlighted segments={hit.snippet} />
        </p>
      ) : null}
    </li>
  );
}

/** Where a result is: the article a section belongs to, or what kind of page it is. */
function context(hit: SearchHit): string {
  if (hit.kind === 'glossary') return 'Glossary';
  if (hit.kind === 'page') return 'Urgent help';
  return hit.heading ? `Section of “${hit.title}”` : 'Article';
}

function summary({ query, status, results }: SearchResponse): string {
  switch (status) {
    case 'empty':
      return 'Type a word or two about what you want to find, such as "insurance" or "family", then choose Search.';
    case 'too-long':
      return `Your search is too long. Use fewer words (up to ${MAX_QUERY_LENGTH} characters).`;
    case 'no-words':
      return 'Your search has no letters or numbers in it. Try a word, such as "cost".';
    case 'unavailable':
      return 'Search is not working right now. Please try again later, or find what you need below.';
    case 'ok':
      if (results.length === 0) return `No pages match “${query}”. Check the spelling, or try a different word.`;
      if (results.length === 1) return `1 result for “${query}”.`;
      return results.length === MAX_RESULTS
        ? `The ${MAX_RESULTS} best results for “${query}”.`
        : `${results.length} results for “${query}”.`;
  }
}

function FindElsewhere() {
  return (
    <div className="mt-4">
      <p>You could also:</p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li>
          <a href="/learn">browse all articles</a>
        </li>
        <li>
          <a href="/glossary">look up a word in the glossary</a>
        </li>
        <li>
          <a href="/get-help-now">get help now</a> if you need support urgently. <UrgentNumbers form="short" />
        </li>
      </ul>
    </div>
  );
}
