// @ts-check
// Heading ids are the public contract behind every shared section link (/learn/<slug>#<id>).
// One function makes them, and both the MDX pipeline and the content loader call it, so the
// "On this page" list, the link checks and the rendered page can never disagree.
// Plain JavaScript checked by TypeScript (JSDoc types), as are the other files in lib/mdx: @next/mdx hands
// Turbopack the plugins as file paths and loads them with Node's own import(), which cannot load a .ts file.
import { slug } from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

/**
 * @typedef {import('mdast').Heading} Heading
 * @typedef {{ depth: number, text: string, id: string, pinned: boolean, line?: number, duplicatePin?: true }} HeadingId
 */

/** `## Paying for care [#cost]` pins the id "cost" so the link survives a reworded heading. */
const PIN = /\s*\[#([a-z0-9][a-z0-9-]*)\]\s*$/;

/**
 * The text a reader sees in a heading, as its id and the "On this page" list use it. An image's alt text
 * is left out: it is not shown in the heading's line of text.
 * @param {import('mdast').Nodes} node
 */
export const plainTextOf = (node) => toString(node, { includeImageAlt: false });

/**
 * Removes a trailing `[#id]` pin from a heading node (mutates it) and returns the pinned id.
 * @param {Heading} heading
 * @returns {string | undefined}
 */
export function takePin(heading) {
  const last = heading.children.at(-1);
  if (!last || last.type !== 'text') return undefined;
  const match = PIN.exec(last.value);
  if (!match) return undefined;
  last.value = last.value.slice(0, match.index);
  if (last.value === '') heading.children.pop();
  return match[1];
}

/**
 * Gives every h2-h6 in the tree a unique id and returns the headings in document order.
 * Pinned ids are reserved first, so a pin always keeps its id even when an earlier heading's text
 * slugs to the same words; other headings get GitHub-style slugs, repeats -1, -2 ... like GitHub.
 * A pin used twice cannot keep its id twice: the second is marked `duplicatePin` for the content check.
 * @param {import('mdast').Root} tree
 * @returns {HeadingId[]}
 */
export function assignHeadingIds(tree) {
  /** @type {{ node: Heading, pin: string | undefined }[]} */
  const nodes = [];
  visit(tree, 'heading', (node) => {
    if (node.depth >= 2) nodes.push({ node, pin: takePin(node) });
    return SKIP;
  });

  const reserved = new Set(nodes.map(({ pin }) => pin).filter(Boolean));
  const seen = new Set();

  return nodes.map(({ node, pin }) => {
    const text = plainTextOf(node).trim();
    let id;
    let duplicatePin = false;
    if (pin && !seen.has(pin)) {
      id = pin;
      seen.add(pin);
    } else {
      duplicatePin = Boolean(pin);
      const base = pin ?? (slug(text) || 'section');
      id = base;
      for (let n = 1; seen.has(id) || (!pin && reserved.has(id)); n += 1) id = `${base}-${n}`;
      seen.add(id);
    }
    node.data = { ...node.data, id, hProperties: { ...node.data?.hProperties, id } };
    return {
      depth: node.depth,
      text,
      id,
      pinned: Boolean(pin),
      line: node.position?.start.line,
      ...(duplicatePin ? { duplicatePin: /** @type {const} */ (true) } : {}),
    };
  });
}
