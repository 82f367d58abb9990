// "A word", once for the site: reading time, readability and search all split text with lib/content/words.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/lib/content/parse';
import { countWords, placedWords, words } from '@/lib/content/words';
import { scoreText } from '@/lib/readability/score';
import { tokenize } from '@/lib/search/terms';

describe('words', () => {
  it('keeps apostrophes inside words and splits at hyphens', () => {
    expect(words("Don't stop: it's life-threatening (24-hour care).")).toEqual(["Don't", 'stop', "it's", 'life', 'threatening', '24', 'hour', 'care']);
  });

  it('keeps a curly apostrophe inside a word, and one between digits and letters', () => {
    expect(words('IOP’s hours, the 1990’s')).toEqual(['IOP’s', 'hours', 'the', '1990’s']);
  });

  it('leaves out an apostrophe that opens or closes a word, and a run of them', () => {
    expect(words("'til the programs' end, rock''n roll")).toEqual(['til', 'the', 'programs', 'end', 'rock', 'n', 'roll']);
  });

  it('splits at slashes, dashes, dots, underscores and every other sign', () => {
    expect(words('24/7 care—now; 1.5 days, e.g. snake_case and a+b')).toEqual(['24', '7', 'care', 'now', '1', '5', 'days', 'e', 'g', 'snake', 'case', 'and', 'a', 'b']);
    expect(words('1-800-662-4357')).toEqual(['1', '800', '662', '4357']);
  });

  it('keeps accented letters, written as one character or as a letter and a mark', () => {
    expect(words('café naïve')).toEqual(['café', 'naïve']);
    expect(words('cafe\u0301 here')).toEqual(['cafe\u0301', 'here']);
  });

  it('reads letters and digits of any script, and no sign, emoji or space as a word', () => {
    expect(words('Salud mental: 精神 здоровье ٣')).toEqual(['Salud', 'mental', '精神', 'здоровье', '٣']);
    expect(words(' \n\t — … 🙂 * # ')).toEqual([]);
    expect(words('')).toEqual([]);
  });

  it('does not start a word with a mark', () => {
    expect(words('\u0301a')).toEqual(['a']);
  });
});

describe('placedWords and countWords', () => {
  it('say where each word is', () => {
    expect(placedWords("Call 988, don't wait")).toEqual([
      { word: 'Call', start: 0, end: 4 },
      { word: '988', start: 5, end: 8 },
      { word: "don't", start: 10, end: 15 },
      { word: 'wait', start: 16, end: 20 },
    ]);
  });

  it('agree with words for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const placed = placedWords(text);
        expect(placed.map((item) => item.word)).toEqual(words(text));
        expect(countWords(text)).toBe(placed.length);
        for (const { word, start, end } of placed) expect(text.slice(start, end)).toBe(word);
        for (let i = 1; i < placed.length; i += 1) expect(placed[i]!.start).toBeGreaterThan(placed[i - 1]!.end - 1);
      }),
    );
  });

  it('find the same words again in the words joined by spaces, and none with a space inside', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const found = words(text);
        expect(words(found.join(' '))).toEqual(found);
        for (const word of found) expect(word).not.toMatch(/\s/);
      }),
    );
  });
});

describe('one definition for reading time, readability and search', () => {
  const text = "Don't wait: it's life-threatening. Call 988 or text 24/7 — the programs' staff (café) will answer.";

  it('search splits a text into exactly these words', () => {
    expect(tokenize(text)).toEqual(words(text));
  });

  it('readability counts exactly these words', () => {
    expect(scoreText(text).words).toBe(countWords(text));
  });

  it('the reading time counts exactly these words of the text, leaving out code', () => {
    const article = parseArticle('content/x.mdx', `---\ntitle: X\n---\n\n${text}\n\n\`\`\`\nnot counted here\n\`\`\`\n\nAnd \`not this\` either.\n`);
    expect(article.words).toBe(countWords(text) + countWords('And either.'));
    expect(article.words).toBe(19);
  });
});
