import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/lib/content/parse';

/** The FAQ the loader keeps for an article, read from its MDX text. */
const extractFaq = (source: string) => parseArticle('content/faq.mdx', source).faq;

const faqSource = readFileSync(path.join(process.cwd(), 'content/faq.mdx'), 'utf8');

describe('article.faq', () => {
  it('reads every <Question> of the real FAQ article, in page order', () => {
    const items = extractFaq(faqSource);
    const questions = [...faqSource.matchAll(/<Question q="([^"]+)">/g)].map((match) => match[1]);
    expect(items.map((item) => item.question)).toEqual(questions);
    expect(items.length).toBeGreaterThanOrEqual(10);
    expect(items[0]).toEqual({
      id: 'is-an-iop-just-a-weaker-version-of-rehab',
      line: expect.any(Number),
      question: 'Is an IOP just a weaker version of rehab?',
      answer: expect.stringMatching(/^No\. An IOP is meant for people who do not need medical detox or 24-hour care\.\n\n/),
    });
  });

  it('keeps the words of links and <Term>s, drops their markup, and separates paragraphs', () => {
    const parity = extractFaq(faqSource).find((item) => item.question.startsWith('Can my insurer'))!;
    expect(parity.answer).toContain('If the 2008 parity law covers your plan, its limits');
    expect(parity.answer).toContain('Read more in paying for an IOP.');
    expect(parity.answer.split('\n\n')).toHaveLength(3);
    for (const item of extractFaq(faqSource)) expect(item.answer).not.toMatch(/[<>[\]]|\]\(/);
  });

  it('ignores Questions outside an <FAQ>, an FAQ without questions, and articles without one', () => {
    const source = ['---', 'title: T', '---', '', '<Question q="Stray?">', '', 'Not in an FAQ.', '', '</Question>', '', '<FAQ>', '', '</FAQ>', ''].join('\n');
    expect(extractFaq(source)).toEqual([]);
    expect(extractFaq('---\ntitle: T\n---\n\nJust text.\n')).toEqual([]);
  });

  it('skips a question whose q is an expression rather than text', () => {
    const source = ['<FAQ>', '', '<Question q={"dynamic"}>', '', 'Answer.', '', '</Question>', '', '<Question q="Plain?">', '', 'Yes.', '', '</Question>', '', '</FAQ>', ''].join('\n');
    expect(extractFaq(source)).toEqual([{ id: 'plain', question: 'Plain?', answer: 'Yes.', line: 9 }]);
  });
});
