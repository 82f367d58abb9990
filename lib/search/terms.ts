// How text becomes search terms. The index and the query must agree, so both use these functions:
// a word as lib/content/words.ts defines it (an apostrophe inside a word is dropped, "don't" is "dont"),
// in lower case, without accents, with a plural "s" taken off, and common little words left out.
import { words } from '../content/words';

/** Words too common to help find a page. A query made only of these finds nothing. */
const STOP_WORDS = new Set(
  'a an and are as at be by can do does for from how i if in into is it its me my of on or so that the their them then there these they this to was we what when where which who why will with you your'.split(
    ' ',
  ),
);

/** Splits text into words (MiniSearch's `tokenize`). */
export function tokenize(text: string): string[] {
  return words(text);
}

/** Plural to singular, simply: "therapies" -> "therapy", "classes" -> "class", "programs" -> "program". */
export function singular(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (/(?:ss|us|is)$/.test(word)) return word;
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/**
 * Words the articles use where a reader may type another: each is also indexed under the word on the
 * right, so "insurance" (or "insurence") finds a page that says "insurer". A Map, not an object: a
 * word is looked up here as typed, and an object would answer "constructor" with a function.
 */
const ALSO_INDEXED_AS: ReadonlyMap<string, string> = new Map([
  ['insurer', 'insurance'],
  ['insured', 'insurance'],
  ['virtual', 'online'],
  ['telehealth', 'online'],
]);

/** One word in lower case, without accents or apostrophes, singular: the form matching compares. */
export function plainWord(word: string): string {
  return singular(word.normalize('NFKD').replace(/\p{M}/gu, '').replace(/['’]/g, '').toLowerCase());
}

/** One word as the index stores it (MiniSearch's `processTerm`), or null for a word left out. */
export function normaliseTerm(word: string): string | null {
  const plain = plainWord(word);
  // Checked before and after the plural is taken off: "does" would otherwise become "doe".
  if (!plain || STOP_WORDS.has(plain) || STOP_WORDS.has(word.toLowerCase())) return null;
  return plain;
}

/** The terms a word is indexed and searched under: itself, and the word it is also indexed as. */
export function indexTerms(word: string): string[] | null {
  const term = normaliseTerm(word);
  if (term === null) return null;
  const also = ALSO_INDEXED_AS.get(term);
  return also === undefined ? [term] : [term, also];
}

/**
 * The words of a text in the form matching compares, stop words kept, between spaces (" what is an iop "):
 * for spotting a query that is a whole title or heading, or a phrase in one.
 */
export function phraseOf(text: string): string {
  return ` ${tokenize(text).map(plainWord).join(' ')} `;
}
