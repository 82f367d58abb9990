import { describe, expect, it } from 'vitest';
import { questionIds, questions, tierIds, tiers, tierOrder } from '@/lib/selfcheck';

const words = (s: string) => s.trim().split(/\s+/).length;

describe('questions', () => {
  it('has 9 questions with unique, stable kebab-case ids', () => {
    expect(questions).toHaveLength(9);
    expect(new Set(questionIds).size).toBe(questions.length);
    for (const id of questionIds) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('asks the two emergency questions first: safety, then withdrawal or overdose', () => {
    expect(questions.slice(0, 2).map((q) => [q.id, q.tier])).toEqual([
      ['safety-now', 'emergency'],
      ['withdrawal-overdose-now', 'emergency'],
    ]);
  });

  it('orders questions from the highest tier to the lowest', () => {
    const orders = questions.map((q) => tierOrder(q.tier));
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  it('has 2-3 questions for each tier from emergency to IOP, and none for outpatient', () => {
    const count = (t: string) => questions.filter((q) => q.tier === t).length;
    expect(count('emergency')).toBe(2);
    for (const t of ['twenty-four-hour', 'php', 'iop']) {
      expect(count(t)).toBeGreaterThanOrEqual(2);
      expect(count(t)).toBeLessThanOrEqual(3);
    }
    expect(count('outpatient')).toBe(0);
  });

  it('keeps legends short and plain, and hints to one sentence', () => {
    for (const q of questions) {
      expect(words(q.legend), q.id).toBeLessThanOrEqual(28);
      expect(q.legend.endsWith('?'), q.id).toBe(true);
      if ('hint' in q) expect(q.hint.split(/[.!?](\s|$)/).filter((s) => s.trim()).length, q.id).toBe(1);
    }
  });

  it('cites at least one source key for every question', () => {
    for (const q of questions) {
      expect(q.sources.length, q.id).toBeGreaterThan(0);
      for (const s of q.sources) expect(s).toMatch(/^S\d+[abc]?$/);
    }
  });

  it('writes reasons to the reader, and "not sure" reasons say so', () => {
    for (const q of questions) {
      expect(q.reasonYes).toMatch(/^You said /);
      expect(q.reasonNotSure).toMatch(/^You were not sure whether /);
    }
  });

  it('follows safe messaging: no "commit suicide", no "kill"', () => {
    const text = questions.flatMap((q) => [q.legend, 'hint' in q ? q.hint : '', q.reasonYes, q.reasonNotSure]).join(' ');
    expect(text).not.toMatch(/commit(ted)? suicide|\bkill/i);
  });
});

describe('tiers', () => {
  it('lists the five tiers in order of precedence, each with a heading', () => {
    expect(tiers.map((t) => t.id)).toEqual(['emergency', 'twenty-four-hour', 'php', 'iop', 'outpatient']);
    expect(tiers.map((t) => t.id)).toEqual([...tierIds]);
    expect(tiers.map((t) => t.order)).toEqual([1, 2, 3, 4, 5]);
    for (const t of tiers) expect(t.heading.length).toBeGreaterThan(0);
  });
});
