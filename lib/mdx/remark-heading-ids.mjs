// remark plugin (given to @next/mdx by file path, as Turbopack needs): ids on every heading.
import { assignHeadingIds } from './headings.mjs';

export default function remarkHeadingIds() {
  return (tree) => {
    assignHeadingIds(tree);
  };
}
