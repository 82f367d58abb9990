// @ts-check
// The site's pages that are not articles (/learn/<slug>): the one list. The link check (which pages an
// article may link to), the sitemap and the caching rule in next.config.mjs all read it, so a new page is
// added here once. Plain JavaScript, because next.config.mjs reads it without TypeScript.

/**
 * @typedef {object} SitePage
 * @property {string} path The address, as a reader types it.
 * @property {boolean} shared Kept by shared caches (nginx, a CDN): the same for every reader. Never a page
 *   whose address or answer holds what a reader typed or chose (search, the self-check's answers).
 * @property {boolean} listed In the sitemap (and so offered to search engines).
 */

/** @type {readonly SitePage[]} */
export const sitePages = [
  { path: '/', shared: true, listed: true },
  { path: '/learn', shared: true, listed: true },
  { path: '/glossary', shared: true, listed: true },
  { path: '/about', shared: true, listed: true },
  { path: '/get-help-now', shared: true, listed: true },
  // The questions page is the same for everyone; the answers (/is-iop-right-for-me/answers) never are.
  { path: '/is-iop-right-for-me', shared: true, listed: true },
  // What a reader searches for must never be stored anywhere (README > Privacy).
  { path: '/search', shared: false, listed: false },
];

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
