import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articlePaths, pagePaths, slugOf } from '@/lib/content/files';

describe('the listing of content files', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'iop-files-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  for (const name of ['b.mdx', 'a.mdx', 'glossary.yaml', 'notes.md', 'pages/about.mdx', 'pages/x.txt', 'folder.mdx/inner.mdx']) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), '');
  }

  it('an article is an .mdx file directly in the folder, listed by name', () => {
    expect(articlePaths(dir)).toEqual([path.join(dir, 'a.mdx'), path.join(dir, 'b.mdx')]);
  });

  it("the site's other pages are the .mdx files in pages/", () => {
    expect(pagePaths(dir)).toEqual([path.join(dir, 'pages', 'about.mdx')]);
    expect(pagePaths(path.join(dir, 'pages'))).toEqual([]);
  });

  it("a slug is the file's name without .mdx", () => {
    expect(slugOf(path.join(dir, 'what-is-an-iop.mdx'))).toBe('what-is-an-iop');
  });

  it('finds the real articles', () => {
    expect(articlePaths().length).toBeGreaterThanOrEqual(22);
    expect(pagePaths().map(slugOf)).toContain('about');
  });
});
