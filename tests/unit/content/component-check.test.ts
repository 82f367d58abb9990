// One component of an article's text, checked on its own: what it adds to the article and what an editor reads.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/lib/content/parse';
import { formatProblem } from '@/lib/content/problems';

const read = (body: string) => parseArticle('content/x.mdx', `---\ntitle: X\n---\n\n${body}\n`, { page: true });
const messages = (body: string) => read(body).problems.map(formatProblem);

describe('checkComponent', () => {
  it('reports wrong settings in the order written, then the missing ones in the order the component lists them', () => {
    expect(messages('<Callout tone="info" type="loud" titel="x">\n\nText.\n\n</Callout>')).toEqual([
      'content/x.mdx:5:1 <Callout> has no "tone" setting. Did you mean type="..."?',
      'content/x.mdx:5:1 <Callout type="loud"> is not a type that exists. Use one of: type="info", type="warning", type="urgent".',
      'content/x.mdx:5:1 <Callout> has no "titel" setting. Did you mean title="..."?',
    ]);
    expect(messages('<Question>\n\nAn answer.\n\n</Question>')).toEqual(['content/x.mdx:5:1 <Question> needs a q. Add q="..." (the question, as a reader would ask it).']);
  });

  it('adds a plain link to a page of the site and a glossary term, with where they are', () => {
    const article = read('See <a href="/learn/faq">the FAQ</a>, <a href="https://example.org">this</a> and <Term id="php">PHP</Term>.');
    expect(article.links).toEqual([{ url: '/learn/faq', line: 5, column: 5 }]);
    expect(article.terms).toEqual([{ id: 'php', line: 5, column: 82 }]);
    expect(article.problems).toEqual([]);
  });

  it('leaves fragments and plain HTML tags alone, but names the component a lower-case tag meant', () => {
    expect(messages('<>Text</> and <span>more</span>.')).toEqual([]);
    expect(messages('<callout type="info">\n\nText.\n\n</callout>')).toEqual(['content/x.mdx:5:1 <callout> is written in lower case, so it is not the <Callout> component. Write <Callout>: component names start with a capital letter.']);
  });
});

describe('names an editor may write that every JavaScript object has', () => {
  it('are unknown settings and components, not a crash or a silent pass', () => {
    expect(messages('<Callout type="info" constructor="x" toString="y">\n\nText.\n\n</Callout>')).toEqual([
      'content/x.mdx:5:1 <Callout> has no "constructor" setting. Its settings are: type, title.',
      'content/x.mdx:5:1 <Callout> has no "toString" setting. Its settings are: type, title.',
    ]);
    expect(messages('<Question q="Why?" hasOwnProperty="no">\n\nBecause.\n\n</Question>')).toEqual(['content/x.mdx:5:1 <Question> has no "hasOwnProperty" setting. Its settings are: q, id.']);
    expect(messages('<Constructor />')).toEqual([expect.stringMatching(/^content\/x\.mdx:5:1 There is no component called <Constructor>\./)]);
  });
});
