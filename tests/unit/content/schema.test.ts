import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '@/lib/content/frontmatter';
import { closest, ContentError, formatProblem, type Problem } from '@/lib/content/problems';
import { frontmatterFields, frontmatterSchema } from '@/lib/content/schema';
import { article, fields, validSource } from './helpers';

const FILE = 'content/x.mdx';

/** Parses a file made of the valid fields with some replaced, and returns its problems. */
function problemsWith(overrides: Record<string, string | undefined>, extra: string[] = []): Problem[] {
  return parseFrontmatter(FILE, article({ overrides, extra })).problems;
}

/** The single problem of a file, with only the parts a test checks. */
function only(problems: Problem[]) {
  expect(problems, JSON.stringify(problems, null, 2)).toHaveLength(1);
  const [problem] = problems;
  return { line: problem!.line, column: problem!.column, message: problem!.message, severity: problem!.severity };
}

const sourcesWith = (...lines: string[]) => ['sources:', ...lines].join('\n');

describe('a valid frontmatter', () => {
  it('passes with no problems and gives typed data', () => {
    const result = parseFrontmatter(FILE, article({ extra: ['section: Understanding IOP', 'order: 3', 'related:', '  - benefits-of-an-iop', 'reviewedBy: Jane Doe, LCSW'] }));
    expect(result.problems).toEqual([]);
    expect(result.data).toEqual({
      title: 'What is an IOP?',
      description: 'A plain summary of this test article, long enough to pass the length check.',
      lastReviewed: '2026-11-20',
      nextReview: '2029-11-20',
      sources: [{ id: 'samhsa-tip-47', title: 'Clinical Issues in Intensive Outpatient Treatment', publisher: 'SAMHSA', url: 'https://www.ncbi.nlm.nih.gov/books/NBK64093/', year: 2021, type: 'government' }],
      section: 'Understanding IOP',
      order: 3,
      related: ['benefits-of-an-iop'],
      reviewedBy: 'Jane Doe, LCSW',
    });
  });

  it('reports where the body starts (the line after the closing ---)', () => {
    const result = parseFrontmatter(FILE, article({ body: 'First body line' }));
    // 1 ---, 2-12 fields, 13 ---, 14 blank, 15 body
    expect(result.bodyLine).toBe(14);
    expect(result.body.split('\n')[1]).toBe('First body line');
  });

  it('passes the schema directly too (YAML dates stay text)', () => {
    const raw = parseYaml(fields().join('\n'));
    expect(frontmatterSchema.safeParse(raw).success).toBe(true);
  });

  it('accepts Windows line endings', () => {
    expect(parseFrontmatter(FILE, article().replace(/\n/g, '\r\n')).problems).toEqual([]);
  });

  it('trims text fields', () => {
    const result = parseFrontmatter(FILE, article({ overrides: { title: 'title: "  What is an IOP?  "' } }));
    expect(result.data?.title).toBe('What is an IOP?');
  });

  it('knows every field an article can have', () => {
    expect(frontmatterFields).toEqual(['title', 'description', 'lastReviewed', 'nextReview', 'sources', 'changes', 'section', 'order', 'related', 'reviewedBy']);
  });
});

