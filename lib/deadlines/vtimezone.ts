/**
 * A VTIMEZONE component (RFC 5545 §3.6.5) for one IANA zone, computed from the runtime's Intl data
 * rather than a rule table: every offset change in the years asked for becomes its own STANDARD or
 * DAYLIGHT observance with one onset (no RRULE), which is exact for past and future rule changes
 * alike. A zone that kept one offset through those years (Phoenix, Honolulu, Guam, Puerto Rico) gets
 * one STANDARD observance. Calendar apps mostly map a TZID they know to their own zone data; the
 * component is what the others (and the RFC) go by.
 */
import { offsetMinutes } from './zone-time';

const MINUTE = 60_000;
const WEEK = 7 * 86_400_000;

export interface Transition {
  /** The first instant (UTC ms) of the new offset. */
  at: number;
  from: number;
  to: number;
}

/** The instant in (lo, hi] where the offset changes from the one at `lo`, to the minute. */
function findChange(timeZone: string, lo: number, hi: number): number {
  const start = offsetMinutes(timeZone, lo);
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
    if (offsetMinutes(timeZone, mid) === start) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * Every offset change of `timeZone` from the start of `fromYear` to the end of `toYear` (UTC).
 * Sampled weekly: zones change offset months apart, never twice in a week.
 */
export function transitions(timeZone: string, fromYear: number, toYear: number): Transition[] {
  const end = Date.UTC(toYear + 1, 0, 1);
  const out: Transition[] = [];
  let t = Date.UTC(fromYear, 0, 1);
  let offset = offsetMinutes(timeZone, t);
  while (t < end) {
    const next = Math.min(t + WEEK, end);
    const nextOffset = offsetMinutes(timeZone, next);
    if (nextOffset !== offset) {
      const at = findChange(timeZone, t, next);
      out.push({ at, from: offset, to: offsetMinutes(timeZone, at) });
      // Resume just after this change, so a second change within the week is found too.
      t = at;
      offset = offsetMinutes(timeZone, at);
      continue;
    }
    t = next;
  }
  return out;
}

/** `-0500`, `+1000`. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/** The wall time `YYYYMMDDTHHMMSS` of a UTC instant shifted by `offset` minutes. */
function wallStamp(utcMs: number, offset: number): string {
  return new Date(utcMs + offset * MINUTE).toISOString().replace(/[-:]/g, '').slice(0, 15);
}

const shortNames = new Map<string, Intl.DateTimeFormat>();

/** The zone's short name at an instant ("PDT", "HST"), or its offset when Intl has no name. */
function zoneName(timeZone: string, at: number): string | null {
  let f = shortNames.get(timeZone);
  if (!f) shortNames.set(timeZone, (f = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' })));
  const name = f.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? '';
  return /^[A-Za-z]{2,6}$/.test(name) ? name : null;
}

/**
 * The VTIMEZONE's content lines (unfolded, no line ends) for `timeZone`, covering `fromYear` to
 * `toYear`. An observance is DAYLIGHT when it moves the clock ahead of the offset before it.
 */
export function vtimezoneLines(timeZone: string, fromYear: number, toYear: number): string[] {
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  const changes = transitions(timeZone, fromYear, toYear);
  const observance = (kind: 'STANDARD' | 'DAYLIGHT', start: string, from: number, to: number, at: number): void => {
    const name = zoneName(timeZone, at);
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${start}`,
      `TZOFFSETFROM:${formatOffset(from)}`,
      `TZOFFSETTO:${formatOffset(to)}`,
      ...(name ? [`TZNAME:${name}`] : []),
      `END:${kind}`,
    );
  };
  // The offset in force when the covered years begin, as an observance of its own, so an event
  // before the first change (or in a zone with none) still has one.
  const first = Date.UTC(fromYear, 0, 1);
  const initial = offsetMinutes(timeZone, first);
  const initialKind = changes[0] && changes[0].to < initial ? 'DAYLIGHT' : 'STANDARD';
  observance(initialKind, `${fromYear}0101T000000`, changes[0]?.from ?? initial, initial, first);
  for (const c of changes) {
    // DTSTART is the local time the change happens at, read on the clock before it (RFC 5545).
    observance(c.to > c.from ? 'DAYLIGHT' : 'STANDARD', wallStamp(c.at, c.from), c.from, c.to, c.at);
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
