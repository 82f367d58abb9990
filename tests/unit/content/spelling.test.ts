import { describe, expect, it } from 'vitest';
import { parseMdx } from '@/lib/content/mdx-tree';
import { shownTextOf } from '@/lib/content/spelling';

const shown = (mdx: string) => shownTextOf(parseMdx(mdx)).map(({ value, line, column }) => `${line}:${column} ${value}`);

describe('shownTextOf: the words readers see, with where they are', () => {
  it('reads paragraphs, headings, list items, table cells, links and the text inside components', () => {
    const mdx = [
      '## A heading',
      '',
      '- An item with [a link](/learn/x) and **bold words**',
      '',
      '| Level | Hours |',
      '| --- | --- |',
      '| IOP | nine |',
      '',
      '<Callout type="info">',
      '',
      'Inside a callout with <Term id="iop">a term</Term>.',
      '',
      '</Callout>',
      '',
      '<FAQ>',
      '<Question q="A question?">',
      '',
      '- A list in an answer',
      '',
      '</Question>',
      '</FAQ>',
    ].join('\n');
    expect(shown(mdx)).toEqual([
      '1:4 A heading',
      '3:3 An item with ',
      '3:17 a link',
      '3:34  and ',
      '3:41 bold words',
      '5:3 Level',
      '5:11 Hours',
      '7:3 IOP',
      '7:9 nine',
      '11:1 Inside a callout with ',
      '11:38 a term',
      '11:51 .',
      '18:3 A list in an answer',
    ]);
  });

  it('leaves out the frontmatter, code, inline code, imports, {expressions} and link definitions', () => {
    const mdx = [
      '---',
      'title: Not read here',
      '---',
      "import { X } from './x';",
      '',
      'Words `code words` {/* a note */} more.',
      '',
      '```',
      'code block',
      '```',
      '',
      '[name]: /learn/x "A title"',
    ].join('\n');
    expect(shown(mdx)).toEqual(['6:1 Words ', '6:19  ', '6:34  more.']);
  });
});
