import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleView } from '@/components/article/article-view';
import { articlePage } from '@/lib/article-page';
import { getArticle, getArticles } from '@/lib/content/loader';
import { articleImage, pageMetadata } from '@/lib/seo/metadata';
import { getRedirects } from '@/lib/links/published';
import { movedArticle } from '@/lib/links/redirects';

export const dynamicParams = false;

// Every article, and every retired or renamed one (content/redirects.yaml), which answers with a
// permanent redirect (308) to its new home: links people shared still arrive, a #section in the old
// link travels with the redirect, and the redirect carries the site's security headers (a redirect
// from next.config.mjs would not).
export function generateStaticParams() {
  return [...getArticles().map((article) => article.slug), ...Object.keys(getRedirects().articles)].map((slug) => ({
    slug,
  }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug);
  if (!article) return {};
  const { title, description, lastReviewed } = article.frontmatter;
  return pageMetadata({
    title,
    description,
    path: `/learn/${article.slug}`,
    type: 'article',
    image: articleImage(article.slug, title),
    modifiedTime: lastReviewed,
  });
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const article = getArticle(slug);
  if (!article) {
    const movedTo = movedArticle(getRedirects(), slug);
    if (movedTo !== undefined) permanentRedirect(`/learn/${movedTo}`);
    notFound();
  }
  const { default: Body } = await import(`@/content/${slug}.mdx`);
  return <ArticleView page={articlePage(article)} Body={Body} />;
}
