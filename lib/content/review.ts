// Review dates: a person checks each page against its sources at least every 3 years. The content
// check fails a page whose review is overdue and warns 60 days ahead, so there is time to do it.
import type { Problem } from './problems';
import type { Frontmatter } from './schema';

/** The longest time allowed between two reviews. */
export const MAX_YEARS_BETWEEN_REVIEWS = 3;
/** How long before nextReview the check starts to warn. */
export const REVIEW_WARNING_DAYS = 60;

const DAY_MS = 24 * 60 * 60 * 1000;
const toDate = (day: string) => new Date(`${day}T00:00:00Z`);

/** Today's date as YYYY-MM-DD (UTC, so every machine and CI agree). */
export const todayIso = (now = new Date()): string => now.toISOString().slice(0, 10);

/** A YYYY-MM-DD date `years` later (29 February moves to 1 March in a year without one). */
export function addYears(day: string, years: number): string {
  const date = toDate(day);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return todayIso(date);
}

/** Whole days from `from` to `to` (negative if `to` is earlier). */
export const daysBetween = (from: string, to: string): number => Math.round((toDate(to).getTime() - toDate(from).getTime()) / DAY_MS);

/** An overdue review is an error; one due within REVIEW_WARNING_DAYS is a warning. */
export function reviewProblems(file: string, frontmatter: Frontmatter, today: string, place: { line?: number; column?: number } = {}): Problem[] {
  const due = frontmatter.nextReview;
  const days = daysBetween(today, due);
  const where = { file, ...place };
  if (days < 0) {
    return [
      {
        ...where,
        severity: 'error',
        message: `The page is overdue for review: "nextReview" is ${due}, which is before today (${today})`,
        fix: `Review it: check every fact against its sources. Then set lastReviewed to today's date and nextReview to a date up to ${MAX_YEARS_BETWEEN_REVIEWS} years later`,
      },
    ];
  }
  if (days <= REVIEW_WARNING_DAYS) {
    const when = days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`;
    return [
      {
        ...where,
        severity: 'warning',
        message: `The page is due for review ${when} (nextReview: ${due})`,
        fix: 'Review it against its sources before then, and set new lastReviewed and nextReview dates',
      },
    ];
  }
  return [];
}

/** A page and its review dates, as `npm run review-due` lists it. */
export interface ReviewDate {
  file: string;
  title: string;
  lastReviewed: string;
  nextReview: string;
}

/** Pages overdue or due within REVIEW_WARNING_DAYS, soonest first (the most overdue at the top). */
export function dueForReview(pages: ReviewDate[], today: string): (ReviewDate & { days: number })[] {
  return pages
    .map((page) => ({ ...page, days: daysBetween(today, page.nextReview) }))
    .filter((page) => page.days <= REVIEW_WARNING_DAYS)
    .sort((a, b) => a.days - b.days || a.file.localeCompare(b.file));
}

/** What `npm run review-due` prints: one line per page, its date, how soon, its file and title. */
export function formatReviewDue(pages: ReviewDate[], today: string): string {
  const due = dueForReview(pages, today);
  if (due.length === 0) {
    const next = [...pages].sort((a, b) => a.nextReview.localeCompare(b.nextReview))[0];
    return `No page is due for review in the next ${REVIEW_WARNING_DAYS} days (today is ${today}).${next ? ` The next one is ${next.file} ("${next.title}") on ${next.nextReview}.` : ''}`;
  }
  const when = (days: number) => (days < 0 ? `overdue by ${-days} day${days === -1 ? '' : 's'}` : days === 0 ? 'due today' : `due in ${days} day${days === 1 ? '' : 's'}`);
  const rows = due.map((page) => [page.nextReview, when(page.days), page.file, `"${page.title}"`]);
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  const overdue = due.filter((page) => page.days < 0).length;
  return [
    `Pages due for review in the next ${REVIEW_WARNING_DAYS} days, soonest first (today is ${today}):`,
    '',
    ...rows.map((row) => `  ${row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]!) : cell)).join('  ')}`),
    '',
    `${due.length} ${due.length === 1 ? 'page is' : 'pages are'} due${overdue ? `, ${overdue} of them overdue (the site cannot be published until ${overdue === 1 ? 'it is' : 'they are'} reviewed)` : ''}. To review a page, see "Review an article" in content/README.md.`,
  ].join('\n');
}
