// `npm run dev` (scripts/dev.mjs): an article whose text cannot be compiled still gets a page, so the preview
// shows the content check's message instead of a build error; next-env.d.ts stays as `next build` writes it;
// and the framework's telemetry (and its notice) is off.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { asBuildWrites } from '../../../scripts/dev.mjs';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const previewLoader = createRequire(import.meta.url)('../../../lib/mdx/preview-loader.cjs') as (
  this: unknown,
  source: string,
) => void;

/** Runs the preview loader as Turbopack does, with the site's MDX options, and returns what it gives the page. */
function load(source: string): Promise<{ error: unknown; code: string }> {
  return new Promise((resolve) => {
    const context = {
      context: repo,
      resourcePath: `${repo}/content/example.mdx`,
      sourceMap: false,
      getOptions: () => ({
        providerImportSource: 'next-mdx-import-source-file',
        remarkPlugins: ['remark-frontmatter', 'remark-gfm'],
      }),
      addDependency: () => {},
      async: () => (error: unknown, code: unknown) => resolve({ error, code: String(code) }),
    };
    previewLoader.call(context, source);
  });
}

describe('the preview of a broken article', () => {
  it('compiles a readable article as the build does', async () => {
    const { error, code } = await load('---\ntitle: x\n---\n\nSome text.\n');
    expect(error).toBeNull();
    expect(code).toContain('Some text.');
  });

  it('gives an article whose text cannot be compiled a body that says so, instead of failing every page', async () => {
    const { error, code } = await load('Intro.\n\n<Callout type="info">\n\nNever closed.\n');
    expect(error).toBeNull();
    expect(code).toContain("This article's text is not shown until the mistake in it is fixed.");
  });

  it('is only used by the development server', async () => {
    const config = readFileSync(new URL('../../../next.config.mjs', import.meta.url), 'utf8');
    expect(config).toMatch(/phase === PHASE_DEVELOPMENT_SERVER \? previewBrokenArticles\(configured\) : configured/);
  });
});

describe('npm run dev', () => {
  it('is scripts/dev.mjs, which turns telemetry off', () => {
    const scripts = (
      JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    expect(scripts.dev).toBe('node scripts/dev.mjs');
    expect(readFileSync(new URL('../../../scripts/dev.mjs', import.meta.url), 'utf8')).toContain(
      "NEXT_TELEMETRY_DISABLED: '1'",
    );
  });

  it('keeps next-env.d.ts as the build writes it (route types from .next/types, not .next/dev/types)', () => {
    const committed = readFileSync(new URL('../../../next-env.d.ts', import.meta.url), 'utf8');
    const devWrites = committed.replaceAll('./.next/types/', './.next/dev/types/');
    expect(devWrites).not.toBe(committed);
    expect(asBuildWrites(devWrites)).toBe(committed);
    expect(asBuildWrites(committed)).toBe(committed);
  });
});
