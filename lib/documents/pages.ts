// Which pages are documents and which are apps (README > Performance). Each page's kind is written beside it in
// lib/routes.mjs, the one list of the site's pages; these are the lists the build step reads.
import { pageKinds, type PageKind } from '../routes.mjs';

const routesOfKind = (kind: PageKind): readonly string[] =>
  [...pageKinds].filter(([, pageKind]) => pageKind === kind).map(([route]) => route);

/**
 * Document pages: rendered by their app-router page at build time like any other, then served as HTML and
 * CSS only. lib/documents/post-build.ts removes the framework's scripts and the page's React payload from
 * the prerendered file; what the page does in the browser is public/enhance.js (lib/enhance), loaded only where used.
 * Every one must be prerendered (the build fails otherwise). Keys are app-router routes, as in
 * .next/app-path-routes-manifest.json.
 */
export const documentPages: readonly string[] = routesOfKind('document');

/**
 * App pages keep React where it earns its place: the self-check asks one question at a time, search
 * answers as you type. Links between the two kinds are plain links, so each is a full page load.
 * `/_global-error` is Next.js's own last-resort error page, left as Next.js makes it.
 */
export const appPages: readonly string[] = routesOfKind('app');

/** The kind of an app-router page route, or undefined when it has none yet (the build then fails). */
export function kindOf(route: string): PageKind | undefined {
  return pageKinds.get(route);
}

/**
 * The app pages whose prerendered file starts the framework after the page's first paint
 * (lib/documents/start-after-paint.ts): every one but Next.js's own error page, left as Next.js makes it.
 */
export const appPagesStartedAfterPaint: readonly string[] = appPages.filter((route) => route !== '/_global-error');
