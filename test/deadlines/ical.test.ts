/**
 * The calendar export read back by ical.js (a maintained RFC 5545 parser): every stored deadline
 * comes back field by field, with emoji, commas, semicolons, backslashes, newlines and titles long
 * enough to fold, and timed deadlines land on the right instant through our own VTIMEZONEs (ical.js
 * has no zone data of its own) in courts of six zones, three of them without DST.
 */
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { calendarFilename, deadlineEvents, deadlinesCalendar, deadlineUid, sequenceOf } from '../../lib/deadlines/calendar';
import { escapeText, foldLine } from '../../lib/deadlines/ical-text';
import type { CaseRecord, DeadlineRecord } from '../../lib/model/schema';
import { formatStamp } from '../../lib/model/hlc';

afterEach(() => ICAL.TimezoneService.reset());

const stamp = (iso: string, counter = 0): string => formatStamp({ ms: Date.parse(iso), counter, deviceId: 'dtest' });

function caseRec(court: string, docketNumber: string, title: string, deleted = false): CaseRecord {
  return {
    id: `case:${court}|${docketNumber}`,
    stamp: stamp('2026-10-01T12:00:00Z'),
    deviceId: 'dtest',
    deleted,
    court,
    key: `${court}|${docketNumber}`,
    looseKey: docketNumber,
    docketNumber,
    parts: { office: null, year: '21', type: 'cv', serial: '1', judges: [], defendant: null, kind: 'district' },
    title,
    tags: [],
    createdAt: '2026-10-01T12:00:00.000Z',
  };
}

let n = 0;
function deadline(c: CaseRecord, fields: Partial<DeadlineRecord> & Pick<DeadlineRecord, 'due' | 'title'>): DeadlineRecord {
  return {
    id: `deadline-${++n}`,
    stamp: stamp('2026-11-02T15:04:05Z', n),
    deviceId: 'dtest',
    deleted: false,
    caseId: c.id,
    time: null,
    kind: 'filing',
    done: false,
    source: 'manual',
    ...fields,
  };
}

const LONG = `Opposition to motion for summary judgment, with declarations; exhibits A–Z; “privilege log” ${'and a very long tail '.repeat(8)}`;
const cand = caseRec('cand', '4:21-cv-02632-DMR', 'ACLU of N. Cal., et al. v. ICE; DHS 🗽');
const azd = caseRec('azd', '2:22-cv-01234-PHX', 'Arizona Center v. CBP');
const hid = caseRec('hid', '1:23-cv-00077', '');
const gud = caseRec('gud', '1:24-cv-00005', 'Guam Legal Aid v. DoD');
const prd = caseRec('prd', '3:25-cv-01500', 'Centro de Periodismo v. FEMA');
const nysd = caseRec('nysd', '1:20-cv-05555-AT', 'Knight Institute v. State\\Dept');
const gone = caseRec('dcd', '1:21-cv-00300', 'Deleted case', true);

const deadlines: DeadlineRecord[] = [
  deadline(cand, { due: '2026-07-15', time: '13:30', title: 'CMC, Courtroom 4 — 3rd floor; bring 📎', kind: 'hearing' }),
  deadline(cand, { due: '2026-12-01', title: LONG }),
  deadline(cand, { due: '2026-12-02', title: 'Line one\nline two\r\nline three', done: true, source: 'import' }),
  deadline(azd, { due: '2026-07-15', time: '13:30', title: 'Status conference', kind: 'hearing' }),
  deadline(hid, { due: '2026-07-15', time: '08:30', title: 'Rule 16 conference', kind: 'hearing', source: 'docket' }),
  deadline(gud, { due: '2026-01-10', time: '10:00', title: 'Production due 😀🇺🇸', kind: 'production' }),
  deadline(prd, { due: '2026-03-20', time: '09:00', title: 'Vaughn index', kind: 'other' }),
  deadline(nysd, { due: '2026-01-15', time: '09:00', title: 'Reply brief (winter)' }),
  deadline(nysd, { due: '2026-03-09', time: '09:00', title: 'Reply brief (first day of DST)' }),
  deadline(nysd, { due: '2026-11-02', time: '09:00', title: 'Sur-reply (first day after DST)' }),
  deadline(nysd, { due: '2026-05-01', title: 'Withdrawn deadline', deleted: true }),
  deadline(gone, { due: '2026-06-01', title: 'On a deleted case', deleted: true }),
];
const cases = [cand, azd, hid, gud, prd, nysd, gone];
const FALLBACK = Date.UTC(2026, 10, 22, 12);

