import type { Article } from '@/lib/content/source';
import { ArticleCard } from './article-card';

/** What follows an article: urgent help in view, related reading, then previous and next in order. */
export function ArticleEnd({ related, previous, next }: { related: Article[]; previous?: Article; next?: Article }) {
  return (
    <>
      <aside aria-labelledby="urgent-help" className="callout callout-urgent mt-12">
        <h2 id="urgent-help" className="callout-title">
          Need help now?
        </h2>
        <p>
          If you or someone else is in danger, call <a href="tel:911">911</a>. If you are thinking about suicide or are in
          crisis, call <a href="tel:988">988</a> or text <a href="sms:988">988</a> (free, 24/7). <a href="/get-help-now">All the ways to get urgent help</a>.
        </p>
      </aside>
      {related.length > 0 ? (
        <section aria-labelledby="related" className="mt-12 print:hidden">
          <h2 id="related" className="text-2xl font-bold">
            Related articles
          </h2>
          <ul className="mt-4 grid gap-4 sm:grid-cols-2">
            {related.map((article) => (
              <ArticleCard key={article.slug} article={article} />
            ))}
          </ul>
        </section>
      ) : null}
      {previous || next ? (
        <nav aria-label="Previous and next articles" className="mt-12 grid gap-4 border-t border-line pt-6 sm:grid-cols-2 print:hidden">
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
