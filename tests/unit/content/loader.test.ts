import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkContent, formatReport } from '@/lib/content/check';
import { parseArticle } from '@/lib/content/parse';
import type { Problem } from '@/lib/content/problems';
import { byReadingOrder, readContent, type Article } from '@/lib/content/loader';
import { sitePaths } from '@/lib/routes.mjs';
import { article, tempSite } from './helpers';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** A temporary site, removed after the test. */
function site(files: Record<string, string>, publicFiles: string[] = []) {
  const made = tempSite(files, publicFiles);
  cleanups.push(made.cleanup);
  return made;
}

/** The name readContent gives a file: its path from the working directory. */
const fileName = (dir: string, name: string) => path.relative(process.cwd(), path.join(dir, name));

/** Body line N (1-based) of an `article()` without extra fields is file line 12 + N. */
const BODY = 14;

/** A problem without the file name, for exact comparisons. */
const brief = ({ line, column, message, fix }: Problem) => ({ line, column, message, fix });

const glossary = ['- id: php', '  term: Partial hospitalization program (PHP)', '  definition: A program you go to most of the day.', ''].join('\n');

const target = article({
  title: 'Paying for an IOP',
  body: ['Intro.', '', '## Who pays', '', 'Text.', '', '## Who pays', '', '## Paying for care [#cost]', ''].join('\n'),
});

/** The problems of one article `page.mdx` that sits next to `target.mdx` and a glossary. */
function problemsOf(body: string, publicFiles: string[] = []) {
  const { content } = site({ 'page.mdx': article({ title: 'The page', body }), 'target.mdx': target, 'glossary.yaml': glossary }, publicFiles);
  const result = readContent(content);
  for (const problem of result.problems) expect(problem.file).toBe(fileName(content, 'page.mdx'));
  return result.problems.map(brief);
}

describe('readContent on a valid folder', () => {
  it('reads every article and the glossary with no problems', () => {
    const { content } = site({ 'page.mdx': article({ title: 'The page', body: 'See [costs](/learn/target#cost) and <Term id="php">PHP</Term>.' }), 'target.mdx': target, 'glossary.yaml': glossary, 'notes.txt': 'not an article' });
    const result = readContent(content);
    expect(result.problems).toEqual([]);
    expect(result.articles.map((a) => a.slug).sort()).toEqual(['page', 'target']);
    expect(result.glossary.map((entry) => entry.id)).toEqual(['php']);
    const page = result.articles.find((a) => a.slug === 'page')!;
    expect(page.file).toBe(fileName(content, 'page.mdx'));
    expect(page.links).toEqual([{ url: '/learn/target#cost', line: BODY + 1, column: 5 }]);
    expect(page.terms).toEqual([{ id: 'php', line: BODY + 1, column: 37 }]);
    expect(page.readingMinutes).toBe(1);
    expect(result.articles.find((a) => a.slug === 'target')!.headings.map((h) => h.id)).toEqual(['who-pays', 'who-pays-1', 'cost']);
  });

  it('works without a glossary file', () => {
    const { content } = site({ 'page.mdx': article({ title: 'The page' }) });
    expect(readContent(content)).toMatchObject({ problems: [], glossary: [] });
  });
});

describe('reading order', () => {
  it('sorts by order (as a number), then title, and puts articles without order last by title', () => {
    const { content } = site({
      'one.mdx': article({ title: 'Bravo', extra: ['order: 1'] }),
      'two.mdx': article({ title: 'Alpha', extra: ['order: 1'] }),
      'three.mdx': article({ title: 'Charlie', extra: ['order: 2'] }),
      'four.mdx': article({ title: 'Zulu' }),
      'five.mdx': article({ title: 'delta' }),
      'six.mdx': article({ title: 'Echo', extra: ['order: 10'] }),
    });
    const result = readContent(content);
    expect(result.problems).toEqual([]);
    expect(result.articles.map((a) => a.frontmatter.title)).toEqual(['Alpha', 'Bravo', 'Charlie', 'Echo', 'delta', 'Zulu']);
  });

  it('byReadingOrder compares two articles directly', () => {
    const make = (title: string, order?: number) => ({ frontmatter: { title, order } }) as unknown as Article;
    expect(byReadingOrder(make('B', 1), make('A', 2))).toBeLessThan(0);
    expect(byReadingOrder(make('A'), make('B', 99))).toBeGreaterThan(0);
    expect(byReadingOrder(make('A'), make('B'))).toBeLessThan(0);
    expect(byReadingOrder(make('A', 3), make('A', 3))).toBe(0);
  });
});

