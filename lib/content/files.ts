// Which files in content/ are articles and which are the site's other pages: the one listing, used by the
// loader, the content check, the readability report, the tests and the bench.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const mdxFiles = (dir: string): string[] =>
  readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .map((entry) => entry.name)
    .sort()
    .map((name) => path.join(/*turbopackIgnore: true*/ dir, name));

/** The article files of a content folder: its .mdx files (not those in content/pages), sorted by name. */
export function articlePaths(dir: string = path.join(process.cwd(), 'content')): string[] {
  return mdxFiles(dir);
}

/** The site's other pages written in MDX (content/pages, e.g. the about page), sorted by name. */
export function pagePaths(dir: string = path.join(process.cwd(), 'content')): string[] {
  const pages = path.join(/*turbopackIgnore: true*/ dir, 'pages');
  return existsSync(pages) ? mdxFiles(pages) : [];
}

/** An article's slug: its file name without .mdx. */
export const slugOf = (file: string): string => path.basename(file, '.mdx');
