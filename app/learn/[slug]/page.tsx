import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleEnd } from '@/components/article/article-end';
import { Breadcrumbs } from '@/components/article/breadcrumbs';
import { citeWith } from '@/components/article/cite';
import { headingsWithAliases } from '@/components/article/heading';
import { OnThisPage } from '@/components/article/on-this-page';
import { PageHistory } from '@/components/article/page-history';
import { ReviewDates } from '@/components/article/review-dates';
import { SectionLinkStatus } from '@/components/article/section-link-status';
import { SourceList } from '@/components/article/source-list';
import { JsonLd } from '@/components/seo/json-ld';
import { citedTimes, getArticle, getArticles, getNeighbours, getRelated } from '@/lib/content/source';
import { articleBreadcrumbs, articleJsonLd } from '@/lib/seo/article';
import { articleImage, pageMetadata } from '@/lib/seo/metadata';
import { getRedirects } from '@/lib/links/published';
import { aliasesFor, movedArticle } from '@/lib/links/redirects';

export const dynamicParams = false;

// Every article, and every retired or renamed one (content/redirects.yaml), which answers with a
// permanent redirect (308) to its new home: links people shared still arrive, a #section in the old
// link travels with the redirect, and the redirect carries the site's security headers (a redirect
// from next.config.mjs would not).
export function generateStaticParams() {
  return [...getArticles().map((article) => article.slug), ...Object.keys(getRedirects().articles)].map((slug) => ({ slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug);
  if (!article) return {};
  const { title, description, lastReviewed } = article.frontmatter;
  return pageMetadata({ title, description, path: `/learn/${article.slug}`, type: 'article', image: articleImage(article.slug, title), modifiedTime: lastReviewed });
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
  const { frontmatter } = article;
  const { previous, next } = getNeighbours(slug);

  return (
    <article className="mx-auto max-w-[40rem]">
      <JsonLd data={articleJsonLd(article)} />
      <Breadcrumbs trail={articleBreadcrumbs(article)} />
      <header>
        <h1 className="mt-3 text-3xl leading-tight font-bold sm:text-4xl">{frontmatter.title}</h1>
        <p className="mt-3 text-xl">{frontmatter.description}</p>
        <p className="mt-3 text-base text-muted">{article.readingMinutes} minute read</p>
        <ReviewDates lastReviewed={frontmatter.lastReviewed} nextReview={frontmatter.nextReview} reviewedBy={frontmatter.reviewedBy} />
      </header>
      <OnThisPage headings={article.headings} />
      <div className="prose">
        <Body components={{ ...headingsWithAliases(aliasesFor(getRedirects(), slug)), Cite: citeWith(frontmatter.sources) }} />
      </div>
      <footer className="mt-10">
        <SourceList sources={frontmatter.sources} citedTimes={citedTimes(article)} />
        <PageHistory changes={frontmatter.changes ?? []} />
      </footer>
      <ArticleEnd related={getRelated(article)} previous={previous} next={next} />
      <SectionLinkStatus />
    </article>
  );
}
