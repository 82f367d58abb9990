import { afterEach, describe, expect, it } from 'vitest';
import { humanDate } from '@/lib/dates';

describe('humanDate', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('writes the day, the month in words and the year, as readers write a date', () => {
    expect(humanDate('2026-11-20')).toBe('20 November 2026');
    expect(humanDate('2028-02-29')).toBe('29 February 2028');
    expect(humanDate('2026-12-31')).toBe('31 December 2026');
  });

  it('keeps the date when the server is far west or east of UTC', () => {
    for (const timeZone of ['Pacific/Honolulu', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      process.env.TZ = timeZone;
      expect(humanDate('2026-01-01'), timeZone).toBe('1 January 2026');
    }
  });
});
