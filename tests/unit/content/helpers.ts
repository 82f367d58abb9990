// Shared builders for the content pipeline tests: a valid frontmatter, written line by line so a
// test can drop or replace one field and know exactly which file line each field is on.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A source, its required fields in this order: title, publisher, url, year (lines 7-10), id, type (11-12). */
export const validSource = [
  '  - title: Clinical Issues in Intensive Outpatient Treatment',
  '    publisher: SAMHSA',
  '    url: https://www.ncbi.nlm.nih.gov/books/NBK64093/',
  '    year: 2021',
  '    id: samhsa-tip-47',
  '    type: government',
];

/** 50 to 160 characters. */
export const validDescription = 'A plain summary of this test article, long enough to pass the length check.';

/**
 * The fields of a valid frontmatter, in file order. File lines: 1 is "---", then
 * title 2, description 3, lastReviewed 4, nextReview 5, sources 6 (items 7-12), extra fields from 13.
 */
export function fields(overrides: Record<string, string | undefined> = {}, extra: string[] = []): string[] {
  const base: Record<string, string | undefined> = {
    title: 'title: What is an IOP?',
    description: `description: ${validDescription}`,
    lastReviewed: 'lastReviewed: 2026-11-20',
    nextReview: 'nextReview: 2029-11-20',
    sources: ['sources:', ...validSource].join('\n'),
    ...overrides,
  };
  return [...Object.values(base).filter((value): value is string => value !== undefined), ...extra];
}

/** A whole article file: frontmatter from `fields`, then the body. */
export function article(options: { overrides?: Record<string, string | undefined>; extra?: string[]; body?: string; title?: string } = {}): string {
  const overrides = { ...(options.title ? { title: `title: ${options.title}` } : {}), ...options.overrides };
  return ['---', ...fields(overrides, options.extra), '---', '', options.body ?? 'Some text for the reader.<Cite id="samhsa-tip-47" />', ''].join('\n');
}

/** A temporary site folder with content/ and public/ inside; `cleanup` removes it. */
export function tempSite(files: Record<string, string>, publicFiles: string[] = []) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'iop-content-test-'));
  const content = path.join(root, 'content');
  const publicDir = path.join(root, 'public');
  mkdirSync(content);
  mkdirSync(publicDir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(content, name), text);
  for (const name of publicFiles) {
    const full = path.join(publicDir, name);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, 'image');
  }
  return { root, content, publicDir, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
