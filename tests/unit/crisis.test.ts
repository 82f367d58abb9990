import { describe, expect, it } from 'vitest';
import { crisisLines, crisisSources, overdose } from '@/lib/crisis';

describe('crisis resources', () => {
  it('gives every number as a tap link in the exact form the standards and sources give', () => {
    const byId = new Map(crisisLines.map((line) => [line.id, line.actions.map((a) => [a.label, a.href])]));
    expect(byId.get('emergency')).toEqual([['Call 911', 'tel:911']]);
    expect(byId.get('988')).toEqual([
      ['Call 988', 'tel:988'],
      ['Text 988', 'sms:988'],
    ]);
    expect(byId.get('domestic-violence')).toEqual([
      ['Call 1-800-799-7233', 'tel:+18007997233'],
      ['Text START to 88788', 'sms:88788?&body=START'],
      ['TTY 1-800-787-3224', 'tel:+18007873224'],
    ]);
    for (const line of crisisLines)
      for (const action of line.actions) expect(action.href).toMatch(/^(tel:\+?\d+|sms:\d+(\?&body=[A-Z]+)?)$/);
  });

  it('the overdose card follows the CDC: call 911, naloxone, keep breathing, on their side, stay', () => {
    expect(overdose.action).toEqual({ label: 'Call 911', href: 'tel:911' });
    const steps = overdose.steps.join(' ');
    for (const words of [/Call 911/, /naloxone/i, /awake and breathing/, /on their side/, /Stay with the person/])
      expect(steps).toMatch(words);
    expect(overdose.signs.length).toBeGreaterThanOrEqual(4);
  });

  it('states each overdose fact with a primary source a reader can open', () => {
    const facts = overdose.facts.map((f) => f.text).join(' ');
    expect(facts).toMatch(/Good Samaritan/);
    expect(facts).toMatch(/without a prescription.*2023|2023.*without a prescription/s);
    for (const fact of overdose.facts) {
      expect(fact.sources.length).toBeGreaterThan(0);
      for (const id of fact.sources)
        expect(crisisSources[id].url).toMatch(/^https:\/\/(www\.)?(cdc|fda|samhsa)\.gov\//);
    }
    expect(overdose.facts.find((f) => /prescription/.test(f.text))?.sources).toContain('fda-naloxone-otc');
  });
});