describe('a required field that is missing', () => {
  const required = ['title', 'description', 'lastReviewed', 'nextReview', 'sources'] as const;
  const fixes: Record<(typeof required)[number], string> = {
    title: 'Add: title: What is an IOP?',
    description: 'Add: description: A short, plain summary of the page in 50 to 160 characters.',
    lastReviewed: 'Add: lastReviewed: 2026-11-20',
    nextReview: 'Add: nextReview: 2029-11-20',
    sources: 'Add: a "sources:" line, then one item per source with its id, title, publisher, url, year and type (see content/README.md)',
  };
  for (const field of required) {
    it(`"${field}" is reported as missing, once, at the top of the frontmatter (line 2)`, () => {
      const problems = problemsWith({ [field]: undefined });
      expect(only(problems)).toEqual({ line: 2, column: 1, severity: 'error', message: `"${field}" is missing` });
      expect(problems[0]!.fix).toBe(fixes[field]);
      expect(problems[0]!.file).toBe(FILE);
    });
  }

  it('an empty frontmatter lists all five missing fields', () => {
    const { problems } = parseFrontmatter(FILE, '---\n---\nBody\n');
    expect(problems.map((problem) => problem.message)).toEqual(required.map((field) => `"${field}" is missing`));
    expect(problems.every((problem) => problem.line === 2)).toBe(true);
  });

  it('a missing field inside a source names the source item, on the line of that item', () => {
    const problems = problemsWith({ sources: sourcesWith(validSource[0]!, ...validSource.slice(2)) });
    expect(only(problems)).toEqual({ line: 7, column: 5, severity: 'error', message: '"sources: item 1: publisher" is missing' });
    expect(problems[0]!.fix).toBe('Add: publisher: SAMHSA');
  });

  it('an empty title is not "missing" but empty', () => {
    const problems = problemsWith({ title: 'title: ""' });
    expect(only(problems)).toMatchObject({ line: 2, message: '"title" is empty' });
    // The fix shows a good value once (the message does not also say "write something like").
    expect(problems[0]!.fix).toBe('Write it like: title: What is an IOP?');
  });

  it('a title with no value says it got nothing', () => {
    expect(only(problemsWith({ title: 'title:' }))).toMatchObject({ line: 2, message: '"title" must be text like "What is an IOP?", got nothing' });
  });
});

