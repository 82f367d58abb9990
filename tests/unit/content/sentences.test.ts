// Where a sentence ends, once for the site (lib/content/sentences.ts): the readability scores and the citation
// check split text with the same rule; the one thing they choose differently is an explicit option.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CITE_MARK, endsAsSentence, splitSentences, type SplitOptions } from '@/lib/content/sentences';

const capital: SplitOptions = { startsWith: 'capital' };
const anything: SplitOptions = { startsWith: 'anything' };
const texts = (text: string, options: SplitOptions) => splitSentences(text, options).map((sentence) => sentence.text);

describe('splitSentences, either way', () => {
  it.each([capital, anything])('ends a sentence at . ! ? and runs of them (%o)', (options) => {
    expect(texts('One. Two! Three? Really?! Wait... Four', options)).toEqual(['One.', 'Two!', 'Three?', 'Really?!', 'Wait...', 'Four']);
  });

  it.each([capital, anything])('does not end one after a short form, in any case, or inside a number (%o)', (options) => {
    expect(texts('Programs in the U.S. vary. In the U.K. Too. Ask, e.g. Dr. Lee, i.e. St. Mary Inc. and Mr. Jr. About 1.5 days. Next', options)).toEqual([
      'Programs in the U.S. vary.',
      'In the U.K. Too.',
      'Ask, e.g. Dr. Lee, i.e. St. Mary Inc. and Mr. Jr. About 1.5 days.',
      'Next',
    ]);
    expect(texts('It costs approx. 40 dollars vs. 50 DOLLARS. Then', options)).toEqual(['It costs approx. 40 dollars vs. 50 DOLLARS.', 'Then']);
  });

  it.each([capital, anything])('a word that only ends like a short form is not one (%o)', (options) => {
    expect(texts('Ask your GP or the CVS. Then go. It is a bus. Yes', options)).toEqual(['Ask your GP or the CVS.', 'Then go.', 'It is a bus.', 'Yes']);
  });

  it.each([capital, anything])('keeps closing quotes, brackets and citations with the sentence before, and says where each starts (%o)', (options) => {
    expect(splitSentences(`He said "stop." (Then he left.)${CITE_MARK} Done.${CITE_MARK}${CITE_MARK} "Next"`, options)).toEqual([
      { text: 'He said "stop."', start: 0 },
      { text: `(Then he left.)${CITE_MARK}`, start: 16 },
      { text: `Done.${CITE_MARK}${CITE_MARK}`, start: 33 },
      { text: '"Next"', start: 41 },
    ]);
  });

  it.each([capital, anything])('reads a line break as a space, and gives nothing for a blank text (%o)', (options) => {
    expect(texts('A study found\nthis. It\nhelps.', options)).toEqual(['A study found\nthis.', 'It\nhelps.']);
    expect(splitSentences(' \n ', options)).toEqual([]);
  });
});

describe('the option: what may start the next sentence', () => {
  it("'capital': a capital letter or a digit, after any opening quote or bracket", () => {
    expect(texts('Ask first. then go. Open 9 a.m. to 5 p.m. on weekdays. 24 hours. "Yes." (No.) [Maybe.] Done', capital)).toEqual([
      'Ask first. then go.',
      'Open 9 a.m. to 5 p.m. on weekdays.',
      '24 hours.',
      '"Yes."',
      '(No.)',
      '[Maybe.]',
      'Done',
    ]);
  });

  it("'anything': any word or sign, so a claim cannot hide in the sentence before it", () => {
    expect(texts('Ask first. then go. It found. 9 more. — yes', anything)).toEqual(['Ask first.', 'then go.', 'It found.', '9 more.', '— yes']);
    // A citation after a space is not straight after the full stop: it is a sentence of its own, not the one before.
    expect(texts(`A study found this. ${CITE_MARK}`, anything)).toEqual(['A study found this.', CITE_MARK]);
  });

  it("every end 'capital' finds, 'anything' finds too (property)", () => {
    const piece = fc.constantFrom('One', 'two', 'U.S.', 'e.g.', '9', '1.5', '.', '!', '?', '"', '(', ')', ' ', '\n', 'a.m.', CITE_MARK, 'Dr.', '...');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const text = pieces.join('');
        const starts = (options: SplitOptions) => splitSentences(text, options).map((sentence) => sentence.start);
        const fine = new Set(starts(anything));
        for (const start of starts(capital)) expect(fine.has(start)).toBe(true);
      }),
    );
  });

  it('loses and adds nothing: the sentences are the text, in order, at their starts (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.constantFrom(capital, anything), (text, options) => {
        const sentences = splitSentences(text, options);
        for (const sentence of sentences) {
          expect(text.slice(sentence.start, sentence.start + sentence.text.length)).toBe(sentence.text);
          expect(sentence.text).toBe(sentence.text.trim());
        }
        expect(sentences.map((sentence) => sentence.text).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }),
    );
  });
});

describe('endsAsSentence', () => {
  it('is true for text ending in . ? or !, before closing quotes or brackets', () => {
    expect(['Done.', 'Why?', 'Stop!', 'He said "go."', '(See below.)', 'So it is.’'].every(endsAsSentence)).toBe(true);
    expect(['Done', 'Costs:', 'A list,', '"Quoted"', ''].some(endsAsSentence)).toBe(false);
  });
});
