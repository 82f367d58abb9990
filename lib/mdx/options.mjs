// @ts-check
// The one list of MDX plugins. next.config.mjs hands it to @next/mdx as strings (Turbopack can only
// pass serialisable options to its loader, which resolves them from each MDX file's folder, so our
// own plugins are given by absolute path), and lib/content reads articles with the same list.
import { fileURLToPath } from 'node:url';

/** @param {string} file */
const local = (file) => fileURLToPath(new URL(file, import.meta.url));

/** @type {string[]} */
export const remarkPlugins = [
  'remark-frontmatter',
  'remark-gfm',
  local('./remark-heading-ids.mjs'),
  local('./remark-question-ids.mjs'),
  local('./remark-cite-occurrences.mjs'),
];
/** @type {string[]} */
export const rehypePlugins = [];