describe('a field with a wrong value', () => {
  it('lastReviewed in day/month/year order', () => {
    const problems = problemsWith({ lastReviewed: 'lastReviewed: 20/11/2026' });
    expect(only(problems)).toEqual({ line: 4, column: 1, severity: 'error', message: '"lastReviewed" must be a date like 2026-11-20, got "20/11/2026"' });
    expect(problems[0]!.fix).toBe('Write it like: lastReviewed: 2026-11-20');
  });

  it('an impossible date (30 February)', () => {
    expect(only(problemsWith({ lastReviewed: 'lastReviewed: 2026-02-30' }))).toMatchObject({ line: 4, message: '"lastReviewed" must be a date like 2026-11-20, got "2026-02-30"' });
  });

  it('a date without leading zeros', () => {
    expect(only(problemsWith({ nextReview: 'nextReview: 2029-1-5' }))).toMatchObject({ line: 5, message: '"nextReview" must be a date like 2026-11-20, got "2029-1-5"' });
  });

  it('a YAML timestamp is accepted as a date', () => {
    const result = parseFrontmatter(FILE, article({ overrides: { lastReviewed: 'lastReviewed: !!timestamp 2026-11-20' } }));
    expect(result.problems).toEqual([]);
    expect(result.data?.lastReviewed).toBe('2026-11-20');
  });

  it('a description that is too short gives its length', () => {
    expect(only(problemsWith({ description: 'description: Too short.' }))).toEqual({ line: 3, column: 1, severity: 'error', message: '"description" is 10 characters long; it must be 50 to 160 characters' });
  });

  it('a description that is too long gives its length', () => {
    expect(only(problemsWith({ description: `description: ${'a'.repeat(161)}` }))).toMatchObject({ line: 3, message: '"description" is 161 characters long; it must be 50 to 160 characters' });
  });

  it('a description of exactly 50 and 160 characters passes', () => {
    expect(problemsWith({ description: `description: ${'a'.repeat(50)}` })).toEqual([]);
    expect(problemsWith({ description: `description: ${'a'.repeat(160)}` })).toEqual([]);
  });

  it('nextReview on the same day as lastReviewed', () => {
    const problems = problemsWith({ nextReview: 'nextReview: 2026-11-20' });
    expect(only(problems)).toEqual({ line: 5, column: 1, severity: 'error', message: '"nextReview" must be after "lastReviewed"' });
    expect(problems[0]!.fix).toBe('Write it like: nextReview: 2029-11-20');
  });

  it('nextReview before lastReviewed', () => {
    expect(only(problemsWith({ nextReview: 'nextReview: 2025-11-20' }))).toMatchObject({ line: 5, message: '"nextReview" must be after "lastReviewed"' });
  });

  // The "after" comparison only runs on two real dates: a broken date has one message, not two.
  it('a bad lastReviewed does not also claim nextReview is out of order', () => {
    expect(problemsWith({ lastReviewed: 'lastReviewed: soon' }).map((problem) => problem.message)).toEqual(['"lastReviewed" must be a date like 2026-11-20, got "soon"']);
  });

  it('an empty list of sources', () => {
    expect(only(problemsWith({ sources: 'sources: []' }))).toEqual({ line: 6, column: 1, severity: 'error', message: '"sources" needs at least one source' });
  });

  it('sources written as one piece of text', () => {
    expect(only(problemsWith({ sources: 'sources: SAMHSA' }))).toMatchObject({ line: 6, message: '"sources" must be a list of sources, got "SAMHSA"' });
  });

  it('a source that is just text', () => {
    expect(only(problemsWith({ sources: sourcesWith('  - SAMHSA') }))).toMatchObject({ line: 7, column: 5, message: 'each source must have id, title, publisher, url, year and type' });
  });

  it('a source url with http://', () => {
    const problems = problemsWith({ sources: sourcesWith(validSource[0]!, validSource[1]!, '    url: http://www.samhsa.gov/x', ...validSource.slice(3)) });
    expect(only(problems)).toEqual({ line: 9, column: 5, severity: 'error', message: '"sources: url" must be a web address starting with https://, got "http://www.samhsa.gov/x"' });
    expect(problems[0]!.fix).toBe('Write it like: url: https://www.samhsa.gov/...');
  });

  it('a source year written as text', () => {
    expect(only(problemsWith({ sources: sourcesWith(...validSource.slice(0, 3), '    year: "2021"', ...validSource.slice(4)) }))).toEqual({ line: 10, column: 5, severity: 'error', message: '"sources: year" must be a year like 2021, got "2021"' });
  });

  it('a source year in the future', () => {
    expect(only(problemsWith({ sources: sourcesWith(...validSource.slice(0, 3), '    year: 2999', ...validSource.slice(4)) }))).toMatchObject({ line: 10, message: '"sources: year" cannot be in the future, got "2999"' });
  });

  it('a problem in the second source is on that source’s line', () => {
    const second = ['  - title: Another', '    publisher: Medicare.gov', '    url: https://www.medicare.gov/x', '    year: 1850', '    id: another', '    type: government'];
    expect(only(problemsWith({ sources: sourcesWith(...validSource, ...second) }))).toMatchObject({ line: 16, column: 5, message: '"sources: year" must be a year like 2021, got "1850"' });
  });

  it('order that is not a whole number', () => {
    const problems = problemsWith({}, ['order: 2.5']);
    expect(only(problems)).toEqual({ line: 13, column: 1, severity: 'error', message: '"order" must be a whole number like 3, got "2.5"' });
    expect(problems[0]!.fix).toBe('Write it like: order: 3');
  });

  it('order written as a word', () => {
    expect(only(problemsWith({}, ['order: first']))).toMatchObject({ line: 13, message: '"order" must be a whole number like 3, got "first"' });
  });

  it('related that is not a list', () => {
    expect(only(problemsWith({}, ['related: benefits-of-an-iop']))).toEqual({ line: 13, column: 1, severity: 'error', message: '"related" must be a list of article slugs, got "benefits-of-an-iop"' });
  });

  it('a frontmatter that is a list instead of fields', () => {
    const { problems } = parseFrontmatter(FILE, '---\n- title\n- description\n---\n');
    expect(only(problems)).toMatchObject({ line: 2, message: 'The frontmatter must be a list of fields like "title: What is an IOP?"' });
    expect(problems[0]!.fix).toBe('Each field goes on its own line as "name: value"; indent list items with two spaces and a dash; put text that contains a colon in quotes');
  });
});

