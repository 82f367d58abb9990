// The glossary: content/glossary.yaml, one entry per term, each with a stable #id.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isSeq, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import type { Problem } from './problems';
import { sourceFields } from './schema';

export const glossaryEntrySchema = z.strictObject({
  /** The anchor: /glossary#<id>. Lower-case letters, digits and hyphens. Never change it once published. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'an id uses only lower-case letters, digits and hyphens' }),
  /** The term as a reader meets it, plain name first, e.g. "Partial hospitalization program (PHP)". */
  term: z.string().trim().min(1),
  /** One to three plain sentences. */
  definition: z.string().trim().min(1),
  /** Optional: slugs of articles that explain more. */
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
};

export function readGlossary(file: string): { entries: GlossaryEntry[]; problems: Problem[] } {
  const name = path.relative(process.cwd(), file) || file;
  const counter = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: counter });
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : counter.linePos(offset));
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    const where = lineAt(error.pos[0]);
    return {
      entries: [],
      problems: [{ file: name, line: where?.line, column: where?.col, severity: 'error', message: `The glossary is not valid YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`, fix: 'Each entry starts with "- id: ..." and has term and definition lines indented by two spaces' }],
    };
  }
  const raw: unknown = doc.toJS();
  const result = z.array(z.unknown()).safeParse(raw);
  if (!result.success || !isSeq(doc.contents)) {
    return { entries: [], problems: [{ file: name, line: 1, column: 1, severity: 'error', message: 'The glossary must be a list of entries', fix: 'Start each entry with "- id: ..."' }] };
  }
  const itemLines = doc.contents.items.map((item) => lineAt((item as { range?: number[] }).range?.[0])?.line);
  const entries: GlossaryEntry[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  result.data.forEach((item, index) => {
    const line = itemLines[index];
    const entry = glossaryEntrySchema.safeParse(item);
    if (!entry.success) {
      const issue = entry.error.issues[0]!;
      problems.push({ file: name, line, column: 3, severity: 'error', message: `Glossary entry ${index + 1}: "${issue.path.join('.') || 'entry'}" ${issue.message}`, fix: 'Each entry needs id, term and definition' });
      return;
    }
    if (seen.has(entry.data.id)) {
      problems.push({ file: name, line, column: 3, severity: 'error', message: `The glossary id "${entry.data.id}" is used twice`, fix: 'Give each entry its own id' });
      return;
    }
    seen.add(entry.data.id);
    entries.push({ ...entry.data, line });
  });
  entries.sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
  return { entries, problems };
}
