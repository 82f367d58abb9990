import type { Heading, Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { assignHeadingIds, plainTextOf, takePin } from '@/lib/mdx/headings.mjs';

const parse = (markdown: string): Root => unified().use(remarkParse).use(remarkMdx).parse(markdown);

const idsOf = (markdown: string) => assignHeadingIds(parse(markdown)).map((heading) => heading.id);

const headingNodes = (tree: Root): Heading[] => tree.children.filter((node) => node.type === 'heading');

describe('assignHeadingIds', () => {
  it('makes a GitHub slug from the heading text', () => {
    expect(idsOf('## Who pays for care')).toEqual(['who-pays-for-care']);
  });

  it('drops punctuation and lower-cases', () => {
    expect(idsOf('## What is an IOP?')).toEqual(['what-is-an-iop']);
    expect(idsOf("## Don't wait: get help (now)")).toEqual(['dont-wait-get-help-now']);
  });

  it('uses the plain text of emphasis, code and links', () => {
    expect(idsOf('## The *first* `week` in [an IOP](/learn/x)')).toEqual(['the-first-week-in-an-iop']);
  });

  it('gives repeated headings -1, -2', () => {
    expect(idsOf('## Cost\n\n## Cost\n\n### Cost')).toEqual(['cost', 'cost-1', 'cost-2']);
  });

  it('pins an id with [#id] and removes the pin from the text', () => {
    const tree = parse('## Paying for care [#cost]');
    expect(assignHeadingIds(tree)).toEqual([{ depth: 2, text: 'Paying for care', id: 'cost', pinned: true, line: 1 }]);
    const [heading] = headingNodes(tree);
    expect(plainTextOf(heading!)).toBe('Paying for care');
  });

  it('pins an id after emphasis, dropping the text node that held only the pin', () => {
    const tree = parse('## Paying for *care* [#cost]');
    expect(assignHeadingIds(tree).map((h) => [h.id, h.text])).toEqual([['cost', 'Paying for care']]);
    expect(headingNodes(tree)[0]!.children.at(-1)!.type).toBe('emphasis');
  });

  it('a pinned id taken first makes a later heading with that slug get -1', () => {
    expect(idsOf('## Paying for care [#cost]\n\n## Cost')).toEqual(['cost', 'cost-1']);
  });

  // A pin keeps its id even when an earlier heading slugs to the same words.
  it('a pinned id wins over an earlier heading with the same slug', () => {
    expect(idsOf('## Cost\n\n## Paying for care [#cost]')).toEqual(['cost-1', 'cost']);
  });

  it('ignores a [#id] that is not at the end or is not a valid id', () => {
    expect(idsOf('## Pin [#cost] in the middle')).toEqual(['pin-cost-in-the-middle']);
    expect(idsOf('## Upper case pin [#Cost]')).toEqual(['upper-case-pin-cost']);
  });

  it('a heading with no letters gets "section"', () => {
    expect(idsOf('## ???\n\n## !!!')).toEqual(['section', 'section-1']);
  });

  it('ignores h1 and records the depth and line of h2 to h6', () => {
    const tree = parse('# Title\n\n## Two\n\n### Three\n\n###### Six');
    expect(assignHeadingIds(tree)).toEqual([
      { depth: 2, text: 'Two', id: 'two', pinned: false, line: 3 },
      { depth: 3, text: 'Three', id: 'three', pinned: false, line: 5 },
      { depth: 6, text: 'Six', id: 'six', pinned: false, line: 7 },
    ]);
    const [h1] = headingNodes(tree);
    expect(h1!.data).toBeUndefined();
  });

  it('writes the id onto the heading node for the HTML', () => {
    const tree = parse('## What is an IOP?');
    assignHeadingIds(tree);
    expect(headingNodes(tree)[0]!.data).toEqual({ id: 'what-is-an-iop', hProperties: { id: 'what-is-an-iop' } });
  });

  it('finds headings inside components', () => {
    expect(idsOf('<Callout type="info">\n\n## Inside\n\n</Callout>')).toEqual(['inside']);
  });

  it('starts again for each tree', () => {
    expect(idsOf('## Cost')).toEqual(['cost']);
    expect(idsOf('## Cost')).toEqual(['cost']);
  });
});

describe('takePin', () => {
  it('returns nothing for a heading without a pin', () => {
    const [heading] = headingNodes(parse('## Plain'));
    expect(takePin(heading!)).toBeUndefined();
    expect(plainTextOf(heading!)).toBe('Plain');
  });
});
