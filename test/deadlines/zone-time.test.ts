import { describe, expect, it } from 'vitest';
import { addDays, isTimeZone, offsetMinutes, zonedInstant } from '../../lib/deadlines/zone-time';
import { formatOffset, transitions, vtimezoneLines } from '../../lib/deadlines/vtimezone';

const iso = (ms: number): string => new Date(ms).toISOString();

describe('offsetMinutes', () => {
  it('follows each zone’s DST rules, and none where there are none', () => {
    expect(offsetMinutes('America/New_York', Date.UTC(2026, 0, 15))).toBe(-300);
    expect(offsetMinutes('America/New_York', Date.UTC(2026, 6, 15))).toBe(-240);
    expect(offsetMinutes('America/Phoenix', Date.UTC(2026, 0, 15))).toBe(-420);
    expect(offsetMinutes('America/Phoenix', Date.UTC(2026, 6, 15))).toBe(-420);
    expect(offsetMinutes('Pacific/Guam', Date.UTC(2026, 6, 15))).toBe(600);
    expect(offsetMinutes('Asia/Kolkata', Date.UTC(2026, 6, 15))).toBe(330);
  });
  it('throws on an unknown zone', () => {
    expect(() => offsetMinutes('Mars/Olympus', 0)).toThrow(RangeError);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('America/Puerto_Rico')).toBe(true);
  });
});

describe('zonedInstant', () => {
  it('reads a wall time in the zone, not the machine’s', () => {
    expect(iso(zonedInstant('America/Los_Angeles', '2026-01-15', '13:30'))).toBe('2026-01-15T21:30:00.000Z');
    expect(iso(zonedInstant('America/Los_Angeles', '2026-07-15', '13:30'))).toBe('2026-07-15T20:30:00.000Z');
    expect(iso(zonedInstant('Pacific/Honolulu', '2026-07-15', '08:00'))).toBe('2026-07-15T18:00:00.000Z');
  });
  it('spring forward: 02:30 does not exist, so 03:30 (the same length past the jump)', () => {
    expect(iso(zonedInstant('America/New_York', '2026-03-08', '02:30'))).toBe('2026-03-08T07:30:00.000Z');
    expect(iso(zonedInstant('America/New_York', '2026-03-08', '03:30'))).toBe('2026-03-08T07:30:00.000Z');
    expect(iso(zonedInstant('America/New_York', '2026-03-08', '01:59'))).toBe('2026-03-08T06:59:00.000Z');
  });
  it('fall back: 01:30 happens twice, the first one counts', () => {
    expect(iso(zonedInstant('America/New_York', '2026-11-01', '01:30'))).toBe('2026-11-01T05:30:00.000Z');
    expect(iso(zonedInstant('America/New_York', '2026-11-01', '02:00'))).toBe('2026-11-01T07:00:00.000Z');
  });
  it('midnight on both DST days', () => {
    expect(iso(zonedInstant('America/Chicago', '2026-03-08', '00:00'))).toBe('2026-03-08T06:00:00.000Z');
    expect(iso(zonedInstant('America/Chicago', '2026-03-09', '00:00'))).toBe('2026-03-09T05:00:00.000Z');
    expect(iso(zonedInstant('America/Chicago', '2026-11-02', '00:00'))).toBe('2026-11-02T06:00:00.000Z');
  });
  it('rejects malformed input', () => {
    expect(() => zonedInstant('America/Chicago', '2026-3-8', '00:00')).toThrow(RangeError);
  });
});

describe('addDays', () => {
  it('crosses months, leap days and DST days as whole calendar days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-03-07', 2)).toBe('2026-03-09');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });
});

describe('VTIMEZONE from Intl', () => {
  it('finds the US transitions to the minute (second Sunday of March, first of November, 02:00)', () => {
    const t = transitions('America/New_York', 2026, 2026);
    expect(t.map((x) => [iso(x.at), x.from, x.to])).toEqual([
      ['2026-03-08T07:00:00.000Z', -300, -240],
      ['2026-11-01T06:00:00.000Z', -240, -300],
    ]);
  });
  it('none in Phoenix, Honolulu, Guam or Puerto Rico', () => {
    for (const z of ['America/Phoenix', 'Pacific/Honolulu', 'Pacific/Guam', 'America/Puerto_Rico']) expect(transitions(z, 2020, 2030), z).toEqual([]);
  });
  it('writes one STANDARD observance for a zone without DST, DAYLIGHT/STANDARD pairs for one with', () => {
    expect(vtimezoneLines('America/Phoenix', 2026, 2026)).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:America/Phoenix',
      'BEGIN:STANDARD',
      'DTSTART:20260101T000000',
      'TZOFFSETFROM:-0700',
      'TZOFFSETTO:-0700',
      'TZNAME:MST',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
    const ny = vtimezoneLines('America/New_York', 2026, 2026);
    expect(ny.filter((l) => l.startsWith('BEGIN:'))).toEqual(['BEGIN:VTIMEZONE', 'BEGIN:STANDARD', 'BEGIN:DAYLIGHT', 'BEGIN:STANDARD']);
    // DTSTART is the local time on the clock before the change.
    expect(ny).toContain('DTSTART:20260308T020000');
    expect(ny).toContain('DTSTART:20261101T020000');
  });
  it('formats offsets with sign and minutes', () => {
    expect([formatOffset(-300), formatOffset(600), formatOffset(330), formatOffset(0), formatOffset(-570)]).toEqual(['-0500', '+1000', '+0530', '+0000', '-0930']);
  });
});
