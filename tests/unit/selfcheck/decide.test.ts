import { describe, expect, it } from 'vitest';
import { decide, questions, tierInfo, tiers, type Answers, type Result, type Tier } from '@/lib/selfcheck';
import { allNo } from './helpers';

const tierOf = (t: Tier) => questions.filter((q) => q.tier === t);

function expectNotADiagnosis(result: Result) {
  expect(result.summary).toContain('This check is not a diagnosis.');
  expect(result.summary).toMatch(/professional assessment decides/);
  expect(result.summary).toMatch(/Insurers .*own rules/);
}

function expectHasStep(result: Result, href: string) {
  expect(result.nextSteps.some((s) => s.href === href), `${result.tier} should link ${href}`).toBe(true);
}

describe('decide: each question alone triggers its tier', () => {
  for (const q of questions) {
    for (const answer of ['yes', 'not-sure'] as const) {
      it(`${q.id} = ${answer} gives ${q.tier}`, () => {
        const result = decide(allNo({ [q.id]: answer }));
        expect(result.tier).toBe(q.tier);
        expect(result.heading).toBe(tierInfo(q.tier).heading);
        expect(result.reasons).toEqual([answer === 'yes' ? q.reasonYes : q.reasonNotSure]);
        expectNotADiagnosis(result);
      });
    }
  }

  it('gives outpatient when every answer is no, and explains why', () => {
    const result = decide(allNo());
    expect(result.tier).toBe('outpatient');
    expect(result.reasons).toHaveLength(1);
    expect(result.reasons[0]).toMatch(/answered no to every question/);
    expectNotADiagnosis(result);
  });
});

describe('decide: precedence, the higher tier wins', () => {
  const ordered = tiers.map((t) => t.id).filter((t) => t !== 'outpatient');
  for (let i = 0; i < ordered.length; i++) {
    for (let j = i + 1; j < ordered.length; j++) {
      const [high, low] = [ordered[i], ordered[j]];
      it(`${high} beats ${low}`, () => {
        for (const h of tierOf(high)) {
          for (const l of tierOf(low)) {
            const result = decide(allNo({ [h.id]: 'yes', [l.id]: 'yes' }));
            expect(result.tier).toBe(high);
            // Reasons name only the answers that led to the winning tier.
            expect(result.reasons).toEqual([h.reasonYes]);
          }
        }
      });
    }
  }

  it('gives one reason per triggering question at the winning tier, in question order', () => {
    const [a, b] = tierOf('twenty-four-hour');
    const result = decide(allNo({ [b.id]: 'yes', [a.id]: 'not-sure', 'weekly-not-enough': 'yes' }));
    expect(result.reasons).toEqual([a.reasonNotSure, b.reasonYes]);
  });
});

describe('decide: emergency', () => {
  it('is decided by question 1 alone', () => {
    for (const answer of ['yes', 'not-sure'] as const) {
      const result = decide({ 'safety-now': answer });
      expect(result.tier).toBe('emergency');
      expect(result.reasons).toHaveLength(1);
      expect(result.nextSteps[0]).toMatchObject({ href: 'tel:988' });
    }
  });

  it('is decided by questions 1 and 2 alone', () => {
    const result = decide({ 'safety-now': 'no', 'withdrawal-overdose-now': 'not-sure' });
    expect(result.tier).toBe('emergency');
    expect(result.reasons).toEqual([questions[1].reasonNotSure]);
  });

  it('always offers 988, 911 and the emergency room, with the not-a-diagnosis text', () => {
    for (const answers of [
      { 'safety-now': 'yes' },
      { 'safety-now': 'no', 'withdrawal-overdose-now': 'yes' },
      allNo({ 'safety-now': 'not-sure', 'withdrawal-overdose-now': 'yes' }),
    ] satisfies Answers[]) {
      const result = decide(answers);
      expect(result.heading).toBe('Get help now');
      expectHasStep(result, 'tel:988');
      expectHasStep(result, 'tel:911');
      expect(result.nextSteps.some((s) => /emergency room/.test(s.text))).toBe(true);
      expect(result.nextSteps.some((s) => /988/.test(s.text))).toBe(true);
      expect(result.summary).toContain('This check is not a diagnosis.');
      expect(result.summary).toMatch(/Insurers/);
    }
  });

  it('puts 988 first for safety, and 911 first for withdrawal or overdose signs', () => {
    expect(decide({ 'safety-now': 'yes' }).nextSteps[0].href).toBe('tel:988');
    expect(decide({ 'safety-now': 'no', 'withdrawal-overdose-now': 'yes' }).nextSteps[0].href).toBe('tel:911');
  });
});

