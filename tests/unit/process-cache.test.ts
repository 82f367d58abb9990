import { afterEach, describe, expect, it } from 'vitest';
import { forgetAll, once } from '@/lib/process-cache';

describe('once', () => {
  afterEach(forgetAll);

  it('works a value out the first time and keeps it', () => {
    let made = 0;
    const make = () => ({ made: ++made });
    const first = once('a', make);
    expect(once('a', make)).toBe(first);
    expect(made).toBe(1);
  });

  it('works it out again when the version changes, compared as the same value or object', () => {
    let made = 0;
    const make = () => ++made;
    const content = {};
    expect(once('b', make, content)).toBe(1);
    expect(once('b', make, content)).toBe(1);
    expect(once('b', make, {})).toBe(2);
    expect(once('b', make, 'v1')).toBe(3);
    expect(once('b', make, 'v1')).toBe(3);
  });

  it('keeps each key apart, and shares one store across copies of the module (globalThis)', () => {
    expect(once('c', () => 'c')).toBe('c');
    expect(once('d', () => 'd')).toBe('d');
    const store = (globalThis as { __iopGuideOnce?: Map<string, unknown> }).__iopGuideOnce;
    expect([...store!.keys()]).toEqual(['c', 'd']);
  });

  it('stores nothing when making the value throws, so the next call tries again', () => {
    expect(() =>
      once('e', () => {
        throw new Error('no');
      }),
    ).toThrow('no');
    expect(once('e', () => 'yes')).toBe('yes');
  });
});
