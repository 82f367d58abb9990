import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export const coreSlugs = ['what-is-an-iop', 'benefits-of-an-iop', 'who-an-iop-is-for', 'challenges-of-an-iop', 'relapse-prevention'];

/** What the tests expect, read straight from content/ (not through the site's own loader). */
export function listArticles(): { slug: string; title: string; description: string; sources: number }[] {
  const dir = path.join(process.cwd(), 'content');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const source = readFileSync(path.join(dir, name), 'utf8');
      const data = parse(source.split(/^---$/m)[1]!) as { title: string; description: string; sources: unknown[] };
      return { slug: name.replace(/\.mdx$/, ''), title: data.title, description: data.description, sources: data.sources.length };
    });
}
