import { fileURLToPath } from 'node:url';
import createMDX from '@next/mdx';
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER } from 'next/constants.js';
import { rehypePlugins, remarkPlugins } from './lib/mdx/options.mjs';
import { sharedArticleFiles, sharedFiles, sitePages } from './lib/routes.mjs';

const withMDX = createMDX({
  extension: /\.mdx$/,
  options: { remarkPlugins, rehypePlugins },
});

// Only this origin, ever. script-src needs 'unsafe-inline': the app router streams each page's
// React payload in small inline <script> tags, and nonces would force every page to be rendered per
// request instead of served prerendered. No 'unsafe-eval'; no inline styles at all.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'no-referrer' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), browsing-topics=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  // HSTS only when the site is served over HTTPS (SITE_URL=https://...): on plain http it would be ignored at best.
  ...(process.env.SITE_URL?.startsWith('https://')
    ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }]
    : []),
];

// Caching, for the whole site, in one place. headers() rules apply in order, a later rule's Cache-Control
// replaces an earlier one's, and any of them replaces the Cache-Control a route sets itself. So: nothing
// may be stored, then the documents listed below may be, except when the framework asked for them.
// A missing page or a failed render is marked private by Next.js itself, after these rules.
const cacheControl = {
  /** Browsers, a CDN or nginx may keep it 5 minutes, then serve it stale for a day while they refresh it. */
  publicDocument: 'public, max-age=300, stale-while-revalidate=86400',
  /** Search pages, a reader's self-check answers, errors, framework requests, anything not listed. */
  neverStored: 'private, no-store',
};

/**
 * The documents that are the same for every reader, and may be kept by shared caches (lib/routes.mjs says
 * which). A page not marked shared there is never stored (a new page stays private until it is marked).
 * Addresses are matched as sent, so an encoded variant (/%61bout) is not one of them.
 */
const sharedNames = [
  ...sitePages.filter((page) => page.shared && page.path !== '/').map((page) => page.path.slice(1)),
  ...sharedFiles,
];
const publicDocuments = [
  '/',
  `/:page(${sharedNames.map((name) => name.replaceAll('.', '\\.')).join('|')})`,
  '/learn/:slug([a-z0-9-]+)',
  `/learn/:slug([a-z0-9-]+)/:page(${sharedArticleFiles.join('|')})`,
];

/**
 * What marks a request the framework makes for itself (client navigation, prefetches, server actions).
 * Its answer depends on these headers, not only on the address: a cache that kept it could hand it, or a
 * redirect made for it, to the next reader of that address.
 */
const frameworkRequest = [
  ...['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action'].map(
    (key) => ({ type: 'header', key }),
  ),
  { type: 'query', key: '_rsc' },
];

const cacheRules = [
  // Not /_next/: Next.js marks its hashed files immutable itself.
  { source: '/:path((?!_next/).*)', headers: [{ key: 'Cache-Control', value: cacheControl.neverStored }] },
  ...publicDocuments.map((source) => ({
    source,
    headers: [{ key: 'Cache-Control', value: cacheControl.publicDocument }],
  })),
  ...frameworkRequest.map((marker) => ({
    source: '/:path*',
    has: [marker],
    headers: [{ key: 'Cache-Control', value: cacheControl.neverStored }],
  })),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Builds start cold (a fresh clone, CI, a deploy) and the site never shows a stack trace, so the build
  // skips what only helps a warm rebuild or a debugger: Turbopack's on-disk cache and server source maps.
  // Together they were a third of the build time of a 300-article site on 2 cores.
  enablePrerenderSourceMaps: false,
  experimental: {
    turbopackSourceMaps: false,
    turbopackFileSystemCacheForBuild: false,
    // How much of a request body Next.js keeps for proxy.ts (10 MB unless set): the rest is read and dropped,
    // and the proxy sees the body end there. The one body it reads is the self-check form, refused over
    // maxFormBytes (16 KB, lib/selfcheck/form-post.ts). Next.js drops the whole network read that crosses
    // the limit (at most 64 KB), so the limit is one read above the form's: a body over maxFormBytes still
    // reaches the proxy over it, and is refused. Written out, not imported, as next start reads this file
    // without TypeScript; tests/unit/http/request-limits.test.ts keeps it in step with maxFormBytes.
    proxyClientMaxBodySize: 16 * 1024 + 64 * 1024,
  },
  reactStrictMode: true,
  // The build type-checks the site's own code, without tests/ and the test runners' configs: a production install
  // (npm ci --omit=dev) has no test tools to check them against. `npm run typecheck` checks everything.
  typescript: { tsconfigPath: 'tsconfig.build.json' },
  // No page uses next/image: its optimizer (/_next/image) would only let anyone make the server resize images.
  images: { unoptimized: true },
  // Without a trailing-slash redirect, /about/ is answered as /about (whose canonical link names /about):
  // Next.js's own redirect would be sent without the security headers, which headers() cannot add to it.
  skipTrailingSlashRedirect: true,
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }, ...cacheRules];
  },
  async rewrites() {
    // Next.js serves its fallback error page at /_global-error too, with a 500; nobody links there.
    return { beforeFiles: [{ source: '/_global-error', destination: '/_not-found' }] };
  },
};

