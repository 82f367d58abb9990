// public/enhance.js is lib/enhance/enhance.js minified (the source is documented; the served file must stay
// under 2 KB gzip). `npm run enhance` (lib/enhance/cli.ts) writes it after an edit, and tests/unit/documents/enhance.test.ts fails
// when the two differ, so the file served is always the one tested. Committed, so `next dev`, `next build`
// and a fresh clone need no step of their own.
import path from 'node:path';
import { transformSync } from 'esbuild';

export const enhanceSource = path.join(process.cwd(), 'lib', 'enhance', 'enhance.js');
export const enhanceServed = path.join(process.cwd(), 'public', 'enhance.js');

const banner = '/* IOP Guide: lib/enhance/enhance.js, minified by `npm run enhance`. Edit that file, not this one. */';

/** The served file for a source text: minified ES module, browsers from 2020 on (modules, optional chaining). */
export function minifyEnhanceScript(source: string): string {
  return transformSync(source, { format: 'esm', minify: true, target: 'es2020', banner, legalComments: 'none' }).code;
}
