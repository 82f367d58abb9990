// content/synonyms.yaml: what the content check says about each mistake an editor can make (file:line:column).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/check';
import { formatProblem } from '@/lib/content/problems';
import { getSynonyms } from '@/lib/content/loader';
import { readSynonyms } from '@/lib/content/synonyms';

const dir = mkdtempSync(path.join(os.tmpdir(), 'iop-synonyms-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The check's report lines for a synonyms file with this text (the path shown as content/synonyms.yaml). */
function report(text: string): string[] {
  const file = path.join(dir, 'synonyms.yaml');
  writeFileSync(file, text);
  return readSynonyms(file).problems.map((problem) => formatProblem({ ...problem, file: 'content/synonyms.yaml' }));
}

describe('the synonym list', () => {
  it('reads groups of words', () => {
    const file = path.join(dir, 'ok.yaml');
    writeFileSync(file, '# a comment\n- [cost, price, expensive]\n- [rehab, residential]\n');
    expect(readSynonyms(file)).toEqual({
      groups: [
        { words: ['cost', 'price', 'expensive'], line: 2 },
        { words: ['rehab', 'residential'], line: 3 },
      ],
      problems: [],
    });
  });

  it('has the site\'s list loaded, with cost and rehab in it', () => {
    const groups = getSynonyms();
    expect(groups.find((group) => group.includes('expensive'))).toContain('cost');
    expect(groups.find((group) => group.includes('rehab'))).toContain('residential');
  });

  it('says where a word is used twice, in this group or another, plurals and capitals included', () => {
    expect(report('- [cost, price]\n- [rehab, residential]\n- [Costs, expensive]\n- [detox, withdrawal, Detox]\n')).toEqual([
      'content/synonyms.yaml:3:4 "Costs" is already in the group on line 1 (as "cost": the search treats plurals and capitals as the same word). List each word once: if two groups mean the same thing, merge them.',
      'content/synonyms.yaml:4:23 "Detox" is already in this group (as "detox": the search treats plurals and capitals as the same word). List each word once: if two groups mean the same thing, merge them.',
    ]);
  });

  it('refuses phrases, stop words, lone words and other shapes', () => {
    expect(report('- [day program, php]\n- [how, cost]\n- [alone]\n- cost\n- [rehab, 42, residential]\n')).toEqual([
      'content/synonyms.yaml:1:4 "day program" is not one word: the search matches single words only. Use one word of letters and digits, with no spaces or punctuation, e.g. rehab.',
      'content/synonyms.yaml:2:4 "how" is too common a word for the search to look for. Remove it: the search leaves out words like "the", "how" and "is".',
      'content/synonyms.yaml:3:3 Synonym group 3: this group needs at least two words: a word and what else a reader may call it. Write it like: - [cost, price, expensive].',
      'content/synonyms.yaml:4:3 Synonym group 4: this group must be a list of words in square brackets, got "cost". Write it like: - [cost, price, expensive].',
      'content/synonyms.yaml:5:11 Synonym group 5: a word must be text, like cost, got "42". Write it like: - [cost, price, expensive].',
    ]);
  });

  it('points to the line of a YAML mistake', () => {
    expect(report('- [cost, price\n- [rehab, residential]\n')).toEqual([
      'content/synonyms.yaml:1:1 The [ on this line is never closed with ]. Add ] at the end of the list on the same line, like: - [cost, price, expensive].',
    ]);
    expect(report('- [cost, price]\n\t- [rehab, residential]\n')).toEqual([
      'content/synonyms.yaml:2:1 This line has a tab in it, and tabs cannot be used here. Use spaces, not tabs: indent with two spaces for each level, as in the lines around it.',
    ]);
    expect(report('cost: price\n')).toEqual([
      'content/synonyms.yaml:1:1 The synonym list must be a list of groups. Write each group on its own line as a list of words, like: - [cost, price, expensive].',
    ]);
  });

  it('explains every wrong shape of a group in plain words, on the line and column of the mistake', () => {
    expect(report('- {cost: price}\n- [rehab, "", residential]\n- [rehab, [detox, withdrawal]]\n- [rehab, ~]\n')).toEqual([
      'content/synonyms.yaml:1:3 Synonym group 1: this group must be a list of words in square brackets, got a group of fields. Write it like: - [cost, price, expensive].',
      'content/synonyms.yaml:2:11 Synonym group 2: a word is empty. Write it like: - [cost, price, expensive].',
      'content/synonyms.yaml:3:11 Synonym group 3: a word must be text, like cost, got a list. Write it like: - [cost, price, expensive].',
      'content/synonyms.yaml:4:11 Synonym group 4: a word must be text, like cost, got nothing. Write it like: - [cost, price, expensive].',
    ]);
  });

  it('names each mistake of a group where it is: a word that is not text, and too few words', () => {
    expect(report('- [42]\n')).toEqual([
      'content/synonyms.yaml:1:4 Synonym group 1: a word must be text, like cost, got "42". Write it like: - [cost, price, expensive].',
      'content/synonyms.yaml:1:3 Synonym group 1: this group needs at least two words: a word and what else a reader may call it. Write it like: - [cost, price, expensive].',
    ]);
  });

  it('is part of the content check, so a broken list stops the build', () => {
    const content = mkdtempSync(path.join(dir, 'content-'));
    writeFileSync(path.join(content, 'synonyms.yaml'), '- [cost, cost]\n');
    const result = checkContent(content, { today: '2027-01-15' });
    expect(result.errors).toBe(1);
    expect(result.problems[0]).toMatchObject({ line: 1, column: 10, severity: 'error', message: '"cost" is already in this group' });
  });

  it('accepts an empty file', () => {
    expect(report('# nothing yet\n')).toEqual([]);
  });
});
