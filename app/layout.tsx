import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { ContentProblems } from '@/components/layout/content-problems';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { previewProblems } from '@/lib/content/loader';
import { defaultTitle, feedLink, siteImage, socialImageSize } from '@/lib/seo/metadata';
import { siteDescription, siteName, siteUrl } from '@/lib/site';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl),
  title: { default: defaultTitle, template: `%s | ${siteName}` },
  description: siteDescription,
  applicationName: siteName,
  formatDetection: { telephone: false },
  // What a page gets if it does not call pageMetadata (lib/seo/metadata.ts), which sets all of these for itself.
  alternates: { types: feedLink },
  openGraph: {
    siteName,
    type: 'website',
    locale: 'en_US',
    images: [{ ...siteImage, ...socialImageSize, type: 'image/png' }],
  },
  twitter: { card: 'summary_large_image', images: [siteImage] },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#101820' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  // Only under `npm run dev`: a mistake in the content shows its message instead of the page.
  const problems = previewProblems();
  return (
    // suppressHydrationWarning: the site's script (lib/enhance) marks <html> as enhanced, maybe before React
    // hydrates the page (app pages, `next dev`). It covers <html>'s own attributes only, nothing inside it.
    <html lang="en" suppressHydrationWarning>
      <body>
        <a className="skip-link" href="#main-content">
          Skip to main content
        </a>
        <SiteHeader />
        <main id="main-content" tabIndex={-1} className="mx-auto max-w-5xl px-4 pt-4 pb-4 focus:outline-none sm:pt-6">
          {problems ? <ContentProblems report={problems} /> : children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
