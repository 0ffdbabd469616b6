import { describe, expect, it } from 'vitest';
import { clockIn } from '../../lib/deadlines/relative';
import { localClock } from '../../lib/content/local-clock';

describe('localClock', () => {
  it('agrees with clockIn in the runtime zone, across a year of instants', () => {
    // Every 37 hours and 11 minutes over a year: all months, both sides of DST changes, all hours.
    for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2026, 0, 1); t += (37 * 60 + 11) * 60_000) {
      const at = new Date(t);
      expect(localClock(at), at.toISOString()).toEqual(clockIn(undefined, at));
    }
  });

  it('pads dates and times', () => {
    const at = new Date(2030, 0, 5, 7, 3);
    expect(localClock(at)).toEqual({ date: '2030-01-05', time: '07:03' });
  });
});