describe('checks across files', () => {
  it('"related" naming an article that does not exist', () => {
    const { content } = site({ 'page.mdx': article({ title: 'The page', extra: ['related:', '  - target', '  - gamma'] }), 'target.mdx': target });
    const { problems } = readContent(content);
    expect(problems).toEqual([
      { file: fileName(content, 'page.mdx'), line: 15, column: 5, severity: 'error', message: '"related" lists "gamma", but there is no article content/gamma.mdx', fix: 'Use the file name of an existing article, e.g. target' },
    ]);
  });

  it('"related" listing the article itself', () => {
    const { content } = site({ 'page.mdx': article({ title: 'The page', extra: ['related:', '  - page'] }), 'target.mdx': target });
    // Line 12: the item under "related:" (line 11); the check now says where, as it can be known.
    expect(readContent(content).problems.map(brief)).toEqual([{ line: 14, column: 5, message: '"related" lists the article itself ("page")', fix: 'Remove it from the list' }]);
  });

  it('two articles with the same title (ignoring case)', () => {
    const { content } = site({ 'a.mdx': article({ title: 'What is an IOP?', extra: ['order: 1'] }), 'b.mdx': article({ title: 'what is an IOP?' }) });
    const { problems } = readContent(content);
    expect(problems).toEqual([
      { file: fileName(content, 'b.mdx'), line: 2, column: 1, severity: 'error', message: `The title "what is an IOP?" is already used by ${fileName(content, 'a.mdx')}`, fix: 'Give each article its own title, so readers can tell them apart' },
    ]);
  });
});

describe('links and terms', () => {
  it('a link to an article that does not exist', () => {
    expect(problemsOf('Read [this](/learn/missing).')).toEqual([
      { line: BODY + 1, column: 6, message: 'The link /learn/missing goes to an article that does not exist', fix: 'Use /learn/ and the file name of an existing article' },
    ]);
  });

  it('a link to a section that does not exist lists the sections there are', () => {
    expect(problemsOf('Text.\n\nRead [this](/learn/target#missing-section).')).toEqual([
      { line: BODY + 3, column: 6, message: 'The link /learn/target#missing-section goes to a section that "Paying for an IOP" does not have', fix: 'Use one of its sections: #who-pays, #who-pays-1, #cost' },
    ]);
  });

  it('links to existing articles, sections, site pages and glossary terms pass', () => {
    expect(problemsOf('[a](/learn/target) [b](/learn/target/) [c](/learn/target#who-pays-1) [d](/glossary#php) [e](/glossary) [f](/) [g](/get-help-now) [h](/about/) [i](https://example.org/x) [j](#local)')).toEqual([]);
  });

  it('a link to a glossary term that does not exist', () => {
    expect(problemsOf('See [it](/glossary#nope).')).toEqual([
      { line: BODY + 1, column: 5, message: 'The link /glossary#nope goes to a glossary term that does not exist', fix: 'Use an id from content/glossary.yaml' },
    ]);
  });

  it('a link to a page the site does not have', () => {
    expect(problemsOf('See [it](/nowhere).')).toEqual([
      { line: BODY + 1, column: 5, message: 'The link /nowhere goes to a page this site does not have', fix: `Link to an article (/learn/...) or one of: ${sitePaths.join(', ')}` },
    ]);
  });

  // Reference-style links ([text][ref] + "[ref]: /url") are checked like inline ones.
  it('a reference-style link to an article that does not exist', () => {
    expect(problemsOf('Read [this][more].\n\n[more]: /learn/missing').map((problem) => problem.message)).toEqual(['The link /learn/missing goes to an article that does not exist']);
  });

  it('<Term> with an id that is not in the glossary', () => {
    expect(problemsOf('Text.\n\nA <Term id="nope">word</Term> here.')).toEqual([
      { line: BODY + 3, column: 3, message: '<Term id="nope"> has no glossary entry', fix: 'Use an id from content/glossary.yaml, or add the term there' },
    ]);
  });
});

