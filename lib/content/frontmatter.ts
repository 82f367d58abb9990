// Reads the YAML block at the top of an article and checks it against the schema, turning every
// YAML or schema error into a Problem with the line it is on.
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { closest, type Problem } from './problems';
import { changeSchema, frontmatterFields, frontmatterSchema, sourceFieldNames, type Frontmatter } from './schema';

/** What a good line looks like for each field, shown when a field is missing or wrong. */
const examples: Record<string, string> = {
  title: 'title: What is an IOP?',
  description: 'description: A short, plain summary of the page in 50 to 160 characters.',
  lastReviewed: 'lastReviewed: 2026-11-20',
  nextReview: 'nextReview: 2029-11-20',
  sources: 'a "sources:" line, then one item per source with its id, title, publisher, url, year and type (see content/README.md)',
  changes: 'a "changes:" line, then one item per change with its date and summary (see content/README.md)',
  section: 'section: Understanding IOP',
  order: 'order: 3',
  related: 'a "related:" line, then one line per article like "  - benefits-of-an-iop"',
  reviewedBy: 'reviewedBy: Jane Doe, LCSW',
  title_source: 'title: Clinical Issues in Intensive Outpatient Treatment',
  publisher: 'publisher: SAMHSA',
  url: 'url: https://www.samhsa.gov/...',
  year: 'year: 2021',
  id: 'id: medicare-iop',
  type: 'type: government',
  note: 'note: Study run by the company that offers the program',
  date: 'date: 2026-11-30',
  summary: 'summary: Said which health plans the parity law covers.',
};

export interface ParsedFrontmatter {
  data?: Frontmatter;
  problems: Problem[];
  /** The article text after the frontmatter block. */
  body: string;
  /** Line of the file on which `body` starts (1-based). */
  bodyLine: number;
  /** Where each top-level field is ("related"), and each item of a list field ("related.1"), for messages about them. */
  lines: Record<string, { line: number; column: number }>;
}

const FENCE = /^---[ \t]*$/;

export function parseFrontmatter(file: string, source: string): ParsedFrontmatter {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) {
    return {
      problems: [{ file, line: 1, column: 1, severity: 'error', message: 'The file does not start with frontmatter', fix: 'Make the first line "---", then the fields (title, description, ...), then another "---"' }],
      body: source,
      bodyLine: 1,
      lines: {},
    };
  }
  const end = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (end === -1) {
    return {
      problems: [{ file, line: 1, column: 1, severity: 'error', message: 'The frontmatter is not closed', fix: 'Add a line "---" after the last frontmatter field' }],
      body: '',
      bodyLine: lines.length + 1,
      lines: {},
    };
  }
  const yamlText = lines.slice(1, end).join('\n');
  const body = lines.slice(end + 1).join('\n');
  const bodyLine = end + 2;

  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, uniqueKeys: true });
  const at = (offset: number | undefined) => {
    if (offset === undefined) return { line: 2, column: 1 };
    const pos = counter.linePos(offset);
    return { line: pos.line + 1, column: pos.col };
  };
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => ({
        file,
        ...at(error.pos[0]),
        severity: 'error' as const,
        message: `The frontmatter is not valid YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
        fix: 'Each field goes on its own line as "name: value"; indent list items with two spaces and a dash; put text that contains a colon in quotes',
      })),
      body,
      bodyLine,
      lines: {},
    };
  }

  const raw: unknown = doc.toJS() ?? {};
  const result = frontmatterSchema.safeParse(raw);
  const fieldLines = linesOf(doc, at);
  if (result.success) return { data: result.data, problems: [], body, bodyLine, lines: fieldLines };
  return {
    problems: result.error.issues.flatMap((issue) => describeIssue(file, issue, raw, doc, at)),
    body,
    bodyLine,
    lines: fieldLines,
  };
}

function linesOf(doc: Document, at: Where): ParsedFrontmatter['lines'] {
  const lines: ParsedFrontmatter['lines'] = {};
  if (!isMap(doc.contents)) return lines;
  for (const pair of doc.contents.items) {
    const key = pair.key as { value?: unknown; range?: number[] } | null;
    if (typeof key?.value !== 'string') continue;
    lines[key.value] = at(key.range?.[0]);
    if (isSeq(pair.value)) {
      pair.value.items.forEach((item, index) => {
        lines[`${key.value}.${index}`] = at((item as { range?: number[] }).range?.[0]);
      });
    }
  }
  return lines;
}

type Where = (offset: number | undefined) => { line: number; column: number };

function describeIssue(file: string, issue: z.core.$ZodIssue, raw: unknown, doc: Document, at: Where): Problem[] {
  const path = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part));
  const field = fieldName(path);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const [known, owner] = path.length === 0 ? [frontmatterFields, 'an article'] : path[0] === 'changes' ? [Object.keys(changeSchema.shape), 'a change'] : [sourceFieldNames, 'an article source'];
      const guess = closest(key, known);
      return {
        file,
        ...at(keyOffset(doc, [...path, key])),
        severity: 'error' as const,
        message: `"${key}" is not a field ${owner} can have`,
        fix: guess ? `Did you mean "${guess}"? Check the spelling` : `Remove it. The fields are: ${known.join(', ')}`,
      };
    });
  }
  const ownFix = issue.code === 'custom' ? (issue.params as { fix?: string } | undefined)?.fix : undefined;
  const missing = issue.code === 'invalid_type' && valueAt(raw, path) === undefined;
  const exampleKey = field === 'title' && path.length > 1 ? 'title_source' : field;
  const example = examples[exampleKey];
  const location = at(missing ? keyOffset(doc, path.slice(0, -1)) : keyOffset(doc, path));
  return [
    {
      file,
      ...location,
      severity: 'error',
      message: missing ? `"${describePath(path)}" is missing` : issue.message,
      fix: ownFix ?? (example ? `${missing ? 'Add' : 'Write it like'}: ${example}` : undefined),
    },
  ];
}

function fieldName(path: (string | number)[]): string {
  const names = path.filter((part): part is string => typeof part === 'string');
  return names[names.length - 1] ?? '';
}

/** `sources[1].url` reads as "sources: item 2: url" for an editor. */
function describePath(path: (string | number)[]): string {
  return path.map((part) => (typeof part === 'number' ? `item ${part + 1}` : part)).join(': ');
}

function valueAt(raw: unknown, path: (string | number)[]): unknown {
  let value: unknown = raw;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[part];
  }
  return value;
}

/** Offset in the YAML text of the key (or list item) at `path`, or of the nearest parent found. */
function keyOffset(doc: Document, path: (string | number)[]): number | undefined {
  let node: unknown = doc.contents;
  let offset: number | undefined = (doc.contents as { range?: number[] } | null)?.range?.[0];
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === part);
      if (!pair) return offset;
      offset = (pair.key as { range?: number[] }).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number') {
      const item = node.items[part] as { range?: number[] } | undefined;
      if (!item) return offset;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      return offset;
    }
  }
  return offset;
}
