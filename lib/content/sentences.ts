// Where a sentence ends, once for the site: the readability scores count sentences with it, and the citation
// check finds the sentence each claim and each <Cite /> belongs to (and so the longest sentences the
// reading-level warning names). Pure.

/** Short forms whose full stop does not end a sentence ("e.g.", "U.S.", "Dr."), in lower case. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(['e.g', 'i.e', 'u.s', 'u.k', 'dr', 'mr', 'mrs', 'ms', 'st', 'inc', 'jr', 'vs', 'approx']);

/**
 * Stands for a citation inside a sentence's text (`found.<Cite id="x" /> Next` is read as "found.\u0001 Next"):
 * it stays with the sentence it follows, so a citation can be matched to its sentence.
 */
export const CITE_MARK = '\u0001';

/** Closing quotes or brackets that may follow a sentence's last full stop, question mark or exclamation mark. */
const CLOSERS = `["'”’)\\]]*`;

/** What ends a sentence: . ? or ! (a run of them, "?!" or "..."), then any closing quotes or brackets, then any citations. */
const END = `[.?!]+${CLOSERS}${CITE_MARK}*`;

/** A text that already ends as a sentence (see endsAsSentence). */
const ENDS_AS_SENTENCE = new RegExp(`[.?!]${CLOSERS}$`);

/** What may start the next sentence, after the spaces: see SplitOptions.startsWith. */
const NEXT = {
  capital: `\\s+["'“‘(\\[]?[\\p{Lu}\\p{N}]`,
  anything: `\\s+\\S`,
} as const;

const BOUNDARY = {
  capital: new RegExp(`${END}(?=${NEXT.capital})`, 'gu'),
  anything: new RegExp(`${END}(?=${NEXT.anything})`, 'gu'),
} as const;

export interface SplitOptions {
  /**
   * What must follow ". " for a new sentence to start. A full stop before a small letter ("Ask first. then go.",
   * "9 a.m. to 5") is either a sentence typed without its capital or a short form not in ABBREVIATIONS, so each
   * use decides which mistake costs less:
   * - 'capital' (readability): a capital letter or a digit, after any opening quote or bracket; a short form
   *   the list does not know then does not make a text look easier to read than it is.
   * - 'anything' (the citation check): any word or sign; a claim cannot then hide in the sentence before it
   *   that has a citation.
   */
  startsWith: keyof typeof NEXT;
}

/** A sentence of a text, trimmed, and where it starts: text.slice(start).startsWith(sentence.text). */
export interface Sentence {
  text: string;
  start: number;
}

/**
 * Splits a text into sentences. A sentence ends at . ? or ! (with any closing quotes or brackets, and any
 * citation right after it), followed by spaces and then the start of the next one (`startsWith`). A full stop
 * after a short form ("e.g.", "U.S.", "Dr.") or inside a number ("1.5") does not end one. A line break is a
 * space: a text whose lines are separate blocks is split line by line.
 */
export function splitSentences(text: string, { startsWith }: SplitOptions): Sentence[] {
  const sentences: Sentence[] = [];
  const boundary = new RegExp(BOUNDARY[startsWith]);
  let start = 0;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    if (isShortForm(text.slice(start, match.index), match[0])) continue;
    const end = match.index + match[0].length;
    push(sentences, text, start, end);
    start = end;
  }
  push(sentences, text, start, text.length);
  return sentences;
}

/** Whether the full stop of `end` (". or .) or .\u0001") closes a short form at the end of `before` ("e.g", "U.S"). */
function isShortForm(before: string, end: string): boolean {
  if (!/^\.(?![.?!])/.test(end)) return false;
  const word = /[\p{L}.]+$/u.exec(before)?.[0].toLowerCase() ?? '';
  return ABBREVIATIONS.has(word);
}

function push(sentences: Sentence[], text: string, from: number, to: number): void {
  const raw = text.slice(from, to);
  const trimmed = raw.trim();
  if (trimmed) sentences.push({ text: trimmed, start: from + raw.length - raw.trimStart().length });
}

/** Whether a text already ends as a sentence: with . ? or !, before any closing quotes or brackets. */
export function endsAsSentence(text: string): boolean {
  return ENDS_AS_SENTENCE.test(text);
}
