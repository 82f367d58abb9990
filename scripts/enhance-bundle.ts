// public/enhance.js is lib/enhance/enhance.ts and what it imports, bundled and minified: the source stays
// typed and documented, and the served file stays far under its 2 KB gzip budget. `npm run enhance`
// (scripts/enhance.ts) writes it after an edit, and tests/unit/documents/enhance.test.ts fails when it differs
// from a fresh build, so the file served is always the one tested. It is committed, so `next dev`, `next build`
// and a fresh clone need no step of their own. This module sits in scripts/, not lib/, because esbuild is a
// development tool that the site never loads (the production install leaves it out).
import path from 'node:path';
import { buildSync } from 'esbuild';

export const enhanceEntry = path.join(process.cwd(), 'lib', 'enhance', 'enhance.ts');
export const enhanceServed = path.join(process.cwd(), 'public', 'enhance.js');

const banner =
  '/* IOP Guide: lib/enhance/enhance.ts, bundled and minified by `npm run enhance`. Edit the source, not this file. */';

/** The served file, built from the source: one minified ES module for browsers from 2020 on. */
export function buildEnhanceScript(): string {
  const result = buildSync({
    entryPoints: [enhanceEntry],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2020',
    banner: { js: banner },
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
