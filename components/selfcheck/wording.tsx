import type { ReactNode } from 'react';
import type { ByAudience } from '@/lib/selfcheck/questions';
import { Wording, type Worded } from './self-check-parts';

// Server helpers for words that can differ by who the answers are about: the page carries both
// wordings (the browser switches between them), but only once when they read the same.

/** One kind of words of a question for both audiences: one string when they read the same (sent once). */
export function both<T extends string>(text: ByAudience<Partial<Record<T, string>>>, key: T): Worded {
  const { self, other } = { self: text.self[key], other: text.other[key] };
  return self === other ? (self ?? '') : { self, other };
}

/** Words for both audiences, for the page: <Wording /> picks the reader's, unless they read the same. */
export function wordsIn(words: Worded): ReactNode {
  return typeof words === 'string' ? words : <Wording self={words.self} other={words.other} />;
}
