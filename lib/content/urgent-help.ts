// Whether an article already ends with urgent help of its own: a <Callout type="urgent"> in its last
// section (from its last "##" heading to the end). The article page then adds no second block, so a
// reader meets the crisis numbers once at the end, not twice in a row. Pure: reads the syntax tree.

interface Node {
  type: string;
  name?: string | null;
  depth?: number;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

const isUrgentCallout = (node: Node): boolean =>
  (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
  node.name === 'Callout' &&
  (node.attributes ?? []).some((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'type' && attribute.value === 'urgent');

const contains = (node: Node, test: (node: Node) => boolean): boolean => test(node) || (node.children ?? []).some((child) => contains(child, test));

/** True when the last section of the article (or the whole text, if it has no "##" heading) has an urgent callout. */
export function endsWithUrgentHelp(tree: unknown): boolean {
  const blocks = (tree as Node).children ?? [];
  const lastSection = blocks.findLastIndex((node) => node.type === 'heading' && node.depth === 2);
  return blocks.slice(Math.max(0, lastSection)).some((node) => contains(node, isUrgentCallout));
}
