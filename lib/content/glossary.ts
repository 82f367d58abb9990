// The glossary: content/glossary.yaml, one entry per term, each with a stable #id.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isSeq } from 'yaml';
import { z } from 'zod';
import { curlyQuotedAdvice, schemaIssueAdvice, unknownFieldAdvice, wholeFileAdvice } from './error-map';
import { closest, type Problem } from './problems';
import { KEBAB, sourceFields } from './schema';
import { readYaml, type Place } from './yaml-file';

export const glossaryEntrySchema = z.strictObject({
  /** The anchor: /glossary#<id>. Lower-case letters, digits and hyphens. Never change it once published. */
  id: z.string().regex(KEBAB),
  /** The term as a reader meets it, plain name first, e.g. "Partial hospitalization program (PHP)". */
  term: z.string().trim().min(1),
  /** One to three plain sentences. */
  definition: z.string().trim().min(1),
  /** Optional: articles that explain more, by file name without .mdx, e.g. [levels-of-care]. Each must exist. */
  related: z.array(z.string()).optional(),
  /**
   * Where a definition's number, law or finding comes from (needed when it states one), shown under it.
   * Each has title, publisher, url, year and type, like an article's sources (without an id).
   */
  sources: z.array(z.strictObject(sourceFields)).optional(),
});

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema> & {
  /** The line of the file the entry starts on, for messages about it. */
  line?: number;
  /** Where each `related` slug is written, in order, for messages about it. */
  relatedAt?: Place[];
};

export interface Glossary {
  entries: GlossaryEntry[];
  problems: Problem[];
  /** Ids that are missing because their entry (or, with 'all', the whole file) cannot be read. */
  unreadable: 'all' | string[];
}

const entryFields = Object.keys(glossaryEntrySchema.shape);

export function readGlossary(file: string): Glossary {
  const name = path.relative(process.cwd(), file) || file;
  const yaml = readYaml(readFileSync(file, 'utf8'), 'glossary');
  if (yaml.error) {
    const { line, column, message, fix } = yaml.error;
    return { entries: [], problems: [{ file: name, line, column, severity: 'error', message, fix }], unreadable: 'all' };
  }
  if (!isSeq(yaml.doc.contents)) {
    const { message, fix } = wholeFileAdvice('glossary');
    return { entries: [], problems: [{ file: name, ...yaml.placeOf([]), severity: 'error', message, fix }], unreadable: 'all' };
  }
  const items = yaml.doc.toJS() as unknown[];
  const entries: GlossaryEntry[] = [];
  const problems: Problem[] = [];
  const unreadable: string[] = [];
  /** Each id read, and the line of its entry. */
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const where = (inner: (string | number)[]) => yaml.placeOf([index, ...inner]);
    const line = where([]).line;
    const rawId = (item as { id?: unknown } | null)?.id;
    const entryName = typeof rawId === 'string' || typeof rawId === 'number' ? `The entry "${rawId}"` : `Entry ${index + 1}`;
    const entry = glossaryEntrySchema.safeParse(item, { reportInput: true });
    if (!entry.success) {
      if (typeof rawId === 'string') unreadable.push(rawId);
      for (const issue of entry.error.issues) {
        const inner = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
        if (issue.code === 'unrecognized_keys') {
          for (const key of issue.keys) {
            const known = inner.length ? Object.keys(sourceFields) : entryFields;
            const { message, fix } = unknownFieldAdvice(key, inner.length ? 'a source' : 'a glossary entry', closest(key, known), known);
            problems.push({ file: name, ...where([...inner, key]), severity: 'error', message: `${entryName}: ${message}`, fix });
          }
          continue;
        }
        const missing = issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined;
        const { message, fix } = schemaIssueAdvice(issue, 'glossary', missing);
        problems.push({ file: name, ...where(missing ? inner.slice(0, -1) : inner), severity: 'error', message: `${entryName}: ${message}`, fix });
      }
      return;
    }
    for (const key of ['term', 'definition'] as const) {
      const advice = curlyQuotedAdvice(key, entry.data[key]);
      if (advice) problems.push({ file: name, ...where([key]), severity: 'error', message: `${entryName}: ${advice.message}`, fix: advice.fix });
    }
    const first = seen.get(entry.data.id);
    if (first !== undefined) {
      problems.push({ file: name, ...where(['id']), severity: 'error', message: `The glossary id "${entry.data.id}" is used twice (first on line ${first})`, fix: 'Give each entry its own id' });
      return;
    }
    seen.set(entry.data.id, line);
    entries.push({ ...entry.data, line, relatedAt: entry.data.related?.map((_, i) => where(['related', i])) });
  });
  entries.sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
  return { entries, problems, unreadable };
}

/**
 * The glossary's links to articles: each `related` slug must be an article's file name, or the link would
 * silently disappear from /glossary. A slug whose article cannot be read waits for that file (followsFrom).
 */
export function glossaryRelatedProblems(file: string, entries: readonly GlossaryEntry[], slugs: readonly string[], unreadable: ReadonlyMap<string, string>): Problem[] {
  const known = new Set(slugs);
  return entries.flatMap((entry) =>
    (entry.related ?? []).flatMap((slug, index): Problem[] =>
      known.has(slug)
        ? []
        : [
            {
              file,
              ...(entry.relatedAt?.[index] ?? { line: entry.line }),
              severity: 'error',
              followsFrom: unreadable.get(slug),
              message: `The entry "${entry.id}": "related" lists "${slug}", but there is no article content/${slug}.mdx`,
              fix: `${didYouMean(closest(slug, slugs))}Use the file name of an existing article, or remove it from "related"`,
            },
          ],
    ),
  );
}

const didYouMean = (guess: string | undefined) => (guess ? `Did you mean "${guess}"? ` : '');

/** What `npm run terms` prints: every id and its term, by id, for <Term id="..."> and /glossary#id links. */
export function formatTerms(entries: GlossaryEntry[], file = 'content/glossary.yaml'): string {
  const sorted = [...entries].sort((a, b) => a.id.localeCompare(b.id));
  const width = Math.max(2, ...sorted.map((entry) => entry.id.length));
  return [
    `${sorted.length} ${sorted.length === 1 ? 'term' : 'terms'} in ${file}. Use an id in <Term id="..."> or in a link to /glossary#id.`,
    '',
    `  ${'id'.padEnd(width)}  term`,
    ...sorted.map((entry) => `  ${entry.id.padEnd(width)}  ${entry.term}`),
  ].join('\n');
}
