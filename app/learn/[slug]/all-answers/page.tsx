import type { Metadata } from 'next';
import { ArticleView } from '@/components/article/article-view';
import { articlePage } from '@/lib/article-page';
import { getArticle, getArticles } from '@/lib/content/loader';
import { articleImage, pageMetadata } from '@/lib/seo/metadata';

// An article with an FAQ, every answer open: where "Show all answers" goes, with or without JavaScript.
// The article is its canonical address; this version is kept out of search engines.
export const dynamicParams = false;

export function generateStaticParams() {
  return getArticles()
    .filter((article) => article.faq.length > 0)
    .map((article) => ({ slug: article.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug)!;
  const { title, description, lastReviewed } = article.frontmatter;
  return {
    ...pageMetadata({
      title: `${title}: all answers`,
      description,
      path: `/learn/${article.slug}`,
      type: 'article',
      image: articleImage(article.slug, title),
      modifiedTime: lastReviewed,
    }),
    robots: { index: false, follow: true },
  };
}

export default async function AllAnswersPage({ params }: Props) {
  const { slug } = await params;
  const article = getArticle(slug)!;
  const { default: Body } = await import(`@/content/${slug}.mdx`);
  return <ArticleView page={articlePage(article)} Body={Body} answers="open" />;
}
