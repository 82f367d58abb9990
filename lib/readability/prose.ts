// The reader-visible prose of an MDX article, as plain text, for readability scores.
// Kept: paragraphs, headings, list items, link text, text inside components (<Callout>, <Question>
// answers, <Term>...), a <Question>'s q and a <Callout>'s title. Dropped: frontmatter (which holds
// the sources), code, inline code, imports/exports, {expressions}, tables, images and raw HTML.
// Each block (paragraph, heading, list item, question, callout title) ends as its own sentence, so a
// heading or a list item does not run into the next sentence and inflate the grade.
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

interface Node {
  type: string;
  name?: string | null;
  depth?: number;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).use(remarkGfm);

/** Nodes whose text the reader does not see as prose. */
const DROPPED = new Set([
  'yaml',
  'toml',
  'code',
  'inlineCode',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'table',
  'html',
  'image',
  'imageReference',
  'definition',
  'footnoteReference',
  'footnoteDefinition',
  'thematicBreak',
]);

/** Nodes that hold phrasing (inline) content: each becomes one block of text. */
const BLOCKS = new Set(['paragraph', 'heading']);

/** Attributes that are shown to the reader as a heading of the component. */
const VISIBLE_ATTRIBUTES: Record<string, readonly string[]> = {
  Question: ['q'],
  Callout: ['title'],
};

/** Ends a block as a sentence: keeps . ? ! (before closing quotes or brackets), else adds a full stop. */
export function asSentence(text: string): string {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (!trimmed) return '';
  if (/[.?!]["'”’)\]]*$/.test(trimmed)) return trimmed;
  return `${trimmed.replace(/[\s:;,\-–—]+$/, '')}.`;
}

function inlineText(node: Node): string {
  if (DROPPED.has(node.type)) return '';
  if (node.type === 'text') return String(node.value ?? '');
  if (node.type === 'break') return ' ';
  return (node.children ?? []).map(inlineText).join('');
}

/** One block of prose; a heading's block also has its depth (2 for ##), so text can be split by section. */
export interface ProseBlock {
  text: string;
  depth?: number;
}

function collect(node: Node, blocks: ProseBlock[]): void {
  if (DROPPED.has(node.type)) return;
  if (BLOCKS.has(node.type)) {
    const text = asSentence(inlineText(node));
    if (text) blocks.push(node.type === 'heading' ? { text, depth: Number(node.depth ?? 1) } : { text });
    return;
  }
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    for (const name of VISIBLE_ATTRIBUTES[node.name ?? ''] ?? []) {
      const attribute = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
      if (typeof attribute?.value === 'string') {
        const text = asSentence(attribute.value);
        if (text) blocks.push({ text });
      }
    }
  }
  // A list item, a blockquote, a component or the root: its children are blocks (or, for a
  // component used inline at block level, phrasing that we treat as one block).
  const children = node.children ?? [];
  if (children.length > 0 && children.every((child) => isPhrasing(child))) {
    const text = asSentence(children.map(inlineText).join(''));
    if (text) blocks.push({ text });
    return;
  }
  for (const child of children) collect(child, blocks);
}

function isPhrasing(node: Node): boolean {
  return ['text', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'break', 'mdxJsxTextElement', 'inlineCode', 'mdxTextExpression'].includes(node.type);
}

/** The blocks of reader-visible prose of an MDX article in document order, headings marked with their depth. */
export function proseParts(source: string): ProseBlock[] {
  return prosePartsOfTree(processor.parse(source));
}

/** The same, from an article already parsed to mdast (the content check has one: no second parse). */
export function prosePartsOfTree(tree: unknown): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  collect(tree as Node, blocks);
  return blocks;
}

/** The blocks of reader-visible prose of an MDX article, each ending as a sentence. */
export function proseBlocks(source: string): string[] {
  return proseParts(source).map((block) => block.text);
}

/** The reader-visible prose of an MDX article, one block per line. */
export function proseOf(source: string): string {
  return proseOfTree(processor.parse(source));
}

/** The same, from an article already parsed to mdast. */
export function proseOfTree(tree: unknown): string {
  return prosePartsOfTree(tree)
    .map((block) => block.text)
    .join('\n');
}
