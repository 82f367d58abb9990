// What makes a sentence a claim that needs a citation: a number, a percentage, a dollar amount or a year,
// or a word that reports a finding or a rule ("study", "found", "law"...). Pure text rules, one place:
// the content check uses them for articles and glossary definitions, and content/README.md explains them.
// (Where a sentence ends is sentences.ts.)

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
