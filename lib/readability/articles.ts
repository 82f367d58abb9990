// Reads the article files and scores their prose. The only part of lib/readability that does I/O.
import { readFileSync } from 'node:fs';
import { articlePaths } from '@/lib/content/files';
import path from 'node:path';
import { proseOf } from '../content/plain-text';
import { scoreText, type ReadabilityScore } from './score';
import { LIMIT_FK, TARGET_FK, TARGET_SMOG } from './thresholds';

export interface ArticleReadability extends ReadabilityScore {
  slug: string;
  /** The path as given, e.g. content/faq.mdx */
  file: string;
}

export function measureArticle(file: string): ArticleReadability {
  const score = scoreText(proseOf(readFileSync(file, 'utf8')));
  return { slug: path.basename(file, '.mdx'), file, ...score };
}

export function measureArticles(files: string[] = articlePaths()): ArticleReadability[] {
  return files.map(measureArticle);
}

/** Whether a score meets both targets: Flesch-Kincaid at most TARGET_FK and SMOG at most TARGET_SMOG. */
export function meetsTarget(score: Pick<ReadabilityScore, 'fleschKincaid' | 'smog'>): boolean {
  return score.fleschKincaid <= TARGET_FK && score.smog <= TARGET_SMOG;
}

/** Whether a score is above the hard limit (Flesch-Kincaid above LIMIT_FK); text with no words is not. */
export function aboveLimit(score: Pick<ReadabilityScore, 'fleschKincaid'>): boolean {
  return score.fleschKincaid > LIMIT_FK;
}
