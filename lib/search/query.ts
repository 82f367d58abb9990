// Searching: what a query may be, how it is matched and ranked, and the snippet shown for each result.
// Pure functions over an index built by ./build-index.ts; no React, no Next.js.
import type { Query, SearchOptions } from 'minisearch';
import {
  documentPhrases,
  type IndexedDocument,
  type IndexedField,
  type SearchDocument,
  type SearchIndex,
} from './build-index';
import { MAX_QUERY_LENGTH, MAX_RESULTS } from './limits';
import { noSynonyms, type Synonyms } from './synonyms';
import { splitSentences } from '../content/sentences';
import { placedWords } from '../content/words';
import { indexTerms, phraseOf, tokenize } from './terms';

export { MAX_QUERY_LENGTH, MAX_RESULTS };
/** A snippet is about this many characters, cut at word boundaries. */
export const SNIPPET_LENGTH = 180;

/**
 * empty: nothing was typed; too-long: over MAX_QUERY_LENGTH characters; no-words: no letters or
 * digits at all (".*", "<>"); ok: searched (results may still be empty); unavailable: the search
 * itself failed (a bug), so the reader is pointed to other ways of finding a page.
 */
export type QueryStatus = 'empty' | 'too-long' | 'no-words' | 'ok' | 'unavailable';

/** Part of a snippet; `mark` parts are the matched words, shown in <mark>. */
export interface Segment {
  text: string;
  mark?: true;
}

export interface SearchHit {
  id: string;
  kind: SearchDocument['kind'];
  url: string;
  title: string;
  /** The section the match is in ('' when it is the article's opening or a glossary term). */
  heading: string;
  snippet: Segment[];
}

export interface SearchResponse {
  /** The query as cleaned up, to show back in the search box. */
  query: string;
  status: QueryStatus;
  results: SearchHit[];
}

/** Titles count most, then section headings, then the description, then the text. */
export const searchOptions: SearchOptions = {
  boost: { titleWords: 4, headingWords: 2.5, description: 1.5, text: 1 } satisfies Record<IndexedField, number>,
  // "relaps" finds "relapse"; two letters would match too much.
  prefix: (term) => term.length >= 3,
  // "insurence" finds "insurance"; short words ("iop", "dbt") must match as typed. One slip at most:
  // with two, "medicaire" would find Medicaid as readily as Medicare.
  fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
  maxFuzzy: 1,
  // A word that starts with what was typed is a better guess than one spelled a little differently.
  weights: { prefix: 0.5, fuzzy: 0.35 },
  combineWith: 'OR',
};

/** How much a match of a synonym counts against a match of the word typed ("expensive" finding "cost"). */
const SYNONYM_WEIGHT = 0.8;

/**
 * The query for MiniSearch: each word, or each word OR its synonyms (exact matches only, worth a little
 * less than the word itself, so a page that uses the reader's own word comes first).
 */
export function withSynonyms(words: string[], synonyms: Synonyms): Query {
  return {
    combineWith: 'OR',
    queries: words.map((word): Query => {
      const others = synonyms.get(word) ?? [];
      if (others.length === 0) return word;
      return {
        combineWith: 'OR',
        queries: [
          word,
          { combineWith: 'OR', queries: [...others], prefix: false, fuzzy: false, boostTerm: () => SYNONYM_WEIGHT },
        ],
      };
    }),
  };
}

/** How much a result's other matching sections add to its article's rank. */
const OTHER_SECTIONS_WEIGHT = 0.25;
/** A glossary entry is short, so it matches strongly; an article usually answers the question better. */
const GLOSSARY_WEIGHT = 0.8;
/** When the query is the whole title or heading ("what is an iop"), or a phrase in it ("medicare"). */
const PHRASE_BONUS = { titleIs: 3, titleHas: 2, headingIs: 2, headingHas: 1.5 } as const;

/**
 * How much a document gains because the query is the article's title (its opening document, so the
 * link goes to the top of the page) or a section heading, or a phrase of two or more words in one.
 */
