// What makes a sentence a claim that needs a citation: a number, a percentage, a dollar amount or a year,
// or a word that reports a finding or a rule ("study", "found", "law"...). Pure text rules, one place:
// the content check uses them for articles and glossary definitions, and content/README.md explains them.

/**
 * Numbers a reader is meant to dial or text, and fixed names with digits in them: not findings, so a
 * sentence does not need a citation for them (the crisis numbers come from lib/crisis.ts, checked at
 * the source). Web addresses are left out too ("988lifeline.org").
 */
const EXEMPT: readonly RegExp[] = [
  /\b1-8\d\d-[A-Z0-9]{3}-[A-Z0-9]{4}(?:\s*\(\d{4}\))?/gi, // 1-800-662-HELP (4357), 1-800-799-7233
  /\(\d{3}\)\s*\d{3}-\d{4}/g, // (800) 662-4357
  /\b(?:911|988|741741|435748|838255|88788)\b/g, // 911, 988 and the crisis text lines' numbers
  /\b[\w-]+(?:\.[\w-]+)*\.(?:org|gov|com|net|mil|edu)\b(?:\/\S*)?/gi, // 988lifeline.org, FindTreatment.gov
  /\b24\/7\b/g,
  /\b24 hours a day\b|\b7 days a week\b|\b365 days a year\b/gi, // when the crisis lines are open
  /\b24-hour\b/gi,
  /\b12-step\b/gi,
];

/** Words that report a finding or a rule: a sentence with one says where it comes from. */
const CLAIM_WORDS = /\b(?:stud(?:y|ies|ied)|research(?:ers)?|found|finds|trials?|laws?|rules?|regulations?|courts?|percent)\b/i;

/** Any digit (numbers, percentages, dollar amounts, years) left after the exemptions. */
const NUMBER = /[$]?\d+(?:[.,]\d+)*(?:\s?%|\s?percent)?/;

/**
 * Why this sentence needs a citation, as the words that make it a claim ("2014", "found"), or
 * undefined when it states nothing that needs one.
 */
export function claimIn(sentence: string): string | undefined {
  const text = EXEMPT.reduce((rest, pattern) => rest.replace(pattern, ' '), sentence);
  const number = NUMBER.exec(text);
  if (number) return number[0].trim();
  return CLAIM_WORDS.exec(text)?.[0];
}

/** Short forms whose full stop does not end a sentence. */
const ABBREVIATIONS = /\b(?:e\.g|i\.e|U\.S|Dr|Mr|Mrs|Ms|vs|St|Inc|Jr|approx)\.$/i;

/** Stands for a citation inside a sentence's text, so a citation can be matched to its sentence. */
export const CITE_MARK = '\u0001';

/**
 * Splits text into sentences. A sentence ends at . ! or ? (after any closing quote or bracket) followed by
 * a space. A citation right after the full stop (`found.<Cite id="x" /> Next`) belongs to the sentence
 * before it. Returns each sentence with its offset in the text.
 */
export function splitSentences(text: string): { text: string; start: number }[] {
  const sentences: { text: string; start: number }[] = [];
  const boundary = new RegExp(`[.!?]["'”’)\\]]*(?:${CITE_MARK})*(?=\\s+\\S)`, 'g');
  let start = 0;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const end = match.index + match[0].length;
    if (ABBREVIATIONS.test(text.slice(start, match.index + 1))) continue;
    push(sentences, text, start, end);
    start = end;
  }
  push(sentences, text, start, text.length);
  return sentences;
}

function push(sentences: { text: string; start: number }[], text: string, from: number, to: number) {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed) sentences.push({ text: trimmed, start: from + lead });
}
