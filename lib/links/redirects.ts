// content/redirects.yaml: where old addresses now point, so links people shared keep working.
//   articles:  an old article slug -> the slug of the article that replaced it (answered with a 308)
//   sections:  per article, an old section id -> the id of the section that now covers it
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Problem } from '../content/problems';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be an article slug like paying-for-an-iop' });
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'must be a section id like how-much-does-an-iop-cost' });

export const redirectsSchema = z.strictObject({
  /** old-article-slug: new-article-slug */
  articles: z.record(slug, slug).nullish().transform((value) => value ?? {}),
  /** article-slug: { old-section-id: new-section-id } */
  sections: z
    .record(slug, z.record(id, id).nullish().transform((value) => value ?? {}))
    .nullish()
    .transform((value) => value ?? {}),
});

export type Redirects = z.infer<typeof redirectsSchema>;

export const emptyRedirects: Redirects = { articles: {}, sections: {} };

export function readRedirects(file: string, name = 'content/redirects.yaml'): { redirects: Redirects; problems: Problem[] } {
  if (!existsSync(file)) return { redirects: emptyRedirects, problems: [] };
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8')) ?? {};
  } catch (error) {
    const where = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0];
    return {
      redirects: emptyRedirects,
      problems: [{ file: name, line: where?.line, column: where?.col, severity: 'error', message: `The redirect list is not valid YAML: ${(error as Error).message.split('\n')[0]}`, fix: 'Indent with two spaces and write each entry as "old: new"' }],
    };
  }
  const result = redirectsSchema.safeParse(raw);
  if (!result.success) {
    return {
      redirects: emptyRedirects,
      problems: result.error.issues.map((issue) => ({
        file: name,
        severity: 'error' as const,
        message: `In the redirect list, "${issue.path.join(': ')}" ${issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message}`,
        fix: 'The list has two parts: "articles:" (old-slug: new-slug) and "sections:" (article-slug, then old-id: new-id under it)',
      })),
    };
  }
  return { redirects: result.data, problems: [] };
}

// The lists are plain objects (parsed YAML), so a slug or id is looked up among their own entries
// only: "constructor" must not find Object.prototype.constructor.

/** The slug an old article slug now points to, or undefined when it was never redirected. */
export function movedArticle(redirects: Redirects, slug: string): string | undefined {
  return Object.hasOwn(redirects.articles, slug) ? redirects.articles[slug] : undefined;
}

/** The id an old section id of an article now points to, or undefined. */
export function movedSection(redirects: Redirects, articleSlug: string, id: string): string | undefined {
  const sections = sectionsOf(redirects, articleSlug);
  return Object.hasOwn(sections, id) ? sections[id] : undefined;
}

/** Old section ids of one article, grouped by the id of the section they now land on. */
export function aliasesFor(redirects: Redirects, articleSlug: string): Map<string, string[]> {
  const aliases = new Map<string, string[]>();
  for (const [oldId, newId] of Object.entries(sectionsOf(redirects, articleSlug))) {
    aliases.set(newId, [...(aliases.get(newId) ?? []), oldId]);
  }
  return aliases;
}

function sectionsOf(redirects: Redirects, articleSlug: string): Record<string, string> {
  return Object.hasOwn(redirects.sections, articleSlug) ? redirects.sections[articleSlug]! : {};
}
