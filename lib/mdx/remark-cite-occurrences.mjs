// remark plugin (given to @next/mdx by file path, as Turbopack needs): numbers each <Cite id="x" />
// of an article by how many times x has been cited so far (occurrence="1", "2"...), so each citation
// link gets its own id and the list of sources can link back to every place that cites a source.

/** @param {{ type: string, name?: string, attributes?: { type: string, name?: string, value?: unknown }[], children?: unknown[] }} node */
function visit(node, counts) {
  if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Cite') {
    const id = node.attributes?.find((attribute) => attribute.name === 'id')?.value;
    if (typeof id === 'string') {
      const occurrence = (counts.get(id) ?? 0) + 1;
      counts.set(id, occurrence);
      node.attributes.push({ type: 'mdxJsxAttribute', name: 'occurrence', value: String(occurrence) });
    }
    return;
  }
  for (const child of node.children ?? []) visit(child, counts);
}

export default function remarkCiteOccurrences() {
  return (tree) => {
    visit(tree, new Map());
  };
}
