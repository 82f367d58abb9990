import fc from 'fast-check';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { citationProblems, citationTargetProblems, collectCitations, glossaryCitationProblems } from '@/lib/content/citations';
import { claimIn } from '@/lib/content/claims';
import type { Source } from '@/lib/content/schema';
import { CITE_MARK, splitSentences } from '@/lib/content/sentences';

const parse = (text: string) => unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).use(remarkGfm).parse(text);

const source = (id: string, extra: Partial<Source> = {}): Source => ({ id, title: `Title of ${id}`, publisher: 'SAMHSA', url: `https://www.samhsa.gov/${id}`, year: 2024, type: 'government', ...extra });

/** The problems of an MDX body with these sources, in a compact form. */
function check(body: string, sources: Source[] = [source('a'), source('b')]) {
  return citationProblems({ file: 'x.mdx', sources, sourceLines: (index) => ({ line: 100 + index, column: 5 }) }, parse(body)).map(
    (problem) => `${problem.line}:${problem.column} ${problem.severity} ${problem.message}`,
  );
}

describe('claimIn: what makes a sentence a claim', () => {
  it.each([
    ['IOPs meet 9 or more hours a week.', '9'],
    ['About 68.1% stayed in treatment.', '68.1%'],
    ['A visit cost about $38.', '$38'],
    ['Since 2024, Medicare pays for it.', '2024'],
    ['A study looked at this.', 'study'],
    ['Studies agree.', 'Studies'],
    ['Researchers asked people.', 'Researchers'],
    ['The review found fewer relapses.', 'found'],
    ['The parity law covers it.', 'law'],
    ['A new rule took effect.', 'rule'],
    ['A court ruled on it.', 'court'],
    ['Nine in ten percent.', 'percent'],
  ])('%s -> %s', (sentence, claim) => {
    expect(claimIn(sentence)).toBe(claim);
  });

  it.each([
    'Call 911 if you are in danger.',
    'Call or text 988, or chat at 988lifeline.org.',
    'Text HOME to 741741.',
    'Call 1-800-662-HELP (4357) for free.',
    'Call the hotline on 1-800-799-7233.',
    'Text your ZIP code to 435748.',
    'Veterans can text 838255.',
    'Text START to 88788.',
    'It is free and open 24/7.',
    'It is open 24 hours a day, 7 days a week, 365 days a year.',
    'A 24-hour program is one kind of care.',
    'Some people join 12-step groups.',
    'Search FindTreatment.gov for programs.',
    'An IOP is a kind of outpatient care.',
    'Ask the program what it offers.',
  ])('%s is not a claim', (sentence) => {
    expect(claimIn(sentence)).toBeUndefined();
  });

  it('a number next to an exempt one still counts', () => {
    expect(claimIn('Call 988: it answered 5 million contacts.')).toBe('5');
  });

  it('any sentence with a digit outside the exemptions is a claim (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom('The program', 'Most people', 'A plan'), fc.integer({ min: 0, max: 9999 }), (words, number) => {
        expect(claimIn(`${words} had ${number} sessions.`)).toBe(String(number));
      }),
    );
  });
});

describe("splitSentences as the citation check uses it (any word starts a sentence)", () => {
  const split = (text: string) => splitSentences(text, { startsWith: 'anything' });
  const texts = (text: string) => split(text).map((sentence) => sentence.text);

  it('splits at . ! and ? followed by a space', () => {
    expect(texts('One. Two! Three? Four')).toEqual(['One.', 'Two!', 'Three?', 'Four']);
  });

  it('keeps a citation after the full stop with its sentence', () => {
    expect(texts(`One.${CITE_MARK}${CITE_MARK} Two.${CITE_MARK}`)).toEqual([`One.${CITE_MARK}${CITE_MARK}`, `Two.${CITE_MARK}`]);
  });

  it('does not split after common short forms', () => {
    expect(texts('Programs in the U.S. vary. Ask, e.g. about hours. Dr. Lee agrees.')).toEqual(['Programs in the U.S. vary.', 'Ask, e.g. about hours.', 'Dr. Lee agrees.']);
  });

  it('keeps closing quotes and brackets with the sentence, and reports where each starts', () => {
    expect(split('He said "stop." (Then he left.) Done')).toEqual([
      { text: 'He said "stop."', start: 0 },
      { text: '(Then he left.)', start: 16 },
      { text: 'Done', start: 32 },
    ]);
  });

  it('does not split a decimal number', () => {
    expect(texts('It was 68.1 percent. Next')).toEqual(['It was 68.1 percent.', 'Next']);
  });
});