export function phraseBonus(
  query: string,
  document: Pick<SearchDocument, 'id' | 'group' | 'kind' | 'title' | 'heading'>,
): number {
  return phraseBonusFor(query)({ kind: document.kind, ...documentPhrases(document) });
}

/** phraseBonus for one query, for every result of it: the query's phrase is worked out once, the documents' when the index was built. */
function phraseBonusFor(
  query: string,
): (document: Pick<IndexedDocument, 'kind' | 'titlePhrase' | 'headingPhrase'>) => number {
  const phrase = phraseOf(query);
  const words = tokenize(query).length;
  return ({ kind, titlePhrase: title, headingPhrase: heading }) => {
    if (words === 0) return 1;
    // Not for glossary terms: their one-line entries already match strongly.
    if (kind === 'glossary') return 1;
    if (title === phrase) return PHRASE_BONUS.titleIs;
    if (heading === phrase) return PHRASE_BONUS.headingIs;
    if (words < 2) return 1;
    if (title.includes(phrase)) return PHRASE_BONUS.titleHas;
    if (heading.includes(phrase)) return PHRASE_BONUS.headingHas;
    return 1;
  };
}

const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Anything we show back is capped, so a huge query cannot make a huge page. */
const MAX_ECHO = 1000;

/** Cleans up whatever arrived as ?q= (missing, repeated, control characters, broken unicode). */
export function sanitiseQuery(raw: unknown): { query: string; status: Exclude<QueryStatus, 'unavailable'> } {
  const first = Array.isArray(raw) ? raw[0] : raw;
  const text = typeof first === 'string' ? first : '';
  const query = [
    ...text
      .replace(UNPAIRED_SURROGATE, '\uFFFD')
      .normalize('NFC')
      .replace(/[\p{Cc}\p{Zl}\p{Zp}]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  ];
  if (query.length === 0) return { query: '', status: 'empty' };
  if (query.length > MAX_QUERY_LENGTH) return { query: query.slice(0, MAX_ECHO).join(''), status: 'too-long' };
  const joined = query.join('');
  return { query: joined, status: tokenize(joined).length === 0 ? 'no-words' : 'ok' };
}

/** A word of a document's text: where it is, and the index terms it matches under (null for a stop word). */
interface TextWord {
  start: number;
  end: number;
  terms: string[] | null;
}

/**
 * The words of each document text a snippet was made from, with their index terms, worked out once per
 * process: a snippet looks at every word of its section, and a long section is shown again and again.
 * Only document text (a section, a heading, a title) is looked up here, never a query, so it holds the
 * content's own text and no more.
 */
const textWords = new Map<string, TextWord[]>();
function wordsOfText(text: string): TextWord[] {
  let found = textWords.get(text);
  if (found === undefined)
    textWords.set(
      text,
      (found = placedWords(text).map(({ word, start, end }) => ({ start, end, terms: indexTerms(word) }))),
    );
  return found;
}

/** Where the matched words are in a document's text: [start, end) character ranges, in order. */
export function highlightRanges(text: string, terms: ReadonlySet<string>): [number, number][] {
  const ranges: [number, number][] = [];
  if (terms.size === 0) return ranges;
  for (const { start, end, terms: wordTerms } of wordsOfText(text))
    if (wordTerms?.some((term) => terms.has(term))) ranges.push([start, end]);
  return ranges;
}

/** Splits text[start, end) into plain and marked parts. */
export function segment(text: string, ranges: [number, number][], start = 0, end = text.length): Segment[] {
  const parts: Segment[] = [];
  let at = start;
  for (const [from, to] of ranges) {
    if (to <= start || from >= end) continue;
    if (from > at) parts.push({ text: text.slice(at, from) });
    parts.push({ text: text.slice(Math.max(from, start), Math.min(to, end)), mark: true });
    at = Math.min(to, end);
  }
  if (at < end) parts.push({ text: text.slice(at, end) });
  return parts;
}

/**
 * About `length` characters of a section's text, cut at word boundaries, with "…" where text was left
 * out. It starts where the section starts, so a reader sees what the section is about, when that
 * start has a match or `fromStart` is set (the heading matched); otherwise at the start of the sentence
 * holding the best cluster of matches (the most matched words), never in the middle of one when the
 * sentence fits.
 */
export function snippet(
  text: string,
  terms: ReadonlySet<string>,
  length = SNIPPET_LENGTH,
  { fromStart = false } = {},
): Segment[] {
  // Only what is not already a single space is replaced: most text is clean, and a section can be long.
  const clean = text.replace(/\s\s+|[^\S ]/g, ' ').trim();
  const ranges = highlightRanges(clean, terms);
  if (clean.length <= length) return segment(clean, ranges);

  let start = 0;
  // A match this close to the start is shown from the start (a sentence or so).
  const startShowsMatch = ranges.length > 0 && ranges[0]![1] <= Math.floor(length * 0.75);
  if (ranges.length > 0 && !fromStart && !startShowsMatch) {
    const lead = Math.floor(length / 4);
    let best = 0;
    let bestCount = -1;
    // The matches from each one on that fit in the window: ranges are in order and do not overlap, so the
    // window's last match only moves forward (one pass, not one count per match).
    let last = 0;
    ranges.forEach(([from], index) => {
      last = Math.max(last, index);
      while (last + 1 < ranges.length && ranges[last + 1]![1] <= from + length - lead) last += 1;
      const count = ranges[last]![1] <= from + length - lead ? last - index + 1 : 0;
      if (count > bestCount) [best, bestCount] = [index, count];
    });
    const match = ranges[best]![0];
    const sentence = sentenceStart(clean, match);
    // The sentence's start, if the match still shows in the window from there; else a little before the match.
    start = match - sentence <= length - lead ? sentence : match - lead;
    start = Math.max(0, Math.min(start, clean.length - length));
  }
  // Do not start or end in the middle of a word: move the start on to the next word (never past
  // the match, which starts a word itself) and the end back to the last whole word.
  if (start > 0 && clean[start - 1] !== ' ') start = clean.indexOf(' ', start) + 1;
  let end = Math.min(clean.length, start + length);
  if (end < clean.length) {
    const space = clean.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  const parts = segment(clean, ranges, start, end);
  if (start > 0) parts.unshift({ text: '…' });
  if (end < clean.length) parts.push({ text: '…' });
  return merge(parts);
}

/**
 * Where the sentence holding position `at` starts (0 if it is the first), as lib/content/sentences.ts splits
 * sentences: "U.S." or "e.g." in the middle of one does not start a snippet there.
 */
function sentenceStart(text: string, at: number): number {
  // Up to the first letter at `at`, so a sentence that starts exactly there is seen to start.
  return splitSentences(text.slice(0, at + 1), { startsWith: 'capital' }).at(-1)?.start ?? 0;
}

/** Joins neighbouring plain parts ("…" + "text"). */
function merge(parts: Segment[]): Segment[] {
  const merged: Segment[] = [];
  for (const part of parts) {
    const last = merged[merged.length - 1];
    if (last && !last.mark && !part.mark) last.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}

/**
 * Searches the index: best match first, each article once (at its best section), each with a snippet.
 * Never throws: if the search itself fails, the reader gets status 'unavailable' (a calm page with
 * other ways to find things), never an error page.
 */
export function search(index: SearchIndex, raw: unknown, synonyms: Synonyms = noSynonyms): SearchResponse {
  const { query, status } = sanitiseQuery(raw);
  if (status !== 'ok') return { query, status, results: [] };
  try {
    return { query, status, results: rankedResults(index, query, synonyms) };
  } catch (error) {
    return searchUnavailable(query, error);
  }
}

/**
 * The answer when searching failed: the reader is told search is not working and shown other ways to
 * find a page. Logged without the query or the error's message (which may quote it): what a reader
 * searched for is never kept, not even in a server log.
 */
export function searchUnavailable(query: string, error: unknown): SearchResponse {
  const where = error instanceof Error ? (error.stack ?? '').split('\n').slice(1, 6).join('\n') : '';
  console.error(
    `Search failed (${error instanceof Error ? error.name : typeof error}); the reader was told search is not working.\n${where}`,
  );
  return { query, status: 'unavailable', results: [] };
}

function rankedResults({ engine, documents }: SearchIndex, query: string, synonyms: Synonyms): SearchHit[] {
  const terms = tokenize(query).flatMap((word) => indexTerms(word)?.slice(0, 1) ?? []);
  // A lone letter or digit ("alert(1)", "part b") matches little that helps, unless it is all there is.
  const wanted = [...new Set(terms.some((term) => term.length > 1) ? terms.filter((term) => term.length > 1) : terms)];
  if (wanted.length === 0) return [];
  const coverage = coverageOf(wanted, synonyms);
  const bonus = phraseBonusFor(query);

  // By group number (a small whole number: the quickest key a Map has).
  const groups = new Map<number, { best: IndexedDocument; bestScore: number; total: number; terms: string[] }>();
  for (const result of engine.search(withSynonyms(wanted, synonyms), searchOptions)) {
    const document = documents[result.id as number];
    if (document === undefined) throw new Error('The search index and its documents disagree');
    // A result that matches only some of the words ranks below one that matches them all.
    const covered = coverage(result.queryTerms);
    const weight = document.kind === 'glossary' ? GLOSSARY_WEIGHT : 1;
    const score = result.score * covered * covered * weight * bonus(document);
    const group = groups.get(document.groupNumber);
    if (group === undefined)
      groups.set(document.groupNumber, { best: document, bestScore: score, total: score, terms: result.terms });
    else {
      if (score > group.bestScore) Object.assign(group, { best: document, bestScore: score, terms: result.terms });
      group.total += score;
    }
  }
  const rank = (group: { bestScore: number; total: number }) =>
    group.bestScore + (group.total - group.bestScore) * OTHER_SECTIONS_WEIGHT;

  return [...groups.values()]
    .sort((a, b) => rank(b) - rank(a))
    .slice(0, MAX_RESULTS)
    .map(({ best: document, terms: matchedTerms }): SearchHit => {
      const text = [document.description, document.text].filter(Boolean).join(' ');
      const matched = new Set(matchedTerms);
      // When the section's heading (or an article's title) is what matched, the snippet is its opening.
      const fromStart =
        highlightRanges(document.heading || (document.id === document.group ? document.title : ''), matched).length > 0;
      return {
        id: document.id,
        kind: document.kind,
        url: document.url,
        title: document.title,
        heading: document.heading,
        snippet: snippet(text, matched, SNIPPET_LENGTH, { fromStart }),
      };
    });
}

/**
 * The share of the wanted words a result matched (1 when all), from the query terms MiniSearch says it
 * matched: a word counts when the result matched it, or one of its synonyms, in any of its index forms.
 */
function coverageOf(wanted: readonly string[], synonyms: Synonyms): (queryTerms: readonly string[]) => number {
  /** Which wanted words (by position) each index form stands for. */
  const owners = new Map<string, number[]>();
  wanted.forEach((term, position) => {
    for (const word of [term, ...(synonyms.get(term) ?? [])])
      for (const form of indexTerms(word) ?? []) owners.set(form, [...(owners.get(form) ?? []), position]);
  });
  // Which wanted words this result matched, marked with the result's number: no set made per result.
  const seen = new Uint32Array(wanted.length);
  let resultNumber = 0;
  return (queryTerms) => {
    resultNumber += 1;
    let matched = 0;
    for (const term of queryTerms)
      for (const position of owners.get(term) ?? []) {
        if (seen[position] === resultNumber) continue;
        seen[position] = resultNumber;
        matched += 1;
      }
    return matched / wanted.length;
  };
}
