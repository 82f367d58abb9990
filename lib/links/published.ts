// Reads the registry and the redirect list from content/ and checks them against the articles.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../content/problems';
import { contentVersion, type Article } from '../content/loader';
import { once } from '../process-cache';
import { checkLinks, parseRegistry, type LinkTarget } from './registry';
import { readRedirects, type Redirects } from './redirects';

export function linkTargets(articles: Article[]): LinkTarget[] {
  // Sections, and the questions of an FAQ (question: true): both can be shared as /learn/<slug>#<id>.
  return articles.map((article) => ({
    slug: article.slug,
    title: article.frontmatter.title,
    file: article.file,
    headings: [
      ...article.headings.map(({ id, text, depth, line }) => ({ id, text, depth, line })),
      ...article.faq.map(({ id, question, line }) => ({ id, text: question, depth: 0, line, question: true as const })),
    ],
  }));
}

/** `unreadable`: the articles whose frontmatter or text cannot be read (slug -> file), from the loader. */
export function checkPublishedLinks(
  dir: string,
  articles: Article[],
  unreadable: ReadonlyMap<string, string> = new Map(),
): Problem[] {
  const registryPath = path.join(/*turbopackIgnore: true*/ dir, 'published-links.txt');
  const registry = existsSync(registryPath) ? parseRegistry(readFileSync(registryPath, 'utf8')) : undefined;
  const { redirects, problems, lines } = readRedirects(path.join(/*turbopackIgnore: true*/ dir, 'redirects.yaml'));
  return [
    ...problems,
    ...checkLinks(registry, linkTargets(articles), redirects, {
      unreadable,
      redirectsUnreadable: problems.length > 0,
      redirectLines: lines,
    }),
  ];
}

/** The site's redirect list (content/redirects.yaml), read once per process (again under `npm run dev` after an edit). */
export function getRedirects(): Redirects {
  const file = path.join(/*turbopackIgnore: true*/ process.cwd(), 'content', 'redirects.yaml');
  return once('redirects', () => readRedirects(file).redirects, contentVersion());
}
