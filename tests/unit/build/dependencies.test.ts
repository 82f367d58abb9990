// A production install (npm ci --omit=dev) must build and start the site: every package the build and the
// server load is in `dependencies`, nothing there is unused, and the bench's browser tools stay out of it.
// (.ci/run proves it for real on a fresh copy; this test says which package is wrong, in a second.)
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import postcssConfig from '@/postcss.config.mjs';
import { rehypePlugins, remarkPlugins } from '@/lib/mdx/options.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const dependencies = Object.keys(pkg.dependencies);

/** What `next build` and `next start` read: the routes, what they import, and the root config files. */
const buildFolders = ['app', 'components', 'lib'];
const buildFiles = ['next.config.mjs', 'mdx-components.tsx', 'proxy.ts'];

/** Needed by the build without an import line in our code, and why. */
const usedWithoutImport: Record<string, string> = {
  '@mdx-js/loader': '@next/mdx compiles .mdx files with it',
  'react-dom': 'Next.js renders pages with it',
  typescript: "the build's type check (tsconfig.build.json)",
  '@types/node': "the build's type check",
  '@types/react': "the build's type check",
  '@types/react-dom': "the build's type check",
  'unist-util-visit': 'kept for the typed MDX plugins (unified) that replace the hand-written tree walkers',
};

/** The bench's tools: a production install must not carry them. */
const benchOnly = ['lighthouse', 'autocannon', 'chrome-launcher', '@types/autocannon'];

function filesUnder(folder: string): string[] {
  return readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(tsx?|mjs|cjs|js|css)$/.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

/** The package each import, require or CSS @import/@plugin of a file names ('@scope/name' or 'name'). */
function packagesImportedBy(text: string): string[] {
  const specifiers = [
    ...text.matchAll(/^\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/gm),
    ...text.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
    ...text.matchAll(/\b(?:import|require(?:\.resolve)?)\(\s*['"]([^'"]+)['"]/g),
    ...text.matchAll(/^@(?:import|plugin)\s+['"]([^'"]+)['"]/gm),
  ].map((match) => match[1]!);
  return specifiers
    .filter((spec) => !spec.startsWith('.') && !spec.startsWith('@/') && !spec.startsWith('/'))
    .map(packageOf);
}

function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

const isBuiltin = (name: string) => name.startsWith('node:') || builtinModules.includes(name);

/** Every package the build loads, with the files that load it. */
function buildPackages(): Map<string, string[]> {
  const used = new Map<string, string[]>();
  const add = (name: string, file: string) => used.set(name, [...(used.get(name) ?? []), file]);
  for (const file of [...buildFolders.flatMap(filesUnder), ...buildFiles]) {
    for (const name of packagesImportedBy(readFileSync(path.join(root, file), 'utf8')))
      if (!isBuiltin(name)) add(name, file);
  }
  // Given by name, not imported: the PostCSS plugins and the MDX plugins (Turbopack takes them as strings).
  for (const name of Object.keys((postcssConfig as { plugins: Record<string, unknown> }).plugins))
    add(packageOf(name), 'postcss.config.mjs');
  for (const plugin of [...remarkPlugins, ...rehypePlugins])
    if (typeof plugin === 'string' && !path.isAbsolute(plugin)) add(packageOf(plugin), 'lib/mdx/options.mjs');
  return used;
}

describe('reading imports', () => {
  it('finds every form the code uses, and skips our own files', () => {
    const text = [
      "import { z } from 'zod';",
      "import type { MDXComponents } from 'mdx/types';",
      "export { x } from '@scope/pkg/sub';",
      "import './local';",
      "import 'side-effect';",
      "const m = await import('tsx/esm/api');",
      "require.resolve('@cspell/dict-en_us/cspell-ext.json');",
      "@import 'tailwindcss' source(none);",
      "@plugin '@tailwindcss/typography';",
      "import { a } from '@/lib/site';",
      "const s = `from 'not-an-import'`;",
    ].join('\n');
    expect(packagesImportedBy(text)).toEqual([
      'zod',
      'mdx',
      '@scope/pkg',
      'side-effect',
      'tsx',
      '@cspell/dict-en_us',
      'tailwindcss',
      '@tailwindcss/typography',
    ]);
  });
});

describe('the production install (npm ci --omit=dev)', () => {
  const used = buildPackages();

  it('has every package the build and the server load', () => {
    const missing = [...used]
      .filter(([name]) => !pkg.dependencies[name] && !pkg.dependencies[`@types/${name}`])
      .map(([name, files]) => `${name} (${files[0]})`);
    expect(missing).toEqual([]);
    // Spot checks of the ones that were once only in devDependencies.
    for (const name of [
      'tsx',
      'tailwindcss',
      '@tailwindcss/postcss',
      '@tailwindcss/typography',
      'flesch-kincaid',
      'syllable',
      'smog-formula',
      '@types/mdx',
    ])
      expect(dependencies).toContain(name);
  });

  it('has nothing the build does not use', () => {
    const unused = dependencies.filter(
      (name) => !used.has(name) && !used.has(name.replace(/^@types\//, '')) && !Object.hasOwn(usedWithoutImport, name),
    );
    expect(unused).toEqual([]);
  });

  it('leaves out the bench tools', () => {
    for (const name of benchOnly) {
      expect(dependencies, name).not.toContain(name);
      expect(Object.keys(pkg.devDependencies), name).toContain(name);
    }
  });

  it('type-checks only the site in the build, while npm run typecheck checks the tests too', () => {
    const config = readFileSync(path.join(root, 'next.config.mjs'), 'utf8');
    expect(config).toContain("typescript: { tsconfigPath: 'tsconfig.build.json' }");
    const build = JSON.parse(readFileSync(path.join(root, 'tsconfig.build.json'), 'utf8')) as {
      extends: string;
      exclude: string[];
    };
    expect(build.extends).toBe('./tsconfig.json');
    expect(build.exclude).toEqual(
      expect.arrayContaining(['node_modules', 'tests', 'vitest.config.ts', 'playwright.config.ts']),
    );
    const all = JSON.parse(readFileSync(path.join(root, 'tsconfig.json'), 'utf8')) as { exclude: string[] };
    expect(all.exclude).not.toContain('tests');
    const scripts = (
      JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    expect(scripts.typecheck).toBe('tsc --noEmit');
    expect(scripts.test).toContain('npm run typecheck');
  });
});
