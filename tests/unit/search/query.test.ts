import MiniSearch from 'minisearch';
import { proseParts } from '@/lib/content/plain-text';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '@/lib/search/build-index';
import {
  highlightRanges,
  MAX_QUERY_LENGTH,
  phraseBonus,
  sanitiseQuery,
  search,
  segment,
  snippet,
  type Segment,
} from '@/lib/search/query';
import { indexTerms, normaliseTerm, phraseOf, singular, tokenize } from '@/lib/search/terms';

const text = (parts: Segment[]) => parts.map((part) => part.text).join('');
const marked = (parts: Segment[]) => parts.filter((part) => part.mark).map((part) => part.text);

describe('sanitiseQuery', () => {
  it.each([
    [undefined, '', 'empty'],
    ['', '', 'empty'],
    ['   \t\n ', '', 'empty'],
    ['\u0000', '', 'empty'],
    [['first', 'second'], 'first', 'ok'],
    [42, '', 'empty'],
    ['  medicare   part\u0000b ', 'medicare part b', 'ok'],
    ['.*+?^${}()|[]\\', '.*+?^${}()|[]\\', 'no-words'],
    ['<>"\'%%', '<>"\'%%', 'no-words'],
    ['<script>alert(1)</script>', '<script>alert(1)</script>', 'ok'],
    ['cafe\u0301', 'café', 'ok'],
    ['\uD800abc', '\uFFFDabc', 'ok'],
    ['निदान', 'निदान', 'ok'],
  ] as [unknown, string, string][])('%j -> %j (%s)', (raw, query, status) => {
    expect(sanitiseQuery(raw)).toEqual({ query, status });
  });

  it('accepts a query of exactly the limit and refuses a longer one calmly', () => {
    expect(sanitiseQuery('a'.repeat(MAX_QUERY_LENGTH)).status).toBe('ok');
    expect(sanitiseQuery('a'.repeat(MAX_QUERY_LENGTH + 1)).status).toBe('too-long');
    // characters, not UTF-16 units: 200 emoji are 200 characters
    expect(sanitiseQuery('😀'.repeat(MAX_QUERY_LENGTH)).status).not.toBe('too-long');
  });

  it('caps what it shows back of a huge query', () => {
    expect(sanitiseQuery('x'.repeat(100_000)).query.length).toBeLessThanOrEqual(1000);
  });
});

describe('terms', () => {
  it.each([
    ['programs', 'program'],
    ['therapies', 'therapy'],
    ['classes', 'class'],
    ['class', 'class'],
    ['crisis', 'crisis'],
    ['status', 'status'],
    ['iops', 'iop'],
    ['gas', 'gas'],
  ])('singular(%s) = %s', (word, expected) => {
    expect(singular(word)).toBe(expected);
  });

  it('lower-cases, drops accents and apostrophes, leaves out little words', () => {
    expect(normaliseTerm('IOPs')).toBe('iop');
    expect(normaliseTerm('Café')).toBe('cafe');
    expect(normaliseTerm("person's")).toBe('person');
    expect(normaliseTerm('the')).toBeNull();
    expect(indexTerms('insurer')).toEqual(['insurer', 'insurance']);
  });

  it('splits on anything that is not a letter or digit', () => {
    expect(tokenize("<script>alert(1)</script> don't .*")).toEqual(['script', 'alert', '1', 'script', "don't"]);
    expect(tokenize('.*+?^${}()|[]\\')).toEqual([]);
  });
});

describe('highlightRanges and segment', () => {
  it('marks whole words whose normal form matched, plurals and capitals too', () => {
    const sentence = 'Programs vary. A program is not a programme.';
    const ranges = highlightRanges(sentence, new Set(['program']));
    expect(ranges).toEqual([
      [0, 8],
      [17, 24],
    ]);
    expect(segment(sentence, ranges)).toEqual([
      { text: 'Programs', mark: true },
      { text: ' vary. A ' },
      { text: 'program', mark: true },
      { text: ' is not a programme.' },
    ]);
  });

  it('marks nothing when nothing matched', () => {
    expect(highlightRanges('Some text', new Set())).toEqual([]);
  });
});

