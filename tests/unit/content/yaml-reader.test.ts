// One YAML reader (lib/content/yaml-file.ts) for every content file an editor writes in YAML: the frontmatter,
// glossary.yaml, redirects.yaml. It keeps line numbers, so a mistake in any of them is reported on its line;
// a second way of reading YAML in lib/ would lose them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const lib = fileURLToPath(new URL('../../../lib', import.meta.url));

describe('reading YAML', () => {
  it('is done only by readYaml in lib/content/yaml-file.ts', () => {
    const readers = readdirSync(lib, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(ts|mjs|cjs|js)$/.test(entry.name))
      .map((entry) => path.relative(lib, path.join(entry.parentPath, entry.name)))
      .filter((file) => /\b(?:parse|parseDocument|parseAllDocuments|Parser|Composer)\b[^;]*from 'yaml'|require\('yaml'\)/.test(readFileSync(path.join(lib, file), 'utf8')));
    expect(readers).toEqual(['content/yaml-file.ts']);
  });
});
