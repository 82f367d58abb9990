// Compiles each article as the build does: @mdx-js/mdx with the site's own plugin list
// (lib/mdx/options.mjs), so a mistake that only shows when the page is built (two `export default`s,
// a plugin that fails) is reported with its line by the content check too.
// Only the content check imports this module: the page loader must not load the MDX compiler.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProcessor } from '@mdx-js/mdx';
import { rehypePlugins, remarkPlugins } from '../mdx/options.mjs';
import { compileAdvice } from './error-map';
import type { Problem } from './problems';

type PluginEntry = string | [string, unknown];

/** Loads a plugin given by name or by absolute path, as @next/mdx does for the build. */
async function load(entry: PluginEntry) {
  const [specifier, options] = Array.isArray(entry) ? entry : [entry];
  const url = path.isAbsolute(specifier) ? pathToFileURL(specifier).href : specifier;
  const loaded = (await import(url)) as { default?: unknown };
  const plugin = loaded.default ?? loaded;
  return options === undefined ? plugin : [plugin, options];
}

// The check is synchronous (next.config.mjs and the tests call it so), so the plugins are loaded
// once, when this module is first imported.
const [remark, rehype] = await Promise.all([
  Promise.all((remarkPlugins as PluginEntry[]).map(load)),
  Promise.all((rehypePlugins as PluginEntry[]).map(load)),
]);

type Plugins = NonNullable<Parameters<typeof createProcessor>[0]>['remarkPlugins'];
const mdx = createProcessor({ remarkPlugins: remark as Plugins, rehypePlugins: rehype as Plugins });

/**
 * Parses MDX exactly as the compiler does. The check reads this tree for its own checks and then
 * compiles it, so each file is parsed once (compile = parse + run + stringify).
 */
export const mdxParser = { parse: (source: string): unknown => mdx.parse(source) };

/** Finishes compiling a tree from `mdxParser` (it is changed on the way); returns the error, if any. */
export function compileProblems(file: string, source: string, tree: unknown): Problem[] {
  try {
    // Its types say the tree is already JavaScript (a quirk of how @mdx-js/mdx builds the processor).
    mdx.stringify(mdx.runSync(tree as Parameters<typeof mdx.runSync>[0], source));
    return [];
  } catch (thrown) {
    const { line, column, message, fix } = compileAdvice(thrown);
    return [{ file, line, column, severity: 'error', message, fix }];
  }
}