describe('decide: next steps', () => {
  it('sends 24-hour care and PHP to a doctor and the SAMHSA Helpline today', () => {
    for (const tier of ['twenty-four-hour', 'php'] as const) {
      const result = decide(allNo({ [tierOf(tier)[0].id]: 'yes' }));
      expect(result.nextSteps[0].text).toMatch(/doctor/);
      expect(result.nextSteps[0].text).toMatch(/today/i);
      expectHasStep(result, 'tel:+18006624357');
      expect(result.nextSteps.some((s) => s.text.includes('1-800-662-HELP (4357)'))).toBe(true);
    }
  });

  it('warns against stopping alcohol or sedatives suddenly when withdrawal risk is the reason', () => {
    const withRisk = decide(allNo({ 'withdrawal-or-medical-care': 'yes' }));
    expect(withRisk.nextSteps.some((s) => /do not stop suddenly/.test(s.text))).toBe(true);
    const without = decide(allNo({ 'unsafe-home': 'yes' }));
    expect(without.nextSteps.some((s) => /do not stop suddenly/.test(s.text))).toBe(false);
  });

  it('tells IOP readers how to find and choose one', () => {
    const result = decide(allNo({ 'weekly-not-enough': 'yes' }));
    expectHasStep(result, '/learn/choosing-an-iop');
    expectHasStep(result, 'https://findtreatment.gov');
    expect(result.nextSteps.some((s) => /doctor/.test(s.text))).toBe(true);
    expect(result.nextSteps.some((s) => /insurer/.test(s.text))).toBe(true);
  });

  it('keeps a way to crisis help on every result', () => {
    for (const tier of ['twenty-four-hour', 'php', 'iop'] as const) {
      expectHasStep(decide(allNo({ [tierOf(tier)[0].id]: 'yes' })), 'tel:988');
    }
    expectHasStep(decide(allNo()), 'tel:988');
  });
});

describe('decide: gaps never lower the level of care', () => {
  it('counts a missing answer as "not sure" when there is no emergency stop', () => {
    const answers = allNo();
    delete answers['unsafe-home'];
    const result = decide(answers);
    expect(result.tier).toBe('twenty-four-hour');
    expect(result.reasons[0]).toMatch(/did not answer .* "not sure"/);
  });

  it('treats broken values as missing and never throws on odd input', () => {
    expect(decide(allNo({ 'weekly-not-enough': 'maybe' as never })).tier).toBe('iop');
    expect(decide(null as never).tier).toBe('emergency');
    expect(decide({} as Answers).tier).toBe('emergency');
  });

  it('does not list unanswered later questions after an emergency stop', () => {
    expect(decide({ 'safety-now': 'yes' }).reasons).toEqual([questions[0].reasonYes]);
  });
});

describe('decide: wording', () => {
  const results = [
    ...questions.flatMap((q) => [decide(allNo({ [q.id]: 'yes' })), decide(allNo({ [q.id]: 'not-sure' }))]),
    decide(allNo()),
  ];

  it('keeps sentences short (25 words or fewer)', () => {
    for (const r of results) {
      const text = [r.heading, r.summary, ...r.reasons, ...r.nextSteps.map((s) => s.text)].join(' ');
      for (const sentence of text.split(/(?<=[.!?])\s+/)) {
        expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(25);
      }
    }
  });

  it('uses safe-messaging language', () => {
    for (const r of results) {
      expect(JSON.stringify(r)).not.toMatch(/commit(ted)? suicide|\bkill/i);
    }
  });
});
