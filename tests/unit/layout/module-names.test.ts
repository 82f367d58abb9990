// Names that mean one thing: a module in lib/ is named for what it does, and an importer imports that module,
// not a file that passes on other files' exports (one name for each thing, one place to look for it).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.cwd();

function modules(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return modules(relative);
    return /\.(?:ts|tsx|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [relative] : [];
  });
}

/** Whether a module's code is nothing but `export ... from '...'` lines. */
function onlyReExports(text: string): boolean {
  const code = text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .trim();
  const statements = code.split(/;\s*(?:\n|$)/).filter((statement) => statement.trim() !== '');
  return (
    statements.length > 0 &&
    statements.every((statement) =>
      /^export\s+(?:type\s+)?(?:\*|\{[^}]*\})\s+from\s+['"][^'"]+['"]$/.test(statement.trim()),
    )
  );
}

describe('modules in lib/', () => {
  const files = modules('lib');

  it('are found', () => {
    expect(files).toContain('lib/content/words.ts');
    expect(files.length).toBeGreaterThan(50);
  });

  it('are named for what they do: none is an index', () => {
    expect(files.filter((file) => /^index\./.test(path.basename(file)))).toEqual([]);
  });

  it("do more than pass on other modules' exports", () => {
    expect(files.filter((file) => onlyReExports(readFileSync(path.join(root, file), 'utf8')))).toEqual([]);
  });

  it('tell a re-export file from a module with code of its own', () => {
    expect(
      onlyReExports(
        "// Re-exports.\nexport {\n  a,\n  type B,\n} from './x';\nexport { c } from './y';\nexport * from './z';\n",
      ),
    ).toBe(true);
    expect(onlyReExports("export { c } from './y';\nexport const d = 1;\n")).toBe(false);
    expect(onlyReExports(readFileSync(path.join(root, 'lib/mdx/remark-heading-ids.mjs'), 'utf8'))).toBe(false);
  });
});
