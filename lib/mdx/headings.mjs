// Heading ids are the public contract behind every shared section link (/learn/<slug>#<id>).
// One function makes them, and both the MDX pipeline and the content loader call it, so the
// "On this page" list, the link checks and the rendered page can never disagree.
import { slug } from 'github-slugger';

/** `## Paying for care [#cost]` pins the id "cost" so the link survives a reworded heading. */
const PIN = /\s*\[#([a-z0-9][a-z0-9-]*)\]\s*$/;

/** Plain text of an mdast node (headings hold text, emphasis, code, links...). */
export function textOf(node) {
  if (!node) return '';
  if (typeof node.value === 'string' && node.type !== 'mdxjsEsm') return node.value;
  return Array.isArray(node.children) ? node.children.map(textOf).join('') : '';
}

/** Removes a trailing `[#id]` pin from a heading node (mutates it) and returns the pinned id. */
export function takePin(heading) {
  const last = heading.children?.[heading.children.length - 1];
  if (!last || last.type !== 'text') return undefined;
  const match = PIN.exec(last.value);
  if (!match) return undefined;
  last.value = last.value.slice(0, match.index);
  if (last.value === '') heading.children.pop();
  return match[1];
}

/**
 * Gives every h2-h6 in the tree a unique id (pinned ids win, others are GitHub-style slugs;
 * repeats get -1, -2 ... like GitHub) and returns the list of headings in document order.
 */
export function assignHeadingIds(tree) {
  const seen = new Set();
  const headings = [];
  const unique = (base) => {
    let id = base || 'section';
    for (let n = 1; seen.has(id); n += 1) id = `${base || 'section'}-${n}`;
    seen.add(id);
    return id;
  };
  const walk = (node) => {
    if (node.type === 'heading' && node.depth >= 2) {
      const pinned = takePin(node);
      const text = textOf(node).trim();
      const id = unique(pinned ?? slug(text));
      node.data = { ...node.data, id, hProperties: { ...node.data?.hProperties, id } };
      headings.push({ depth: node.depth, text, id, pinned: Boolean(pinned), line: node.position?.start.line });
      return;
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return headings;
}
