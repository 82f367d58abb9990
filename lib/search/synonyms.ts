// Words a reader may type for what the articles call something else ("expensive" for cost, "rehab" for
// residential treatment). Editors keep the groups in content/synonyms.yaml (read and checked by
// lib/content/synonyms.ts); a search for one word of a group also looks for the others, a little below
// the word itself. A Map, so a word typed by a reader ("constructor") is only ever looked up as a key.
import { normaliseTerm } from './terms';

/** Each word (as the index stores it: ./terms.ts) with the other words of its group. */
export type Synonyms = ReadonlyMap<string, readonly string[]>;

export const noSynonyms: Synonyms = new Map();

/** The map from the groups of words; words the search leaves out (stop words) are dropped. */
export function synonymsFrom(groups: readonly (readonly string[])[]): Synonyms {
  const map = new Map<string, string[]>();
  for (const group of groups) {
    const terms = [...new Set(group.map(normaliseTerm).filter((term): term is string => term !== null))];
    for (const term of terms)
      map.set(term, [...new Set([...(map.get(term) ?? []), ...terms.filter((other) => other !== term)])]);
  }
  return map;
}
