// remark plugin (given to @next/mdx by file path, as Turbopack needs): an id on every <Question> of an
// <FAQ>, after the headings have theirs (remark-heading-ids.mjs runs first), so none repeats one of them.
import { assignQuestionIds } from './question-ids.mjs';

const headingIds = (node, ids = []) => {
  if (node.type === 'heading' && node.data?.id) ids.push(node.data.id);
  for (const child of node.children ?? []) headingIds(child, ids);
  return ids;
};

export default function remarkQuestionIds() {
  return (tree) => {
    assignQuestionIds(tree, headingIds(tree));
  };
}
