// What an article page shows around the article's own text, gathered from the loader in one call, so the
// article and its all-answers version (app/learn/[slug]/all-answers) show the same page.
import { getNeighbours, getRelated, type Article } from './content/loader';
import { getRedirects } from './links/published';
import { aliasesFor } from './links/redirects';
import { articleBreadcrumbs, articleJsonLd } from './seo/article';
import type { Crumb } from './seo/breadcrumbs';
import type { JsonLd } from './seo/structured-data';

export interface ArticlePage {
  article: Article;
  trail: Crumb[];
  jsonLd: JsonLd[];
  /** Old section ids (content/redirects.yaml), by the id of the section they land on now. */
  aliases: ReadonlyMap<string, string[]>;
  related: Article[];
  previous?: Article;
  next?: Article;
}

export function articlePage(article: Article): ArticlePage {
  return {
    article,
    trail: articleBreadcrumbs(article),
    jsonLd: articleJsonLd(article),
    aliases: aliasesFor(getRedirects(), article.slug),
    related: getRelated(article),
    ...getNeighbours(article.slug),
  };
}

/** The address of an article's FAQ with every answer open (only articles with an <FAQ> have one). */
export const allAnswersPath = (slug: string) => `/learn/${slug}/all-answers`;
