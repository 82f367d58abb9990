// @ts-check
// remark plugin (given to @next/mdx by file path, as Turbopack needs): ids on every heading.
import { assignHeadingIds } from './headings.mjs';

/** @type {import('unified').Plugin<[], import('mdast').Root>} */
const remarkHeadingIds = () => (tree) => {
  assignHeadingIds(tree);
};

export default remarkHeadingIds;
