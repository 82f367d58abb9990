// The build's last step (`npm run build` = `next build` + this): every document page (its kind in lib/routes.mjs)
// is served as HTML and CSS only. The app router cannot turn its runtime off for a route (vercel/next.js
// #45009), but `next start` serves a prerendered page from the file `next build` wrote for it
// (.next/server/app/<path>.html), so this rewrites that file without the framework (lib/documents/strip.ts).
// The page is still rendered by its app-router page and components; `next dev` never runs this and keeps
// React on every page. Headers and caching are untouched: they do not come from the file.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { appPages, documentPages, kindOf } from './pages';
import { enhanceScriptPath } from '../enhance/script';
import { stripFramework, UnexpectedFrameworkOutput, type Stripped } from './strip';

export interface StrippedPage {
  /** The address, e.g. /learn/what-is-an-iop (/_not-found is every missing page) */
  path: string;
  /** The file next start serves, relative to the project */
  file: string;
  bytesBefore: number;
  bytesAfter: number;
  removed: Stripped['removed'];
}

export interface DocumentPagesManifest {
  buildId: string;
  pages: StrippedPage[];
}

/** Where the record of the last run is kept, and the pages as Next.js wrote them (the e2e tests compare both). */
export const recordDir = (distDir: string) => path.join(distDir, 'document-pages');
export const originalFile = (distDir: string, pagePath: string) =>
  path.join(recordDir(distDir), 'original', `${fileStem(pagePath)}.html`);

const fileStem = (pagePath: string) => (pagePath === '/' ? 'index' : pagePath.slice(1));
const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

/**
 * Strips every document page of the build in `projectDir`/.next. Safe to run twice: a build already
 * stripped is left as it is. Throws (naming the page and what to do) when a page has no kind, a listed
 * page is missing or not prerendered, or Next.js wrote something it does not expect.
 */
export function stripDocumentPages(projectDir: string): { manifest: DocumentPagesManifest; alreadyDone: boolean } {
  const distDir = path.join(projectDir, '.next');
  const buildIdFile = path.join(distDir, 'BUILD_ID');
  if (!existsSync(buildIdFile))
    throw new Error(`No build in ${distDir}: run next build first (npm run build runs both).`);
  const buildId = readFileSync(buildIdFile, 'utf8').trim();
  const manifestFile = path.join(recordDir(distDir), 'manifest.json');
  if (existsSync(manifestFile)) {
    const previous = readJson<DocumentPagesManifest>(manifestFile);
    if (previous.buildId === buildId) return { manifest: previous, alreadyDone: true };
  }

  const routes = builtPageRoutes(distDir);
  const problems = [
    ...routes
      .filter((route) => !kindOf(route))
      .map((route) => `${route} is neither a document page nor an app page: add it, with its kind, to lib/routes.mjs.`),
    ...[...documentPages, ...appPages]
      .filter((route) => !routes.includes(route))
      .map((route) => `${route} is listed in lib/routes.mjs, but the build has no such page: remove it from the list.`),
  ];
  if (problems.length) throw new Error(`Document pages: ${problems.join(' ')}`);

  const prerendered = readJson<{ routes: Record<string, { srcRoute?: string | null }> }>(
    path.join(distDir, 'prerender-manifest.json'),
  ).routes;
  const pages: StrippedPage[] = [];
  for (const route of documentPages) {
    const paths = Object.entries(prerendered)
      .filter(([, entry]) => (entry.srcRoute ?? null) === route)
      .map(([pagePath]) => pagePath);
    if (paths.length === 0)
      throw new Error(
        `Document pages: ${route} is not prerendered (Next.js renders it per request), so it cannot be served as HTML only. Make it static, or make it an app page (kind: 'app') in lib/routes.mjs.`,
      );
    for (const pagePath of paths) {
      const stripped = stripPage(projectDir, distDir, pagePath);
      if (stripped) pages.push(stripped);
    }
  }
  stripStatic404(distDir);

  const manifest = { buildId, pages };
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  return { manifest, alreadyDone: false };
}

/** The app-router page routes of the build ("/about", "/learn/[slug]"), API-like routes left out. */
function builtPageRoutes(distDir: string): string[] {
  const manifest = readJson<Record<string, string>>(path.join(distDir, 'app-path-routes-manifest.json'));
  return Object.entries(manifest)
    .filter(([entry]) => entry.endsWith('/page'))
    .map(([, route]) => route);
}

function stripPage(projectDir: string, distDir: string, pagePath: string): StrippedPage | undefined {
  const file = path.join(distDir, 'server', 'app', `${fileStem(pagePath)}.html`);
  const where = path.relative(projectDir, file);
  if (!existsSync(file))
    throw new UnexpectedFrameworkOutput(
      where,
      `the prerendered page of ${pagePath} is not where next start serves it from`,
    );
  const meta = existsSync(file.replace(/\.html$/, '.meta'))
    ? readJson<{ status?: number }>(file.replace(/\.html$/, '.meta'))
    : {};
  // A prerendered redirect (a retired article) is answered with its status and Location, not a page.
  if (meta.status !== undefined && meta.status >= 300 && meta.status < 400) return undefined;
  const html = readFileSync(file, 'utf8');
  const { html: stripped, removed } = stripFramework(html, enhanceScriptPath, where);
  mkdirSync(path.dirname(originalFile(distDir, pagePath)), { recursive: true });
  copyFileSync(file, originalFile(distDir, pagePath));
  writeFileSync(file, stripped);
  return {
    path: pagePath,
    file: where,
    bytesBefore: Buffer.byteLength(html),
    bytesAfter: Buffer.byteLength(stripped),
    removed,
  };
}

/** Next.js also copies the 404 page to .next/server/pages/404.html (its fallback 404): keep the copy the same. */
function stripStatic404(distDir: string) {
  const copy = path.join(distDir, 'server', 'pages', '404.html');
  if (!existsSync(copy)) return;
  const original = readFileSync(originalFile(distDir, '/_not-found'), 'utf8');
  if (readFileSync(copy, 'utf8') !== original) {
    throw new UnexpectedFrameworkOutput(
      '.next/server/pages/404.html',
      'it is no longer a copy of the app 404 page (.next/server/app/_not-found.html)',
    );
  }
  copyFileSync(path.join(distDir, 'server', 'app', '_not-found.html'), copy);
}
