import { describe, expect, it } from 'vitest';
import { decide, type Result } from '@/lib/selfcheck/decide';
import { supportingSomeoneHref } from '@/lib/selfcheck/next-steps';
import { signSets, type SignSet, yesNoQuestions, type Answers } from '@/lib/selfcheck/questions';
import { tierInfo, tiers, type Tier } from '@/lib/selfcheck/tiers';
import { allNo, emergencyOptions, talkOptions } from './helpers';

const tierOf = (t: Tier) => yesNoQuestions.filter((q) => q.tier === t);
const hrefs = (result: Result) =>
  [...result.crisisActions, ...result.nextSteps, ...result.notices.flatMap((n) => [...n.actions, ...n.lines])].map(
    (s) => s.href,
  );
const allText = (r: Result) =>
  // Headings, buttons and lines are separate pieces of text: end each so sentences are counted one by one.
  [
    r.heading,
    r.summary,
    r.disclaimer,
    ...r.reasons,
    ...r.crisisActions.map((s) => s.text),
    ...r.nextSteps.map((s) => s.text),
    ...r.notices.flatMap((n) => [n.heading, ...n.actions.map((a) => a.text), ...n.lines.map((l) => l.text)]),
  ]
    .map((piece) => (/[.!?]$/.test(piece) ? piece : `${piece}.`))
    .join(' ');

function expectNotADiagnosis(result: Result) {
  expect(result.disclaimer).toContain('This check is not a diagnosis.');
  expect(result.disclaimer).toMatch(/informed by tools such as the Columbia Protocol/);
}

describe('decide: safety lists', () => {
  for (const { set, option } of emergencyOptions) {
    it(`${set}: ${option} gives the emergency result at once, with the three buttons first`, () => {
      for (const audience of ['self', 'other'] as const) {
        const result = decide(allNo({ [set]: [option] }, audience));
        expect(result.tier).toBe('emergency');
        expect(result.heading).toBe('Get help now');
        expect(result.crisisActions.map((a) => a.text).sort()).toEqual(['Call 911', 'Call 988', 'Text 988']);
        expect(result.crisisActions.map((a) => a.href).sort()).toEqual(['sms:988', 'tel:911', 'tel:988']);
        expect(result.reasons).toHaveLength(1);
        expect(result.notices.some((n) => n.id === 'talk-today')).toBe(false);
        expectNotADiagnosis(result);
        // No text about insurers on a crisis result.
        expect(allText(result)).not.toMatch(/insur/i);
      }
    });
  }

  it('also stops on an emergency item alone, before anything else is answered', () => {
    for (const { set, option } of emergencyOptions)
      expect(decide({ [set]: [option] } as Answers).tier).toBe('emergency');
  });

  it('puts 988 first for a mental health crisis and 911 first for medical danger', () => {
    expect(decide(allNo({ suicide: ['plan'] })).crisisActions[0].href).toBe('tel:988');
    expect(decide(allNo({ danger: ['harm-others'] })).crisisActions[0].href).toBe('tel:988');
    for (const option of ['withdrawal', 'overdose', 'eating-disorder', 'confusion']) {
      expect(decide(allNo({ danger: [option] })).crisisActions[0].href, option).toBe('tel:911');
    }
    // Both: medical danger cannot wait, and the mental health steps are still there.
    const both = decide(allNo({ suicide: ['intent'], danger: ['overdose'] }));
    expect(both.crisisActions[0].href).toBe('tel:911');
    expect(both.nextSteps.some((s) => s.href === 'https://988lifeline.org')).toBe(true);
  });

  it('lists naloxone when overdose is the reason, and only then', () => {
    for (const audience of ['self', 'other'] as const) {
      const overdose = decide(allNo({ danger: ['overdose'] }, audience));
      expect(overdose.nextSteps.some((s) => /naloxone/i.test(s.text))).toBe(true);
      expect(overdose.sources).toEqual(expect.arrayContaining(['cdc-overdose', 'fda-naloxone-otc']));
      expect(decide(allNo({ danger: ['withdrawal'] }, audience)).nextSteps.some((s) => /naloxone/i.test(s.text))).toBe(
        false,
      );
      expect(decide(allNo({ suicide: ['attempt'] }, audience)).nextSteps.some((s) => /naloxone/i.test(s.text))).toBe(
        false,
      );
    }
    const other = decide(allNo({ danger: ['overdose'] }, 'other'));
    const steps = other.nextSteps.map((s) => s.text).join(' ');
    expect(steps).toMatch(/Give naloxone/);
    expect(steps).toMatch(/on their side/);
    expect(steps).toMatch(/Stay with the person until help arrives/);
    expect(steps).toMatch(/Most states have laws/);
  });

  for (const { set, option } of talkOptions) {
    it(`${set}: ${option} without an emergency item shows "Talk to someone today" above the level of care`, () => {
      for (const [extra, tier] of [
        [{}, 'outpatient'],
        [{ 'slip-back': 'yes' }, 'iop'],
        [{ 'unsafe-home': 'not-sure' }, 'twenty-four-hour'],
      ] as const) {
        const result = decide(allNo({ [set]: [option], ...extra }));
        expect(result.tier).toBe(tier);
        expect(result.heading).toBe(tierInfo(tier).text.self.heading);
        expect(result.notices[0].id).toBe('talk-today');
        expect(result.notices[0].actions.map((a) => a.href)).toEqual(['tel:988', 'sms:988', 'https://988lifeline.org']);
        expect(result.notices[0].lines.map((l) => l.text).join(' ')).toMatch(/appointment today/);
        expect(result.reasons[0]).toBe(
          (signSets as readonly SignSet[]).flatMap((s) => s.options).find((o) => o.id === option)!.text.self.reason,
        );
      }
    });
  }

  it('gives outpatient when every answer is no or none, and explains why', () => {
    const result = decide(allNo());
    expect(result.tier).toBe('outpatient');
    expect(result.notices).toEqual([]);
    expect(result.reasons).toEqual([
      'You answered no to every question, so none of them pointed to a more intensive program.',
    ]);
    expectNotADiagnosis(result);
    expect(result.disclaimer).toMatch(/Insurers .*own rules/);
  });
});

