import type { Article } from '@/lib/content/source';

/** A link to an article with its description: the whole card is one link target. */
export function ArticleCard({ article, headingLevel = 3 }: { article: Article; headingLevel?: 2 | 3 | 4 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <li className="rounded-lg border border-line p-4">
      <Heading className="text-lg font-bold">
        <a href={`/learn/${article.slug}`}>{article.frontmatter.title}</a>
      </Heading>
      <p className="mt-1 text-base text-muted">{article.frontmatter.description}</p>
    </li>
  );
}
