// Review dates, repeated headings and the real content folder.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repeatedHeadingProblems } from '@/lib/content/advice';
import { checkContent, formatReport } from '@/lib/content/check';
import type { Heading } from '@/lib/content/parse';
import { addYears, daysBetween, reviewProblems, todayIso } from '@/lib/content/review';
import type { Frontmatter } from '@/lib/content/schema';

const dates = (lastReviewed: string, nextReview: string) => ({ lastReviewed, nextReview }) as Frontmatter;

describe('dates', () => {
  it('adds years and counts days in UTC', () => {
    expect(addYears('2026-11-20', 3)).toBe('2029-11-20');
    expect(addYears('2028-02-29', 3)).toBe('2031-03-01');
    expect(daysBetween('2026-12-31', '2027-01-02')).toBe(2);
    expect(daysBetween('2027-03-30', '2027-03-27')).toBe(-3);
    expect(todayIso(new Date('2026-11-27T23:59:00Z'))).toBe('2026-11-27');
  });
});

describe('reviewProblems', () => {
  const at = { line: 5, column: 1 };
  const check = (nextReview: string, today: string) =>
    reviewProblems('content/x.mdx', dates('2026-01-01', nextReview), today, at).map(
      (p) => `${p.severity}: ${p.message}`,
    );

  it('is an error the day after nextReview', () => {
    expect(check('2027-01-14', '2027-01-15')).toEqual([
      'error: The page is overdue for review: "nextReview" is 2027-01-14, which is before today (2027-01-15)',
    ]);
  });

  it('warns from 60 days before nextReview until the day itself', () => {
    expect(check('2027-01-15', '2027-01-15')).toEqual([
      'warning: The page is due for review today (nextReview: 2027-01-15)',
    ]);
    expect(check('2027-01-16', '2027-01-15')).toEqual([
      'warning: The page is due for review tomorrow (nextReview: 2027-01-16)',
    ]);
    expect(check('2027-03-16', '2027-01-15')).toEqual([
      'warning: The page is due for review in 60 days (nextReview: 2027-03-16)',
    ]);
    expect(check('2027-03-17', '2027-01-15')).toEqual([]);
  });

  it('puts the problem on the nextReview line', () => {
    expect(reviewProblems('content/x.mdx', dates('2026-01-01', '2026-02-01'), '2026-03-01', at)[0]).toMatchObject({
      file: 'content/x.mdx',
      line: 5,
      column: 1,
    });
  });
});

describe('repeatedHeadingProblems', () => {
  const heading = (depth: number, text: string, line: number): Heading => ({
    depth,
    text,
    id: text.toLowerCase().replace(/ /g, '-'),
    pinned: false,
    line,
  });
  const messages = (headings: Heading[]) =>
    repeatedHeadingProblems({ file: 'content/x.mdx', headings }).map((p) => `${p.line}: ${p.message}`);

  it('warns when two headings under the same parent have the same words', () => {
    expect(messages([heading(2, 'Who pays', 3), heading(2, 'Who pays', 9)])).toEqual([
      '9: The heading "Who pays" is used twice in the same part of the page (first on line 3)',
    ]);
  });

  it('does not warn for the same words under different parents, or different words', () => {
    const headings = [
      heading(2, 'Mental health', 1),
      heading(3, 'Research', 3),
      heading(2, 'Substance use', 5),
      heading(3, 'Research', 7),
      heading(3, 'research', 9),
    ];
    expect(messages(headings)).toEqual([]);
  });

  it('finds the parent across deeper levels', () => {
    const headings = [
      heading(2, 'Costs', 1),
      heading(3, 'Insurance', 2),
      heading(4, 'Notes', 3),
      heading(3, 'Insurance', 4),
    ];
    expect(messages(headings)).toEqual([
      '4: The heading "Insurance" is used twice in the same part of the page (first on line 2)',
    ]);
  });
});

describe('the real content folder', { timeout: 60_000 }, () => {
  const real = fileURLToPath(new URL('../../../content', import.meta.url));

  it('passes the whole content check today, with no warnings', () => {
    const result = checkContent(real);
    expect(result.problems.map((p) => `${path.basename(p.file)}:${p.line ?? ''} ${p.message}`)).toEqual([]);
    expect(formatReport(result)).toMatch(/^Content check passed: \d+ articles, 0 warnings\.$/);
  });
});