/** What each timed deadline is, as an instant, computed by hand from the zone rules. */
const EXPECTED_UTC: Record<string, string> = {
  'CMC, Courtroom 4 — 3rd floor; bring 📎': '2026-07-15T20:30:00.000Z', // PDT, -7
  'Status conference': '2026-07-15T20:30:00.000Z', // Phoenix: MST all year, -7
  'Rule 16 conference': '2026-07-15T18:30:00.000Z', // HST, -10
  'Production due 😀🇺🇸': '2026-01-10T00:00:00.000Z', // ChST, +10
  'Vaughn index': '2026-03-20T13:00:00.000Z', // AST all year, -4
  'Reply brief (winter)': '2026-01-15T14:00:00.000Z', // EST, -5
  'Reply brief (first day of DST)': '2026-03-09T13:00:00.000Z', // EDT, -4
  'Sur-reply (first day after DST)': '2026-11-02T14:00:00.000Z', // EST again
};

function parse(text: string): ICAL.Event[] {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('calendar export, parsed back by ical.js', () => {
  const text = deadlinesCalendar({ cases, deadlines }, 'Docket Margin deadlines', FALLBACK);
  const events = parse(text);
  const byUid = new Map(events.map((e) => [e.uid, e]));

  it('has one event per stored deadline, each under the UID derived from its id', () => {
    expect(events).toHaveLength(deadlines.length);
    expect([...byUid.keys()].sort()).toEqual(deadlines.map((d) => `${d.id}@docket-margin`).sort());
  });

  it('gives back every deadline field by field', () => {
    for (const d of deadlines) {
      const c = cases.find((x) => x.id === d.caseId)!;
      const e = byUid.get(deadlineUid(d.id))!;
      const label = c.title || c.docketNumber;
      // Line breaks come back as \n, whichever the stored title had (iCalendar has one escape for them).
      expect(e.summary, d.title).toBe(`${d.done ? '✓ ' : ''}${label}: ${d.title.replace(/\r\n?/g, '\n')}`);
      expect(e.description).toContain(`Docket: ${c.docketNumber}`);
      expect(e.description).toContain(`(${c.court.toUpperCase()})`);
      expect(e.description).toContain(`Source: ${{ manual: 'entered by hand', import: 'imported from a file', docket: 'suggested from the docket text' }[d.source]}`);
      expect(e.component.getFirstPropertyValue('status')).toBe(d.deleted || c.deleted ? 'CANCELLED' : 'CONFIRMED');
      expect(e.sequence).toBe(sequenceOf(d.stamp));
      expect((e.component.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString()).toBe(new Date(Date.parse('2026-11-02T15:04:05Z')).toISOString());
      if (d.time) {
        expect(e.startDate.isDate).toBe(false);
        expect(e.startDate.zone?.tzid).toBe(
          { cand: 'America/Los_Angeles', azd: 'America/Phoenix', hid: 'Pacific/Honolulu', gud: 'Pacific/Guam', prd: 'America/Puerto_Rico', nysd: 'America/New_York' }[c.court],
        );
        expect(e.startDate.toString()).toBe(`${d.due}T${d.time}:00`);
        expect(e.startDate.toJSDate().toISOString(), d.title).toBe(EXPECTED_UTC[d.title]);
        expect(e.duration.toSeconds()).toBe(d.kind === 'hearing' ? 3600 : 0);
      } else {
        expect(e.startDate.isDate).toBe(true);
        expect(e.startDate.toString()).toBe(d.due);
        expect(e.endDate.toString()).toBe(new Date(Date.parse(`${d.due}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10));
      }
    }
  });

  it('keeps the court name, the time zone and the done mark in the description', () => {
    const e = byUid.get(deadlineUid(deadlines[0]!.id))!;
    expect(e.description.split('\n')).toEqual([
      'Docket: 4:21-cv-02632-DMR',
      'Court: District Court, N.D. California (CAND)',
      "Time: 13:30, the court's time (America/Los_Angeles)",
      'Kind: Hearing',
      'Source: entered by hand',
    ]);
    expect(byUid.get(deadlineUid(deadlines[2]!.id))!.description).toContain('Marked done in Docket Margin.');
  });

  it('writes CRLF lines of at most 75 octets, never splitting a UTF-8 character, that unfold to the original', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const bytes = new TextEncoder().encode(text);
    const physical: Uint8Array[] = [];
    let start = 0;
    for (let i = 0; i < bytes.length - 1; i++) if (bytes[i] === 13 && bytes[i + 1] === 10) (physical.push(bytes.slice(start, i)), (start = i + 2));
    const strict = new TextDecoder('utf-8', { fatal: true });
    for (const line of physical) {
      expect(line.length).toBeLessThanOrEqual(75);
      expect(() => strict.decode(line)).not.toThrow();
    }
    expect(physical.filter((l) => l[0] === 0x20).length, 'some lines folded').toBeGreaterThan(3);
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).toContain(`SUMMARY:${escapeText(`ACLU of N. Cal., et al. v. ICE; DHS 🗽: ${LONG}`)}`);
  });

  it('one VTIMEZONE per zone used, a single STANDARD observance for those without DST', () => {
    const root = new ICAL.Component(ICAL.parse(text));
    const zones = root.getAllSubcomponents('vtimezone');
    expect(zones.map((z) => z.getFirstPropertyValue('tzid')).sort()).toEqual(
      ['America/Los_Angeles', 'America/New_York', 'America/Phoenix', 'America/Puerto_Rico', 'Pacific/Guam', 'Pacific/Honolulu'].sort(),
    );
    for (const z of zones) {
      const id = z.getFirstPropertyValue('tzid') as string;
      const observances = [...z.getAllSubcomponents('standard'), ...z.getAllSubcomponents('daylight')];
      if (['America/Phoenix', 'Pacific/Honolulu', 'Pacific/Guam', 'America/Puerto_Rico'].includes(id)) expect(observances, id).toHaveLength(1);
      else expect(z.getAllSubcomponents('daylight').length, id).toBeGreaterThanOrEqual(3);
    }
  });

  it('is the same bytes for the same records (no clock read inside)', () => {
    expect(deadlinesCalendar({ cases, deadlines }, 'Docket Margin deadlines', FALLBACK + 1)).toBe(text);
  });
});

describe('re-export after an edit', () => {
  it('keeps the UID and raises SEQUENCE and DTSTAMP', () => {
    const d = deadlines[1]!;
    const edited = { ...d, title: 'Opposition (extended)', due: '2026-12-08', stamp: stamp('2026-11-20T09:00:00Z') };
    const [before] = parse(deadlinesCalendar({ cases, deadlines: [d] }, 'x', FALLBACK));
    ICAL.TimezoneService.reset();
    const [after] = parse(deadlinesCalendar({ cases, deadlines: [edited] }, 'x', FALLBACK));
    expect(after!.uid).toBe(before!.uid);
    expect(after!.sequence).toBeGreaterThan(before!.sequence);
    expect(after!.summary).toBe('ACLU of N. Cal., et al. v. ICE; DHS 🗽: Opposition (extended)');
    expect(after!.startDate.toString()).toBe('2026-12-08');
  });
  it('a stamp that is not an HLC stamp gets sequence 0 and the fallback DTSTAMP', () => {
    const [e] = deadlineEvents({ cases: [cand], deadlines: [{ ...deadlines[1]!, stamp: 'x' }] }, FALLBACK);
    expect(e!.sequence).toBe(0);
    expect(e!.revisedAt).toBe(FALLBACK);
  });
});

describe('text rules', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(escapeText('tab\tkept, bell\u0007 dropped')).toBe('tab\tkept\\, bell dropped');
  });
  it('folds at 75 octets counting the continuation space, whole code points only', () => {
    const line = `SUMMARY:${'é'.repeat(40)}${'😀'.repeat(20)}`;
    const folded = foldLine(line).split('\r\n');
    for (const l of folded) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(folded.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(line);
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    const ascii = `DESCRIPTION:${'abcdefghij'.repeat(20)}`;
    const asciiFolded = foldLine(ascii).split('\r\n');
    expect(asciiFolded.map((l) => l.length)).toEqual([75, 75, 64]);
    expect(asciiFolded.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(ascii);
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });
  it('writes a lone surrogate as U+FFFD', () => {
    expect(foldLine('a\uD800b')).toBe('a\uFFFDb');
  });
});

describe('file names', () => {
  it('name the case, or say deadlines for all cases', () => {
    expect(calendarFilename('2026-11-22', cand)).toBe('docket-margin-cand-4-21-cv-02632-dmr-2026-11-22.ics');
    expect(calendarFilename('2026-11-22')).toBe('docket-margin-deadlines-2026-11-22.ics');
  });
});
