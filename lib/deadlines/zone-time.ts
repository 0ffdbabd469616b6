/**
 * Civil time in an IANA zone, from the runtime's Intl data: a zone's UTC offset at an instant, and
 * the instant a wall-clock date and time names there. Reminders (the user's zone) and the calendar's
 * VTIMEZONE (the court's zone) both stand on these two, so neither trusts the machine's own zone.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
      era: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock fields of `epochMs` in `timeZone`, as if they were a UTC time (ms). */
function wallAsUtc(timeZone: string, epochMs: number): number {
  const fields: Record<string, number> = {};
  let bc = false;
  for (const p of formatterFor(timeZone).formatToParts(epochMs)) {
    if (p.type === 'era') bc = p.value.startsWith('B');
    else if (p.type !== 'literal') fields[p.type] = Number(p.value);
  }
  const year = bc ? 1 - fields.year! : fields.year!;
  const d = new Date(0);
  d.setUTCFullYear(year, fields.month! - 1, fields.day!);
  d.setUTCHours(fields.hour! % 24, fields.minute!, fields.second!, 0);
  return d.getTime();
}

/** Minutes east of UTC in `timeZone` at `epochMs` (New York in January: -300). Throws RangeError on an unknown zone. */
export function offsetMinutes(timeZone: string, epochMs: number): number {
  const whole = Math.floor(epochMs / 1000) * 1000;
  return Math.round((wallAsUtc(timeZone, whole) - whole) / MINUTE);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

/** UTC ms of a civil date and time taken as if in UTC. */
export function civilUtc(date: string, time = '00:00'): number {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) throw new RangeError(`not a YYYY-MM-DD date and HH:MM time: ${date} ${time}`);
  return Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
}

/**
 * The instant at which the wall clock of `timeZone` reads `date time`. Where the clock jumps over
 * that time (spring forward: 02:30 does not exist) the answer is the same length past the jump
 * (03:30), as Date does for local time; where it reads it twice (fall back: 01:30) the first.
 */
export function zonedInstant(timeZone: string, date: string, time = '00:00'): number {
  const wall = civilUtc(date, time);
  // Offsets a day either side: a zone changes its offset at most once in two days.
  const before = wall - offsetMinutes(timeZone, wall - DAY) * MINUTE;
  const after = wall - offsetMinutes(timeZone, wall + DAY) * MINUTE;
  const reads = (t: number): boolean => t + offsetMinutes(timeZone, t) * MINUTE === wall;
  const valid = [before, after].filter(reads);
  if (valid.length) return Math.min(...valid);
  return before;
}

/** The civil date `days` after `date` (negative: before). */
export function addDays(date: string, days: number): string {
  return new Date(civilUtc(date) + days * DAY).toISOString().slice(0, 10);
}

/** Whether `timeZone` is a zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}
