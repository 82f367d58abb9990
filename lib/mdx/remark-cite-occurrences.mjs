// @ts-check
// remark plugin (given to @next/mdx by file path, as Turbopack needs): numbers each <Cite id="x" />
// of an article by how many times x has been cited so far (occurrence="1", "2"...), so each citation
// link gets its own id and the list of sources can link back to every place that cites a source.
import { attributeOf, visitElements } from './jsx.mjs';

/** @type {import('unified').Plugin<[], import('mdast').Root>} */
const remarkCiteOccurrences = () => (tree) => {
  /** @type {Map<string, number>} */
  const counts = new Map();
  visitElements(tree, 'Cite', (node) => {
    const id = attributeOf(node, 'id');
    if (typeof id === 'string') {
      const occurrence = (counts.get(id) ?? 0) + 1;
      counts.set(id, occurrence);
      node.attributes.push({ type: 'mdxJsxAttribute', name: 'occurrence', value: String(occurrence) });
    }
  });
};

export default remarkCiteOccurrences;
