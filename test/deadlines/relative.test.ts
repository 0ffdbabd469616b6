import { describe, expect, it } from 'vitest';
import {
  clockIn,
  daysBetween,
  deadlineUrgency,
  describeDeadline,
  relativeDayText,
  shortDate,
  sortDeadlines,
} from '../../lib/deadlines/relative';

const at = (date: string, time = '12:00') => ({ date, time });

describe('daysBetween', () => {
  it('counts calendar days across a leap day', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetween('2024-02-29', '2025-02-28')).toBe(365);
  });
  it('is unaffected by DST changes (US spring forward and fall back)', () => {
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(daysBetween('2026-10-31', '2026-11-02')).toBe(2);
  });
  it('is negative for earlier dates and spans years', () => {
    expect(daysBetween('2027-01-01', '2026-12-31')).toBe(-1);
  });
  it('rejects malformed dates', () => {
    expect(() => daysBetween('2026-1-1', '2026-01-02')).toThrow(RangeError);
  });
});

describe('clockIn', () => {
  it('reads the civil date in the given zone, not UTC', () => {
    // 03:30 UTC on Jan 12 is still Jan 11 in Los Angeles and already Jan 12 in Tokyo.
    const now = new Date('2026-01-12T03:30:00Z');
    expect(clockIn('America/Los_Angeles', now)).toEqual({ date: '2026-01-11', time: '19:30' });
    expect(clockIn('Asia/Tokyo', now)).toEqual({ date: '2026-01-12', time: '12:30' });
  });
  it('follows DST: 12:00 UTC is 07:00 in New York in winter, 08:00 in summer', () => {
    expect(clockIn('America/New_York', new Date('2026-01-15T12:00:00Z')).time).toBe('07:00');
    expect(clockIn('America/New_York', new Date('2026-07-15T12:00:00Z')).time).toBe('08:00');
  });
  it('handles the day of the spring-forward gap', () => {
    expect(clockIn('America/New_York', new Date('2026-03-08T07:30:00Z'))).toEqual({ date: '2026-03-08', time: '03:30' });
  });
});

describe('urgency', () => {
  const today = at('2026-11-22', '14:00');
  it('overdue, soon (within 7 days inclusive), later, done', () => {
    expect(deadlineUrgency({ due: '2026-11-21' }, today)).toBe('overdue');
    expect(deadlineUrgency({ due: '2026-11-22' }, today)).toBe('soon');
    expect(deadlineUrgency({ due: '2026-11-29' }, today)).toBe('soon');
    expect(deadlineUrgency({ due: '2026-11-30' }, today)).toBe('later');
    expect(deadlineUrgency({ due: '2020-01-01', done: true }, today)).toBe('done');
  });
  it('a deadline due today becomes overdue once its time has passed', () => {
    expect(deadlineUrgency({ due: '2026-11-22', time: '13:59' }, today)).toBe('overdue');
    expect(deadlineUrgency({ due: '2026-11-22', time: '14:00' }, today)).toBe('soon');
    expect(deadlineUrgency({ due: '2026-11-22', time: null }, today)).toBe('soon');
  });
  it('depends on the zone: a Jan 12 deadline is overdue in Tokyo but not yet in LA at the same instant', () => {
    const instant = new Date('2026-01-13T03:30:00Z');
    expect(deadlineUrgency({ due: '2026-01-12' }, clockIn('Asia/Tokyo', instant))).toBe('overdue');
    expect(deadlineUrgency({ due: '2026-01-12' }, clockIn('America/Los_Angeles', instant))).toBe('soon');
  });
});

describe('texts', () => {
  it('says relative days', () => {
    expect([-3, -1, 0, 1, 2].map(relativeDayText)).toEqual(['3 days ago', 'yesterday', 'today', 'tomorrow', 'in 2 days']);
  });
  it('short dates carry the year only when it is not this year', () => {
    expect(shortDate('2026-01-12', at('2026-11-22'))).toBe('Jan 12');
    expect(shortDate('2027-01-12', at('2026-11-22'))).toBe('Jan 12, 2027');
    expect(shortDate('2024-02-29')).toBe('Feb 29, 2024');
  });
  it('describes a deadline in full', () => {
    expect(describeDeadline({ due: '2026-11-25' }, at('2026-11-22'))).toEqual({
      urgency: 'soon',
      days: 3,
      relative: 'in 3 days',
      date: 'Nov 25',
    });
    expect(describeDeadline({ due: '2026-11-20' }, at('2026-11-22')).relative).toBe('2 days ago');
  });
});

describe('sortDeadlines', () => {
  it('open first by date and time, done last, without mutating', () => {
    const list = [
      { id: 'a', due: '2026-12-01', time: null, done: false },
      { id: 'b', due: '2026-11-01', time: null, done: true },
      { id: 'c', due: '2026-12-01', time: '09:00', done: false },
      { id: 'd', due: '2026-11-30', time: null, done: false },
    ];
    const copy = [...list];
    expect(sortDeadlines(list).map((d) => d.id)).toEqual(['d', 'c', 'a', 'b']);
    expect(list).toEqual(copy);
    expect(sortDeadlines([])).toEqual([]);
  });
});
