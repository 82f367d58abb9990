// Each FAQ answer's address (/learn/<slug>#<id>): made like a heading's, pinned with id="...", never a
// repeat of a heading's, and what the page, the loader and the link registry all use.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/lib/content/parse';
import { formatProblem } from '@/lib/content/problems';
import { linkTargets } from '@/lib/links/published';
import { checkLinks, parseRegistry, type LinkTarget } from '@/lib/links/registry';
import { emptyRedirects } from '@/lib/links/redirects';
import { getArticle } from '@/lib/content/loader';

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
    const ids = target!.headings.map((heading) => heading.id);
    for (const item of article.faq) expect(ids).toContain(item.id);
    for (const heading of article.headings) expect(ids).toContain(heading.id);
    expect(target!.headings.filter((heading) => heading.question).map((heading) => heading.text)).toEqual(article.faq.map((item) => item.question));
  });

  it('keep their published links: a reworded question is found, and the fix pins its old id on the question', () => {
    const faqPage: LinkTarget = {
      slug: 'faq',
      title: 'Questions and myths about IOP',
      file: 'content/faq.mdx',
      headings: [
        { id: 'common-questions', text: 'Common questions', depth: 2, line: 9 },
        { id: 'what-will-an-iop-cost-me', text: 'What will an IOP cost me?', depth: 0, line: 30, question: true },
      ],
    };
    const registry = parseRegistry('faq Questions and myths about IOP\nfaq#common-questions Common questions\nfaq#how-much-does-an-iop-cost How much does an IOP cost?');
    expect(checkLinks(registry, [faqPage], emptyRedirects).filter((problem) => problem.severity === 'error')).toEqual([
      {
        file: 'content/faq.mdx',
        line: 30,
        column: 1,
        severity: 'error',
        followsFrom: undefined,
        message: 'The question "How much does an IOP cost?" was changed to "What will an IOP cost me?", so its published link /learn/faq#how-much-does-an-iop-cost no longer lands anywhere',
        fix: 'People have shared that link: keep it by pinning the old id on this question, <Question id="how-much-does-an-iop-cost" q="What will an IOP cost me?">. If the question was removed instead, add "how-much-does-an-iop-cost: <id of the section that covers it now>" under "sections: faq:" in content/redirects.yaml',
      },
    ]);
  });
});
