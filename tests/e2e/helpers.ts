import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { articlePaths, slugOf } from '../../lib/content/files';
import { parse } from 'yaml';

export const coreSlugs = [
  'what-is-an-iop',
  'benefits-of-an-iop',
  'who-an-iop-is-for',
  'challenges-of-an-iop',
  'relapse-prevention',
];

/** What the tests expect, read straight from content/ (not through the site's own loader). */
export function listArticles(): { slug: string; title: string; description: string; sources: number }[] {
  return articlePaths().map((file) => {
    const source = readFileSync(file, 'utf8');
    const data = parse(source.split(/^---$/m)[1]!) as { title: string; description: string; sources: unknown[] };
    return { slug: slugOf(file), title: data.title, description: data.description, sources: data.sources.length };
  });
}

/** axe's WCAG 2.2 AA rules on the page as it is now: each violation named with the elements it found. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
