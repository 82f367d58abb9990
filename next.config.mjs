import createMDX from '@next/mdx';
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import { rehypePlugins, remarkPlugins } from './lib/mdx/options.mjs';

const withMDX = createMDX({
  extension: /\.mdx$/,
  options: { remarkPlugins, rehypePlugins },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'no-referrer' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), browsing-topics=()' },
        ],
      },
    ];
  },
};

// Broken content must stop a build with the editor-friendly report of the content check, not
// with a stack trace from whichever page happened to render it first.
async function checkContentBeforeBuild() {
  const { tsImport } = await import('tsx/esm/api');
  const { checkContent, formatReport } = await tsImport('./lib/content/check.ts', import.meta.url);
  const result = checkContent();
  if (result.errors > 0) {
    console.error(`\n${formatReport(result)}\n`);
    process.exit(1);
  }
}

export default async function config(phase) {
  if (phase === PHASE_PRODUCTION_BUILD && !process.env.__NEXT_CONTENT_CHECKED) {
    process.env.__NEXT_CONTENT_CHECKED = '1';
    await checkContentBeforeBuild();
  }
  return withMDX(nextConfig);
}