describe('components', () => {
  it('an unknown component is named, with the closest real one suggested', () => {
    const [problem, ...rest] = problemsOf('<Calout type="info">\n  Text.\n</Calout>');
    expect(rest).toEqual([]);
    expect(problem).toEqual({
      line: BODY + 1,
      column: 1,
      message: 'There is no component called <Calout>',
      fix: 'Did you mean <Callout>? The components you can use are: <Callout>, <SelfCheckInvite>, <Term>, <Do>, <Dont>, <LevelsOfCare>, <ContinuumOfCare>, <TypicalWeek>, <ProgramChecklist>, <FAQ>, <Question>, <Cite>',
    });
  });

  it('an unknown component with no close match lists the components only', () => {
    expect(problemsOf('<Carousel />')[0]!.fix).toBe('The components you can use are: <Callout>, <SelfCheckInvite>, <Term>, <Do>, <Dont>, <LevelsOfCare>, <ContinuumOfCare>, <TypicalWeek>, <ProgramChecklist>, <FAQ>, <Question>, <Cite>');
  });

  it('a Callout type that does not exist lists the allowed types', () => {
    expect(problemsOf('<Callout type="danger">\n  Text.\n</Callout>')).toEqual([
      { line: BODY + 1, column: 1, message: '<Callout type="danger"> is not a type that exists', fix: 'Use one of: type="info", type="warning", type="urgent"' },
    ]);
  });

  it('a missing required prop', () => {
    expect(problemsOf('Intro.\n\n<Callout>\n  Text.\n</Callout>')).toEqual([
      { line: BODY + 3, column: 1, message: '<Callout> needs a type', fix: 'Add type="..." (info (helpful aside), warning (get advice first) or urgent (danger: crisis numbers shown))' },
    ]);
    expect(problemsOf('<FAQ>\n  <Question>\n    Answer.\n  </Question>\n</FAQ>')).toEqual([
      { line: BODY + 2, column: 3, message: '<Question> needs a q', fix: 'Add q="..." (the question, as a reader would ask it)' },
    ]);
  });

  it('a misspelt prop suggests the right one; a prop on a component without props says so', () => {
    expect(problemsOf('<Callout type="info" tilte="Note">\n  Text.\n</Callout>')).toEqual([
      { line: BODY + 1, column: 1, message: '<Callout> has no "tilte" setting', fix: 'Did you mean title="..."?' },
    ]);
    expect(problemsOf('<LevelsOfCare compact="yes" />')).toEqual([
      { line: BODY + 1, column: 1, message: '<LevelsOfCare> has no "compact" setting', fix: '<LevelsOfCare> takes no settings: remove compact="..."' },
    ]);
  });

  it('every valid component use passes', () => {
    expect(
      problemsOf(
        ['<Callout type="urgent" title="Now">', '  Text.', '</Callout>', '', '<SelfCheckInvite />', '', '<Do>', '  - this', '</Do>', '', '<Dont>', '  - that', '</Dont>', '', '<LevelsOfCare />', '', '<ContinuumOfCare />', '', '<TypicalWeek />', '', '<FAQ>', '  <Question q="Why?">', '    Because.', '  </Question>', '</FAQ>', '', '<div>plain html</div>'].join('\n'),
      ),
    ).toEqual([]);
  });
});

describe('headings in the text', () => {
  it('a "#" heading is not allowed', () => {
    expect(problemsOf('Intro.\n\n# Big title')).toEqual([
      { line: BODY + 3, column: 1, message: 'A "#" heading is not allowed in the text: the title is the only main heading', fix: 'Use "##" for a section heading, and put the page title in the "title" field' },
    ]);
  });

  it('a heading that skips a level', () => {
    expect(problemsOf('## Part\n\n### Sub\n\n## Next\n\n#### Too deep')).toEqual([
      { line: BODY + 7, column: 1, message: 'This heading skips a level: it has #### (level 4) after a ## heading (level 2)', fix: 'Use ### here, or add the missing level above it' },
    ]);
  });
});

describe('MDX that cannot be read', () => {
  it('an unclosed { is reported on its line, and the article is left out', () => {
    const { content } = site({ 'page.mdx': article({ title: 'The page', body: 'Intro.\n\nA {brace that never closes' }) });
    const result = readContent(content);
    expect(result.articles.map((a) => a.slug)).toEqual(['page']);
    expect(result.problems.map(brief)).toEqual([
      { line: BODY + 3, column: 27, message: 'A "{" in the text starts a piece of code, and this one cannot be read', fix: 'To show the sign itself, write \\{; a note for editors is written {/* like this */}' },
    ]);
  });

  // An unclosed component error carries its place only in the message: it is still reported on its line.
  it('a component without its closing tag is reported on the line of the opening tag', () => {
    const problems = problemsOf('Intro.\n\n<Callout type="info">\n\nNever closed.');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toEqual({
      line: BODY + 3,
      column: 1,
      message: `<Callout> on line ${BODY + 3} is never closed`,
      fix: 'Put </Callout> on a line of its own where the box ends, with a blank line before it and after it',
    });
  });
});

