// The spelling check: every word readers see (the title, the description and the text, not code or
// addresses), looked up in cspell's American English dictionary and the project's own word list
// (content/spelling-words.txt: names, agencies and medical terms). Both ship with the project, so it
// works offline. A word it does not know is a warning, once per article, with where it first is.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createCollection, createSpellingDictionary, createSpellingDictionaryFromTrieFile } from 'cspell-dictionary';
import type { Root } from 'mdast';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import type { Problem } from './problems';

/** The project's word list, next to the articles: one word a line, lines starting with # are notes. */
export const WORD_LIST = 'spelling-words.txt';

type Dictionary = ReturnType<typeof createCollection> & {
  /** Whether each word seen so far is known: most words of a site repeat from page to page. */
  seen?: Map<string, boolean>;
};

/** The suggestion for each unknown word, worked out once per process (a suggestion takes far longer than a look-up). */
const suggestions = new Map<string, string | undefined>();

let english: ReturnType<typeof createSpellingDictionaryFromTrieFile> | undefined;
const byFolder = new Map<string, Dictionary>();

/** cspell's en_US dictionary (read once per process: about half a second). */
function englishDictionary() {
  if (!english) {
    const require = createRequire(import.meta.url);
    // The package exports only its cspell settings file; the dictionary sits beside it.
    const file = path.join(path.dirname(require.resolve('@cspell/dict-en_us/cspell-ext.json')), 'en_US.trie.gz');
    english = createSpellingDictionaryFromTrieFile(gunzipSync(readFileSync(file)).toString('utf8'), 'en_us', file, { repMap: [["'|`|’", "'"]] });
  }
  return english;
}

/** The words of a word list file (none if there is no file). */
export function readWordList(file: string): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** The dictionary for the articles of one content folder: English plus that folder's word list. */
export function dictionaryFor(contentDir: string): Dictionary {
  let dictionary = byFolder.get(contentDir);
  if (!dictionary) {
    const listFile = path.join(contentDir, WORD_LIST);
    dictionary = createCollection([englishDictionary(), createSpellingDictionary(readWordList(listFile), 'project', listFile, {})], 'articles');
    byFolder.set(contentDir, dictionary);
  }
  return dictionary;
}

/** A piece of text readers see, and where it starts in the file. */
export interface ShownText {
  value: string;
  line: number;
  column: number;
}

/** Not words a reader reads as prose: code, markup and the frontmatter (its shown fields are added by the caller). */
const SKIPPED = new Set(['yaml', 'code', 'inlineCode', 'html', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'definition']);

/** Every text node of an article's tree, with where it is. */
export function shownTextOf(tree: Root): ShownText[] {
  const texts: ShownText[] = [];
  visit(tree, (node) => {
    if (SKIPPED.has(node.type)) return SKIP;
    if (node.type === 'text' && node.value && node.position) texts.push({ value: node.value, line: node.position.start.line, column: node.position.start.column });
    return CONTINUE;
  });
  return texts;
}

/**
 * What is looked up in the dictionary: a run of letters with inner apostrophes, and a hyphenated word whole (then
 * part by part, see `known`), so "life-threatning" is reported as written. Not a word as lib/content/words.ts
 * defines it (which splits at hyphens and counts numbers): numbers are never misspelt. Addresses and ACRONYMS
 * are left out too.
 */
const LOOKUP = /[A-Za-z][A-Za-z'’]*(?:-[A-Za-z][A-Za-z'’]*)*/g;
const ADDRESS = /\b\S+\.(?:org|gov|com|net|edu|mil|us)\b\S*|https?:\/\/\S+|\S+@\S+/gi;

/** Whether the dictionary knows a word: as written, without a possessive 's, or as each part of a hyphenated word. */
function known(dictionary: Dictionary, word: string, cache: Map<string, boolean>): boolean {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const bare = word.replace(/[’]/g, "'").replace(/'+$/, '');
  const result =
    bare.length < 2 ||
    /^[A-Z]+(?:s|'s)?$/.test(bare) || // an acronym (IOP, SAMHSA, PHPs, ASAM's)
    dictionary.has(bare, { ignoreCase: true }) ||
    dictionary.has(bare.replace(/'s$/i, ''), { ignoreCase: true }) ||
    (bare.includes('-') && bare.split('-').every((part) => known(dictionary, part, cache)));
  cache.set(word, result);
  return result;
}

/** One warning per unknown word of an article, where it first is (and the other lines it is on). */
export function spellingProblems(file: string, texts: ShownText[], dictionary: Dictionary, wordList = `content/${WORD_LIST}`): Problem[] {
  const cache = (dictionary.seen ??= new Map<string, boolean>());
  const unknown = new Map<string, { word: string; line: number; column: number; lines: Set<number> }>();
  for (const text of texts) {
    const value = text.value.replace(ADDRESS, (address) => ' '.repeat(address.length));
    for (const match of value.matchAll(LOOKUP)) {
      const word = match[0].replace(/['’]+$/, '');
      if (known(dictionary, word, cache)) continue;
      const before = value.slice(0, match.index);
      const newlines = before.split('\n').length - 1;
      const line = text.line + newlines;
      const column = newlines === 0 ? text.column + match.index : match.index - before.lastIndexOf('\n');
      const key = word.toLowerCase();
      const seen = unknown.get(key);
      if (seen) seen.lines.add(line);
      else unknown.set(key, { word, line, column, lines: new Set([line]) });
    }
  }
  return [...unknown.values()].map(({ word, line, column, lines }) => {
    const others = [...lines].filter((other) => other !== line);
    const key = word.toLowerCase();
    if (!suggestions.has(key)) {
      suggestions.set(key, dictionary.suggest(word, { numSuggestions: 3, ignoreCase: true, includeTies: false, compoundMethod: 0 }).map((entry) => entry.word).find((entry) => !entry.includes(' ')));
    }
    const suggestion = suggestions.get(key);
    return {
      file,
      line,
      column,
      severity: 'warning' as const,
      message: `"${word}" may be misspelt${others.length ? ` (it is also on line${others.length === 1 ? '' : 's'} ${others.join(', ')})` : ''}`,
      fix: `${suggestion ? `Did you mean "${suggestion}"? ` : ''}If it is spelt right (a name or a medical term), add it to ${wordList}, one word a line`,
    };
  });
}
