// `npm run enhance`: writes public/enhance.js from lib/enhance/enhance.ts (bundled by ./enhance-bundle.ts).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildEnhanceScript, enhanceEntry, enhanceServed } from './enhance-bundle';

const served = buildEnhanceScript();
writeFileSync(enhanceServed, served);
console.log(
  `Wrote ${path.relative(process.cwd(), enhanceServed)} (${gzipSync(served).length} bytes gzip) from ${path.relative(process.cwd(), enhanceEntry)}.`,
);
