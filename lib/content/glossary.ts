// The glossary: content/glossary.yaml, one entry per term, each with a stable #id.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Problem } from './problems';

export const glossaryEntrySchema = z.strictObject({
  /** The anchor: /glossary#<id>. Lower-case letters, digits and hyphens. Never change it once published. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'an id uses only lower-case letters, digits and hyphens' }),
  /** The term as a reader meets it, plain name first, e.g. "Partial hospitalization program (PHP)". */
  term: z.string().trim().min(1),
  /** One to three plain sentences. */
  definition: z.string().trim().min(1),
  /** Optional: slugs of articles that explain more. */
  related: z.array(z.string()).optional(),
});

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export function readGlossary(file: string): { entries: GlossaryEntry[]; problems: Problem[] } {
  const name = path.relative(process.cwd(), file) || file;
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const where = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0];
    return {
      entries: [],
      problems: [{ file: name, line: where?.line, column: where?.col, severity: 'error', message: `The glossary is not valid YAML: ${(error as Error).message.split('\n')[0]}`, fix: 'Each entry starts with "- id: ..." and has term and definition lines indented by two spaces' }],
    };
  }
  const result = z.array(z.unknown()).safeParse(raw);
  if (!result.success) {
    return { entries: [], problems: [{ file: name, severity: 'error', message: 'The glossary must be a list of entries', fix: 'Start each entry with "- id: ..."' }] };
  }
  const entries: GlossaryEntry[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  result.data.forEach((item, index) => {
    const entry = glossaryEntrySchema.safeParse(item);
    if (!entry.success) {
      const issue = entry.error.issues[0]!;
      problems.push({ file: name, severity: 'error', message: `Glossary entry ${index + 1}: "${issue.path.join('.') || 'entry'}" ${issue.message}`, fix: 'Each entry needs id, term and definition' });
      return;
    }
    if (seen.has(entry.data.id)) {
      problems.push({ file: name, severity: 'error', message: `The glossary id "${entry.data.id}" is used twice`, fix: 'Give each entry its own id' });
      return;
    }
    seen.add(entry.data.id);
    entries.push(entry.data);
  });
  entries.sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
  return { entries, problems };
}
