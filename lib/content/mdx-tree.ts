// The one MDX parser of lib/content: the syntax tree (mdast) of an article's text, for the loader, search and
// the readability scores. It reads what the site's compiler reads (MDX with frontmatter and GitHub tables:
// remark-frontmatter and remark-gfm, as in lib/mdx/options.mjs), without loading the compiler, which the
// page loader must not. The content check parses with the compiler itself (compile.ts); a test keeps the two
// trees the same (tests/unit/content/mdx-tree.test.ts).
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).use(remarkGfm);

/** The syntax tree of an MDX text. Throws (a VFileMessage with its place) when the MDX cannot be read. */
export function parseMdx(text: string): Root {
  return processor.parse(text);
}
