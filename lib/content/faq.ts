// The questions and answers of an article's <FAQ>, taken from its syntax tree while the loader reads
// it, so FAQPage structured data needs no second parse. Pure.
import { textOf } from '../mdx/headings.mjs';

export interface FaqItem {
  /** Its link id (/learn/<slug>#<id>), given by lib/mdx/question-ids.mjs before this runs. */
  id: string;
  question: string;
  /** Plain text of the answer; paragraphs are separated by a blank line. */
  answer: string;
  /** The line of the file the question is on, for messages about its link. */
  line?: number;
}

interface Node {
  type: string;
  position?: { start: { line: number } };
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

const isElement = (node: Node, name: string) => (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name;

/**
 * Every `<Question q="...">` inside a `<FAQ>`, in page order, once the tree's questions have their ids
 * (assignQuestionIds). Questions whose `q` is not plain text are skipped.
 */
export function faqFromTree(tree: unknown): FaqItem[] {
  const items: FaqItem[] = [];
  const walk = (node: Node, insideFaq: boolean) => {
    if (insideFaq && isElement(node, 'Question')) {
      const value = (name: string) => node.attributes?.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === name)?.value;
      const [q, id] = [value('q'), value('id')];
      const answer = (node.children ?? []).map((child) => (textOf(child) as string).replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n\n');
      if (typeof q === 'string' && q.trim() && answer && typeof id === 'string') items.push({ id, question: q.trim(), answer, ...(node.position ? { line: node.position.start.line } : {}) });
      return;
    }
    const inside = insideFaq || isElement(node, 'FAQ');
    for (const child of node.children ?? []) walk(child, inside);
  };
  walk(tree as Node, false);
  return items;
}