describe('snippet', () => {
  const filler = (count: number, word = 'lorem') => Array.from({ length: count }, () => word).join(' ');

  it('keeps a short text whole', () => {
    const parts = snippet('Medicare covers IOP.', new Set(['medicare']));
    expect(parts).toEqual([{ text: 'Medicare', mark: true }, { text: ' covers IOP.' }]);
  });

  it('centres a long text on the match, cut at word boundaries, with … where text was left out', () => {
    const long = `${filler(60)} the deductible applies here ${filler(60)}`;
    const parts = snippet(long, new Set(['deductible']), 100);
    expect(marked(parts)).toEqual(['deductible']);
    const shown = text(parts);
    expect(shown.startsWith('…lorem')).toBe(true);
    expect(shown.endsWith('lorem…')).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(102);
    expect(shown).not.toMatch(/…\S*orem\b(?<!lorem)/);
  });

  it('prefers the window with the most matches when the start of the text has none', () => {
    const long = `${filler(30)} copay once ${filler(80)} copay and copay and copay ${filler(80)}`;
    expect(marked(snippet(long, new Set(['copay']), 80))).toHaveLength(3);
  });

  it('counts only the matches that fit in the window, whichever cluster comes first', () => {
    // Three matches spread wider than the window, then two close together: the close pair wins.
    const spread = `copay ${filler(14)} copay ${filler(14)} copay`;
    const long = `${filler(40)} ${spread} ${filler(40)} copay copay ${filler(40)}`;
    const parts = snippet(long, new Set(['copay']), 80);
    expect(marked(parts)).toHaveLength(2);
    expect(text(parts)).toContain('copay copay');
  });

  it('shows text with line breaks, tabs and runs of spaces as single spaces', () => {
    expect(text(snippet('Medicare\n\ncovers  IOP\tcare. ', new Set(['medicare'])))).toBe('Medicare covers IOP care.');
  });

  it('shows the start of the section when a match is there, not a later cluster of matches', () => {
    const long = `Costs vary by program. ${filler(60)} In one 2009 study costs were $38 to $235 a day, cost per cost ${filler(40)}`;
    const parts = snippet(long, new Set(['cost']), 100);
    expect(text(parts).startsWith('Costs vary by program.')).toBe(true);
    expect(text(parts)).not.toContain('$38');
  });

  it('shows the start of the section when its heading matched, even if the text matches only later', () => {
    const long = `Prices differ a lot. ${filler(60)} copay ${filler(40)}`;
    expect(text(snippet(long, new Set(['copay']), 100, { fromStart: true })).startsWith('Prices differ a lot.')).toBe(
      true,
    );
  });

  it('starts a snippet from later in the text at the start of a sentence, not in the middle of one', () => {
    const long = `${filler(40)}. Your plan may set a copay for each visit, and a deductible. ${filler(60)}`;
    const shown = text(snippet(long, new Set(['copay']), 120));
    expect(shown.startsWith('…Your plan may set a copay')).toBe(true);
  });

  it('does not start a snippet after a short form like "U.S." in the middle of a sentence', () => {
    const long = `${filler(60)}. Most U.S. plans must cover an IOP like a hospital stay ${filler(5)} parity ${filler(60)}`;
    const shown = text(snippet(long, new Set(['parity']), 160));
    expect(shown.startsWith('…Most U.S. plans')).toBe(true);
  });

  it('starts at the beginning when nothing in the text matched', () => {
    const parts = snippet(`Start here. ${filler(100)}`, new Set(['absent']), 60);
    expect(text(parts).startsWith('Start here.')).toBe(true);
    expect(text(parts).endsWith('…')).toBe(true);
  });

  it('handles a match at the very end', () => {
    const parts = snippet(`${filler(100)} deductible`, new Set(['deductible']), 60);
    expect(marked(parts)).toEqual(['deductible']);
    expect(text(parts).endsWith('deductible')).toBe(true);
  });
});

