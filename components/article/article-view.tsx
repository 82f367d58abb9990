import type { MDXContent } from 'mdx/types';
import { ArticleEnd } from '@/components/article/article-end';
import { Breadcrumbs } from '@/components/article/breadcrumbs';
import { citeWith } from '@/components/article/cite';
import { headingsWithAliases } from '@/components/article/heading';
import { OnThisPage } from '@/components/article/on-this-page';
import { PageReview } from '@/components/article/page-review';
import { SectionLinkStatus } from '@/components/article/section-link-status';
import { SourceList } from '@/components/article/source-list';
import { UrgentHelp } from '@/components/crisis/urgent-help';
import { faqWith } from '@/components/mdx/faq';
import { JsonLd } from '@/components/seo/json-ld';
import { allAnswersPath, type ArticlePage } from '@/lib/article-page';
import { citedTimes } from '@/lib/content/loader';

/**
 * An article, top to end: breadcrumbs, title, summary and reading time; "On this page" (beside the text
 * on a wide screen, globals.css); the text; one
 * urgent-help block (unless the last section has its own); sources, collapsed; related reading; the
 * previous and next article; review dates and page history at the bottom (NHS style).
 * `answers` says how an FAQ in the text shows: each answer closed (the article) or all open. The all-open
 * copy has no structured data: it is kept out of search engines and names the article as its canonical
 * address, which carries it (the copy, one of the site's longest pages, is a fifth smaller without it).
 */
export function ArticleView({
  page,
  Body,
  answers = 'closed',
}: {
  page: ArticlePage;
  Body: MDXContent;
  answers?: 'closed' | 'open';
}) {
  const { article, trail, jsonLd, aliases, related, previous, next } = page;
  const { frontmatter } = article;
  const articlePath = `/learn/${article.slug}`;
  const faq =
    answers === 'open'
      ? { open: true, toggle: { href: articlePath, label: 'Hide all answers' }, answersAt: articlePath }
      : { open: false, toggle: { href: allAnswersPath(article.slug), label: 'Show all answers' } };
  return (
    <article className="article-page mx-auto max-w-[40rem]">
      {answers === 'closed' ? <JsonLd data={jsonLd} /> : null}
      <Breadcrumbs trail={trail} />
      <header>
        <h1 className="mt-3 text-3xl leading-tight font-bold sm:text-[2rem]">{frontmatter.title}</h1>
        <p className="mt-3 text-xl">{frontmatter.description}</p>
        <p className="mt-2 text-base text-muted">{article.readingMinutes} minute read</p>
      </header>
      <OnThisPage headings={article.headings} />
      <div className="prose">
        <Body components={{ ...headingsWithAliases(aliases), Cite: citeWith(frontmatter.sources), ...faqWith(faq) }} />
      </div>
      {article.endsWithUrgentHelp ? null : <UrgentHelp />}
      <SourceList sources={frontmatter.sources} citedTimes={citedTimes(article)} />
      <ArticleEnd related={related} previous={previous} next={next} />
      <PageReview
        lastReviewed={frontmatter.lastReviewed}
        nextReview={frontmatter.nextReview}
        reviewedBy={frontmatter.reviewedBy}
        changes={frontmatter.changes ?? []}
      />
      <SectionLinkStatus />
    </article>
  );
}
