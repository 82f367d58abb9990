// One map from what a parser or the schema says to what an editor reads: the YAML parser (frontmatter,
// glossary.yaml, redirects.yaml, synonyms.yaml), the MDX parser and compiler (article text), and zod (the
// schemas). Every message about a broken field, a wrong shape or a broken line is written here, once, in
// plain words, with a fix; no reader passes zod's own English to an editor. (The model is Starlight's
// utils/error-map.ts; messages about the meaning of content live with their check.)
import type { z } from 'zod';
import { mdxComponentRules, type ComponentRule } from './components';
import { MAX_YEARS_BETWEEN_REVIEWS } from './review';

/** What is wrong and how to fix it; `offset` (YAML) or `line`/`column` (MDX) when it is not where the parser stopped. */
export interface Advice {
  message: string;
  fix?: string;
  offset?: number;
  line?: number;
  column?: number;
}

/** How a value is shown in a message: "20/11/2026", nothing, a list... */
export function show(value: unknown): string {
  if (value === undefined || value === null || value === '') return 'nothing';
  if (typeof value === 'string') return `"${value}"`;
  if (value instanceof Date) return `"${value.toISOString().slice(0, 10)}"`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  return `"${String(value)}"`;
}

// ---------------------------------------------------------------------------------------------------
// Fields

interface FieldHelp {
  /** How messages name the field: "lastReviewed", "sources: url". */
  label: string;
  /** How a message names a value that has no field name (a synonym group, a word of one): "a word". Else the label in quotes. */
  name?: string;
  /** What a good value is, after "must be": "a date like 2026-11-20". */
  what: string;
  /** A good line, after "Write it like:" (or "Add:" when it is missing). */
  example: string;
  /** For text: a good value (a text field's messages say "is empty" when there is none, then show the example). */
  sample?: string;
  /** What it must look like when its characters are wrong (an id), if that differs from `what`. */
  format?: string;
  /** For a list that needs a number of items, after its name when it has fewer: "needs at least one source". */
  tooFew?: string;
  kind?: 'date' | 'description' | 'year' | 'list';
}

const text = (label: string, key: string, sample: string): FieldHelp => ({ label, what: `text like "${sample}"`, example: `${key}: ${sample}`, sample });
const date = (label: string, key: string, sample: string): FieldHelp => ({ label, what: 'a date like 2026-11-20', example: `${key}: ${sample}`, kind: 'date' });

const synonymGroupExample = '- [cost, price, expensive]';

