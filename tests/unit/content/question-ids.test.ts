// Each FAQ answer's address (/learn/<slug>#<id>): made like a heading's, pinned with id="...", never a
// repeat of a heading's, and what the page, the loader and the link registry all use.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/lib/content/parse';
import { formatProblem } from '@/lib/content/problems';
import { linkTargets } from '@/lib/links/published';
import { getArticle } from '@/lib/content/source';

const faq = (questions: string, headings = '') =>
  parseArticle('content/x.mdx', `---\ntitle: X\n---\n\n${headings}\n\n<FAQ>\n\n${questions}\n\n</FAQ>\n`);
/** The problems about questions (the tiny files here have no full frontmatter). */
const questionProblems = (article: ReturnType<typeof faq>) => article.problems.filter((problem) => /question/i.test(problem.message)).map(formatProblem);
const question = (attributes: string) => `<Question ${attributes}>\n\nAn answer.\n\n</Question>`;

describe('question ids', () => {
  it('are slugs of the questions, with -1 for a repeat', () => {
    const article = faq([question('q="How much does an IOP cost?"'), question('q="How much does an IOP cost?"')].join('\n\n'));
    expect(article.faq.map((item) => item.id)).toEqual(['how-much-does-an-iop-cost', 'how-much-does-an-iop-cost-1']);
    expect(questionProblems(article)).toEqual([]);
  });

  it('keep a pinned id, which wins over a slug made later or earlier', () => {
    const article = faq([question('q="Cost?"'), question('id="cost" q="How much will I pay?"')].join('\n\n'));
    expect(article.faq.map((item) => item.id)).toEqual(['cost-1', 'cost']);
  });

  it('never repeat a section heading\'s id', () => {
    const article = faq(question('q="Common questions"'), '## Common questions');
    expect(article.headings.map((heading) => heading.id)).toEqual(['common-questions']);
    expect(article.faq.map((item) => item.id)).toEqual(['common-questions-1']);
  });

  it('report a pin that cannot be kept, with its line', () => {
    const taken = faq(question('id="common-questions" q="Other?"'), '## Common questions');
    expect(questionProblems(taken)).toEqual([
      'content/x.mdx:9:1 The question id "#common-questions" is already used on this page. Give the question its own id="...", or remove it to use one made from the question.',
    ]);
    const invalid = faq(question('id="How Much" q="Cost?"'));
    expect(questionProblems(invalid)).toEqual(['content/x.mdx:9:1 <Question id="How Much"> is not an id a link can use. Use lower-case letters, digits and hyphens, e.g. id="cost".']);
  });

  it('are link targets of the registry, like sections', () => {
    const article = getArticle('faq')!;
    const [target] = linkTargets([article]);
    expect(article.faq.length).toBeGreaterThanOrEqual(10);
    for (const item of article.faq) expect(target!.ids).toContain(item.id);
    for (const heading of article.headings) expect(target!.ids).toContain(heading.id);
  });
});
