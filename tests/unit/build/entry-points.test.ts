// Command-line entry points live in scripts/ (the test tools' in tests/): lib/ holds the code they call,
// which never reads the command line or ends the process, so the site and the tests can import all of it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const scripts = (
  JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts;

const sourceFiles = (folder: string) =>
  readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(tsx?|mjs|cjs|js)$/.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));

/** The file each npm script runs with tsx or node, by script name. */
const runFiles = Object.entries(scripts).flatMap(([name, command]) =>
  [...command.matchAll(/\b(?:tsx|node)\s+(?!node_modules\/)(\S+\.(?:ts|mjs|js))\b/g)].map(
    (match) => [name, match[1]!] as const,
  ),
);

describe('command-line entry points', () => {
  it('are not in lib/: nothing there reads the command line or ends the process', () => {
    const entryPoints = ['lib', 'app', 'components']
      .flatMap(sourceFiles)
      .filter((file) => /process\.(?:argv|exitCode|exit\()/.test(readFileSync(path.join(root, file), 'utf8')));
    expect(entryPoints).toEqual([]);
  });

  it('that npm scripts run exist, in scripts/ (the test tools: bench, load, screenshots, in tests/)', () => {
    expect(runFiles.map(([name]) => name)).toEqual(
      expect.arrayContaining(['content:check', 'new', 'readability', 'links:record', 'review-due', 'terms', 'dev']),
    );
    for (const [name, file] of runFiles) {
      expect(existsSync(path.join(root, file)), `${name}: ${file}`).toBe(true);
      expect(file, name).toMatch(/^(?:scripts|tests)\//);
    }
  });
});
