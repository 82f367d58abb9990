// Whether an article already ends with urgent help of its own: a <Callout type="urgent"> in its last
// section (from its last "##" heading to the end). The article page then adds no second block, so a
// reader meets the crisis numbers once at the end, not twice in a row. Pure: reads the syntax tree.
import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { CONTINUE, EXIT, visit } from 'unist-util-visit';

const isUrgentCallout = (element: MdxJsxFlowElement | MdxJsxTextElement): boolean =>
  element.name === 'Callout' && element.attributes.some((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'type' && attribute.value === 'urgent');

/** Whether there is an urgent callout in `node` or anywhere inside it (inside another component or a list too). */
function hasUrgentCallout(node: Nodes): boolean {
  let found = false;
  visit(node, ['mdxJsxFlowElement', 'mdxJsxTextElement'] as const, (element) => {
    if (!isUrgentCallout(element)) return CONTINUE;
    found = true;
    return EXIT;
  });
  return found;
}

/** True when the last section of the article (or the whole text, if it has no "##" heading) has an urgent callout. */
export function endsWithUrgentHelp(tree: Root): boolean {
  const blocks = tree.children;
  const lastSection = blocks.findLastIndex((node) => node.type === 'heading' && node.depth === 2);
  return blocks.slice(Math.max(0, lastSection)).some(hasUrgentCallout);
}
