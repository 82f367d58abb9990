// Warnings: things that do not break the page but make it harder to read or to link to. They are
// printed by the content check and never fail it.
import { scoreText, TARGET_FK, TARGET_SMOG } from '../readability';
import { proseOfTree } from '../readability/prose';
import type { ParsedArticle } from './parse';
import type { Problem } from './problems';

/** The reading level of the article's prose (from its parsed mdast), above the targets of the writing standard. */
export function readingLevelProblems(file: string, tree: unknown): Problem[] {
  const score = scoreText(proseOfTree(tree));
  if (score.words === 0 || (score.fleschKincaid <= TARGET_FK && score.smog <= TARGET_SMOG)) return [];
  return [
    {
      file,
      severity: 'warning',
      message: `The reading level is above the target: Flesch-Kincaid grade ${score.fleschKincaid} (target ${TARGET_FK} or lower), SMOG ${score.smog} (target ${TARGET_SMOG} or lower)`,
      fix: `Use shorter sentences and everyday words, then run npm run readability -- ${file} to see the new scores`,
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
