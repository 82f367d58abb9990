// What "a word" is, once for the whole site: the reading time of an article, its readability scores, the
// search (what is indexed, what a query is made of, what is highlighted) and the link check (the words a lost
// heading shares with a new one) all count and split text with it. Pure.

/**
 * A word: letters (with any accents written as separate marks) and digits, with an apostrophe kept when it
 * joins two such runs ("don't", "IOP's", "1990's"). Everything else separates words: spaces, punctuation,
 * hyphens and slashes ("life-threatening" is two words, as a reader sees two familiar parts; so is "24/7").
 * An apostrophe that opens or closes a word ("'til", "programs'") is not part of it.
 */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

/** A word of a text and where it is: text.slice(start, end) === word. */
export interface PlacedWord {
  word: string;
  start: number;
  end: number;
}

/** The words of a text, in order. */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The words of a text with where each starts and ends, in order. */
export function placedWords(text: string): PlacedWord[] {
  const placed: PlacedWord[] = [];
  for (const match of text.matchAll(WORD)) placed.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  return placed;
}

/** How many words a text has. */
export function countWords(text: string): number {
  return words(text).length;
}
