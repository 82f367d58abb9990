// The questions and answers of an article's <FAQ>, taken from its syntax tree while the loader reads
// it, so FAQPage structured data needs no second parse. Pure.
import type { Root } from 'mdast';
import { plainTextOf } from '../mdx/headings.mjs';
import { attributeOf, faqQuestions } from '../mdx/jsx.mjs';

export interface FaqItem {
  /** Its link id (/learn/<slug>#<id>), given by lib/mdx/question-ids.mjs before this runs. */
  id: string;
  question: string;
  /** Plain text of the answer; paragraphs are separated by a blank line. */
  answer: string;
  /** The line of the file the question is on, for messages about its link. */
  line?: number;
}

/**
 * Every `<Question q="...">` inside a `<FAQ>`, in page order, once the tree's questions have their ids
 * (assignQuestionIds). Questions whose `q` is not plain text are skipped.
 */
export function faqFromTree(tree: Root): FaqItem[] {
  return faqQuestions(tree).flatMap((node) => {
    const [q, id] = [attributeOf(node, 'q'), attributeOf(node, 'id')];
    const answer = node.children
      .map((child) => plainTextOf(child).replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join('\n\n');
    if (typeof q !== 'string' || !q.trim() || !answer || typeof id !== 'string') return [];
    return [{ id, question: q.trim(), answer, ...(node.position ? { line: node.position.start.line } : {}) }];
  });
}
