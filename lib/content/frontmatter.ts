// Reads the YAML block at the top of an article and checks it against the schema, turning every
// parser or schema error into a Problem with the line it is on (the words come from error-map.ts).
import { isMap, isScalar, isSeq, type Document } from 'yaml';
import type { z } from 'zod';
import { curlyQuotedAdvice, schemaIssueAdvice, unknownFieldAdvice } from './error-map';
import { closest, type Problem } from './problems';
import { changeSchema, frontmatterFields, frontmatterSchema, sourceFieldNames, type Frontmatter } from './schema';
import { readYaml, type Place, type YamlFile } from './yaml-file';

export interface ParsedFrontmatter {
  data?: Frontmatter;
  problems: Problem[];
  /** The article text after the frontmatter block. */
  body: string;
  /** Line of the file on which `body` starts (1-based). */
  bodyLine: number;
  /** Where each top-level field is ("related"), and each item of a list field ("related.1"), for messages about them. */
  lines: Record<string, Place>;
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
  const body = lines.slice(end + 1).join('\n');
  const bodyLine = end + 2;
  const yaml = readYaml(lines.slice(1, end).join('\n'), 'frontmatter', 2);
  if (yaml.error) {
    const { line, column, message, fix } = yaml.error;
    return { problems: [{ file, line, column, severity: 'error', message, fix }], body, bodyLine, lines: {} };
  }

  const raw: unknown = yaml.doc.toJS() ?? {};
  const fieldLines = linesOf(yaml);
  const problems = curlyQuoted(file, yaml);
  const result = frontmatterSchema.safeParse(raw, { reportInput: true });
  // Curly quotes are an error, but the fields can still be read: other pages' links to this one still work.
  if (result.success) return { data: result.data, problems, body, bodyLine, lines: fieldLines };
  problems.push(...result.error.issues.flatMap((issue) => describeIssue(file, issue, raw, yaml)));
  return { problems, body, bodyLine, lines: fieldLines };
}

function linesOf(yaml: YamlFile): ParsedFrontmatter['lines'] {
  const lines: ParsedFrontmatter['lines'] = {};
  if (!isMap(yaml.doc.contents)) return lines;
  for (const pair of yaml.doc.contents.items) {
    const key = pair.key as { value?: unknown; range?: number[] } | null;
    if (typeof key?.value !== 'string') continue;
    lines[key.value] = yaml.at(key.range?.[0]);
    if (isSeq(pair.value)) {
      pair.value.items.forEach((item, index) => {
        lines[`${key.value}.${index}`] = yaml.at((item as { range?: number[] }).range?.[0]);
      });
    }
  }
  return lines;
}

/** Text fields pasted from a word processor in curly quotes: valid, but readers would see the quotes. */
function curlyQuoted(file: string, yaml: YamlFile): Problem[] {
  const problems: Problem[] = [];
  const visit = (node: unknown, key: string | undefined) => {
    if (isMap(node)) node.items.forEach((pair) => visit(pair.value, String((pair.key as { value?: unknown } | null)?.value ?? key)));
    else if (isSeq(node)) node.items.forEach((item) => visit(item, key));
    else if (isScalar(node) && typeof node.value === 'string' && key) {
      const advice = curlyQuotedAdvice(key, node.value);
      if (advice) problems.push({ file, ...yaml.at(node.range?.[0]), severity: 'error', message: advice.message, fix: advice.fix });
    }
  };
  visit(yaml.doc.contents, undefined);
  return problems;
}

function describeIssue(file: string, issue: z.core.$ZodIssue, raw: unknown, yaml: YamlFile): Problem[] {
  const path = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part));
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const [known, owner] = path.length === 0 ? [frontmatterFields, 'an article'] : path[0] === 'changes' ? [Object.keys(changeSchema.shape), 'a change'] : [sourceFieldNames, 'an article source'];
      const { message, fix } = unknownFieldAdvice(key, owner, closest(key, known), known);
      return { file, ...yaml.placeOf([...path, key]), severity: 'error' as const, message, fix };
    });
  }
  const missing = issue.code === 'invalid_type' && valueAt(raw, path) === undefined;
  const { message, fix } = schemaIssueAdvice(issue, 'article', missing);
  return [{ file, ...yaml.placeOf(missing ? path.slice(0, -1) : path), severity: 'error', message, fix }];
}

function valueAt(raw: unknown, path: (string | number)[]): unknown {
  let value: unknown = raw;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[part];
  }
  return value;
}

export type { Document };