describe('images', () => {
  it('an image without alt text', () => {
    expect(problemsOf('![](/images/week.png)', ['images/week.png'])).toEqual([
      { line: BODY + 1, column: 1, message: 'This image has no alt text', fix: 'Describe the picture in the square brackets: ![A week planner with three sessions](/images/week.png)' },
    ]);
  });

  it('an image file that does not exist in public/', () => {
    expect(problemsOf('![A week planner](/images/missing.png)', ['images/week.png'])).toEqual([
      { line: BODY + 1, column: 1, message: 'The image "/images/missing.png" does not exist', fix: 'Add the file public/images/missing.png, or fix the name' },
    ]);
  });

  it('an image from another site', () => {
    expect(problemsOf('![A week planner](https://example.com/week.png)')).toEqual([
      { line: BODY + 1, column: 1, message: 'The image "https://example.com/week.png" is not on this site', fix: 'Put the image in the public folder and link it as /images/name.png: pages load nothing from other sites' },
    ]);
  });

  it('an image with alt text that exists passes, with the default and an explicit public folder', () => {
    expect(problemsOf('![A week planner](/images/week.png)', ['images/week.png'])).toEqual([]);
    const { content, publicDir } = site({ 'page.mdx': article({ title: 'The page', body: '![A week planner](/images/week.png)' }) }, ['images/week.png']);
    expect(readContent(content, { publicDir }).problems).toEqual([]);
    expect(readContent(content, { publicDir: path.join(publicDir, 'elsewhere') }).problems.map((p) => p.message)).toEqual(['The image "/images/week.png" does not exist']);
  });
});

describe('file names', () => {
  it('a file name that cannot be a web address', () => {
    const { content } = site({ 'Bad_Name.mdx': article({ title: 'Bad name' }) });
    expect(readContent(content).problems).toEqual([
      { file: fileName(content, 'Bad_Name.mdx'), severity: 'error', message: 'The file name "Bad_Name.mdx" cannot be used as a web address', fix: 'Use only lower-case letters, digits and single hyphens, e.g. paying-for-an-iop.mdx' },
    ]);
  });

  it('parseArticle accepts lower-case names with single hyphens only', () => {
    const messages = (name: string) => parseArticle(`content/${name}`, article()).problems.map((p) => p.message);
    expect(messages('what-is-an-iop.mdx')).toEqual([]);
    expect(messages('iop-2026.mdx')).toEqual([]);
    expect(messages('double--hyphen.mdx')).toEqual(['The file name "double--hyphen.mdx" cannot be used as a web address']);
    expect(messages('-leading.mdx')).toEqual(['The file name "-leading.mdx" cannot be used as a web address']);
  });
});

describe('frontmatter problems reach readContent', () => {
  it('an article with a broken frontmatter is reported and left out of the list', () => {
    const { content } = site({ 'page.mdx': article({ overrides: { title: undefined } }), 'target.mdx': target });
    const result = readContent(content);
    expect(result.articles.map((a) => a.slug)).toEqual(['target']);
    expect(result.problems).toEqual([{ file: fileName(content, 'page.mdx'), line: 2, column: 1, severity: 'error', message: '"title" is missing', fix: 'Add: title: What is an IOP?' }]);
  });
});

describe('the glossary file', () => {
  it('a glossary id used twice', () => {
    const { content } = site({ 'page.mdx': article({ title: 'The page' }), 'glossary.yaml': glossary + glossary });
    const lines = glossary.split('\n').length - 1;
    expect(readContent(content).problems).toEqual([
      { file: fileName(content, 'glossary.yaml'), line: lines + 1, column: 3, severity: 'error', message: 'The glossary id "php" is used twice (first on line 1)', fix: 'Give each entry its own id' },
    ]);
  });

  it('a glossary id that is not lower-case', () => {
    const { content } = site({ 'page.mdx': article({ title: 'The page' }), 'glossary.yaml': glossary.replace('id: php', 'id: PHP') });
    expect(readContent(content).problems.map((p) => p.message)).toEqual(['The entry "PHP": "id" must be lower-case letters, digits and hyphens, like php, got "PHP"']);
  });
});

