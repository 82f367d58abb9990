import { describe, expect, it } from 'vitest';
import { scoreText, sentencesForScore, syllablesOf } from '@/lib/readability/score';
import { words } from '@/lib/content/words';

describe('scoreText', () => {
  it('gives exact counts and scores for a tiny text', () => {
    // 9 words, 2 sentences, 10 syllables (happy has two), no word of three or more syllables.
    // FK = 0.39 * 9/2 + 11.8 * 10/9 - 15.59 = -0.72; SMOG = 3.1291 + 1.043 * sqrt(0) = 3.13.
    expect(scoreText('The cat sat on the mat. It was happy.')).toEqual({
      words: 9,
      sentences: 2,
      syllables: 10,
      polysyllables: 0,
      fleschKincaid: -0.7,
      smog: 3.1,
    });
  });

  it('counts words of three or more syllables for SMOG', () => {
    const score = scoreText('Medicare covers an intensive program.');
    expect(score.words).toBe(5);
    expect(score.polysyllables).toBe(2); // Medicare, intensive
    expect(score.smog).toBeCloseTo(Math.round((3.1291 + 1.043 * Math.sqrt(2 * 30)) * 10) / 10, 5);
  });

  it('scores a very simple text below grade 3', () => {
    const simple = 'I go to a group. We talk. I feel good. My mom helps me. I go home at night. I sleep well.';
    const score = scoreText(simple);
    expect(score.fleschKincaid).toBeLessThan(3);
    expect(score.smog).toBeLessThan(6);
  });

  it('scores a dense academic paragraph above grade 12', () => {
    const dense =
      'The heterogeneous implementation of intensive outpatient programming necessitates comprehensive methodological standardization to facilitate longitudinal comparative effectiveness evaluations across institutional contexts, particularly considering the considerable variability in therapeutic modalities, organizational characteristics and reimbursement mechanisms. Consequently, empirical investigations frequently demonstrate inconsistent conclusions regarding differential effectiveness.';
    const score = scoreText(dense);
    expect(score.fleschKincaid).toBeGreaterThan(12);
    expect(score.smog).toBeGreaterThan(12);
  });

  it('rounds to one decimal', () => {
    const score = scoreText('Most people in an intensive outpatient program live at home and keep working.');
    expect(score.fleschKincaid * 10).toBe(Math.round(score.fleschKincaid * 10));
    expect(score.smog * 10).toBe(Math.round(score.smog * 10));
  });

  it('gives NaN scores, not a crash, for text with no words', () => {
    const score = scoreText('');
    expect(score.words).toBe(0);
    expect(score.sentences).toBe(0);
    expect(score.fleschKincaid).toBeNaN();
    expect(score.smog).toBeNaN();
  });
});

describe('sentencesForScore', () => {
  it('splits at . ? and ! followed by a capital or a line break', () => {
    expect(sentencesForScore('Is it safe? Yes! Ask first. then go.\nlist item.')).toEqual([
      'Is it safe?',
      'Yes!',
      'Ask first. then go.',
      'list item.',
    ]);
  });

  it('does not split after e.g., U.S. or inside numbers', () => {
    expect(
      sentencesForScore('The U.S. Food and Drug Administration warns, e.g. About 1.5 million people. Next one.'),
    ).toEqual(['The U.S. Food and Drug Administration warns, e.g. About 1.5 million people.', 'Next one.']);
  });

  it('ends a sentence at the end of each line (a block of proseOf), even after a short form, and counts no piece without words', () => {
    expect(sentencesForScore('Programs in the U.S.\nEach one differs\n...\n')).toEqual([
      'Programs in the U.S.',
      'Each one differs',
    ]);
  });

  it('keeps closing quotes and brackets with the sentence', () => {
    expect(sentencesForScore('You should not have to "fail." Then (ask them.) Done.')).toEqual([
      'You should not have to "fail."',
      'Then (ask them.)',
      'Done.',
    ]);
  });
});

describe('words and syllables', () => {
  it('counts the words lib/content/words.ts defines, as reading time and search do', () => {
    const text = "Don't stop: it's life-threatening (24/7 care), the programs' café.";
    expect(scoreText(text).words).toBe(words(text).length);
    expect(scoreText(text).words).toBe(11);
  });

  it('counts at least one syllable for every word, numbers included', () => {
    expect(syllablesOf('2014')).toBe(1);
    expect(syllablesOf('the')).toBe(1);
    expect(syllablesOf('hospital')).toBe(3);
  });
});
