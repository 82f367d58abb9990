// content/redirects.yaml: where old addresses now point, so links people shared keep working.
//   articles:  an old article slug -> the slug of the article that replaced it (answered with a 308)
//   sections:  per article, an old section id -> the id of the section that now covers it
import { existsSync, readFileSync } from 'node:fs';
import { isMap, isScalar, type Pair } from 'yaml';
import { z } from 'zod';
import { redirectIssueAdvice } from '../content/error-map';
import type { Problem } from '../content/problems';
import { KEBAB } from '../content/schema';
import { readYaml, type Place, type YamlFile } from '../content/yaml-file';

const slug = z.string().regex(KEBAB);
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);

export const redirectsSchema = z.strictObject({
  /** old-article-slug: new-article-slug */
  articles: z
    .record(slug, slug)
    .nullish()
    .transform((value) => value ?? {}),
  /** article-slug: { old-section-id: new-section-id } */
  sections: z
    .record(
      slug,
      z
        .record(id, id)
        .nullish()
        .transform((value) => value ?? {}),
    )
    .nullish()
    .transform((value) => value ?? {}),
});

export type Redirects = z.infer<typeof redirectsSchema>;

export const emptyRedirects: Redirects = { articles: {}, sections: {} };

export interface RedirectList {
  redirects: Redirects;
  problems: Problem[];
  /** Where each redirect is: "articles.old-slug", "sections.article", "sections.article.old-id". */
  lines: Map<string, Place>;
}

export function readRedirects(file: string, name = 'content/redirects.yaml'): RedirectList {
  if (!existsSync(file)) return { redirects: emptyRedirects, problems: [], lines: new Map() };
  const yaml = readYaml(readFileSync(file, 'utf8'), 'redirects');
  if (yaml.error) {
    const { line, column, message, fix } = yaml.error;
    return {
      redirects: emptyRedirects,
      problems: [{ file: name, line, column, severity: 'error', message, fix }],
      lines: new Map(),
    };
  }
  const lines = placesOf(yaml);
  const result = redirectsSchema.safeParse(yaml.doc.toJS() ?? {}, { reportInput: true });
  if (!result.success) {
    return {
      redirects: emptyRedirects,
      problems: result.error.issues.map((issue) => {
        const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
        const at = issue.code === 'unrecognized_keys' ? [...path, issue.keys[0]!] : path;
        const { entry, above } = describeEntry(yaml, at);
        const { message, fix } = redirectIssueAdvice(issue, entry, above);
        return { file: name, ...yaml.placeOf(at), severity: 'error' as const, message, fix };
      }),
      lines,
    };
  }
  return { redirects: result.data, problems: [], lines };
}

/** The "key: value" text at `path`, and the key just above it at the same level if that one has nothing under it. */
function describeEntry(yaml: YamlFile, path: readonly (string | number)[]): { entry: string; above?: string } {
  let map: unknown = yaml.doc.contents;
  for (const part of path.slice(0, -1)) map = isMap(map) ? map.get(part, true) : undefined;
  if (!isMap(map)) return { entry: String(path.at(-1) ?? '') };
  const pairs = map.items as Pair[];
  const index = pairs.findIndex((pair) => isScalar(pair.key) && pair.key.value === path.at(-1));
  const pair = pairs[index];
  const value = pair && isScalar(pair.value) ? pair.value.value : undefined;
  const entry = `${String(path.at(-1))}${value !== undefined && value !== null ? `: ${String(value)}` : ''}`;
  const previous = pairs[index - 1];
  const emptyAbove =
    previous && (previous.value === null || (isScalar(previous.value) && previous.value.value === null));
  return { entry, above: emptyAbove && isScalar(previous.key) ? String(previous.key.value) : undefined };
}

function placesOf(yaml: YamlFile): Map<string, Place> {
  const lines = new Map<string, Place>();
  const walk = (node: unknown, prefix: string, depth: number) => {
    if (!isMap(node) || depth > 2) return;
    for (const pair of node.items as Pair[]) {
      if (!isScalar(pair.key)) continue;
      const key = `${prefix}${String(pair.key.value)}`;
      lines.set(key, yaml.at(pair.key.range?.[0]));
      walk(pair.value, `${key}.`, depth + 1);
    }
  };
  walk(yaml.doc.contents, '', 0);
  return lines;
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