/** Every field an editor writes, by where it is: an article's ("title"), a source's ("source.url"), a change's, a glossary entry's. */
const fields: Record<string, FieldHelp> = {
  title: text('title', 'title', 'What is an IOP?'),
  description: { label: 'description', what: 'text of 50 to 160 characters', example: 'description: A short, plain summary of the page in 50 to 160 characters.', kind: 'description' },
  lastReviewed: date('lastReviewed', 'lastReviewed', '2026-11-20'),
  nextReview: date('nextReview', 'nextReview', '2029-11-20'),
  sources: { label: 'sources', what: 'a list of sources', example: 'a "sources:" line, then one item per source with its id, title, publisher, url, year and type (see content/README.md)', kind: 'list', tooFew: 'needs at least one source' },
  changes: { label: 'changes', what: 'a list of changes', example: 'a "changes:" line, then one item per change with its date and summary (see content/README.md)', kind: 'list' },
  section: text('section', 'section', 'Understanding IOP'),
  order: { label: 'order', what: 'a whole number like 3', example: 'order: 3' },
  related: { label: 'related', what: 'a list of article slugs', example: 'a "related:" line, then one line per article like "  - benefits-of-an-iop"', kind: 'list' },
  'related.item': { ...text('related', 'related', 'benefits-of-an-iop'), example: 'a "related:" line, then one line per article like "  - benefits-of-an-iop"' },
  reviewedBy: text('reviewedBy', 'reviewedBy', 'Jane Doe, LCSW'),
  'source.id': { label: 'sources: id', what: 'a short name like medicare-iop', format: 'lower-case words joined by hyphens, like medicare-iop', example: 'id: medicare-iop' },
  'source.title': text('sources: title', 'title', 'Clinical Issues in Intensive Outpatient Treatment'),
  'source.publisher': text('sources: publisher', 'publisher', 'SAMHSA'),
  'source.url': { label: 'sources: url', what: 'a web address starting with https://', example: 'url: https://www.samhsa.gov/...' },
  'source.year': { label: 'sources: year', what: 'a year like 2021', example: 'year: 2021', kind: 'year' },
  'source.type': { label: 'sources: type', what: 'a kind of source', example: 'type: government' },
  'source.note': text('sources: note', 'note', 'Study run by the company that offers the program'),
  'change.date': date('changes: date', 'date', '2026-11-30'),
  'change.summary': text('changes: summary', 'summary', 'Said which health plans the parity law covers.'),
  'glossary.id': { label: 'id', what: 'a short name like php', format: 'lower-case letters, digits and hyphens, like php', example: 'id: php' },
  'glossary.term': text('term', 'term', 'Partial hospitalization program (PHP)'),
  'glossary.definition': text('definition', 'definition', 'A program you go to most of the day, most days of the week.'),
  'glossary.related': { label: 'related', what: 'a list of article slugs', example: 'related: [levels-of-care]', kind: 'list' },
  'glossary.related.item': { ...text('related', 'related', 'levels-of-care'), example: 'related: [levels-of-care]' },
  'glossary.sources': { label: 'sources', what: 'a list of sources', example: 'a "sources:" line, then one item per source with its title, publisher, url, year and type', kind: 'list' },
  'synonyms.group': { label: 'group', name: 'this group', what: 'a list of words in square brackets', example: synonymGroupExample, kind: 'list', tooFew: 'needs at least two words: a word and what else a reader may call it' },
  'synonyms.word': { label: 'word', name: 'a word', what: 'text, like cost', example: synonymGroupExample, sample: 'cost' },
};

/** What each kind of group must hold, when a whole group is the wrong shape (text where fields were wanted). */
const groups: Record<'source' | 'glossarySource' | 'change' | 'glossary', Advice> = {
  source: {
    message: 'each source must have id, title, publisher, url, year and type',
    fix: 'Write it as an item under "sources:" that starts "- id: ...", with its title, publisher, url, year and type on the lines below, lined up with "id" (see content/README.md)',
  },
  glossarySource: {
    message: 'each source must have title, publisher, url, year and type',
    fix: 'Write it as an item under "sources:" that starts "- title: ...", with its publisher, url, year and type on the lines below, lined up with "title"',
  },
  change: { message: 'each change must have a date and a summary', fix: 'Write it as an item under "changes:" like "- date: 2026-11-30", with "summary: ..." on the line below, lined up with "date"' },
  glossary: { message: 'each entry must have an id, a term and a definition', fix: 'Start the entry with "- id: ...", with its term and definition on the lines below, indented by two spaces' },
};

/** Whose fields a path names: an article's frontmatter, a glossary entry or a group of synonyms. */
export type Scope = 'article' | 'glossary' | 'synonyms';

/** The help for the field at `path` of an article's frontmatter, a glossary entry or a synonym group (undefined for a whole group of fields). */
function fieldAt(path: readonly (string | number)[], scope: Scope): FieldHelp | undefined {
  const [first, index, name] = path;
  if (scope === 'synonyms') return fields[path.length === 0 ? 'synonyms.group' : 'synonyms.word'];
  const prefix = scope === 'glossary' ? 'glossary.' : '';
  if (first === 'sources' && typeof index === 'number') return name === undefined ? undefined : fields[`source.${name}`];
  if (first === 'changes' && typeof index === 'number') return name === undefined ? undefined : fields[`change.${name}`];
  if (first === 'related' && typeof index === 'number') return fields[`${prefix}related.item`];
  return typeof first === 'string' ? fields[`${prefix}${first}`] : undefined;
}

