import type { Article } from '@/lib/content/loader';
import { ArticleCard } from './article-card';

/** What follows an article's sources: related reading as cards, then the previous and next article in order. */
export function ArticleEnd({ related, previous, next }: { related: Article[]; previous?: Article; next?: Article }) {
  return (
    <>
      {related.length > 0 ? (
        <section aria-labelledby="related" className="mt-12 print:hidden">
          <h2 id="related" className="text-2xl font-bold">
            Related articles
          </h2>
          <ul className="link-cards mt-4">
            {related.map((article) => (
              <ArticleCard key={article.slug} article={article} />
            ))}
          </ul>
        </section>
      ) : null}
      {previous || next ? (
        <nav
          aria-label="Previous and next articles"
          className="mt-12 grid gap-4 border-t border-line pt-6 sm:grid-cols-2 print:hidden"
        >
          {previous ? (
            <a href={`/learn/${previous.slug}`} rel="prev" className="block">
              <span className="block text-base text-muted">Previous</span>
              <span className="font-semibold">{previous.frontmatter.title}</span>
            </a>
          ) : (
            <span />
          )}
          {next ? (
            <a href={`/learn/${next.slug}`} rel="next" className="block sm:text-right">
              <span className="block text-base text-muted">Next</span>
              <span className="font-semibold">{next.frontmatter.title}</span>
            </a>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
