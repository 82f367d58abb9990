// Words that are also property names of every JavaScript object ("constructor", "toString",
// "__proto__"...) must be ordinary words to search: as a query, in an article and as a glossary term.
// A word looked up in a plain object finds Object.prototype's function instead of nothing, and once
// that reached the index, "constructor" answered 500.
import fc from 'fast-check';
import { proseParts } from '@/lib/content/plain-text';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildSearchIndex, type SearchIndex } from '@/lib/search/build-index';
import { search } from '@/lib/search/query';
import { indexTerms, tokenize } from '@/lib/search/terms';

const prototypeWords = [...new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__', 'prototype'])];
/** Each word as a reader might type it: as is, capitalised, upper case, plural, next to another word. */
const asTyped = (word: string) => [
  word,
  word[0]!.toUpperCase() + word.slice(1),
  word.toUpperCase(),
  `${word}s`,
  `cost ${word}`,
  `${word} ${word}`,
];

it('the list holds what the search once tripped on', () => {
  expect(prototypeWords).toEqual(
    expect.arrayContaining(['constructor', '__proto__', 'prototype', 'toString', 'hasOwnProperty', 'valueOf']),
  );
});

describe('every term handed to the index is a string', () => {
  it.each(prototypeWords)('%s', (word) => {
    for (const typed of asTyped(word)) {
      for (const token of tokenize(typed)) {
        const terms = indexTerms(token);
        expect(terms, typed).not.toBeNull();
        for (const term of terms!) expect(typeof term, `${typed} -> ${String(term)}`).toBe('string');
      }
    }
  });
});

// One article with a section per word (the word in its heading and its text), and one glossary entry per word.
const sections = prototypeWords.map((word, n) => ({ word, id: `word-${n}` }));
const article = {
  slug: 'words',
  frontmatter: { title: 'Words', description: 'Every word here is a property name.' },
  headings: sections.map(({ word, id }) => ({ depth: 2, text: `About ${word}`, id })),
  prose: proseParts(
    `---\ntitle: Words\n---\nOpening text.\n\n${sections.map(({ word }) => `## About ${word}\n\nThis part explains ${word} and nothing else.\n`).join('\n')}`,
  ),
};
const glossary = prototypeWords.map((word, n) => ({ id: `term-${n}`, term: word, definition: `What ${word} means.` }));

describe('as a query, on an index of ordinary content', () => {
  const index = buildSearchIndex(
    [
      {
        slug: 'paying',
        frontmatter: { title: 'Paying for care', description: 'Costs and plans.' },
        headings: [],
        prose: proseParts('---\ntitle: x\n---\nWhat an IOP costs.\n'),
      },
    ],
    [{ id: 'copay', term: 'Copay', definition: 'A set amount you pay for a visit.' }],
  );

  it.each(prototypeWords)('%s finds nothing calmly, or what matches it', (word) => {
    for (const typed of asTyped(word)) {
      const response = search(index, typed);
      expect(response.status, typed).toBe('ok');
      for (const hit of response.results) expect(typeof hit.url).toBe('string');
    }
    expect(search(index, `cost ${word}`).results.map((hit) => hit.url)).toContain('/learn/paying');
  });
});

describe('as article text and as glossary terms', () => {
  const index = buildSearchIndex([article], glossary);

  it('builds the index', () => {
    // Get help now, the opening text, one section per word, one glossary entry per word.
    expect(index.engine.documentCount).toBe(2 + 2 * prototypeWords.length);
  });

  it.each(sections)('$word finds its own section first, and its glossary entry', ({ word, id }) => {
    const { status, results } = search(index, word);
    expect(status).toBe('ok');
    expect(results[0]?.url).toBe(`/learn/words#${id}`);
    const glossaryHits = search(index, word).results.filter((hit) => hit.kind === 'glossary');
    expect(glossaryHits[0]?.url).toBe(`/glossary#term-${prototypeWords.indexOf(word)}`);
  });

  it('never fails for any mix of these words and random text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...prototypeWords), fc.string({ maxLength: 12 })), { maxLength: 6 }),
        (parts) => {
          const response = search(index, parts.join(' '));
          expect(response.status).not.toBe('unavailable');
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('a search that fails', () => {
  afterEach(() => vi.restoreAllMocks());
  const broken = {
    engine: {
      search: () => {
        throw new TypeError('term.startsWith is not a function (query: secret words)');
      },
    },
    documents: new Map(),
  } as unknown as SearchIndex;

  it('answers calmly, with the status the page explains, and keeps no trace of what was searched', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(search(broken, 'secret words')).toEqual({ query: 'secret words', status: 'unavailable', results: [] });
    expect(log).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(log.mock.calls)).not.toContain('secret');
  });
});
