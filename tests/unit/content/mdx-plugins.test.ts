// The remark plugins the build runs (lib/mdx/options.mjs), run here as the build runs them: typed unified
// plugins over one tree, in the listed order.
import { execFileSync } from 'node:child_process';
import type { Heading, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { plainTextOf } from '@/lib/mdx/headings.mjs';
import { attributeOf, faqQuestions } from '@/lib/mdx/jsx.mjs';
import { rehypePlugins, remarkPlugins } from '@/lib/mdx/options.mjs';
import remarkCiteOccurrences from '@/lib/mdx/remark-cite-occurrences.mjs';
import remarkHeadingIds from '@/lib/mdx/remark-heading-ids.mjs';
import remarkQuestionIds from '@/lib/mdx/remark-question-ids.mjs';

const run = (markdown: string): Root => {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkHeadingIds).use(remarkQuestionIds).use(remarkCiteOccurrences);
  return processor.runSync(processor.parse(markdown));
};

const elements = (tree: Root, name: string) => {
  const found: (MdxJsxFlowElement | MdxJsxTextElement)[] = [];
  visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'] as const, (node) => {
    if (node.name === name) found.push(node);
  });
  return found;
};

describe('the remark plugins', () => {
  it('give headings their ids, then questions ids that never repeat a heading\'s', () => {
    const tree = run('## Common questions\n\n<FAQ>\n\n<Question q="Common questions">\n\nYes.\n\n</Question>\n\n</FAQ>\n');
    const headings: Heading[] = [];
    visit(tree, 'heading', (node) => void headings.push(node));
    expect(headings.map((heading) => heading.data)).toEqual([{ id: 'common-questions', hProperties: { id: 'common-questions' } }]);
    expect(elements(tree, 'Question').map((question) => attributeOf(question, 'id'))).toEqual(['common-questions-1']);
  });

  it('number each citation of a source by how often that source was cited before, inside sentences and blocks alike', () => {
    const tree = run('One.<Cite id="a" /> Two.<Cite id="b" />\n\n<Callout type="info">\n\nThree.<Cite id="a" />\n\n</Callout>\n\n<Cite id="a" />\n');
    const numbered = elements(tree, 'Cite').map((cite) => `${attributeOf(cite, 'id')}:${attributeOf(cite, 'occurrence')}`);
    expect(numbered).toEqual(['a:1', 'b:1', 'a:2', 'a:3']);
  });

  it('leave a <Cite> without a written id unnumbered', () => {
    const tree = run('One.<Cite id={"a"} /> Two.<Cite />\n');
    expect(elements(tree, 'Cite').map((cite) => attributeOf(cite, 'occurrence'))).toEqual([undefined, undefined]);
  });

  // @next/mdx loads plugins given as paths with Node's own import(), which cannot load TypeScript: the
  // plugins stay JavaScript (type-checked through JSDoc), and this keeps them loadable that way.
  it('are files Node itself can import, as @next/mdx loads them', () => {
    const local = [...remarkPlugins, ...rehypePlugins].filter((plugin) => plugin.startsWith('/'));
    expect(local.length).toBe(3);
    const script = `for (const file of ${JSON.stringify(local)}) { const m = await import(file); if (typeof m.default !== 'function') throw new Error(file); }`;
    expect(() => execFileSync(process.execPath, ['--input-type=module', '-e', script], { stdio: 'pipe' })).not.toThrow();
  });
});

describe('faqQuestions', () => {
  it('finds the <Question>s of every <FAQ> in page order, not one outside an FAQ nor one inside another', () => {
    const tree = unified()
      .use(remarkParse)
      .use(remarkMdx)
      .parse(
        [
          '<Question q="stray" />',
          '<FAQ>\n\n<Question q="one">\n\n<Question q="nested" />\n\n</Question>\n\n<Callout type="info">\n\n<Question q="two" />\n\n</Callout>\n\n</FAQ>',
          '<FAQ>\n\n<Question q="three" />\n\n</FAQ>',
        ].join('\n\n'),
      );
    expect(faqQuestions(tree).map((question) => attributeOf(question, 'q'))).toEqual(['one', 'two', 'three']);
  });
});

describe('plainTextOf', () => {
  it('is the text of emphasis, code, links and components, without an image\'s alt text', () => {
    const tree = unified().use(remarkParse).use(remarkMdx).parse('## A *first* `week` in [an IOP](/x) with <Term id="php">PHP</Term> ![a chart](/c.png)');
    expect(plainTextOf(tree.children[0]!)).toBe('A first week in an IOP with PHP ');
  });
});
