// @ts-check
// Finding the MDX components (<FAQ>, <Question>, <Cite>...) of an article's syntax tree, for the plugins
// and the loader alike.
import { CONTINUE, SKIP, visit } from 'unist-util-visit';

/** @typedef {import('mdast-util-mdx-jsx').MdxJsxFlowElement | import('mdast-util-mdx-jsx').MdxJsxTextElement} MdxJsxElement */

/** A component is one of these nodes, as a block or inside a sentence. */
const JSX_ELEMENTS = /** @type {const} */ (['mdxJsxFlowElement', 'mdxJsxTextElement']);

/**
 * Calls `visitor` with every <name> component inside `tree` (as a block or inside a sentence), in page
 * order. What is inside one is not searched for another.
 * @param {import('mdast').Root | MdxJsxElement} tree
 * @param {string} name
 * @param {(node: MdxJsxElement) => void} visitor
 */
export function visitElements(tree, name, visitor) {
  visit(tree, JSX_ELEMENTS, (node) => {
    if (node.name !== name) return CONTINUE;
    visitor(node);
    return SKIP;
  });
}

/**
 * The value of a component's attribute (`id="cost"`), if it is written: a string, or an object for {an expression}.
 * @param {MdxJsxElement} node
 * @param {string} name
 */
export const attributeOf = (node, name) =>
  node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === name)?.value;

/**
 * Every <Question> inside an <FAQ>, in page order (a <Question> anywhere else is not one of its answers).
 * @param {import('mdast').Root} tree
 * @returns {MdxJsxElement[]}
 */
export function faqQuestions(tree) {
  /** @type {MdxJsxElement[]} */
  const questions = [];
  visitElements(tree, 'FAQ', (faq) => visitElements(faq, 'Question', (question) => questions.push(question)));
  return questions;
}
