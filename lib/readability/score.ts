// Readability scores of plain text. The formulas come from maintained packages (wooorm's
// flesch-kincaid and smog-formula) and syllables from `syllable`; the text is split into sentences and words
// as lib/content/sentences.ts and lib/content/words.ts define them. Pure functions, no I/O.
import { fleschKincaid } from 'flesch-kincaid';
import { smogFormula } from 'smog-formula';
import { syllable } from 'syllable';
import { splitSentences } from '../content/sentences';
import { countWords, words } from '../content/words';

export interface ReadabilityScore {
  words: number;
  sentences: number;
  syllables: number;
  /** Words of three or more syllables (used by SMOG). */
  polysyllables: number;
  /** Flesch-Kincaid grade level, to one decimal (NaN for text with no words). */
  fleschKincaid: number;
  /** SMOG index, to one decimal (NaN for text with no sentences). */
  smog: number;
}

/**
 * The sentences of a text for the scores: each line is a block of its own (as proseOf writes an article), and a
 * sentence starts with a capital letter or a digit, so a short form the splitter does not know ("a.m. or") does
 * not make the text look easier than it is (lib/content/sentences.ts). A piece with no words ("...") is not one.
 */
export function sentencesForScore(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line) => splitSentences(line, { startsWith: 'capital' }))
    .map((sentence) => sentence.text)
    .filter((sentence) => countWords(sentence) > 0);
}

/** Syllables by word, counted once: the same few thousand words come back in every article. Only content is
 * scored (never what a reader types), so it holds at most the content's words. A Map: a word like
 * "constructor" must not find Object's. */
const counted = new Map<string, number>();

/** Syllables of one word: at least one, so that numbers ("2014", "988") count as one-syllable words. */
export function syllablesOf(word: string): number {
  let count = counted.get(word);
  if (count === undefined) {
    count = Math.max(1, syllable(word));
    counted.set(word, count);
  }
  return count;
}

const round = (value: number) => (Number.isFinite(value) ? Math.round(value * 10) / 10 : Number.NaN);

/** Flesch-Kincaid grade and SMOG index of plain text (one block per line), with the counts they are computed from. */
export function scoreText(text: string): ReadabilityScore {
  const sentenceCount = sentencesForScore(text).length;
  const allWords = words(text);
  let syllables = 0;
  let polysyllables = 0;
  for (const word of allWords) {
    const count = syllablesOf(word);
    syllables += count;
    if (count >= 3) polysyllables += 1;
  }
  return {
    words: allWords.length,
    sentences: sentenceCount,
    syllables,
    polysyllables,
    fleschKincaid: round(fleschKincaid({ sentence: sentenceCount, word: allWords.length, syllable: syllables })),
    smog: round(smogFormula({ sentence: sentenceCount, polysillabicWord: polysyllables })),
  };
}
