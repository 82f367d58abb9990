// content/glossary.yaml: what an editor reads for each wrong shape of the file or of an entry (file:line:column,
// the message and its fix, all from lib/content/error-map.ts).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readGlossary } from '@/lib/content/glossary';
import { formatProblem } from '@/lib/content/problems';

const dir = mkdtempSync(path.join(os.tmpdir(), 'iop-glossary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The check's report lines for a glossary with this text (the path shown as content/glossary.yaml). */
function report(text: string): string[] {
  const file = path.join(dir, 'glossary.yaml');
  writeFileSync(file, text);
  return readGlossary(file).problems.map((problem) => formatProblem({ ...problem, file: 'content/glossary.yaml' }));
}

const entry = (id: string, extra: string[] = []) => [`- id: ${id}`, '  term: Day program', '  definition: A program you go to most of the day.', ...extra].join('\n');

describe('a glossary that is not a list of entries', () => {
  it('says what the file must be, where its first line is, and how to write an entry', () => {
    const notAList = 'content/glossary.yaml:2:1 The glossary must be a list of entries. Start each entry with "- id: ...", with its term and definition on the lines below, indented by two spaces.';
    expect(report('# Terms\nphp:\n  term: Day program\n')).toEqual([notAList]);
    expect(report('# Terms\nA day program\n')).toEqual([notAList]);
  });

  it('an empty file is not a glossary either', () => {
    expect(report('# nothing yet\n')).toEqual([
      'content/glossary.yaml:1:1 The glossary must be a list of entries. Start each entry with "- id: ...", with its term and definition on the lines below, indented by two spaces.',
    ]);
  });
});

describe('an entry of the wrong shape', () => {
  it('an entry that is only text', () => {
    expect(report(`${entry('php')}\n- Intensive outpatient program\n`)).toEqual([
      'content/glossary.yaml:4:3 Entry 2: each entry must have an id, a term and a definition. Start the entry with "- id: ...", with its term and definition on the lines below, indented by two spaces.',
    ]);
  });

  it('a missing field, named with the line to add', () => {
    expect(report('- id: iop\n  term: Intensive outpatient program\n')).toEqual([
      'content/glossary.yaml:1:3 The entry "iop": "definition" is missing. Add: definition: A program you go to most of the day, most days of the week.',
    ]);
  });

  it('an id that is not lower-case letters, digits and hyphens', () => {
    expect(report(entry('Day Program'))).toEqual([
      'content/glossary.yaml:1:3 The entry "Day Program": "id" must be lower-case letters, digits and hyphens, like php, got "Day Program". Write it like: id: php.',
    ]);
  });

  it('related written as text, and a related item that is not text', () => {
    expect(report(`${entry('php', ['  related: levels-of-care'])}\n${entry('iop', ['  related: [levels-of-care, [x]]'])}\n`)).toEqual([
      'content/glossary.yaml:4:3 The entry "php": "related" must be a list of article slugs, got "levels-of-care". Write it like: related: [levels-of-care].',
      'content/glossary.yaml:8:29 The entry "iop": "related" must be text like "levels-of-care", got a list. Write it like: related: [levels-of-care].',
    ]);
  });

  it('a misspelt field suggests the right one', () => {
    expect(report('- id: php\n  term: Day program\n  defintion: A program.\n')).toEqual([
      'content/glossary.yaml:1:3 The entry "php": "definition" is missing. Add: definition: A program you go to most of the day, most days of the week.',
      'content/glossary.yaml:3:3 The entry "php": "defintion" is not a field a glossary entry can have. Did you mean "definition"? Check the spelling.',
    ]);
  });

  it('a source that is only text, and a source with a field it cannot have', () => {
    expect(report(`${entry('php', ['  sources:', '    - SAMHSA', '    - title: TIP 47', '      publisher: SAMHSA', '      url: https://www.samhsa.gov/', '      year: 2021', '      type: government', '      id: tip-47'])}\n`)).toEqual([
      'content/glossary.yaml:5:7 The entry "php": each source must have title, publisher, url, year and type. Write it as an item under "sources:" that starts "- title: ...", with its publisher, url, year and type on the lines below, lined up with "title".',
      'content/glossary.yaml:11:7 The entry "php": "id" is not a field a source can have. Remove it. The fields are: title, publisher, url, year, type, note.',
    ]);
  });
});
