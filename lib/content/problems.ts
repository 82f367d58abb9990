// A problem an editor can fix: where it is, what is wrong, how to fix it. The content check, the
// build and the page loader all report problems in this one shape and print them the same way.

export type Severity = 'error' | 'warning';

export interface Problem {
  /** Path from the repository root, e.g. content/what-is-an-iop.mdx */
  file: string;
  line?: number;
  column?: number;
  severity: Severity;
  /** What is wrong, in plain words, without a full stop. */
  message: string;
  /** How to fix it, in plain words. */
  fix?: string;
  /**
   * The file that could not be read, when this problem only follows from that (a link to an article whose
   * frontmatter is broken, a published section of an article whose text cannot be read). Such problems are
   * held back until that file is fixed: one mistake gives one message.
   */
  followsFrom?: string;
}

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** `content/x.mdx:12:3 What is wrong. How to fix it.` (line and column when known). */
export function formatProblem(problem: Problem): string {
  const where = [problem.file, problem.line, problem.line ? (problem.column ?? 1) : undefined]
    .filter((part) => part !== undefined)
    .join(':');
  const label = problem.severity === 'warning' ? 'warning: ' : '';
  return `${where} ${label}${sentence(problem.message)}${problem.fix ? ` ${sentence(problem.fix)}` : ''}`;
}

/** Problems sorted by file, line and column. */
const byPlace = (a: Problem, b: Problem) =>
  a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);

export interface Report {
  /** What the editor reads: the problems of files that cannot be read first, then the rest, each by file and line. */
  shown: Problem[];
  /** How many follow-on problems each unreadable file holds back (and whether all are in other files), in the order shown. */
  hidden: { file: string; count: number; elsewhere: boolean }[];
}

/**
 * One mistake, one message: the problems that only follow from a file that cannot be read are held back
 * (and counted), and that file's own problems come first, so "fix the first line" leads to the real mistake.
 */
export function holdBackFollowOns(problems: readonly Problem[]): Report {
  const counts = new Map<string, number>();
  const inItself = new Set<string>();
  for (const { followsFrom, file } of problems) {
    if (!followsFrom) continue;
    counts.set(followsFrom, (counts.get(followsFrom) ?? 0) + 1);
    if (file === followsFrom) inItself.add(followsFrom);
  }
  const own = problems.filter((problem) => !problem.followsFrom);
  const first = own.filter((problem) => counts.has(problem.file)).sort(byPlace);
  const rest = own.filter((problem) => !counts.has(problem.file)).sort(byPlace);
  const files = [...new Set(first.map((problem) => problem.file))];
  return { shown: [...first, ...rest], hidden: files.map((file) => ({ file, count: counts.get(file)!, elsewhere: !inItself.has(file) })) };
}

/** "3 follow-on problems in other files are hidden until this is fixed." */
export function hiddenNote({ count, elsewhere }: { count: number; elsewhere: boolean }): string {
  return `${count} follow-on ${count === 1 ? 'problem' : 'problems'}${elsewhere ? ' in other files' : ''} ${count === 1 ? 'is' : 'are'} hidden until this is fixed.`;
}

/** The report's lines: each problem, and under the last one of a file that hides follow-on problems, how many. */
export function reportLines({ shown, hidden }: Report, include: (problem: Problem) => boolean = () => true): string[] {
  const lines: string[] = [];
  const listed = shown.filter(include);
  listed.forEach((problem, index) => {
    lines.push(formatProblem(problem));
    const held = hidden.find((entry) => entry.file === problem.file);
    if (held && listed[index + 1]?.file !== problem.file) lines.push(`  ${hiddenNote(held)}`);
  });
  return lines;
}

/** Thrown when content is broken: its message lists every error, one per line (follow-on problems held back). */
export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    const report = holdBackFollowOns(problems);
    const errors = report.shown.filter((problem) => problem.severity === 'error');
    super(
      `${errors.length} content ${errors.length === 1 ? 'problem' : 'problems'} must be fixed before the site can be built:\n` +
        reportLines(report, (problem) => problem.severity === 'error').join('\n'),
    );
    this.name = 'ContentError';
  }
}

/** The closest of `options` to `word` (for "did you mean"), or undefined if none is close. */
export function closest(word: string, options: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const option of options) {
    const distance = editDistance(word.toLowerCase(), option.toLowerCase());
    if (distance < bestDistance) {
      best = option;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
