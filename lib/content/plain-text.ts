// The reader-visible prose of an MDX article, as plain text: what search indexes and readability scores.
// Kept: paragraphs, headings, list items, link text, text inside components (<Callout>, <Question>
// answers, <Term>...), a <Question>'s q and a <Callout>'s title. Dropped: frontmatter (which holds
// the sources), code, inline code, imports/exports, {expressions}, tables, images and raw HTML.
// Each block (paragraph, heading, list item, question, callout title) ends as its own sentence, so a
// heading or a list item does not run into the next sentence and inflate the grade.
import type { Nodes, Root } from 'mdast';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { parseMdx } from './mdx-tree';
import { endsAsSentence } from './sentences';

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

/** Attributes that are shown to the reader as a heading of the component. */
const VISIBLE_ATTRIBUTES: ReadonlyMap<string, readonly string[]> = new Map([
  ['Question', ['q']],
  ['Callout', ['title']],
]);

/** Ends a block as a sentence: keeps . ? ! (before closing quotes or brackets), else adds a full stop. */
export function asSentence(text: string): string {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (!trimmed) return '';
  if (endsAsSentence(trimmed)) return trimmed;
  return `${trimmed.replace(/[\s:;,\-–—]+$/, '')}.`;
}

/** The text of phrasing (inline) content; a line break is a space. */
function inlineText(node: Nodes): string {
  let text = '';
  visit(node, (child) => {
    if (DROPPED.has(child.type)) return SKIP;
    if (child.type === 'text') text += child.value;
    else if (child.type === 'break') text += ' ';
    return CONTINUE;
  });
  return text;
}

/** One block of prose; a heading's block also has its depth (2 for ##), so text can be split by section. */
export interface ProseBlock {
  text: string;
  depth?: number;
}

/** Adds the blocks of one node of the tree (not of its children, which are visited after it) to `blocks`. */
function blocksOf(node: Nodes, blocks: ProseBlock[]): typeof CONTINUE | typeof SKIP {
  if (DROPPED.has(node.type)) return SKIP;
  if (node.type === 'paragraph' || node.type === 'heading') {
    const text = asSentence(inlineText(node));
    if (text) blocks.push(node.type === 'heading' ? { text, depth: node.depth } : { text });
    return SKIP;
  }
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    for (const name of VISIBLE_ATTRIBUTES.get(node.name ?? '') ?? []) {
      const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
      if (typeof attribute?.value === 'string') {
        const text = asSentence(attribute.value);
        if (text) blocks.push({ text });
      }
    }
  }
  // A list item, a blockquote, a component or the root: its children are blocks (or, for a
  // component used inline at block level, phrasing that we treat as one block).
  const children: Nodes[] = 'children' in node ? node.children : [];
  if (children.length > 0 && children.every(isPhrasing)) {
    const text = asSentence(children.map(inlineText).join(''));
    if (text) blocks.push({ text });
    return SKIP;
  }
  return CONTINUE;
}

const PHRASING = new Set(['text', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'break', 'mdxJsxTextElement', 'inlineCode', 'mdxTextExpression']);

const isPhrasing = (node: Nodes): boolean => PHRASING.has(node.type);

/** The blocks of reader-visible prose of an MDX article in document order, headings marked with their depth. */
export function proseParts(source: string): ProseBlock[] {
  return prosePartsOfTree(parseMdx(source));
}

/** The same, from an article already parsed to mdast (the content check has one: no second parse). */
export function prosePartsOfTree(tree: Root): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  visit(tree, (node) => blocksOf(node, blocks));
  return blocks;
}

/** The blocks of reader-visible prose of an MDX article, each ending as a sentence. */
export function proseBlocks(source: string): string[] {
  return proseParts(source).map((block) => block.text);
}

/** The reader-visible prose of an MDX article, one block per line. */
export function proseOf(source: string): string {
  return proseOfTree(parseMdx(source));
}

/** The same, from an article already parsed to mdast. */
export function proseOfTree(tree: Root): string {
  return prosePartsOfTree(tree)
    .map((block) => block.text)
    .join('\n');
}
