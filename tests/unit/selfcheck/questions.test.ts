import { describe, expect, it } from 'vitest';
import { decide } from '@/lib/selfcheck/decide';
import { supportingSomeoneHref } from '@/lib/selfcheck/next-steps';
import { audiences, questionIds, questions, signSets, whoQuestion, yesNoQuestions } from '@/lib/selfcheck/questions';
import { isSelfCheckSourceId, selfCheckSources } from '@/lib/selfcheck/sources';
import { tierIds, tierOrder, tiers } from '@/lib/selfcheck/tiers';
import { getArticle } from '@/lib/content/loader';
import { allNo } from './helpers';

const words = (s: string) => s.trim().split(/\s+/).length;
const factsKey = /^S\d+[abc]?$/;

describe('questions', () => {
  it('asks who first, then the two safety lists, then the level-of-care questions', () => {
    expect(questions[0]).toBe(whoQuestion);
    expect(questions.slice(1, 3).map((q) => q.id)).toEqual(['suicide', 'danger']);
    expect(questions.slice(3).every((q) => q.kind === 'yes-no')).toBe(true);
    expect(new Set(questionIds).size).toBe(questions.length);
    for (const id of questionIds) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('orders the level-of-care questions from the highest tier to the lowest, caution questions first', () => {
    const orders = yesNoQuestions.map((q) => (q.tier === null ? 0 : tierOrder(q.tier)));
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    for (const t of ['twenty-four-hour', 'php', 'iop'] as const)
      expect(yesNoQuestions.filter((q) => q.tier === t).length).toBeGreaterThanOrEqual(2);
  });

  it('asks one thing per question: one short question, a one-sentence hint', () => {
    for (const q of yesNoQuestions) {
      for (const audience of audiences) {
        const { legend, hint } = q.text[audience];
        expect(words(legend), `${q.id} ${audience}`).toBeLessThanOrEqual(20);
        expect(legend.match(/\?/g), `${q.id}: one question mark`).toHaveLength(1);
        expect(legend.endsWith('?')).toBe(true);
        expect(legend, `${q.id}: no second question joined by "Or"`).not.toMatch(/\? |\bOr\b/);
        if (hint) expect(hint.split(/[.!?](\s|$)/).filter((s) => s.trim()).length, q.id).toBe(1);
      }
    }
    for (const set of signSets) {
      for (const option of set.options) {
        for (const audience of audiences) {
          expect(words(option.text[audience].label), option.id).toBeLessThanOrEqual(20);
          expect(option.text[audience].label).not.toMatch(/[?.]$/);
        }
      }
    }
  });

  it('words every question for the reader, or for the person they answer about', () => {
    for (const q of yesNoQuestions) {
      expect(q.text.self.legend, q.id).toMatch(/\byou(r)?\b/i);
      expect(q.text.other.legend, q.id).toMatch(/\bthe person\b/);
      expect(q.text.other.legend, q.id).not.toMatch(/\byou(r)?\b/i);
      expect(q.text.self.reasonYes).toMatch(/^You said /);
      expect(q.text.self.reasonNotSure).toMatch(/^You were not sure whether /);
      expect(q.text.other.reasonYes).toMatch(/^You said .*the person/);
      expect(q.text.other.reasonNotSure).toMatch(/^You were not sure whether .*the person/);
    }
    for (const set of signSets) {
      expect(set.text.self.legend).toMatch(/\byou\b/);
      expect(set.text.other.legend).toMatch(/\bthe person\b/);
      for (const option of set.options) {
        expect(option.text.self.label, option.id).toMatch(/\byou(r)?\b/i);
        expect(option.text.other.label, option.id).toMatch(/\bthey|their|them\b/i);
        expect(option.text.other.label, option.id).not.toMatch(/\byou(r)?\b/i);
        expect(option.text.other.reason).toMatch(/^You said (that in the past (month|\d+ months) )?the person/);
      }
    }
  });

  it('cites a source for every question and safety item, and every named source exists', () => {
    for (const q of yesNoQuestions) {
      expect(q.sources.length, q.id).toBeGreaterThan(0);
      for (const s of q.sources) expect(factsKey.test(s) || isSelfCheckSourceId(s), `${q.id}: ${s}`).toBe(true);
    }
    for (const set of signSets) {
      for (const option of set.options) {
        // Safety rules cite a source a reader can open, not only the research notes.
        expect(
          option.sources.some((s) => isSelfCheckSourceId(s)),
          option.id,
        ).toBe(true);
        for (const s of option.sources) expect(isSelfCheckSourceId(s), `${option.id}: ${s}`).toBe(true);
      }
    }
    for (const source of Object.values(selfCheckSources)) expect(source.url).toMatch(/^https:\/\//);
  });

  it('follows the C-SSRS screener: wish to be dead and thoughts ask for help today; intent, plan, preparing and an attempt are emergencies', () => {
    const suicide = signSets.find((s) => s.id === 'suicide')!;
    expect(suicide.options.map((o) => [o.id, o.emergency])).toEqual([
      ['wish-dead', null],
      ['thoughts', null],
      ['intent', 'mental-health'],
      ['plan', 'mental-health'],
      ['preparing', 'mental-health'],
      ['attempt', 'mental-health'],
    ]);
    for (const o of suicide.options)
      expect(o.sources).toEqual(expect.arrayContaining(['cssrs-screener', 'cssrs-triage']));
    const danger = signSets.find((s) => s.id === 'danger')!;
    expect(danger.options.every((o) => o.emergency !== null)).toBe(true);
    expect(danger.options.map((o) => o.id)).toEqual([
      'harm-others',
      'voices',
      'withdrawal',
      'overdose',
      'eating-disorder',
      'confusion',
    ]);
  });

  it('follows safe messaging: no "commit suicide", no "kill", no methods', () => {
    const text = JSON.stringify(questions);
    expect(text).not.toMatch(/commit(ted)? suicide|\bkill|\bgun|firearm|\bpills\b|\bhang(ing)?\b|\bjump(ing)?\b/i);
  });
});

describe('tiers', () => {
  it('lists the five tiers in order of precedence, each with a heading for both readers', () => {
    expect(tiers.map((t) => t.id)).toEqual([...tierIds]);
    expect(tiers.map((t) => t.order)).toEqual([1, 2, 3, 4, 5]);
    for (const t of tiers) for (const a of audiences) expect(t.text[a].heading.length).toBeGreaterThan(0);
  });
});

describe('links', () => {
  it('every article link on a result leads to an article that exists, and to a section that exists', () => {
    const audiencesAll = ['self', 'other'] as const;
    const results = audiencesAll.flatMap((audience) => [
      ...yesNoQuestions.map((q) => decide(allNo({ [q.id]: 'yes' }, audience))),
      ...signSets.flatMap((set) => set.options.map((o) => decide(allNo({ [set.id]: [o.id] }, audience)))),
      decide(allNo({}, audience)),
    ]);
    const links = new Set(
      results
        .flatMap((r) => [...r.nextSteps, ...r.notices.flatMap((n) => [...n.actions, ...n.lines])])
        .map((s) => s.href ?? '')
        .filter((h) => h.startsWith('/learn/')),
    );
    expect([...links].filter((l) => l.startsWith(supportingSomeoneHref))).toEqual(
      expect.arrayContaining([
        `${supportingSomeoneHref}#if-they-refuse-help`,
        `${supportingSomeoneHref}#how-to-ask-about-suicide`,
        `${supportingSomeoneHref}#make-the-home-safer`,
      ]),
    );
    for (const link of links) {
      const [page, section] = link.split('#');
      const article = getArticle(page.replace('/learn/', ''));
      expect(article, link).toBeDefined();
      if (section)
        expect(
          article!.headings.map((h) => h.id),
          link,
        ).toContain(section);
    }
  });
});