describe('citationProblems', () => {
  it('passes a claim cited after its full stop, or inside the sentence', () => {
    expect(check('IOPs meet 9 hours a week.<Cite id="a" /> And 3 days.<Cite id="b" />')).toEqual([]);
    expect(check('IOPs meet 9 hours <Cite id="a" /> a week. Plain words here.<Cite id="b" />')).toEqual([]);
  });

  it('reports each uncited claim at its sentence, with the claim and the sources to choose from', () => {
    const problems = citationProblems(
      { file: 'x.mdx', sources: [source('a')], sourceLines: () => ({}) },
      parse('Plain words.<Cite id="a" /> A study found this.\nIt has 9 parts.'),
    );
    expect(problems).toEqual([
      {
        file: 'x.mdx',
        line: 1,
        column: 29,
        severity: 'error',
        message: 'This sentence has "study" but does not say where it comes from: "A study found this"',
        fix: 'Add <Cite id="..." /> after its full stop, with the id of the source it comes from (a), or write it without the claim. See "Citing sources" in content/README.md',
      },
      {
        file: 'x.mdx',
        line: 2,
        column: 1,
        severity: 'error',
        message: 'This sentence has "9" but does not say where it comes from: "It has 9 parts"',
        fix: 'Add <Cite id="..." /> after its full stop, with the id of the source it comes from (a), or write it without the claim. See "Citing sources" in content/README.md',
      },
    ]);
  });

  it('a citation covers only its own sentence', () => {
    expect(check('It has 9 parts. It has 3 more.<Cite id="a" /><Cite id="b" />')).toEqual(['1:1 error This sentence has "9" but does not say where it comes from: "It has 9 parts"']);
  });


  it('looks into list items, tables, callouts and FAQ answers, but not headings or code', () => {
    const body = [
      '## Step 1: 9 hours',
      '',
      '- It has 9 parts.',
      '- It has 3 parts.<Cite id="a" />',
      '',
      '| Level | Hours |',
      '| --- | --- |',
      '| IOP | 9 or more<Cite id="b" /> |',
      '| PHP | 20 or more |',
      '',
      '<Callout type="info">',
      '',
      'Most people go 3 times.',
      '',
      '</Callout>',
      '',
      '<FAQ>',
      '',
      '<Question q="How many hours, 9?">',
      '',
      'Usually 12.',
      '',
      '</Question>',
      '',
      '</FAQ>',
      '',
      '`code 42` is fine.<Cite id="a" />',
    ].join('\n');
    expect(check(body)).toEqual([
      '3:3 error This sentence has "9" but does not say where it comes from: "It has 9 parts"',
      '9:3 error This sentence has "20" but does not say where it comes from: "PHP; 20 or more"',
      '13:1 error This sentence has "3" but does not say where it comes from: "Most people go 3 times"',
      '21:1 error This sentence has "12" but does not say where it comes from: "Usually 12"',
    ]);
  });

  it('looks into components nested in list items and FAQ answers, with the place of each sentence', () => {
    const body = [
      '- A step:',
      '',
      '  <Callout type="info">',
      '',
      '  It takes 9 weeks.',
      '',
      '  </Callout>',
      '',
      '<FAQ>',
      '<Question q="How long?">',
      '',
      '<Callout type="info">',
      '',
      'Plain words. About 12 weeks.',
      '',
      '</Callout>',
      '',
      '</Question>',
      '</FAQ>',
    ].join('\n');
    expect(check(body, [])).toEqual([
      '5:3 error This sentence has "9" but does not say where it comes from: "It takes 9 weeks"',
      '14:14 error This sentence has "12" but does not say where it comes from: "About 12 weeks"',
    ]);
  });

  it('a citation anywhere in a table row, even inside emphasis, covers the row', () => {
    const table = (cell: string) => ['| Level | Hours |', '| --- | --- |', `| IOP | ${cell} |`].join('\n');
    expect(check(table('*9 or more<Cite id="a" />*'), [source('a')])).toEqual([]);
    expect(check(table('*9 or more*'), [source('a')])).toEqual([
      '3:3 error This sentence has "9" but does not say where it comes from: "IOP; 9 or more"',
      '100:5 warning The source "a" is listed but no sentence cites it',
    ]);
  });

  it('leaves inline code and notes out of a sentence, and reads a line break as a space', () => {
    expect(check('Run `npm 42` {/* a note with 7 */} now.\\\nThen stop.', [])).toEqual([]);
    expect(check('It has\\\n9 parts.', [])).toEqual(['1:1 error This sentence has "9" but does not say where it comes from: "It has 9 parts"']);
  });

  it('reads claims through emphasis, links and terms', () => {
    expect(check('**Most** [programs](/learn/x) have <Term id="iop">9 hours</Term>.', [])).toEqual([
      '1:3 error This sentence has "9" but does not say where it comes from: "Most programs have 9 hours"',
    ]);
  });

  it('warns about a listed source that nothing cites, on its line', () => {
    expect(check('Plain.<Cite id="a" />')).toEqual(['101:5 warning The source "b" is listed but no sentence cites it']);
  });

  it('needs a note on a provider source that backs a number, and only then', () => {
    const provider = source('p', { type: 'provider' });
    expect(check('7 in 10 finished.<Cite id="p" />', [provider])).toEqual(['100:5 error The source "p" is a provider or company, and a sentence with a number relies on it, but it has no note']);
    expect(check('7 in 10 finished.<Cite id="p" />', [{ ...provider, note: 'Study run by the company that offers the program' }])).toEqual([]);
    expect(check('The program says it is kind.<Cite id="p" />', [provider])).toEqual([]);
  });
});