/** Imports one of the project's TypeScript modules from this plain-JavaScript config. */
async function loadTs(file) {
  const { tsImport } = await import('tsx/esm/api');
  return tsImport(file, import.meta.url);
}

// Broken content must stop a build with the editor-friendly report of the content check, not
// with a stack trace from whichever page happened to render it first.
async function checkContentBeforeBuild() {
  const { checkContent, formatReport } = await loadTs('./lib/content/check.ts');
  const result = checkContent();
  if (result.errors > 0) {
    console.error(`\n${formatReport(result)}\n`);
    process.exit(1);
  }
}

/**
 * The line `npm run build` and `npm start` print when SITE_URL is unset: every canonical link, link preview
 * and sitemap entry would name http://localhost:3000 (lib/site.ts), which no reader can open. Exported
 * for its test.
 */
export const siteUrlWarning =
  'Warning: SITE_URL is not set, so canonical links, link previews and the sitemap say http://localhost:3000. Set it to the public address, e.g. SITE_URL=https://iop.example.org';

/** Once per process: Next.js may load this file more than once, and build workers inherit the mark. */
function warnWithoutSiteUrl() {
  if (process.env.SITE_URL?.trim() || process.env.__SITE_URL_WARNED) return;
  process.env.__SITE_URL_WARNED = '1';
  console.warn(siteUrlWarning);
}

// Under `npm run dev`, an article whose text cannot be compiled still gets a page, which shows the content
// check's message for it (app/layout.tsx), instead of a build error that takes over every page.
function previewBrokenArticles(config) {
  const preview = fileURLToPath(new URL('./lib/mdx/preview-loader.cjs', import.meta.url));
  const rules = Object.fromEntries(
    Object.entries(config.turbopack?.rules ?? {}).map(([glob, list]) => [
      glob,
      (Array.isArray(list) ? list : [list]).map((rule) => ({
        ...rule,
        loaders: rule.loaders?.map((loader) =>
          typeof loader === 'object' && loader.loader?.endsWith('mdx-js-loader.js')
            ? { ...loader, loader: preview }
            : loader,
        ),
      })),
    ]),
  );
  return { ...config, turbopack: { ...config.turbopack, rules } };
}

export default async function config(phase) {
  if (phase === PHASE_PRODUCTION_BUILD || phase === PHASE_PRODUCTION_SERVER) warnWithoutSiteUrl();
  if (phase === PHASE_PRODUCTION_BUILD && !process.env.__NEXT_CONTENT_CHECKED) {
    process.env.__NEXT_CONTENT_CHECKED = '1';
    await checkContentBeforeBuild();
  }
  const configured = withMDX(nextConfig);
  return phase === PHASE_DEVELOPMENT_SERVER ? previewBrokenArticles(configured) : configured;
}
