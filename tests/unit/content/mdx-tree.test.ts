import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mdxParser } from '@/lib/content/compile';
import { articlePaths, pagePaths } from '@/lib/content/files';
import { parseMdx } from '@/lib/content/mdx-tree';

describe('parseMdx, the one MDX parser of lib/content', () => {
  it('reads frontmatter, components, tables and expressions', () => {
    const tree = parseMdx('---\ntitle: T\n---\n\nText <Term id="iop">IOP</Term>.\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n{/* a note */}\n');
    expect(tree.children.map((node) => node.type)).toEqual(['yaml', 'paragraph', 'table', 'mdxFlowExpression']);
  });

  it('throws, with the place, on MDX it cannot read', () => {
    expect(() => parseMdx('Text <Callout>\n')).toThrow(/1:/);
  });

  // The loader reads with parseMdx, the content check with the compiler: they must see the same tree.
  it.each([...articlePaths(), ...pagePaths()].map((file) => [file.slice(process.cwd().length + 1), file]))('gives the compiler’s tree for %s', (_, file) => {
    const text = readFileSync(file, 'utf8');
    expect(parseMdx(text)).toEqual(mdxParser.parse(text));
  });
});