describe('decide: level of care, the higher tier wins', () => {
  for (const q of yesNoQuestions.filter((x) => x.tier !== null)) {
    for (const answer of ['yes', 'not-sure'] as const) {
      it(`${q.id} = ${answer} gives ${q.tier}`, () => {
        const result = decide(allNo({ [q.id]: answer }));
        expect(result.tier).toBe(q.tier);
        expect(result.reasons).toEqual([answer === 'yes' ? q.text.self.reasonYes : q.text.self.reasonNotSure]);
        expectNotADiagnosis(result);
      });
    }
  }

  const ordered = tiers.map((t) => t.id).filter((t) => t !== 'outpatient' && t !== 'emergency');
  for (let i = 0; i < ordered.length; i++) {
    for (let j = i + 1; j < ordered.length; j++) {
      const [high, low] = [ordered[i], ordered[j]];
      it(`${high} beats ${low}`, () => {
        for (const h of tierOf(high)) {
          for (const l of tierOf(low)) {
            const result = decide(allNo({ [h.id]: 'yes', [l.id]: 'yes' }));
            expect(result.tier).toBe(high);
            expect(result.reasons).toEqual([h.text.self.reasonYes]);
          }
        }
      });
    }
  }

  it('an emergency item beats every level of care', () => {
    for (const q of yesNoQuestions) expect(decide(allNo({ [q.id]: 'yes', danger: ['voices'] })).tier).toBe('emergency');
  });
});

describe('decide: notices on every result', () => {
  it('"Do not stop suddenly" for daily alcohol or sedatives, on every result', () => {
    for (const id of ['daily-alcohol', 'daily-sedatives']) {
      for (const answer of ['yes', 'not-sure'] as const) {
        for (const extra of [
          {},
          { 'more-than-weekly': 'yes' },
          { 'daily-doctor': 'yes' },
          { 'round-the-clock': 'yes' },
          { suicide: ['thoughts'] },
          { danger: ['withdrawal'] },
        ]) {
          const result = decide(allNo({ [id]: answer, ...extra }));
          const caution = result.notices.find((n) => n.id === 'withdrawal-caution');
          expect(caution?.heading, `${id} ${answer} ${JSON.stringify(extra)}`).toBe(
            'Do not stop suddenly: talk to a doctor first',
          );
        }
      }
    }
    expect(decide(allNo({ 'withdrawal-risk': 'yes' })).notices.some((n) => n.id === 'withdrawal-caution')).toBe(false);
    expect(decide(allNo()).notices.some((n) => n.id === 'withdrawal-caution')).toBe(false);
  });

  it('an unsafe home adds the National Domestic Violence Hotline next to 24-hour care', () => {
    const result = decide(allNo({ 'unsafe-home': 'yes' }));
    expect(result.tier).toBe('twenty-four-hour');
    const hotline = result.notices.find((n) => n.id === 'unsafe-home')!;
    expect(hotline.actions.map((a) => [a.text, a.href])).toEqual([
      ['Call 1-800-799-7233', 'tel:+18007997233'],
      ['Text START to 88788', 'sms:88788?&body=START'],
      ['TTY 1-800-787-3224', 'tel:+18007873224'],
      ['Chat at thehotline.org', 'https://www.thehotline.org'],
    ]);
    expect(result.sources).toContain('domestic-violence-hotline');
    expect(decide(allNo({ 'round-the-clock': 'yes' })).notices.some((n) => n.id === 'unsafe-home')).toBe(false);
  });
});

