// content/synonyms.yaml: groups of words a reader may type for the same thing, used by the search
// (lib/search/synonyms.ts). Read and checked here like the glossary: every problem names its line.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isSeq, type Node as YamlNode } from 'yaml';
import { z } from 'zod';
import { normaliseTerm, tokenize } from '../search/terms';
import { schemaIssueAdvice, wholeFileAdvice } from './error-map';
import type { Problem } from './problems';
import { readYaml } from './yaml-file';

/**
 * One group: two or more single words that mean the same to a reader, e.g. [cost, price, expensive].
 * Write each word as a reader would type it; plurals and capitals are matched anyway.
 * (What an editor reads when a group is the wrong shape is written in error-map.ts.)
 */
export const synonymGroupSchema = z.array(z.string().trim().min(1)).min(2);

export interface SynonymGroup {
  words: string[];
  /** The line the group is on, for messages about it. */
  line?: number;
}

export function readSynonyms(file: string): { groups: SynonymGroup[]; problems: Problem[] } {
  const name = path.relative(process.cwd(), file) || file;
  const yaml = readYaml(readFileSync(file, 'utf8'), 'synonyms');
  if (yaml.error) {
    const { line, column, message, fix } = yaml.error;
    return { groups: [], problems: [{ file: name, line, column, severity: 'error', message, fix }] };
  }
  if (yaml.doc.contents === null) return { groups: [], problems: [] };
  if (!isSeq(yaml.doc.contents)) {
    const { message, fix } = wholeFileAdvice('synonyms');
    return { groups: [], problems: [{ file: name, ...yaml.placeOf([]), severity: 'error', message, fix }] };
  }

  const groups: SynonymGroup[] = [];
  const problems: Problem[] = [];
  /** Where each word (as the search compares it) is first used: its group's index and line. */
  const seen = new Map<string, Earlier>();
  yaml.doc.contents.items.forEach((item, index) => {
    const where = yaml.placeOf([index]);
    const parsed = synonymGroupSchema.safeParse((item as YamlNode).toJSON(), { reportInput: true });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const inner = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
        const { message, fix } = schemaIssueAdvice(issue, 'synonyms', false);
        problems.push({ file: name, ...yaml.placeOf([index, ...inner]), severity: 'error', message: `Synonym group ${index + 1}: ${message}`, fix });
      }
      return;
    }
    const words: string[] = [];
    parsed.data.forEach((word, position) => {
      const place = { file: name, ...yaml.placeOf([index, position]) };
      const problem = wordProblem(word, seen, index);
      if (problem) {
        problems.push({ ...place, severity: 'error', ...problem });
        return;
      }
      seen.set(normaliseTerm(word)!, { word, group: index, line: where.line });
      words.push(word);
    });
    groups.push({ words, line: where.line });
  });
  return { groups, problems };
}

interface Earlier {
  word: string;
  group: number;
  line?: number;
}

/** What is wrong with one word of group number `group`, given the words before it, or undefined if it can be used. */
function wordProblem(word: string, seen: ReadonlyMap<string, Earlier>, group: number): Pick<Problem, 'message' | 'fix'> | undefined {
  const words = tokenize(word);
  if (words.length !== 1 || words[0] !== word) {
    return { message: `"${word}" is not one word: the search matches single words only`, fix: 'Use one word of letters and digits, with no spaces or punctuation, e.g. rehab' };
  }
  const term = normaliseTerm(word);
  if (term === null) {
    return { message: `"${word}" is too common a word for the search to look for`, fix: 'Remove it: the search leaves out words like "the", "how" and "is"' };
  }
  const earlier = seen.get(term);
  if (earlier) {
    const same = earlier.group === group ? 'this group' : `the group on line ${earlier.line}`;
    return {
      message: `"${word}" is already in ${same}${earlier.word === word ? '' : ` (as "${earlier.word}": the search treats plurals and capitals as the same word)`}`,
      fix: 'List each word once: if two groups mean the same thing, merge them',
    };
  }
  return undefined;
}
