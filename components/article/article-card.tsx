import { LinkCard } from '@/components/layout/link-card';
import type { Article } from '@/lib/content/loader';

/** A link to an article with its description, as a card the reader can tap anywhere on. */
export function ArticleCard({ article, headingLevel = 3 }: { article: Article; headingLevel?: 2 | 3 | 4 }) {
  return (
    <LinkCard href={`/learn/${article.slug}`} title={article.frontmatter.title} headingLevel={headingLevel}>
      {article.frontmatter.description}
    </LinkCard>
  );
}