describe('decide: answering for someone else', () => {
  it('words every result for the person, and adds what to do if they refuse help', () => {
    const cases: Record<string, unknown>[] = [
      {},
      { 'slip-back': 'yes' },
      { 'daily-doctor': 'yes' },
      { 'unsafe-home': 'yes' },
      { suicide: ['thoughts'] },
      { suicide: ['plan'] },
      { danger: ['overdose'] },
    ];
    for (const extra of cases) {
      const self = decide(allNo(extra, 'self'));
      const other = decide(allNo(extra, 'other'));
      expect(other.audience).toBe('other');
      expect(other.tier).toBe(self.tier);
      expect(allText(other)).not.toEqual(allText(self));
      expect(`${other.summary} ${other.reasons.join(' ')}`).toMatch(/the person/);
      const refuse = other.notices.find((n) => n.id === 'if-they-refuse');
      expect(refuse?.heading).toBe('If the person will not get help');
      expect(refuse?.lines.some((l) => l.href === `${supportingSomeoneHref}#if-they-refuse-help`)).toBe(true);
      expect(refuse?.lines.some((l) => l.href === 'tel:911')).toBe(true);
      expect(self.notices.some((n) => n.id === 'if-they-refuse')).toBe(false);
    }
  });
});

describe('decide: gaps never lower the level of care', () => {
  it('counts a missing answer as "not sure" when there is no emergency stop', () => {
    const answers = allNo() as Record<string, unknown>;
    delete answers['unsafe-home'];
    const result = decide(answers as Answers);
    expect(result.tier).toBe('twenty-four-hour');
    expect(result.reasons[0]).toMatch(/did not answer .* "not sure"/);
    expect(result.notices.some((n) => n.id === 'unsafe-home')).toBe(true);
  });

  it('a missing safety list counts as "not sure": the emergency result', () => {
    const answers = allNo() as Record<string, unknown>;
    delete answers.danger;
    expect(decide(answers as Answers).tier).toBe('emergency');
  });

  it('treats broken values as missing and never throws on odd input', () => {
    expect(decide(allNo({ 'slip-back': 'maybe' })).tier).toBe('iop');
    expect(decide(null as never).tier).toBe('emergency');
    expect(decide({} as Answers).tier).toBe('emergency');
    expect(decide(allNo({ suicide: 'plan' })).tier).toBe('emergency');
  });

  it('keeps an item selected next to "none" (a form problem never hides a danger sign)', () => {
    expect(decide(allNo({ danger: ['none', 'confusion'] })).tier).toBe('emergency');
    expect(decide(allNo({ suicide: ['none', 'wish-dead'] })).notices[0].id).toBe('talk-today');
  });

  it('does not list unanswered later questions after an emergency stop', () => {
    expect(decide({ suicide: ['attempt'] } as Answers).reasons).toEqual([
      'You said that in the past 3 months you tried to end your life.',
    ]);
  });
});

describe('decide: wording', () => {
  const results = [
    ...(['self', 'other'] as const).flatMap((audience) => [
      ...yesNoQuestions.flatMap((q) => [
        decide(allNo({ [q.id]: 'yes' }, audience)),
        decide(allNo({ [q.id]: 'not-sure' }, audience)),
      ]),
      ...signSets.flatMap((s) => s.options.map((o) => decide(allNo({ [s.id]: [o.id] }, audience)))),
      decide(allNo({}, audience)),
    ]),
  ];

  it('keeps sentences short (25 words or fewer)', () => {
    for (const r of results) {
      for (const sentence of allText(r).split(/(?<=[.!?])\s+/))
        expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(25);
    }
  });

  it('uses safe-messaging language: no "commit suicide", no "kill", no methods', () => {
    for (const r of results)
      expect(JSON.stringify(r)).not.toMatch(
        /commit(ted)? suicide|\bkill|\bgun|firearm|pills|\bhang(ing)?\b|\bjump(ing)?\b/i,
      );
  });

  it('keeps a way to crisis help on every result', () => {
    for (const r of results)
      expect(
        hrefs(r).some((h) => h === 'tel:988' || h === 'sms:988'),
        r.heading,
      ).toBe(true);
  });
});

describe('decide: hours a week, cited', () => {
  const medicare = {
    iop: 'https://www.medicare.gov/coverage/mental-health-care-intensive-outpatient-program-services',
    php: 'https://www.medicare.gov/coverage/mental-health-care-partial-hospitalization',
  };
  const cases = [
    { tier: 'iop', answers: { 'slip-back': 'yes' }, hours: 'at least 9 hours of treatment a week' },
    { tier: 'php', answers: { 'daily-doctor': 'yes' }, hours: 'at least 20 hours of treatment a week' },
  ] as const;
  for (const { tier, answers, hours } of cases) {
    for (const audience of ['self', 'other'] as const) {
      it(`the ${tier} result (${audience}) gives Medicare's hours and names Medicare.gov as their source`, () => {
        const result = decide(allNo(answers, audience));
        expect(result.tier).toBe(tier);
        expect(result.summary).toContain(`Medicare describes`);
        expect(result.summary).toContain(hours);
        expect(result.hoursSource).toMatchObject({ publisher: 'Medicare.gov', url: medicare[tier] });
      });
    }
  }

  it('states no hours without a source, and none for teens (not checked at a primary source)', () => {
    for (const tier of tiers) {
      for (const text of Object.values(tier.text)) {
        expect(text.summary, tier.id).not.toMatch(/teen/i);
        if (/\d+ hours/.test(text.summary)) expect(tier.hoursSource, tier.id).toBeDefined();
      }
    }
    expect(decide(allNo()).hoursSource).toBeUndefined();
  });
});