function groupAt(path: readonly (string | number)[], scope: Scope): Advice {
  if (path[0] === 'sources' && path.length === 2) return scope === 'glossary' ? groups.glossarySource : groups.source;
  if (path[0] === 'changes' && path.length === 2) return groups.change;
  return scope === 'glossary' ? groups.glossary : wholeFileAdvice('frontmatter');
}

/** `sources[1].url` reads as "sources: item 2: url" for an editor. */
export function describePath(path: readonly (string | number)[]): string {
  return path.map((part) => (typeof part === 'number' ? `item ${part + 1}` : part)).join(': ');
}

/** The line an editor should write for a field that is missing or wrong (undefined if there is no one example). */
export function exampleFor(path: readonly (string | number)[], scope: Scope): string | undefined {
  return fieldAt(path, scope)?.example;
}

/** A schema issue (zod) as a plain message and fix. `missing` is true when the field is not written at all. */
export function schemaIssueAdvice(issue: z.core.$ZodIssue, scope: Scope, missing: boolean): Advice {
  const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
  const field = fieldAt(path, scope);
  const input = (issue as { input?: unknown }).input;
  const params = issue.code === 'custom' ? ((issue.params ?? {}) as { rule?: string; fix?: string; latest?: string; id?: string }) : {};
  if (missing) return { message: `"${describePath(path)}" is missing`, fix: field ? `Add: ${field.example}` : undefined };
  const writeIt = field ? `Write it like: ${field.example}` : undefined;

  switch (params.rule) {
    case 'next-review-after':
      return { message: '"nextReview" must be after "lastReviewed"', fix: writeIt };
    case 'review-within':
      return { message: `"nextReview" is more than ${MAX_YEARS_BETWEEN_REVIEWS} years after "lastReviewed": it must be ${params.latest} or earlier`, fix: writeIt };
    case 'unique-source-id':
      return { message: `Two sources have the id "${params.id}"`, fix: 'Give each source its own id, and cite each by its own id' };
  }
  if (!field) return groupAt(path, scope);
  const name = field.name ?? `"${field.label}"`;
  const got = `got ${show(input)}`;
  if (field.kind === 'date') return { message: `${name} must be ${field.what}, ${got}`, fix: writeIt };
  if (field.kind === 'description' && (issue.code === 'too_small' || issue.code === 'too_big')) {
    return { message: `${name} is ${String(input ?? '').length} characters long; it must be 50 to 160 characters`, fix: writeIt };
  }
  switch (issue.code) {
    case 'too_small':
      if (field.tooFew) return { message: `${name} ${field.tooFew}`, fix: writeIt };
      // The fix shows a good value ("Write it like: title: What is an IOP?"), so the message only says what is wrong.
      if (field.sample) return { message: `${name} is empty`, fix: writeIt };
      break;
    case 'too_big':
      if (field.kind === 'year') return { message: `${name} cannot be in the future, ${got}`, fix: writeIt };
      break;
    case 'invalid_format':
      return { message: `${name} must be ${field.format ?? field.what}, ${got}`, fix: writeIt };
    case 'invalid_value':
      return { message: `${name} must be one of ${issue.values.map(String).join(', ')}, ${got}`, fix: writeIt };
  }
  return { message: `${name} must be ${field.what}, ${got}`, fix: writeIt };
}

/** A field that is not in the schema: usually a typo, so the closest real name is suggested. */
export function unknownFieldAdvice(key: string, owner: string, guess: string | undefined, known: readonly string[]): Advice {
  return { message: `"${key}" is not a field ${owner} can have`, fix: guess ? `Did you mean "${guess}"? Check the spelling` : `Remove it. The fields are: ${known.join(', ')}` };
}

// ---------------------------------------------------------------------------------------------------
// YAML: the frontmatter, content/glossary.yaml, content/redirects.yaml, content/synonyms.yaml

export type YamlPurpose = 'frontmatter' | 'glossary' | 'redirects' | 'synonyms';

