// `npm run enhance`: writes public/enhance.js from lib/enhance/enhance.js (see ./build.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { enhanceServed, enhanceSource, minifyEnhanceScript } from './build';

const served = minifyEnhanceScript(readFileSync(enhanceSource, 'utf8'));
writeFileSync(enhanceServed, served);
console.log(`Wrote ${path.relative(process.cwd(), enhanceServed)} (${gzipSync(served).length} bytes gzip) from ${path.relative(process.cwd(), enhanceSource)}.`);
