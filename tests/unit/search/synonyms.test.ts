import { describe, expect, it } from 'vitest';
import { proseParts } from '@/lib/content/plain-text';
import { buildSearchIndex } from '@/lib/search/build-index';
import { search, withSynonyms } from '@/lib/search/query';
import { noSynonyms, synonymsFrom } from '@/lib/search/synonyms';

const marked = (parts: { text: string; mark?: true }[]) => parts.filter((part) => part.mark).map((part) => part.text);

describe('synonymsFrom', () => {
  it('maps every word of a group, as the index stores it, to the other words', () => {
    const synonyms = synonymsFrom([['Cost', 'prices', 'expensive']]);
    expect(synonyms.get('cost')).toEqual(['price', 'expensive']);
    expect(synonyms.get('price')).toEqual(['cost', 'expensive']);
    expect(synonyms.get('expensive')).toEqual(['cost', 'price']);
    expect(synonyms.get('Cost')).toBeUndefined();
  });

  it('leaves out words the search never looks for, and knows nothing of prototype names', () => {
    const synonyms = synonymsFrom([['the', 'rehab', 'residential']]);
    expect([...synonyms.keys()]).toEqual(['rehab', 'residential']);
    for (const word of ['constructor', '__proto__', 'toString', 'hasOwnProperty'])
      expect(synonyms.get(word)).toBeUndefined();
  });

  it('adds nothing to a query when there are no synonyms', () => {
    expect(withSynonyms(['cost'], noSynonyms)).toEqual({ combineWith: 'OR', queries: ['cost'] });
  });
});

describe('search with synonyms', () => {
  const index = buildSearchIndex(
    [
      {
        slug: 'paying',
        frontmatter: { title: 'Paying for care', description: 'What an IOP may cost you, and what your plan covers.' },
        headings: [
          { depth: 2, text: 'How much does it cost?', id: 'how-much' },
          { depth: 2, text: 'Residential care', id: 'residential' },
        ],
        prose: proseParts(
          '---\ntitle: x\n---\nIntro.\n\n## How much does it cost?\n\nThe cost depends on the program.\n\n## Residential care\n\nYou live at the program.\n',
        ),
      },
    ],
    [{ id: 'vocational-rehabilitation', term: 'Vocational rehabilitation', definition: 'Help to get ready for work.' }],
  );
  const synonyms = synonymsFrom([
    ['cost', 'expensive'],
    ['rehab', 'residential'],
  ]);

  it('finds the pages that use another word of the group, and marks that word', () => {
    expect(search(index, 'expensive').results).toEqual([]);
    const { results } = search(index, 'expensive', synonyms);
    expect(results[0]).toMatchObject({ url: '/learn/paying#how-much' });
    expect(marked(results[0]!.snippet)).toContain('cost');
  });

  it("puts the synonym's exact match above a word that only starts the same way", () => {
    expect(search(index, 'rehab', synonyms).results[0]?.url).toBe('/learn/paying#residential');
  });
});
