import type { Article } from '@/lib/content/loader';
import { sectionId } from '@/lib/seo/breadcrumbs';

/**
 * Every article by title, grouped by section: a compact index (one column on a phone, up to four on a
 * wide screen). /learn lists the same articles with a line about each.
 */
export function ArticleIndex({ sections }: { sections: { name: string; articles: Article[] }[] }) {
  return (
    <section aria-labelledby="articles" className="mt-12 border-t border-line pt-8">
      <h2 id="articles" className="text-2xl font-bold">
        Every article
      </h2>
      <div className="mt-6 grid gap-x-8 gap-y-8 sm:grid-cols-2 lg:grid-cols-4">
        {sections.map((section) => (
          <section key={section.name} aria-labelledby={sectionId(section.name)}>
            <h3 id={sectionId(section.name)} className="text-lg font-bold">
              {section.name}
            </h3>
            <ul className="mt-2 space-y-2 text-base">
              {section.articles.map((article) => (
                <li key={article.slug}>
                  <a href={`/learn/${article.slug}`}>{article.frontmatter.title}</a>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <p className="mt-8 text-base">
        <a href="/learn">All articles, with what each one covers</a>
      </p>
    </section>
  );
}