const yamlFix: Record<YamlPurpose, string> = {
  frontmatter: 'Each field goes on its own line as "name: value"; indent list items with two spaces and a dash; put text that contains a colon in quotes',
  glossary: 'Each entry starts with "- id: ..." and its term and definition lines are indented by two spaces, as in the entries around it',
  redirects: 'Write each redirect as "old: new", indented by two spaces under "articles:", or by four under its article under "sections:"',
  synonyms: `Write each group on its own line as a list of words, like: ${synonymGroupExample}`,
};

const redirectParts = 'The list has two parts: "articles:" (old-slug: new-slug) and "sections:" (an article\'s file name, then old-id: new-id under it)';

/** What a whole file (or an article's frontmatter) must be at its top, when it is something else (fields where a list was wanted, or the other way round). */
const wholeFile: Record<YamlPurpose, Advice> = {
  frontmatter: { message: 'The frontmatter must be a list of fields like "title: What is an IOP?"', fix: yamlFix.frontmatter },
  glossary: { message: 'The glossary must be a list of entries', fix: 'Start each entry with "- id: ...", with its term and definition on the lines below, indented by two spaces' },
  redirects: { message: 'The redirect list must start with "articles:" or "sections:"', fix: redirectParts },
  synonyms: { message: 'The synonym list must be a list of groups', fix: yamlFix.synonyms },
};

/** A file (or frontmatter) that reads as YAML but is not the shape its reader needs, at its top level. */
export function wholeFileAdvice(purpose: YamlPurpose): Advice {
  return wholeFile[purpose];
}

/** How to write a list in brackets ("[a, b]") in each file, for a bracket that is never closed (redirects have no such lists). */
const bracketExample: Partial<Record<YamlPurpose, string>> = {
  frontmatter: 'related: [what-is-an-iop, levels-of-care]',
  glossary: 'related: [what-is-an-iop, levels-of-care]',
  synonyms: synonymGroupExample,
};

const CURLY = /[“”‘’]/;

