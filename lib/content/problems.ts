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

/** Thrown when content is broken: its message lists every problem, one per line. */
export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    const errors = problems.filter((problem) => problem.severity === 'error');
    super(
      `${errors.length} content ${errors.length === 1 ? 'problem' : 'problems'} must be fixed before the site can be built:\n` +
        errors.map(formatProblem).join('\n'),
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
