// `npm run review-due`: the pages whose review is overdue or due within 60 days, soonest first.
//   npm run review-due -- some/other/content                 lists another folder (the tests use it)
//   CONTENT_CHECK_TODAY=2027-01-15 npm run review-due        as on that day
// It reads only each file's frontmatter, so it works even while an article's text has a mistake.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '../lib/content/frontmatter';
import { formatProblem } from '../lib/content/problems';
import { formatReviewDue, todayIso, type ReviewDate } from '../lib/content/review';
import { articlePaths } from '../lib/content/files';

const today = process.env.CONTENT_CHECK_TODAY?.trim() || todayIso();
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
  console.error(`CONTENT_CHECK_TODAY must be a date like 2026-11-20, got "${today}".`);
  process.exit(2);
}
const dir = path.resolve(process.argv[2] ?? 'content');
const pages: ReviewDate[] = [];
for (const full of articlePaths(dir)) {
  const file = path.relative(process.cwd(), full) || full;
  const { data, problems } = parseFrontmatter(file, readFileSync(full, 'utf8'));
  if (data) pages.push({ file, title: data.title, lastReviewed: data.lastReviewed, nextReview: data.nextReview });
  else console.error(`${formatProblem(problems[0]!)} (npm run content:check lists every mistake)`);
}
console.log(formatReviewDue(pages, today));
