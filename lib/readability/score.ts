// Readability scores of plain text. The formulas come from maintained packages (wooorm's
// flesch-kincaid and smog-formula) and syllables from `syllable`; here we only split the text into
// sentences (and words, as lib/content/words.ts defines them). Pure functions, no I/O.
import { fleschKincaid } from 'flesch-kincaid';
import { smogFormula } from 'smog-formula';
import { syllable } from 'syllable';
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

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'u.s', 'u.k', 'dr', 'mr', 'mrs', 'ms', 'vs', 'approx']);

/**
 * Splits text into sentences. A sentence ends at . ? or ! (with any closing quotes or brackets)
 * followed by a line break, the end of the text, or a space and then a capital letter, a digit or an
 * opening quote or bracket; a full stop after a known abbreviation ("e.g.", "U.S.", "Dr.") or inside
 * a number ("1.5") does not end one. Each line of `proseOf` output already ends with a full stop.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  const boundary = /[.?!]+["'”’)\]]*(?=\n|$|\s+["'“‘([]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const end = match.index + match[0].length;
    const endsBlock = /^[^\S\n]*(?:\n|$)/.test(text.slice(end));
    if (match[0] === '.' && !endsBlock) {
      const before =
        text
          .slice(start, match.index)
          .match(/[\p{L}.]+$/u)?.[0]
          .toLowerCase() ?? '';
      if (ABBREVIATIONS.has(before)) continue;
    }
    pushSentence(sentences, text.slice(start, end));
    start = end;
  }
  pushSentence(sentences, text.slice(start));
  return sentences;
}

function pushSentence(sentences: string[], candidate: string): void {
  const sentence = candidate.trim();
  if (countWords(sentence) > 0) sentences.push(sentence);
}

/** Syllables of one word: at least one, so that numbers ("2014", "988") count as one-syllable words. */
export function syllablesOf(word: string): number {
  return Math.max(1, syllable(word));
}

const round = (value: number) => (Number.isFinite(value) ? Math.round(value * 10) / 10 : Number.NaN);

/** Flesch-Kincaid grade and SMOG index of plain text, with the counts they are computed from. */
export function scoreText(text: string): ReadabilityScore {
  const sentenceCount = splitSentences(text).length;
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