describe('checkContent and formatReport', () => {
  it('a passing folder prints only the summary', () => {
    // Not `target`: its two "## Who pays" headings are now a warning (tests/unit/content-check).
    const { content } = site({ 'page.mdx': article({ title: 'The page' }), 'target.mdx': article({ title: 'Paying for an IOP' }) });
    const result = checkContent(content);
    expect(result).toEqual({ problems: [], hidden: [], errors: 0, warnings: 0, files: 2 });
    expect(formatReport(result)).toBe('Content check passed: 2 articles, 0 warnings.');
  });

  it('a single article is not plural', () => {
    const { content } = site({ 'page.mdx': article({ title: 'The page' }) });
    expect(formatReport(checkContent(content))).toBe('Content check passed: 1 article, 0 warnings.');
  });

  it('a failing folder prints each problem, sorted by file and line, then the summary', () => {
    const { content } = site({
      'b-page.mdx': article({ title: 'B page', body: '## Part\n\n#### Deep\n\n[x](/nowhere).<Cite id="samhsa-tip-47" />' }),
      'a-page.mdx': article({ title: 'A page', overrides: { lastReviewed: 'lastReviewed: 20/11/2026' } }),
    });
    const result = checkContent(content);
    expect(result.errors).toBe(3);
    expect(result.files).toBe(1);
    const a = fileName(content, 'a-page.mdx');
    const b = fileName(content, 'b-page.mdx');
    expect(formatReport(result).split('\n')).toEqual([
      `${a}:4:1 "lastReviewed" must be a date like 2026-11-20, got "20/11/2026". Write it like: lastReviewed: 2026-11-20.`,
      `${b}:17:1 This heading skips a level: it has #### (level 4) after a ## heading (level 2). Use ### here, or add the missing level above it.`,
      `${b}:19:1 The link /nowhere goes to a page this site does not have. Link to an article (/learn/...) or one of: ${sitePaths.join(', ')}.`,
      'Content check failed: 3 errors and 0 warnings in content/. Fix the errors above, then run the check again.',
    ]);
  });

  it('one error is not plural', () => {
    const { content } = site({ 'Bad_Name.mdx': article({ title: 'Bad name' }) });
    expect(formatReport(checkContent(content)).split('\n').at(-1)).toBe('Content check failed: 1 error and 0 warnings in content/. Fix the errors above, then run the check again.');
  });
});

describe('the real content folder', { timeout: 60_000 }, () => {
  const real = fileURLToPath(new URL('../../../content', import.meta.url));

  it('has no errors', () => {
    const result = readContent(real);
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line ?? ''} ${p.message}`)).toEqual([]);
    const files = readdirSync(real).filter((name) => name.endsWith('.mdx'));
    expect(result.articles).toHaveLength(files.length);
    expect(result.glossary.length).toBeGreaterThan(0);
  });

  it('passes checkContent', () => {
    const result = checkContent(real);
    expect(result.errors).toBe(0);
    expect(formatReport(result)).toMatch(/^Content check passed: \d+ articles, 0 warnings\.$/m);
  });
});

describe('more mistakes editors make', () => {
  it('a component written in lower case is named with the right spelling', () => {
    expect(problemsOf('<callout type="info">\n\nText.\n\n</callout>').map((problem) => problem.message)).toEqual([
      '<callout> is written in lower case, so it is not the <Callout> component',
    ]);
  });

  it('an <a href> to a missing article is checked like a markdown link', () => {
    expect(problemsOf('Read <a href="/learn/missing">this</a>.').map((problem) => problem.message)).toEqual([
      'The link /learn/missing goes to an article that does not exist',
    ]);
  });

  it('a query string or trailing slash does not hide a link to a real page, nor a missing glossary term', () => {
    expect(problemsOf('See [the glossary](/glossary/?from=page) and [costs](/learn/target/#cost).')).toEqual([]);
    expect(problemsOf('See [a term](/glossary/#nope).').map((problem) => problem.message)).toEqual([
      'The link /glossary/#nope goes to a glossary term that does not exist',
    ]);
  });

  it('the same pinned id on two headings is an error on the second heading', () => {
    const problems = problemsOf('## Paying [#cost]\n\nText.\n\n## Costs again [#cost]\n\nMore.');
    expect(problems.map((problem) => problem.message)).toEqual(['The pinned section id "#cost" is used by two headings']);
  });
});

describe('getContent', () => {
  it('reads content/ once per process, even when the loader is bundled twice (one copy per route)', async () => {
    const first = await import('@/lib/content/loader');
    vi.resetModules();
    const second = await import('@/lib/content/loader');
    expect(second).not.toBe(first);
    expect(second.getArticles()).toBe(first.getArticles());
  });

  it('keeps each article FAQ, read in the same parse', async () => {
    const { getArticle } = await import('@/lib/content/loader');
    const faq = getArticle('faq')!.faq;
    expect(faq.length).toBeGreaterThan(3);
    for (const item of faq) expect(item.question).toMatch(/\?$/);
  });
});
