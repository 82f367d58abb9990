// The build's last step (`npm run build` = `next build` + this): every document page (its kind in lib/routes.mjs)
// is served as HTML and CSS only. The app router cannot turn its runtime off for a route (vercel/next.js
// #45009), but `next start` serves a prerendered page from the file `next build` wrote for it
// (.next/server/app/<path>.html), so this rewrites that file without the framework (lib/documents/strip.ts).
// The page is still rendered by its app-router page and components; `next dev` never runs this and keeps
// React on every page. Headers and caching are untouched: they do not come from the file.
// Prerendered app pages keep React but start it after the page's first paint (lib/documents/start-after-paint.ts).
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { appPages, appPagesStartedAfterPaint, documentPages, kindOf } from './pages';
import { enhanceScriptPath } from '../enhance/script';
import { startAfterFirstPaint } from './start-after-paint';
import { stripFramework, UnexpectedFrameworkOutput, type Stripped } from './strip';

export interface RewrittenPage {
  /** The address, e.g. /learn/what-is-an-iop (/_not-found is every missing page) */
  path: string;
  /** The file next start serves, relative to the project */
  file: string;
  bytesBefore: number;
  bytesAfter: number;
}

export interface StrippedPage extends RewrittenPage {
  removed: Stripped['removed'];
}

export interface StartedAfterPaintPage extends RewrittenPage {
  /** The framework files the page now starts after its first paint, in order */
  deferred: string[];
}

export interface DocumentPagesManifest {
  buildId: string;
  /** Document pages, served without the framework */
  pages: StrippedPage[];
  /** Prerendered app pages, which start the framework after their first paint */
  appPages: StartedAfterPaintPage[];
}

/** Where the record of the last run is kept, and the pages as Next.js wrote them (the e2e tests compare both). */
export const recordDir = (distDir: string) => path.join(distDir, 'document-pages');
export const originalFile = (distDir: string, pagePath: string) =>
  path.join(recordDir(distDir), 'original', `${fileStem(pagePath)}.html`);

const fileStem = (pagePath: string) => (pagePath === '/' ? 'index' : pagePath.slice(1));
const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

/**
 * Strips every document page of the build in `projectDir`/.next, and makes each prerendered app page start
 * the framework after its first paint. Safe to run twice: a build already done is left as it is. Throws
 * (naming the page and what to do) when a page has no kind, a listed page is missing or not prerendered, or
 * Next.js wrote something it does not expect.
 */
export function stripDocumentPages(projectDir: string): { manifest: DocumentPagesManifest; alreadyDone: boolean } {
  const distDir = path.join(projectDir, '.next');
  const buildIdFile = path.join(distDir, 'BUILD_ID');
  if (!existsSync(buildIdFile))
    throw new Error(`No build in ${distDir}: run next build first (npm run build runs both).`);
  const buildId = readFileSync(buildIdFile, 'utf8').trim();
  const manifestFile = path.join(recordDir(distDir), 'manifest.json');
  if (existsSync(manifestFile)) {
    const previous = readJson<Partial<DocumentPagesManifest>>(manifestFile);
    if (previous.buildId === buildId && previous.pages && previous.appPages)
      return { manifest: previous as DocumentPagesManifest, alreadyDone: true };
    if (previous.buildId === buildId)
      throw new Error(
        `Document pages: this build was rewritten by an older version of this step (${manifestFile} has no appPages). Build again: npm run build.`,
      );
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
  const prerenderedPaths = (route: string) =>
    Object.entries(prerendered)
      .filter(([, entry]) => (entry.srcRoute ?? null) === route)
      .map(([pagePath]) => pagePath);
  const pages: StrippedPage[] = [];
  for (const route of documentPages) {
    const paths = prerenderedPaths(route);
    if (paths.length === 0)
      throw new Error(
        `Document pages: ${route} is not prerendered (Next.js renders it per request), so it cannot be served as HTML only. Make it static, or make it an app page (kind: 'app') in lib/routes.mjs.`,
      );
    for (const pagePath of paths) {
      const stripped = rewritePage(projectDir, distDir, pagePath, (html, where) =>
        stripFramework(html, enhanceScriptPath, where),
      );
      if (stripped) pages.push(stripped);
    }
  }
  stripStatic404(distDir);

  // Only a prerendered app page has a file to rewrite. The others (/search, the self-check's answers) are
  // rendered per request, after this step has run, and keep Next.js's own <script async> tags: that is fine,
  // a reader reaches them from a page already on screen.
  const started: StartedAfterPaintPage[] = [];
  for (const route of appPagesStartedAfterPaint) {
    for (const pagePath of prerenderedPaths(route)) {
      const page = rewritePage(projectDir, distDir, pagePath, (html, where) =>
        startAfterFirstPaint(html, enhanceScriptPath, where),
      );
      if (page) started.push(page);
    }
  }

  const manifest = { buildId, pages, appPages: started };
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

/** Rewrites the file next start serves for `pagePath`, keeping the page as Next.js wrote it beside the record. */
function rewritePage<Result extends { html: string }>(
  projectDir: string,
  distDir: string,
  pagePath: string,
  rewrite: (html: string, where: string) => Result,
): (RewrittenPage & Omit<Result, 'html'>) | undefined {
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
  const { html: rewritten, ...details } = rewrite(html, where);
  mkdirSync(path.dirname(originalFile(distDir, pagePath)), { recursive: true });
  copyFileSync(file, originalFile(distDir, pagePath));
  writeFileSync(file, rewritten);
  return {
    path: pagePath,
    file: where,
    bytesBefore: Buffer.byteLength(html),
    bytesAfter: Buffer.byteLength(rewritten),
    ...details,
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