describe('collectCitations and citationTargetProblems', () => {
  it('finds citations in reading order, with where they are and whether they stand alone', () => {
    expect(collectCitations(parse('One.<Cite id="b" /> Two.<Cite id="a" />\n\n<Cite id="a" />\n'))).toEqual([
      { id: 'b', line: 1, column: 5, standalone: false },
      { id: 'a', line: 1, column: 25, standalone: false },
      { id: 'a', line: 3, column: 1, standalone: true },
    ]);
  });

  it('finds citations inside lists, tables, emphasis and nested components, but not inside a citation', () => {
    const body = [
      '- One.<Cite id="a" />',
      '',
      '  <Callout type="info">',
      '',
      '  Two *in emphasis.<Cite id="b" />*',
      '',
      '  </Callout>',
      '',
      '| Level | Hours |',
      '| --- | --- |',
      '| IOP | 9<Cite id="c" /> |',
      '',
      '<Cite id="d"><Cite id="e" /></Cite>',
    ].join('\n');
    expect(collectCitations(parse(body))).toEqual([
      { id: 'a', line: 1, column: 7, standalone: false },
      { id: 'b', line: 5, column: 20, standalone: false },
      { id: 'c', line: 11, column: 10, standalone: false },
      { id: 'd', line: 13, column: 1, standalone: true },
    ]);
  });

  it('a citation of a source that is not listed names the closest one', () => {
    const problems = citationTargetProblems('x.mdx', collectCitations(parse('One.<Cite id="medicare-ip" />')), [source('medicare-iop'), source('samhsa')]);
    expect(problems).toEqual([
      {
        file: 'x.mdx',
        line: 1,
        column: 5,
        severity: 'error',
        message: '<Cite id="medicare-ip"> names a source this article does not list',
        fix: 'Did you mean <Cite id="medicare-iop" />? Use the id of one of the sources at the top of the file: medicare-iop, samhsa',
      },
    ]);
  });
});

describe('glossaryCitationProblems', () => {
  const entry = (definition: string, sources?: unknown[]) => ({ id: 'parity', definition, sources, line: 7 });

  it('a definition with a claim needs sources; with them, or without a claim, it passes', () => {
    expect(glossaryCitationProblems('content/glossary.yaml', [entry('A law from 2008.')])).toEqual([
      {
        file: 'content/glossary.yaml',
        line: 7,
        column: 3,
        severity: 'error',
        message: 'The definition of "parity" has "2008" but does not say where it comes from',
        fix: 'Add a "sources:" list to the entry, with the title, publisher, url, year and type of each source (see "The glossary" in content/README.md)',
      },
    ]);
    expect(glossaryCitationProblems('g.yaml', [entry('A law from 2008.', [source('x')])])).toEqual([]);
    expect(glossaryCitationProblems('g.yaml', [entry('Equal treatment of care.')])).toEqual([]);
  });
});
