import { ImageResponse } from 'next/og';
import { SocialCard } from '@/components/seo/social-card';
import { getArticle, getArticles } from '@/lib/content/loader';
import { socialImageSize } from '@/lib/seo/metadata';

// Each article's link-preview image: its title and the site name, drawn at build time with the
// font built into next/og (nothing is fetched). The alt text is set per article by pageMetadata.
export const dynamicParams = false;
export const size = socialImageSize;
export const contentType = 'image/png';

export function generateStaticParams() {
  return getArticles().map((article) => ({ slug: article.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const article = getArticle((await params).slug)!;
  return new ImageResponse(<SocialCard title={article.frontmatter.title} kicker={article.frontmatter.section} />, size);
}
