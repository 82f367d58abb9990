// @ts-check
// The site's pages: the one list. The link check (which pages an article may link to), the sitemap, the caching
// rule in next.config.mjs and the build step that serves document pages (lib/documents) all read it, so a new page
// is added here once. Plain JavaScript, because next.config.mjs reads it without TypeScript.

/**
 * How a page reaches the browser (README > Performance):
 * - 'document': as HTML and CSS only. It is rendered by its app-router page like any other, then the build
 *   (lib/documents/post-build.ts) removes the framework's scripts, so it must be prerendered.
 * - 'app': with React, where it earns its place (the self-check asks one question at a time, search answers
 *   as you type).
 * @typedef {'document' | 'app'} PageKind
 */

/**
 * @typedef {object} SitePage
 * @property {string} path The address, as a reader types it.
 * @property {PageKind} kind Document or app page.
 * @property {boolean} shared Kept by shared caches (nginx, a CDN): the same for every reader. Never a page
 *   whose address or answer holds what a reader typed or chose (search, the self-check's answers).
 * @property {boolean} listed In the sitemap (and so offered to search engines).
 */

/**
 * @typedef {object} OtherPage
 * @property {string} route Its app-router route, as in .next/app-path-routes-manifest.json ("/learn/[slug]").
 * @property {PageKind} kind Document or app page.
 */

/** The pages an article may link to, by address. @type {readonly SitePage[]} */
export const sitePages = [
  { path: '/', kind: 'document', shared: true, listed: true },
  { path: '/learn', kind: 'document', shared: true, listed: true },
  { path: '/glossary', kind: 'document', shared: true, listed: true },
  { path: '/about', kind: 'document', shared: true, listed: true },
  { path: '/get-help-now', kind: 'document', shared: true, listed: true },
  // The questions page is the same for everyone; the answers (/is-iop-right-for-me/answers) never are.
  { path: '/is-iop-right-for-me', kind: 'app', shared: true, listed: true },
  // What a reader searches for must never be stored anywhere (README > Privacy).
  { path: '/search', kind: 'app', shared: false, listed: false },
];

/**
 * The other app-router pages, by route: an article's pages, the self-check's answers (one of answerPaths) and
 * Next.js's own pages. @type {readonly OtherPage[]}
 */
export const otherPages = [
  { route: '/learn/[slug]', kind: 'document' },
  // An article with an FAQ, every answer open ("Show all answers").
  { route: '/learn/[slug]/all-answers', kind: 'document' },
  { route: '/is-iop-right-for-me/answers', kind: 'app' },
  // The page every missing address gets.
  { route: '/_not-found', kind: 'document' },
  // Next.js's last-resort error page, left as Next.js makes it (app/ has no file for it).
  { route: '/_global-error', kind: 'app' },
];

/** The kind of every app-router page, by route. @type {ReadonlyMap<string, PageKind>} */
export const pageKinds = new Map([
  ...sitePages.map((page) => /** @type {const} */ ([page.path, page.kind])),
  ...otherPages.map((page) => /** @type {const} */ ([page.route, page.kind])),
]);

/** Files the site makes that are the same for every reader, besides its pages and articles. */
// enhance.js: the one script of document pages (public/, lib/enhance); its address carries a hash of it.
export const sharedFiles = ['opengraph-image', 'feed.xml', 'sitemap.xml', 'robots.txt', 'icon.svg', 'enhance.js'];

/** An article's own files, under /learn/<slug>/, the same for every reader. */
export const sharedArticleFiles = ['opengraph-image', 'all-answers'];

/** Every page's address, in the order above. */
export const sitePaths = sitePages.map((page) => page.path);

/** The pages in the sitemap. */
export const listedPaths = sitePages.filter((page) => page.listed).map((page) => page.path);

/** Addresses that answer what a reader sent (the self-check's form, a search as you type): never linked to, listed or stored. */
export const answerPaths = ['/is-iop-right-for-me/answers', '/search/results'];
