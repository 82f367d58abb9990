// The content check: the same code runs for `npm run content:check`, for `next build` (from
// next.config.mjs) and under the page loader, so an editor never sees the three disagree.
import path from 'node:path';
import { formatProblem, type Problem } from './problems';
import { readContent } from './source';

export interface CheckResult {
  problems: Problem[];
  errors: number;
  warnings: number;
  files: number;
}

export function checkContent(dir = path.join(process.cwd(), 'content')): CheckResult {
  const content = readContent(dir);
  const problems = [...content.problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return { problems, errors, warnings: problems.length - errors, files: content.articles.length };
}

/** The report an editor reads: one line per problem, then a summary line. */
export function formatReport(result: CheckResult): string {
  const lines = result.problems.map(formatProblem);
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  lines.push(
    result.errors === 0
      ? `Content check passed: ${plural(result.files, 'article')}, ${plural(result.warnings, 'warning')}.`
      : `Content check failed: ${plural(result.errors, 'error')} and ${plural(result.warnings, 'warning')} in content/. Fix the errors above, then run the check again.`,
  );
  return lines.join('\n');
}