describe('a field an article cannot have', () => {
  it('a misspelt field suggests the right one, on its line', () => {
    const problems = problemsWith({}, ['reviewdBy: Jane Doe, LCSW']);
    expect(only(problems)).toEqual({ line: 13, column: 1, severity: 'error', message: '"reviewdBy" is not a field an article can have' });
    expect(problems[0]!.fix).toBe('Did you mean "reviewedBy"? Check the spelling');
  });

  it('an unrelated field lists the fields instead', () => {
    const problems = problemsWith({}, ['colour: blue']);
    expect(only(problems)).toMatchObject({ line: 13, message: '"colour" is not a field an article can have' });
    expect(problems[0]!.fix).toBe('Remove it. The fields are: title, description, lastReviewed, nextReview, sources, changes, section, order, related, reviewedBy');
  });

  it('a misspelt field inside a source suggests the source field (and the real one is then missing)', () => {
    const problems = problemsWith({ sources: sourcesWith(validSource[0]!, '    publsher: SAMHSA', ...validSource.slice(2)) });
    expect(problems.map(({ line, column, message, fix }) => ({ line, column, message, fix }))).toEqual([
      { line: 7, column: 5, message: '"sources: item 1: publisher" is missing', fix: 'Add: publisher: SAMHSA' },
      { line: 8, column: 5, message: '"publsher" is not a field an article source can have', fix: 'Did you mean "publisher"? Check the spelling' },
    ]);
  });
});

describe('a frontmatter that cannot be read', () => {
  const yamlFix = 'Each field goes on its own line as "name: value"; indent list items with two spaces and a dash; put text that contains a colon in quotes';
  const described = (problems: Problem[]) => problems.map(({ line, column, message, fix }) => `${line}:${column} ${message}. ${fix}`);

  it('a colon in unquoted text: one message on its line and column, with the quoted line to write', () => {
    const problems = problemsWith({ title: 'title: Costs: what to expect' });
    expect(only(problems)).toEqual({ line: 2, column: 13, severity: 'error', message: 'The text of "title" has a colon (:) in it, so it must be in quotes' });
    expect(problems[0]!.fix).toBe('Write it like: title: "Costs: what to expect"');
  });

  it('curly quotes pasted from a word processor: around text with a colon, and around a whole value', () => {
    expect(described(problemsWith({ title: 'title: “Costs: what to expect”' }))).toEqual([
      '2:14 The text of "title" has a colon (:) in it, so it must be in quotes, and its curly quotes (“ ”) do not count. Use straight quotes ("), not the curly ones a word processor puts in: title: "Costs: what to expect"',
    ]);
    expect(described(problemsWith({ title: 'title: “What is an IOP?”' }))).toEqual([
      '2:8 The text of "title" is in curly quotes (“ ”), which readers would see. Remove them, or use straight quotes: title: "What is an IOP?"',
    ]);
    // An error, but the fields are still read: links from other pages to this one are not held up by it.
    expect(parseFrontmatter(FILE, article({ title: '“What is an IOP?”' })).data?.title).toBe('“What is an IOP?”');
  });

  it('a tab: one message on the first tab, however many lines it upsets', () => {
    expect(described(problemsWith({ sources: sourcesWith(...validSource.map((line) => line.replace(/^ {2}/, '\t'))) }))).toEqual([
      '7:1 This line has a tab in it, and tabs cannot be used here. Use spaces, not tabs: indent with two spaces for each level, as in the lines around it',
    ]);
  });

  it('a field written twice is one message on the second one', () => {
    expect(described(problemsWith({}, ['title: Again']))).toEqual(['13:1 "title" is written twice. Keep one of them, and delete the other line']);
  });

  it('a badly indented source field is one message on its line', () => {
    expect(described(problemsWith({ sources: sourcesWith(validSource[0]!, '   publisher: SAMHSA') }))).toEqual([`8:1 This line is indented differently from the lines above it. ${yamlFix}`]);
  });

  it('a quote that is never closed is reported on the line it opens', () => {
    expect(described(problemsWith({ title: 'title: "What is an IOP?' }))).toEqual(['2:1 A quote mark (") is opened on this line but never closed. Put the closing quote mark at the end of the text, on the same line']);
  });

  it('a missing space after the colon', () => {
    expect(described(problemsWith({ section: 'section:Getting help' }))).toEqual(['13:1 There must be a space after the colon in "section:Getting help". Write it like: section: Getting help']);
  });

  it('a file without frontmatter', () => {
    const result = parseFrontmatter(FILE, 'Just some text.\n');
    expect(only(result.problems)).toEqual({ line: 1, column: 1, severity: 'error', message: 'The file does not start with frontmatter' });
    expect(result.problems[0]!.fix).toBe('Make the first line "---", then the fields (title, description, ...), then another "---"');
    expect(result.data).toBeUndefined();
    expect(result.body).toBe('Just some text.\n');
  });

  it('a frontmatter that is never closed', () => {
    const result = parseFrontmatter(FILE, '---\ntitle: What is an IOP?\n\nSome text.\n');
    expect(only(result.problems)).toEqual({ line: 1, column: 1, severity: 'error', message: 'The frontmatter is not closed' });
    expect(result.problems[0]!.fix).toBe('Add a line "---" after the last frontmatter field');
    expect(result.data).toBeUndefined();
  });
});

