import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  escapeWindowMs,
  exitKeyAnnouncement,
  expireExitKeys,
  initialExitKeyState,
  nextExitKeyState,
  shiftWindowMs,
  type ExitKeyOutcome,
  type ExitKeyState,
  type KeyUp,
} from '@/lib/quick-exit/keys';

/** Runs key-ups through the function and returns every outcome. */
function run(events: readonly KeyUp[], start: ExitKeyState = initialExitKeyState): ExitKeyOutcome[] {
  let state = start;
  return events.map((event) => {
    const next = nextExitKeyState(state, event);
    state = next.state;
    return next.outcome;
  });
}
const shift = (time: number, shiftKey = false): KeyUp => ({ key: 'Shift', shiftKey, time });
const esc = (time: number): KeyUp => ({ key: 'Escape', shiftKey: false, time });
const key = (k: string, time: number, shiftKey = false): KeyUp => ({ key: k, shiftKey, time });

describe('quick exit keys: Shift 3 times (GOV.UK)', () => {
  it('leaves on the third press, counting down on the way', () => {
    expect(run([shift(0), shift(300), shift(600)])).toEqual([
      { kind: 'progress', key: 'Shift', remaining: 2 },
      { kind: 'progress', key: 'Shift', remaining: 1 },
      { kind: 'exit' },
    ]);
  });

  it('gives each press up to 5 seconds: one press too late starts again', () => {
    expect(run([shift(0), shift(shiftWindowMs), shift(2 * shiftWindowMs)]).at(-1)).toEqual({ kind: 'exit' });
    expect(run([shift(0), shift(shiftWindowMs + 1), shift(shiftWindowMs + 2)]).at(-1)).toEqual({
      kind: 'progress',
      key: 'Shift',
      remaining: 1,
    });
  });

  it('does not count Shift used for capitals (Shift + A), so typing never leaves', () => {
    // Shift + A fires key-up A (Shift held), then key-up Shift.
    expect(
      run([key('A', 0, true), shift(10), key('B', 20, true), shift(30), key('C', 40, true), shift(50)]).some(
        (o) => o.kind === 'exit',
      ),
    ).toBe(false);
  });

  it('another key starts the sequence again', () => {
    expect(run([shift(0), shift(100), key('a', 150), shift(200)])).toEqual([
      { kind: 'progress', key: 'Shift', remaining: 2 },
      { kind: 'progress', key: 'Shift', remaining: 1 },
      { kind: 'reset' },
      { kind: 'progress', key: 'Shift', remaining: 2 },
    ]);
  });
});

describe('quick exit keys: Escape twice', () => {
  it('leaves on the second press within a second; once does nothing more', () => {
    expect(run([esc(0), esc(escapeWindowMs)])).toEqual([
      { kind: 'progress', key: 'Escape', remaining: 1 },
      { kind: 'exit' },
    ]);
    expect(run([esc(0), esc(escapeWindowMs + 1)]).at(-1)).toEqual({ kind: 'progress', key: 'Escape', remaining: 1 });
    expect(run([esc(0), key('Tab', 10), esc(20)]).at(-1)).toEqual({ kind: 'progress', key: 'Escape', remaining: 1 });
  });
});

describe('quick exit keys: properties', () => {
  const anyKey = fc.record({
    key: fc.constantFrom('Shift', 'Escape', 'a', 'A', 'Tab', 'Enter', ' ', 'Control'),
    shiftKey: fc.boolean(),
    gap: fc.integer({ min: 0, max: 7000 }),
  });
  const sequence = fc.array(anyKey, { maxLength: 30 }).map((keys) => {
    let time = 0;
    return keys.map(({ key: k, shiftKey, gap }) => ({ key: k, shiftKey, time: (time += gap) }));
  });

  it('never leaves without 3 Shift presses in a row or 2 Escape presses in a row', () => {
    fc.assert(
      fc.property(sequence, (events) => {
        run(events).forEach((outcome, i) => {
          if (outcome.kind !== 'exit') return;
          const e = events[i];
          if (e.key === 'Escape') expect(events[i - 1]?.key).toBe('Escape');
          else {
            expect(e.key).toBe('Shift');
            expect(events.slice(i - 2, i).every((x) => x.key === 'Shift')).toBe(true);
          }
        });
      }),
    );
  });

  it('always leaves on a quick third Shift press or second Escape press, whatever came before', () => {
    fc.assert(
      fc.property(sequence, fc.constantFrom('Shift', 'Escape'), (events, which) => {
        const end = events.at(-1)?.time ?? 0;
        const tail =
          which === 'Shift'
            ? [key('x', end + 1), shift(end + 2), shift(end + 3), shift(end + 4)]
            : [key('x', end + 1), esc(end + 2), esc(end + 3)];
        const outcomes = run([...events, ...tail]);
        expect(outcomes.at(-1)).toEqual({ kind: 'exit' });
      }),
    );
  });

  it('an expired sequence starts again; announcements follow GOV.UK', () => {
    const after = nextExitKeyState(initialExitKeyState, shift(0)).state;
    expect(expireExitKeys(after, shiftWindowMs + 1).shiftCount).toBe(0);
    expect(expireExitKeys(after, shiftWindowMs).shiftCount).toBe(1);
    expect(exitKeyAnnouncement({ kind: 'progress', key: 'Shift', remaining: 2 })).toBe(
      'Shift, press 2 more times to exit.',
    );
    expect(exitKeyAnnouncement({ kind: 'progress', key: 'Escape', remaining: 1 })).toBe(
      'Escape, press 1 more time to exit.',
    );
    expect(exitKeyAnnouncement({ kind: 'exit' })).toBe('Loading.');
    expect(exitKeyAnnouncement({ kind: 'reset' })).toBe('');
  });
});
