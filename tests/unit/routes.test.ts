// lib/routes.mjs is the one list of the site's pages: it must name every page app/ has, and only those.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerPaths, listedPaths, sharedFiles, sitePages, sitePaths } from '@/lib/routes.mjs';

const appDir = path.resolve(__dirname, '../../app');

/** Every address app/ answers that has no [dynamic] segment: folders holding a page.tsx or route.ts. */
function staticRoutes(dir = appDir, at = ''): string[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  const here = entries.some((entry) => entry.isFile() && /^(page\.tsx|route\.ts)$/.test(entry.name)) ? [at || '/'] : [];
  return [
    ...here,
    ...entries
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('['))
      .flatMap((entry) => staticRoutes(path.join(dir, entry.name), `${at}/${entry.name}`)),
  ];
}

describe('the list of site pages', () => {
  it('names every page and answer address app/ has, and nothing else', () => {
    const files = sharedFiles.map((file) => `/${file}`);
    const routes = staticRoutes().filter((route) => !files.includes(route));
    expect([...routes].sort()).toEqual([...sitePaths, ...answerPaths].sort());
  });

  it('lists in the sitemap, and lets shared caches keep, only pages the same for every reader', () => {
    for (const page of sitePages) if (page.listed) expect(page.shared, page.path).toBe(true);
    expect(sitePages.find((page) => page.path === '/search')).toMatchObject({ shared: false, listed: false });
    for (const answer of answerPaths) expect(sitePaths).not.toContain(answer);
    expect(listedPaths).toEqual(['/', '/learn', '/glossary', '/about', '/get-help-now', '/is-iop-right-for-me']);
  });
});