describe('formatProblem', () => {
  it('prints file:line:column, the message and the fix as sentences', () => {
    const [problem] = problemsWith({ lastReviewed: 'lastReviewed: 20/11/2026' });
    expect(formatProblem(problem!)).toBe('content/x.mdx:4:1 "lastReviewed" must be a date like 2026-11-20, got "20/11/2026". Write it like: lastReviewed: 2026-11-20.');
  });

  it('leaves out line and column when unknown, and does not double a full stop', () => {
    expect(formatProblem({ file: 'content/x.mdx', severity: 'error', message: 'Bad name', fix: 'Rename it.' })).toBe('content/x.mdx Bad name. Rename it.');
  });

  it('uses column 1 when only the line is known, and labels warnings', () => {
    expect(formatProblem({ file: 'content/x.mdx', line: 7, severity: 'warning', message: 'Hmm?' })).toBe('content/x.mdx:7:1 warning: Hmm?');
  });
});

describe('ContentError', () => {
  it('counts and lists only the errors', () => {
    const error = new ContentError([
      { file: 'content/a.mdx', line: 2, column: 1, severity: 'error', message: '"title" is missing', fix: 'Add: title: What is an IOP?' },
      { file: 'content/b.mdx', severity: 'warning', message: 'Just a warning' },
    ]);
    expect(error.name).toBe('ContentError');
    expect(error.message).toBe('1 content problem must be fixed before the site can be built:\ncontent/a.mdx:2:1 "title" is missing. Add: title: What is an IOP?');
    expect(error.problems).toHaveLength(2);
  });
});

describe('closest', () => {
  it('finds a near spelling, ignoring case', () => {
    expect(closest('reviewdBy', frontmatterFields)).toBe('reviewedBy');
    expect(closest('LASTREVIEWED', frontmatterFields)).toBe('lastReviewed');
  });

  it('gives nothing when no option is close', () => {
    expect(closest('colour', frontmatterFields)).toBeUndefined();
    expect(closest('anything', [])).toBeUndefined();
  });
});
