import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleEnd } from '@/components/article/article-end';
import { CopySectionLinks } from '@/components/article/copy-section-links';
import { headingsWithAliases } from '@/components/article/heading';
import { OnThisPage } from '@/components/article/on-this-page';
import { ReviewDates } from '@/components/article/review-dates';
import { SourceList } from '@/components/article/source-list';
import { getArticle, getArticles, getNeighbours, getRelated } from '@/lib/content/source';
import { getRedirects } from '@/lib/links/published';
import { aliasesFor } from '@/lib/links/redirects';

export const dynamicParams = false;

export function generateStaticParams() {
  return getArticles().map((article) => ({ slug: article.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug);
  if (!article) return {};
  return {
    title: article.frontmatter.title,
    description: article.frontmatter.description,
    alternates: { canonical: `/learn/${article.slug}` },
  };
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const article = getArticle(slug);
  if (!article) notFound();
  const { default: Body } = await import(`@/content/${slug}.mdx`);
  const { frontmatter } = article;
  const { previous, next } = getNeighbours(slug);

  return (
    <article className="mx-auto max-w-[40rem]">
      <header>
        {frontmatter.section ? <p className="text-base font-semibold text-muted">{frontmatter.section}</p> : null}
        <h1 className="mt-1 text-3xl leading-tight font-bold sm:text-4xl">{frontmatter.title}</h1>
        <p className="mt-3 text-xl">{frontmatter.description}</p>
        <p className="mt-3 text-base text-muted">{article.readingMinutes} minute read</p>
        <ReviewDates lastReviewed={frontmatter.lastReviewed} nextReview={frontmatter.nextReview} reviewedBy={frontmatter.reviewedBy} />
      </header>
      <OnThisPage headings={article.headings} />
      <div className="prose">
        <Body components={headingsWithAliases(aliasesFor(getRedirects(), slug))} />
      </div>
      <footer className="mt-10">
        <SourceList sources={frontmatter.sources} />
      </footer>
      <ArticleEnd related={getRelated(article)} previous={previous} next={next} />
      <CopySectionLinks />
    </article>
  );
}
