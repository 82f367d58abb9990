// What each article adds to `next build`: the site is copied, its content/ filled up to 300 valid
// articles made from the real ones (same bodies, their own slugs and titles), and the copy built.
import { cpSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { buildSite, type BuildResult } from '../../support/next-server';
import { articlePaths } from '../../../lib/content/files';

export interface BuildScaling {
  real: { articles: number; ms: number; peakRssBytes: number };
  scaled: { articles: number; ms: number; peakRssBytes: number };
  /** (t_scaled - t_real) / (n_scaled - n_real) */
  marginalMsPerArticle: number;
}

const notCopied = new Set([
  'node_modules',
  '.next',
  '.git',
  'tests',
  'bench-results',
  'test-results',
  'playwright-report',
  'out',
  'package-lock.json',
  'tsconfig.tsbuildinfo',
]);

/** The article files' names in a content folder (lib/content/files.ts lists them). */
export const articleFiles = (contentDir: string) => articlePaths(contentDir).map((file) => path.basename(file));

/** Writes `count` new articles into `contentDir`, each a copy of a real one with its own slug and title. */
export function generateArticles(contentDir: string, count: number): void {
  const originals = articleFiles(contentDir);
  for (let i = 1; i <= count; i++) {
    const name = originals[(i - 1) % originals.length]!;
    const source = readFileSync(path.join(contentDir, name), 'utf8');
    const frontmatter = parse(source.split(/^---$/m)[1]!) as { title: string };
    const number = String(i).padStart(3, '0');
    const copy = source
      .replace(/^title:.*$/m, `title: ${JSON.stringify(`${frontmatter.title} (bench copy ${number})`)}`)
      .replace(/^order:.*\n/m, ''); // copies go after the real articles in reading order
    writeFileSync(path.join(contentDir, `${name.replace(/\.mdx$/, '')}-bench-${number}.mdx`), copy);
  }
}

/**
 * Builds a copy of the project with `total` articles and compares it with the real build.
 * The copy lives in tests/.tmp without a lockfile, so Turbopack's root is the project (which holds
 * the node_modules the copy links to).
 */
export async function measureBuildScaling(
  projectDir: string,
  realBuild: BuildResult,
  total = 300,
): Promise<BuildScaling> {
  const realArticles = articleFiles(path.join(projectDir, 'content')).length;
  const dir = path.join(projectDir, 'tests', '.tmp', `bench-${total}-articles`);
  rmSync(dir, { recursive: true, force: true });
  // Entry by entry, so tests/.tmp (which holds the copy) is never copied into itself. tests/ is copied:
  // next build type-checks it (playwright.config.ts imports tests/chromium.ts), as in the real build.
  for (const entry of readdirSync(projectDir).filter((name) => !notCopied.has(name))) {
    cpSync(path.join(projectDir, entry), path.join(dir, entry), { recursive: true });
  }
  for (const entry of readdirSync(path.join(projectDir, 'tests')).filter((name) => name !== '.tmp')) {
    cpSync(path.join(projectDir, 'tests', entry), path.join(dir, 'tests', entry), { recursive: true });
  }
  symlinkSync(path.join(projectDir, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  generateArticles(path.join(dir, 'content'), total - realArticles);
  try {
    const scaled = await buildSite(dir);
    if (!scaled.ok) throw new Error(`The ${total}-article copy did not build:\n${scaled.output}`);
    return {
      real: { articles: realArticles, ms: realBuild.ms, peakRssBytes: realBuild.peakRssBytes },
      scaled: { articles: total, ms: scaled.ms, peakRssBytes: scaled.peakRssBytes },
      marginalMsPerArticle: Math.round((scaled.ms - realBuild.ms) / (total - realArticles)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
