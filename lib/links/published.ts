// Reads the registry and the redirect list from content/ and checks them against the articles.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../content/problems';
import type { Article } from '../content/source';
import { checkLinks, parseRegistry, type LinkTarget } from './registry';
import { readRedirects, type Redirects } from './redirects';

export function linkTargets(articles: Article[]): LinkTarget[] {
  // Sections and the questions of an FAQ: both can be shared as /learn/<slug>#<id>.
  return articles.map((article) => ({ slug: article.slug, title: article.frontmatter.title, file: article.file, ids: [...article.headings.map((heading) => heading.id), ...article.faq.map((item) => item.id)] }));
}

export function checkPublishedLinks(dir: string, articles: Article[]): Problem[] {
  const registryPath = path.join(/*turbopackIgnore: true*/ dir, 'published-links.txt');
  const registry = existsSync(registryPath) ? parseRegistry(readFileSync(registryPath, 'utf8')) : undefined;
  const { redirects, problems } = readRedirects(path.join(/*turbopackIgnore: true*/ dir, 'redirects.yaml'));
  return [...problems, ...checkLinks(registry, linkTargets(articles), redirects)];
}

let cached: Redirects | undefined;

/** The site's redirect list (content/redirects.yaml), read once per process. */
export function getRedirects(): Redirects {
  cached ??= readRedirects(path.join(/*turbopackIgnore: true*/ process.cwd(), 'content', 'redirects.yaml')).redirects;
  return cached;
}
