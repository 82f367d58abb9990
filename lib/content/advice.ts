// Warnings: things that do not break the page but make it harder to read or to link to. They are
// printed by the content check and never fail it.
import { scoreText } from '../readability/score';
import { TARGET_FK, TARGET_SMOG } from '../readability/thresholds';
import { proseOfTree } from './plain-text';
import type { Root } from 'mdast';
import { sentencesOf } from './citations';
import type { ParsedArticle } from './parse';
import { countWords } from './words';
import type { Problem } from './problems';

/** The writing standard's longest sentence (content/README.md, "The writing standard"). */
export const LONG_SENTENCE_WORDS = 20;
/** How many of the longest sentences the reading-level warning points to. */
const LONGEST_SHOWN = 3;

/**
 * The reading level of the article's prose (from its parsed mdast), above the targets of the writing standard.
 * It points to the longest sentences, longest first, as the place to start.
 */
export function readingLevelProblems(file: string, tree: Root): Problem[] {
  const score = scoreText(proseOfTree(tree));
  if (score.words === 0 || (score.fleschKincaid <= TARGET_FK && score.smog <= TARGET_SMOG)) return [];
  const longest = sentencesOf(tree)
    .map((sentence) => ({ ...sentence, words: countWords(sentence.text) }))
    .sort((a, b) => b.words - a.words || (a.line ?? 0) - (b.line ?? 0))
    .slice(0, LONGEST_SHOWN);
  const where = longest.map((sentence) => `line ${sentence.line} (${sentence.words} words)`);
  const list = where.length > 1 ? `${where.slice(0, -1).join(', ')} and ${where.at(-1)}` : where[0];
  return [
    {
      file,
      line: longest[0]?.line,
      column: longest[0]?.column,
      severity: 'warning',
      message: `The reading level is above the target: Flesch-Kincaid grade ${score.fleschKincaid} (target ${TARGET_FK} or lower), SMOG ${score.smog} (target ${TARGET_SMOG} or lower)${
        list ? `. The longest ${longest.length === 1 ? 'sentence is on' : 'sentences are on'} ${list}` : ''
      }`,
      fix: `Use shorter sentences (${LONG_SENTENCE_WORDS} words or fewer) and everyday words, then run npm run readability -- ${file} to see the new scores`,
    },
  ];
}

/**
 * Two headings with the same words in the same part of the page: readers cannot tell them apart,
 * and the second one's section link ends in -1, which changes if the first one moves.
 */
export function repeatedHeadingProblems(article: Pick<ParsedArticle, 'file' | 'headings'>): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, number | undefined>();
  const parents: number[] = []; // parents[depth] = index of the last heading at that depth
  article.headings.forEach((heading, index) => {
    const parent = parents.slice(0, heading.depth).findLast((value) => value !== undefined) ?? -1;
    parents[heading.depth] = index;
    parents.length = heading.depth + 1;
    const key = `${parent}\n${heading.text}`;
    if (!seen.has(key)) {
      seen.set(key, heading.line);
      return;
    }
    problems.push({
      file: article.file,
      line: heading.line,
      column: 1,
      severity: 'warning',
      message: `The heading "${heading.text}" is used twice in the same part of the page${seen.get(key) ? ` (first on line ${seen.get(key)})` : ''}`,
      fix: `Reword one of them so readers can tell them apart, or pin this one's section link, e.g. "## ${heading.text} [#${heading.id.replace(/-\d+$/, '')}-2]"`,
    });
  });
  return problems;
}
