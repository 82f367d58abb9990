import { fileURLToPath } from 'node:url';
import createMDX from '@next/mdx';
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import { rehypePlugins, remarkPlugins } from './lib/mdx/options.mjs';

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

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Builds start cold (a fresh clone, CI, a deploy) and the site never shows a stack trace, so the build
  // skips what only helps a warm rebuild or a debugger: Turbopack's on-disk cache and server source maps.
  // Together they were a third of the build time of a 300-article site on 2 cores.
  enablePrerenderSourceMaps: false,
  experimental: { turbopackSourceMaps: false, turbopackFileSystemCacheForBuild: false },
  reactStrictMode: true,
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // Pages may sit in a CDN or nginx for 5 minutes, then be served stale for a day while refreshed. Not /_next/
      // (Next.js marks its hashed files immutable itself) nor a reader's self-check answers, which are private
      // (a POST to the self-check is answered by its answers page: proxy.ts marks it no-store).
      { source: '/:path((?!_next/|is-iop-right-for-me/answers).*)', headers: [{ key: 'Cache-Control', value: 'public, max-age=300, stale-while-revalidate=86400' }] },
    ];
  },
  // Retired or renamed articles (content/redirects.yaml) answer with a permanent redirect (308),
  // so links people shared still arrive; a #section in the old link travels with the redirect.
  async redirects() {
    const { redirects } = await loadTs('./lib/links/redirects.ts').then(({ readRedirects }) =>
      readRedirects(fileURLToPath(new URL('./content/redirects.yaml', import.meta.url))),
    );
    return Object.entries(redirects.articles).map(([from, to]) => ({
      source: `/learn/${from}`,
      destination: `/learn/${to}`,
      permanent: true,
    }));
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

// Under `npm run dev`, an article whose text cannot be compiled still gets a page, which shows the content
// check's message for it (app/layout.tsx), instead of a build error that takes over every page.
function previewBrokenArticles(config) {
  const preview = fileURLToPath(new URL('./lib/mdx/preview-loader.cjs', import.meta.url));
  const rules = Object.fromEntries(
    Object.entries(config.turbopack?.rules ?? {}).map(([glob, list]) => [
      glob,
      (Array.isArray(list) ? list : [list]).map((rule) => ({
        ...rule,
        loaders: rule.loaders?.map((loader) => (typeof loader === 'object' && loader.loader?.endsWith('mdx-js-loader.js') ? { ...loader, loader: preview } : loader)),
      })),
    ]),
  );
  return { ...config, turbopack: { ...config.turbopack, rules } };
}

export default async function config(phase) {
  if (phase === PHASE_PRODUCTION_BUILD && !process.env.__NEXT_CONTENT_CHECKED) {
    process.env.__NEXT_CONTENT_CHECKED = '1';
    await checkContentBeforeBuild();
  }
  const configured = withMDX(nextConfig);
  return phase === PHASE_DEVELOPMENT_SERVER ? previewBrokenArticles(configured) : configured;
}
