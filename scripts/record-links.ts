// `npm run links:record`: adds every current article and section link to content/published-links.txt.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readContent } from '../lib/content/loader';
import { linkTargets } from '../lib/links/published';
import { parseRegistry, recordLinks, registryFile } from '../lib/links/registry';

const file = path.join(process.cwd(), registryFile);
const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
const after = recordLinks(before, linkTargets(readContent().articles));
writeFileSync(file, after);
const added = parseRegistry(after).length - parseRegistry(before).length;
// Lines are only ever added (and their words brought up to date), never removed.
console.log(
  `${registryFile}: ${added} new ${added === 1 ? 'link' : 'links'} recorded, ${parseRegistry(after).length} in all.`,
);