/** The straight-quoted form of a value an editor wrote: `“Costs: what”` -> `"Costs: what"`. */
function quoted(value: string): string {
  const bare = value.trim().replace(/^[“”"‘’']+|[“”"‘’']+$/g, '').replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
  return bare.includes('"') ? `'${bare.replace(/'/g, "''")}'` : `"${bare}"`;
}

/** The first error of a YAML text, as advice an editor can act on. Only the first: the rest usually follow from it. */
export function yamlAdvice(error: { code: string; message: string; pos: [number, number] }, text: string, purpose: YamlPurpose): Advice {
  const lineStart = text.lastIndexOf('\n', Math.max(0, error.pos[0] - 1)) + 1;
  const lineEnd = text.indexOf('\n', lineStart);
  const line = text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);

  // A tab anywhere up to the error is the likeliest cause of everything after it (a pasted tab gives many errors).
  const tab = text.slice(0, lineEnd === -1 ? undefined : lineEnd).indexOf('\t');
  if (tab !== -1) {
    return { offset: tab, message: 'This line has a tab in it, and tabs cannot be used here', fix: 'Use spaces, not tabs: indent with two spaces for each level, as in the lines around it' };
  }
  // "section:Getting help" is not a field at all without the space, which upsets the lines around it.
  if (/^\s*(?:-\s+)?[\w-]+:[^\s/]/.test(line)) {
    const [name, ...rest] = line.trim().split(':');
    return { offset: lineStart, message: `There must be a space after the colon in "${line.trim()}"`, fix: `Write it like: ${name}: ${rest.join(':')}` };
  }
  const field = /^\s*(?:-\s+)?([\w-]+):\s*(.*)$/.exec(line);
  // Where the colon in the text is: the first one after the field's own.
  const colon = field ? lineStart + line.indexOf(':', line.indexOf(':') + 1) : undefined;
  const key = field?.[1];
  const value = field?.[2] ?? '';
  switch (error.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
      if (key && CURLY.test(value)) {
        return { offset: colon, message: `The text of "${key}" has a colon (:) in it, so it must be in quotes, and its curly quotes (“ ”) do not count`, fix: `Use straight quotes ("), not the curly ones a word processor puts in: ${key}: ${quoted(value)}` };
      }
      if (key) return { offset: colon, message: `The text of "${key}" has a colon (:) in it, so it must be in quotes`, fix: `Write it like: ${key}: ${quoted(value)}` };
      break;
    case 'MISSING_CHAR':
      if (/quote/.test(error.message)) {
        // The parser stops where it gave up looking; the quote was opened on the last line that has an odd number of them.
        const before = text.slice(0, error.pos[0]).split('\n');
        const opened = before.findLastIndex((candidate) => (candidate.match(/"/g) ?? []).length % 2 === 1);
        const offset = opened === -1 ? undefined : before.slice(0, opened).join('\n').length + (opened > 0 ? 1 : 0);
        return { offset, message: 'A quote mark (") is opened on this line but never closed', fix: 'Put the closing quote mark at the end of the text, on the same line' };
      }
      return { offset: lineStart, message: 'This line is indented differently from the lines above it', fix: yamlFix[purpose] };
    case 'BAD_INDENT':
    case 'BAD_SCALAR_START':
      if (/^Flow (sequence|map)/.test(error.message)) {
        const bracket = error.message.startsWith('Flow sequence') ? ['[', ']'] : ['{', '}'];
        const before = text.slice(0, error.pos[0]).split('\n');
        const opened = before.findLastIndex((candidate) => candidate.includes(bracket[0]!));
        const offset = opened === -1 ? undefined : before.slice(0, opened).join('\n').length + (opened > 0 ? 1 : 0);
        const example = bracketExample[purpose];
        return { offset, message: `The ${bracket[0]} on this line is never closed with ${bracket[1]}`, fix: example ? `Add ${bracket[1]} at the end of the list on the same line, like: ${example}` : yamlFix[purpose] };
      }
      if (error.code === 'BAD_SCALAR_START' && key) {
        return { message: `The text of "${key}" starts with a character that must be in quotes`, fix: `Write it like: ${key}: ${quoted(value)}` };
      }
      return { offset: lineStart, message: 'This line is indented differently from the lines above it', fix: yamlFix[purpose] };
    case 'DUPLICATE_KEY':
      return { message: `"${key ?? line.trim()}" is written twice`, fix: 'Keep one of them, and delete the other line' };
    case 'UNEXPECTED_TOKEN':
      if (key && /^["']/.test(value)) {
        return { offset: lineStart, message: `The text of "${key}" starts with a quote mark, so the whole text must be in quotes`, fix: `Write it like: ${key}: ${quoted(`'${value}'`)}` };
      }
      break;
  }
  return { message: `This line cannot be read (${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')})`, fix: yamlFix[purpose] };
}

/** A value wrapped in curly quotes parses as text with the quotes in it, which readers would see. */
export function curlyQuotedAdvice(key: string, value: string): Advice | undefined {
  if (!/^[“‘]/.test(value) || !/[”’]$/.test(value)) return undefined;
  return { message: `The text of "${key}" is in curly quotes (“ ”), which readers would see`, fix: `Remove them, or use straight quotes: ${key}: ${quoted(value)}` };
}

// ---------------------------------------------------------------------------------------------------
// The text of an article (parsed as MDX: Markdown with components)

interface MdxError {
  reason?: string;
  message?: string;
  ruleId?: string;
  line?: number;
  column?: number;
  place?: { line?: number; column?: number; start?: { line: number; column: number } };
}

const blankLines = 'with a blank line before it and after it';

const isWrapper = (name: string) => (mdxComponentRules as Record<string, ComponentRule>)[name]?.children !== false;

/** Where the parser says the problem is: its own line and column, or the "(15:1-15:22)" at the end of its reason. */
function placeOf(error: MdxError): { line?: number; column?: number } {
  const start = error.place && 'start' in error.place ? error.place.start : error.place;
  const fromReason = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(error.reason ?? '');
  return {
    line: error.line ?? start?.line ?? (fromReason ? Number(fromReason[1]) : undefined),
    column: error.column ?? start?.column ?? (fromReason ? Number(fromReason[2]) : undefined),
  };
}

/** An error of the MDX parser (the article text cannot be read) as a plain message, with its place. */
export function mdxAdvice(thrown: unknown, source: string): Advice {
  const error = thrown as MdxError;
  const reason = error.reason ?? error.message ?? String(thrown);
  const where = placeOf(error);
  const lineText = where.line ? (source.split(/\r?\n/)[where.line - 1] ?? '') : '';
  let match: RegExpExecArray | null;

  if ((match = /^Expected a closing tag for `<([\w.]*)>` \((\d+):(\d+)[^)]*\)( before the end of `(\w+)`)?/.exec(reason))) {
    const [, name = '', line, column, , container] = match;
    const at = { line: Number(line), column: Number(column) };
    if (name && !isWrapper(name)) return { ...at, message: `<${name}> on line ${line} is not closed: it wraps nothing, so it must end with />`, fix: `Write it as <${name} />` };
    if (container === 'paragraph') return { ...at, message: `<${name}> on line ${line} is not closed in the same paragraph`, fix: `Add </${name}> after the words it wraps, before the paragraph ends` };
    return { ...at, message: `<${name}> on line ${line} is never closed`, fix: `Put </${name}> on a line of its own where the box ends, ${blankLines}` };
  }
  if ((match = /^Expected the closing tag `<\/([\w.]*)>` either after the end of `(\w+)`/.exec(reason))) {
    return { ...where, message: `</${match[1]}> is on the same line as text`, fix: `Put </${match[1]}> on a line of its own, ${blankLines}` };
  }
  if ((match = /^Unexpected closing tag `<\/([\w.]*)>`, expected corresponding closing tag for `<([\w.]*)>` \((\d+):/.exec(reason))) {
    return { ...where, message: `</${match[1]}> does not match <${match[2]}> on line ${match[3]}`, fix: `Close it with </${match[2]}>, spelt exactly like the opening tag` };
  }
  if (error.ruleId === 'unexpected-closing-slash') {
    const name = /<\/\s*([\w.]+)/.exec(lineText.slice((where.column ?? 1) - 2))?.[1] ?? '';
    return { ...where, message: `</${name}> closes a component that was never opened`, fix: `Remove it, or add <${name}> where the component starts` };
  }
  if ((match = /^Unexpected character `(.+?)` \(U\+[0-9A-F]+\) (before attribute value|before name|.*)/.exec(reason))) {
    const [, char = '', context = ''] = match;
    if (/[“”‘’]/.test(char)) {
      return { ...where, message: `The quotes around a setting are curly quotes (${char}), which a word processor puts in`, fix: `Use straight quotes: ${lineText.trim().replace(/[“”]/g, '"').replace(/[‘’]/g, "'")}` };
    }
    if (context === 'before attribute value') {
      const setting = /([\w-]+)=$/.exec(lineText.slice(0, (where.column ?? 1) - 1))?.[1] ?? 'type';
      return { ...where, message: `The value of the setting "${setting}" must be in straight quotes`, fix: `Write it like: ${setting}="..."` };
    }
    if (char === '!') return { ...where, message: 'An HTML comment (<!-- -->) cannot be used in an article', fix: 'Write a note for editors as {/* your note */}, or remove it' };
    if (context === 'before name') {
      return { ...where, column: Math.max(1, (where.column ?? 2) - 1), message: 'A "<" in the text starts a component, and none starts here', fix: 'To show the sign itself, write \\< (for example "\\<5 hours")' };
    }
    return { ...where, message: `This component tag is not written correctly: the character ${char} cannot be here`, fix: 'Write it like <Callout type="info" title="A title">, or <LevelsOfCare /> for one that wraps nothing' };
  }
  if (/^Could not parse expression with acorn|^Unexpected end of file in expression/.test(reason)) {
    return { ...where, message: 'A "{" in the text starts a piece of code, and this one cannot be read', fix: 'To show the sign itself, write \\{; a note for editors is written {/* like this */}' };
  }
  if (/^Unexpected end of file/.test(reason)) {
    return { ...where, message: 'The file ends inside a component tag or a { }', fix: 'Close the tag with > (or />), and every { with }' };
  }
  return { ...where, message: `The text cannot be read here: ${reason.replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)\s*$/, '').replace(/\.$/, '')}`, fix: 'Check the text near here: every <Component> needs a matching </Component> or must end with />, and a < or { in plain text must be written \\< or \\{' };
}

/** An error that only shows when the page is built from the text (after it was read), e.g. a stray export line. */
export function compileAdvice(thrown: unknown): Advice {
  const error = thrown as MdxError;
  const reason = (error.reason ?? error.message ?? String(thrown)).replace(/\.$/, '');
  const where = placeOf({ ...error, reason: '' });
  const previous = /^Unexpected duplicate layout.*\(previous: (\d+):/.exec(reason);
  if (previous) {
    return { ...where, message: `This is a second "export default" line (the first is on line ${previous[1]})`, fix: 'Remove the export lines: an article needs none' };
  }
  return {
    ...where,
    message: `The page cannot be built from this text: ${reason}`,
    fix: 'Check the text near here. An article needs no import or export lines: remove them, or ask a developer',
  };
}

// ---------------------------------------------------------------------------------------------------
// Headings

/** "h4 after h2", in words an editor knows: the number of # signs. */
export function skippedLevelAdvice(depth: number, previous: number): Advice {
  return {
    message: `This heading skips a level: it has ${'#'.repeat(depth)} (level ${depth}) after a ${'#'.repeat(previous)} heading (level ${previous})`,
    fix: `Use ${'#'.repeat(previous + 1)} here, or add the missing level above it`,
  };
}

// ---------------------------------------------------------------------------------------------------
// content/redirects.yaml

/**
 * A schema issue of the redirect list. `entry` is the "key: value" text at the issue's path, and `above` the
 * key just above it at the same level when that key has nothing under it: then the entry was meant to be under it.
 */
export function redirectIssueAdvice(issue: z.core.$ZodIssue, entry: string, above: string | undefined): Advice {
  const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol').map(String);
  const notIndented = above ? { message: `"${entry}" is not indented under "${above}:"`, fix: `Indent it by two more spaces than "${above}:", so it belongs to it` } : undefined;
  const [part, slug, id] = path;
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    return notIndented ?? { message: `"${key}" is not a part of the redirect list`, fix: redirectParts };
  }
  if (path.length === 0) return wholeFileAdvice('redirects');
  if (issue.code === 'invalid_key' || issue.code === 'invalid_format') {
    if (part === 'articles' || id === undefined) return { message: `"${path.at(-1)}" must be an article's file name without .mdx, like paying-for-an-iop`, fix: 'Use lower-case letters, digits and single hyphens, as in the file name' };
    return { message: `"${id}" must be a section id like how-much-does-an-iop-cost`, fix: 'Copy the part of the section link after the #' };
  }
  if (part === 'sections' && slug !== undefined && id === undefined) {
    return notIndented ?? { message: `Under "sections:", "${slug}" must be an article's file name with its section redirects on the lines below it`, fix: 'Write the article\'s file name and a colon, then each "old-id: new-id" on its own line below, indented by two more spaces' };
  }
  if (part === 'articles' && slug !== undefined) return { message: `The redirect of "${slug}" must be the file name of one article`, fix: `Write it like: ${slug}: new-article-name` };
  if (part === 'sections' && id !== undefined) return { message: `The redirect of "#${id}" must be one section id`, fix: `Write it like: ${id}: new-section-id` };
  return { message: `"${part}" must list redirects, each on its own line as "old: new"`, fix: redirectParts };
}
