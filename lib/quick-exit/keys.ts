/**
 * The quick exit's keyboard shortcuts, as a pure function of the key events it has seen: no DOM, no
 * React, no timers, so it can be tested exhaustively and lifted into a plain script unchanged.
 *
 * - Shift pressed 3 times, each press within 5 seconds of the last (GOV.UK "Exit this page":
 *   design-system.service.gov.uk/components/exit-this-page, govuk-frontend exit-this-page.mjs).
 *   A Shift released after being used as a modifier (Shift + A) does not count, as in GOV.UK:
 *   typing capitals never leaves the page.
 * - Escape pressed twice within 1 second (this site's earlier shortcut, kept for readers who know it).
 * - Any other key starts both sequences again.
 *
 * Feed it key-up events (GOV.UK listens to keyup: a held key repeats keydown, never keyup).
 */

export const shiftPressesToExit = 3;
export const shiftWindowMs = 5000;
export const escapePressesToExit = 2;
export const escapeWindowMs = 1000;

export interface ExitKeyState {
  /** Shift presses counted so far in the current sequence (0 to 2). */
  shiftCount: number;
  /** Time of the last counted Shift press, or null. */
  lastShiftAt: number | null;
  /** True when the previous key-up had Shift held (so a following Shift key-up was a modifier). */
  lastKeyWasModified: boolean;
  /** Time of the last Escape press, or null. */
  lastEscapeAt: number | null;
}

export interface KeyUp {
  key: string;
  shiftKey: boolean;
  /** Milliseconds, from any steady clock (event.timeStamp or Date.now()). */
  time: number;
}

export type ExitKeyOutcome =
  | { kind: 'exit' }
  /** A press that counted: `remaining` more presses of `key` leave the page. */
  | { kind: 'progress'; key: 'Shift' | 'Escape'; remaining: number }
  /** A sequence under way was broken off by another key. */
  | { kind: 'reset' }
  | { kind: 'none' };

export const initialExitKeyState: ExitKeyState = Object.freeze({
  shiftCount: 0,
  lastShiftAt: null,
  lastKeyWasModified: false,
  lastEscapeAt: null,
});

export function nextExitKeyState(state: ExitKeyState, event: KeyUp): { state: ExitKeyState; outcome: ExitKeyOutcome } {
  const lastKeyWasModified = event.shiftKey;
  if (event.key === 'Shift') {
    if (state.lastKeyWasModified) return { state: { ...state, lastKeyWasModified }, outcome: { kind: 'none' } };
    const inTime = state.lastShiftAt !== null && event.time - state.lastShiftAt <= shiftWindowMs;
    const count = (inTime ? state.shiftCount : 0) + 1;
    if (count >= shiftPressesToExit) return { state: { ...initialExitKeyState }, outcome: { kind: 'exit' } };
    return {
      state: { shiftCount: count, lastShiftAt: event.time, lastKeyWasModified, lastEscapeAt: null },
      outcome: { kind: 'progress', key: 'Shift', remaining: shiftPressesToExit - count },
    };
  }
  if (event.key === 'Escape') {
    const inTime = state.lastEscapeAt !== null && event.time - state.lastEscapeAt <= escapeWindowMs;
    if (inTime) return { state: { ...initialExitKeyState }, outcome: { kind: 'exit' } };
    return {
      state: { shiftCount: 0, lastShiftAt: null, lastKeyWasModified, lastEscapeAt: event.time },
      outcome: { kind: 'progress', key: 'Escape', remaining: escapePressesToExit - 1 },
    };
  }
  const underWay = state.shiftCount > 0 || state.lastEscapeAt !== null;
  return {
    state: { ...initialExitKeyState, lastKeyWasModified },
    outcome: underWay ? { kind: 'reset' } : { kind: 'none' },
  };
}

/** The state once the reader has waited too long: the sequence starts again. */
export function expireExitKeys(state: ExitKeyState, time: number): ExitKeyState {
  const shiftLate = state.lastShiftAt !== null && time - state.lastShiftAt > shiftWindowMs;
  const escapeLate = state.lastEscapeAt !== null && time - state.lastEscapeAt > escapeWindowMs;
  return {
    shiftCount: shiftLate ? 0 : state.shiftCount,
    lastShiftAt: shiftLate ? null : state.lastShiftAt,
    lastKeyWasModified: state.lastKeyWasModified,
    lastEscapeAt: escapeLate ? null : state.lastEscapeAt,
  };
}

/** What a screen reader hears after a press (GOV.UK's wording for Shift). Empty: say nothing. */
export function exitKeyAnnouncement(outcome: ExitKeyOutcome): string {
  if (outcome.kind === 'exit') return 'Loading.';
  if (outcome.kind !== 'progress') return '';
  const times = outcome.remaining === 1 ? '1 more time' : `${outcome.remaining} more times`;
  return `${outcome.key}, press ${times} to exit.`;
}
