'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchResponse } from '@/lib/search/query';
import { SearchResults } from './search-results';

/** Where the results come from as you type (app/search/results/route.ts). */
const RESULTS_ENDPOINT = '/search/results';
/** Wait this long after the last key press, so a search runs once per pause, not once per letter. */
const DEBOUNCE_MS = 250;

/**
 * Results that follow the words: `search(text, delay)` asks the server after `delay` ms, cancelling the
 * search before it, and keeps the query in the address so the page can be shared or reloaded.
 */
function useLiveResults(initial: SearchResponse) {
  const [response, setResponse] = useState(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<AbortController | undefined>(undefined);

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      pending.current?.abort();
    },
    [],
  );

  const search = useCallback((text: string, delay: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(async () => {
      pending.current?.abort();
      const controller = new AbortController();
      pending.current = controller;
      try {
        const answer = await fetch(`${RESULTS_ENDPOINT}?q=${encodeURIComponent(text)}`, { signal: controller.signal });
        if (!answer.ok) return;
        setResponse((await answer.json()) as SearchResponse);
        window.history.replaceState(null, '', text.trim() ? `/search?q=${encodeURIComponent(text)}` : '/search');
      } catch {
        // Aborted by a newer search, or offline: the last results stay, and the form still submits.
      }
    }, delay);
  }, []);

  return { response, search };
}

/**
 * The search page's form and results. Without JavaScript it is a plain GET form and the server's
 * results; with it, results follow the words as they are typed (useLiveResults). Only the search page
 * loads this code.
 */
export function LiveSearch({ initial }: { initial: SearchResponse }) {
  const [query, setQuery] = useState(initial.query);
  const { response, search } = useLiveResults(initial);
  const input = useRef<HTMLInputElement>(null);
  const initialQuery = initial.query;

  useEffect(() => {
    // Words typed before the page's script ran are in the box but not yet searched.
    const typed = input.current?.value ?? '';
    if (typed !== initialQuery) {
      setQuery(typed);
      search(typed, 0);
    }
  }, [initialQuery, search]);

  return (
    <>
      <form
        action="/search"
        method="get"
        className="search-page-form mt-6"
        onSubmit={(event) => {
          event.preventDefault();
          search(query, 0);
        }}
      >
        <label htmlFor="search-page-q" className="block text-lg font-bold">
          Search IOP Guide
        </label>
        <p id="search-page-hint" className="text-base text-muted">
          Articles and glossary terms. Results change as you type.
        </p>
        <div className="mt-2 flex gap-2">
          <input
            id="search-page-q"
            ref={input}
            type="search"
            name="q"
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              search(event.target.value, DEBOUNCE_MS);
            }}
            aria-describedby="search-page-hint"
            autoComplete="off"
            enterKeyHint="search"
            className="min-h-11 min-w-0 flex-1 rounded-md border-2 border-fg bg-bg px-3 py-1 text-fg"
          />
          <button type="submit" className="button-primary cursor-pointer border-0">
            Search
          </button>
        </div>
      </form>
      <SearchResults response={response} />
    </>
  );
}
