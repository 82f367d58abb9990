// The address of public/enhance.js, the site's one script on document pages. It carries a hash of the
// file, so a cache (the browser's, nginx's, a CDN's) never pairs a new page with an old script.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Where the script is served from (public/enhance.js). lib/documents/strip.ts keeps only this script. */
export const enhanceScriptPath = '/enhance.js';

let cached: string | undefined;

/** `/enhance.js?v=<first 10 hex digits of its SHA-256>`; read again on every call in development. */
export function enhanceScriptSrc(publicDir = path.join(process.cwd(), 'public')): string {
  if (cached && process.env.NODE_ENV === 'production') return cached;
  const hash = createHash('sha256')
    .update(readFileSync(path.join(publicDir, enhanceScriptPath)))
    .digest('hex')
    .slice(0, 10);
  cached = `${enhanceScriptPath}?v=${hash}`;
  return cached;
}
