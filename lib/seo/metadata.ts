// Link previews and canonical addresses: one call per page. In Next, a page's `openGraph`,
// `twitter` and `alternates` each replace the layout's whole object, so every field is set here.
import type { Metadata } from 'next';
import { siteName, siteUrl } from '@/lib/site';

/** The home page's title, and the title of a page that does not set its own. */
export const defaultTitle = `${siteName}: Intensive Outpatient Programs explained`;

/** Size of every generated link-preview image (the size most sites crop to). */
export const socialImageSize = { width: 1200, height: 630 } as const;

export interface SocialImage {
  /** Address from the site root, e.g. /learn/faq/opengraph-image */
  url: string;
  /** What the image shows, for people who cannot see it. */
  alt: string;
}

/** The site-wide image (app/opengraph-image.tsx), for pages without their own. */
export const siteImage: SocialImage = {
  url: '/opengraph-image',
  alt: `${siteName}: Intensive Outpatient Programs (IOP), explained in plain language`,
};

/** The image made for one article (app/learn/[slug]/opengraph-image.tsx). */
export const articleImage = (slug: string, title: string): SocialImage => ({
  url: `/learn/${slug}/opengraph-image`,
  alt: `${title}: an article from ${siteName}`,
});

/** The Atom feed of articles, linked from every page's head. */
export const feedLink = {
  'application/atom+xml': [{ url: '/feed.xml', title: `${siteName}: new and updated articles` }],
};

export interface PageMetadataInput {
  /** The page's own title; the layout adds " | IOP Guide". Leave out on the home page. */
  title?: string;
  /** One or two plain sentences (50 to 160 characters), shown in search results and previews. */
  description: string;
  /** The page's address from the site root, e.g. /learn/faq. Leave out only where no address is the page's own (the 404 page). */
  path?: string;
  /** "article" for articles, "website" for every other page. */
  type?: 'article' | 'website';
  /** Defaults to the site-wide image. */
  image?: SocialImage;
  /** For articles: the date a person last reviewed it, as 2026-11-20. */
  modifiedTime?: string;
}

/** Title, description, canonical link, feed link, Open Graph and Twitter card tags for one page. */
export function pageMetadata({
  title,
  description,
  path,
  type = 'website',
  image = siteImage,
  modifiedTime,
}: PageMetadataInput): Metadata {
  const shownTitle = title ?? defaultTitle;
  const images = [
    { url: image.url, width: socialImageSize.width, height: socialImageSize.height, alt: image.alt, type: 'image/png' },
  ];
  return {
    ...(title ? { title } : { title: { absolute: defaultTitle } }),
    description,
    alternates: { ...(path ? { canonical: path } : {}), types: feedLink },
    openGraph: {
      title: shownTitle,
      description,
      ...(path ? { url: path } : {}),
      siteName,
      locale: 'en_US',
      images,
      ...(type === 'article' ? { type: 'article', ...(modifiedTime ? { modifiedTime } : {}) } : { type: 'website' }),
    },
    twitter: {
      card: 'summary_large_image',
      title: shownTitle,
      description,
      images: [{ url: image.url, alt: image.alt }],
    },
  };
}

/**
 * The self-check's metadata, for both of its pages: the empty form (/is-iop-right-for-me) and a reader's posted
 * answers (/is-iop-right-for-me/answers). Both are the self-check to a search engine or a link preview, so both
 * name the form's address as theirs; the answers page, made for one reader, is never indexed.
 */
export function selfCheckMetadata(page: 'form' | 'answers'): Metadata {
  const metadata = pageMetadata({
    title: 'Is an IOP right for me?',
    description:
      'Answer a few yes or no questions to see which level of care might fit you, from weekly therapy to an IOP or more. Nothing is stored.',
    path: '/is-iop-right-for-me',
  });
  return page === 'answers' ? { ...metadata, robots: { index: false, follow: true } } : metadata;
}

/** The site as the structured-data, feed and sitemap builders need it. */
export const site = { name: siteName, url: siteUrl };
