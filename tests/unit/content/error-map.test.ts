// Every reader of a YAML file an editor writes (an article's frontmatter, glossary.yaml, synonyms.yaml,
// redirects.yaml) sends each schema issue through lib/content/error-map.ts: whatever shape the file has, the
// editor reads a plain sentence with its line and column, never zod's own English ("Invalid input: expected
// array, received string"). The readers' exact messages are pinned in their own tests.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFrontmatter } from '@/lib/content/frontmatter';
import { glossaryEntrySchema, readGlossary } from '@/lib/content/glossary';
import type { Problem } from '@/lib/content/problems';
import { changeSchema, frontmatterFields, frontmatterSchema, sourceFieldNames } from '@/lib/content/schema';
import { readSynonyms, synonymGroupSchema } from '@/lib/content/synonyms';
import { readRedirects, redirectsSchema } from '@/lib/links/redirects';

/** What zod says in English (its default messages), in any of its issue kinds. */
const ZOD_ENGLISH = /Invalid (?:input|option|string|number|key|value|discriminator|element)\b|Too (?:big|small): expected|Unrecognized keys?:|expected [a-z]+, received/;

const dir = mkdtempSync(path.join(os.tmpdir(), 'iop-error-map-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const scalar = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 3000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('', 'php', 'Day program', '2026-11-20', '20/11/2026', 'https://www.samhsa.gov/', 'http://x.org', 'government', 'Old Page'),
);
const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 8 }), scalar, { maxKeys: 2 }));

/** Sometimes anything, mostly a group with some of `keys` (each holding anything) and sometimes a stray key. */
function shaped(keys: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown> {
  const group = fc
    .tuple(fc.record(keys, { requiredKeys: [] }), fc.dictionary(fc.constantFrom('titel', 'defintion', 'extra'), scalar, { maxKeys: 1 }))
    .map(([fields, stray]) => ({ ...stray, ...fields }));
  return fc.oneof({ weight: 1, arbitrary: value }, { weight: 4, arbitrary: group });
}
const any = (names: readonly string[], overrides: Record<string, fc.Arbitrary<unknown>> = {}) =>
  shaped({ ...Object.fromEntries(names.map((name) => [name, fc.oneof(value, fc.array(value, { maxLength: 2 }))])), ...overrides });

const source = any([...sourceFieldNames]);
const frontmatter = any(frontmatterFields, { sources: fc.oneof(value, fc.array(source, { maxLength: 2 })), changes: fc.oneof(value, fc.array(any(Object.keys(changeSchema.shape)), { maxLength: 2 })) });
const glossary = fc.oneof(value, fc.array(any(Object.keys(glossaryEntrySchema.shape), { sources: fc.oneof(value, fc.array(source, { maxLength: 2 })) }), { maxLength: 3 }));
const synonyms = fc.oneof(value, fc.array(fc.oneof(value, fc.array(fc.oneof(scalar, fc.array(scalar, { maxLength: 2 })), { maxLength: 4 })), { maxLength: 3 }));
const slugMap = fc.oneof(value, fc.dictionary(fc.constantFrom('old', 'Old Page', 'a-b', '1'), value, { maxKeys: 2 }));
const redirects = shaped({ articles: slugMap, sections: fc.oneof(value, fc.dictionary(fc.constantFrom('page', 'Bad Slug'), slugMap, { maxKeys: 2 })) });

const yamlOf = (data: unknown) => (data === null || data === undefined ? '' : stringify(data));

function file(name: string, data: unknown): string {
  const full = path.join(dir, name);
  writeFileSync(full, yamlOf(data));
  return full;
}

/** Each problem as an editor reads it: plain words, never zod's, at a line and column of the file. */
function expectPlain(problems: Problem[]) {
  for (const problem of problems) {
    expect(problem.message, problem.message).not.toMatch(ZOD_ENGLISH);
    expect(problem.fix ?? '', problem.message).not.toMatch(ZOD_ENGLISH);
    expect(problem.message.trim()).not.toBe('');
    expect(problem.line, problem.message).toBeGreaterThanOrEqual(1);
    expect(problem.column, problem.message).toBeGreaterThanOrEqual(1);
  }
}

describe('the guard', () => {
  it("recognises zod's English in what each schema says by itself", () => {
    const said = [
      frontmatterSchema.safeParse([]),
      frontmatterSchema.safeParse({ title: '', titel: 1, sources: [{ url: 'x', year: 'y', type: 'blog' }] }),
      glossaryEntrySchema.safeParse({ id: 'Day Program', term: 3 }),
      synonymGroupSchema.safeParse(['cost']),
      synonymGroupSchema.safeParse('cost'),
      redirectsSchema.safeParse({ articles: { 'Old Page': 'new' }, other: 1 }),
    ].flatMap((result) => result.error?.issues.map((issue) => issue.message) ?? []);
    expect(said.length).toBeGreaterThan(10);
    for (const message of said) expect(message).toMatch(ZOD_ENGLISH);
  });
});

describe('whatever the shape of the file, the editor reads the error map, with a line and column', () => {
  it('an article frontmatter', () => {
    fc.assert(
      fc.property(frontmatter, (data) => expectPlain(parseFrontmatter('content/x.mdx', `---\n${yamlOf(data)}---\n\nText.\n`).problems)),
      { numRuns: 300 },
    );
  });

  it('content/glossary.yaml', () => {
    fc.assert(
      fc.property(glossary, (data) => expectPlain(readGlossary(file('glossary.yaml', data)).problems)),
      { numRuns: 300 },
    );
  });

  it('content/synonyms.yaml', () => {
    fc.assert(
      fc.property(synonyms, (data) => expectPlain(readSynonyms(file('synonyms.yaml', data)).problems)),
      { numRuns: 300 },
    );
  });

  it('content/redirects.yaml', () => {
    fc.assert(
      fc.property(redirects, (data) => expectPlain(readRedirects(file('redirects.yaml', data)).problems)),
      { numRuns: 300 },
    );
  });
});
