// @ts-check
// remark plugin (given to @next/mdx by file path, as Turbopack needs): an id on every <Question> of an
// <FAQ>, after the headings have theirs (remark-heading-ids.mjs runs first), so none repeats one of them.
import { visit } from 'unist-util-visit';
import { assignQuestionIds } from './question-ids.mjs';

/** @param {import('mdast').Root} tree */
function headingIds(tree) {
  /** @type {string[]} */
  const ids = [];
  visit(tree, 'heading', (node) => {
    if (node.data?.id) ids.push(node.data.id);
  });
  return ids;
}

/** @type {import('unified').Plugin<[], import('mdast').Root>} */
const remarkQuestionIds = () => (tree) => {
  assignQuestionIds(tree, headingIds(tree));
};

export default remarkQuestionIds;