describe('phraseBonus', () => {
  const intro = {
    id: 'learn/what-is-an-iop',
    group: 'learn/what-is-an-iop',
    kind: 'article' as const,
    title: 'What is an IOP?',
    heading: '',
  };
  it('rewards a query that is the title (on the opening document) or a heading', () => {
    expect(phraseBonus('what is an IOP', intro)).toBeGreaterThan(1);
    expect(phraseBonus('what is an IOP', { ...intro, id: 'learn/what-is-an-iop#x' })).toBe(1);
    expect(
      phraseBonus('what is detox', { ...intro, id: 'a#b', title: 'Detox', heading: 'What is detox?' }),
    ).toBeGreaterThan(1);
    expect(phraseBonus('iop', intro)).toBe(1);
    expect(phraseBonus('', intro)).toBe(1);
  });
});

describe('search on a small index', () => {
  const index = buildSearchIndex(
    [
      {
        slug: 'paying',
        frontmatter: {
          title: 'Paying for care',
          description: 'Costs, plans and what to ask your insurer about an IOP.',
        },
        headings: [
          { depth: 2, text: 'Does Medicare pay?', id: 'medicare' },
          { depth: 2, text: 'Other plans', id: 'other-plans' },
        ],
        prose: proseParts(
          '---\ntitle: x\n---\nIntro text about money.\n\n## Does Medicare pay? [#medicare]\n\nMedicare Part B covers it.\n\n## Other plans\n\nSome programs offer a sliding scale.\n',
        ),
      },
    ],
    [{ id: 'copay', term: 'Copay', definition: 'A set amount you pay for a visit.' }],
  );

  it('is a MiniSearch index of sections, the opening text, glossary terms and Get help now', () => {
    expect(index.engine).toBeInstanceOf(MiniSearch);
    expect(index.engine.documentCount).toBe(5);
    expect(index.documents.map((document) => [document.id, document.position, document.groupNumber])).toEqual([
      ['get-help-now', 0, 0],
      ['learn/paying', 1, 1],
      ['learn/paying#medicare', 2, 1],
      ['learn/paying#other-plans', 3, 1],
      ['glossary#copay', 4, 2],
    ]);
  });

  it('keeps only positions in MiniSearch, and each document with its title and heading as phrases', () => {
    expect(index.engine.getStoredFields(2)).toBeUndefined();
    expect(index.documents[1]).toMatchObject({
      titlePhrase: ' paying for care ',
      headingPhrase: '  ',
    });
    expect(index.documents[2]).toMatchObject({
      titlePhrase: '',
      headingPhrase: phraseOf('Does Medicare pay?'),
    });
    expect(index.documents[4]).toMatchObject({ titlePhrase: '', headingPhrase: '' });
  });

  it('links a section match to the section, and marks the matched words', () => {
    const { results } = search(index, 'medicare');
    expect(results[0]).toMatchObject({
      url: '/learn/paying#medicare',
      title: 'Paying for care',
      heading: 'Does Medicare pay?',
      kind: 'article',
    });
    expect(marked(results[0]!.snippet)).toEqual(['Medicare']);
  });

  it('is forgiving: prefix, typo, plural', () => {
    for (const query of ['medic', 'medicar', 'medicre', 'sliding scales', 'program']) {
      expect(search(index, query).results.length, query).toBeGreaterThan(0);
    }
  });

  it('answers any string without throwing, and never echoes it as markup', () => {
    const hostile = [
      '<script>alert(1)</script>',
      '"\'><img src=x onerror=alert(1)>',
      '.*',
      '\u0000',
      '%E0%A4%A',
      '(((',
      '\\',
      'a'.repeat(300),
      '🙂'.repeat(50),
    ];
    for (const query of hostile) {
      const response = search(index, query);
      expect(['ok', 'no-words', 'too-long', 'empty']).toContain(response.status);
      for (const hit of response.results) for (const part of hit.snippet) expect(typeof part.text).toBe('string');
    }
    expect(search(index, 'a'.repeat(300)).status).toBe('too-long');
    expect(search(index, '.*').status).toBe('no-words');
  });
});
