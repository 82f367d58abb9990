// lib/routes.mjs is the one list of the site's pages: it must name every page app/ has, and only those, each
// with its kind (document or app page).
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPages, documentPages, kindOf } from '@/lib/documents/pages';
import { answerPaths, listedPaths, pageKinds, sharedFiles, sitePages, sitePaths } from '@/lib/routes.mjs';

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

/** Every app-router page route app/ has, as the build names them: folders holding a page.tsx, [dynamic] ones too. */
function pageRoutes(dir = appDir, at = ''): string[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  const here = entries.some((entry) => entry.isFile() && entry.name === 'page.tsx') ? [at || '/'] : [];
  return [
    ...here,
    ...entries
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) => pageRoutes(path.join(dir, entry.name), `${at}/${entry.name}`)),
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

  it('gives every page of app/ a kind, and no page app/ does not have (a new page is added in one place)', () => {
    // app/not-found.tsx is the build's /_not-found; /_global-error is Next.js's own (app/ has no global-error.tsx).
    expect(existsSync(path.join(appDir, 'not-found.tsx'))).toBe(true);
    expect(existsSync(path.join(appDir, 'global-error.tsx'))).toBe(false);
    expect([...pageKinds.keys()].sort()).toEqual([...pageRoutes(), '/_not-found', '/_global-error'].sort());
  });

  it('says which pages are documents and which are apps', () => {
    expect([...documentPages].sort()).toEqual(
      [
        '/',
        '/learn',
        '/learn/[slug]',
        '/learn/[slug]/all-answers',
        '/glossary',
        '/about',
        '/get-help-now',
        '/_not-found',
      ].sort(),
    );
    expect([...appPages].sort()).toEqual(
      ['/is-iop-right-for-me', '/is-iop-right-for-me/answers', '/search', '/_global-error'].sort(),
    );
    expect(kindOf('/learn/[slug]')).toBe('document');
    expect(kindOf('/search')).toBe('app');
    expect(kindOf('/new-page')).toBeUndefined();
  });
});
