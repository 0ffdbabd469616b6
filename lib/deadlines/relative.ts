/**
 * How urgent a deadline is, relative to "today" in the user's time zone, and how to say it
 * ("in 3 days", "2 days ago", "today", "tomorrow"). Pure: the caller supplies the clock, so the
 * answers do not drift with the machine's zone or the hour a test runs. Calendar arithmetic is
 * done on UTC midnights of the civil dates, so DST changes never make a day 23 or 25 hours long.
 */
export type Urgency = 'done' | 'overdue' | 'soon' | 'later';

/** A civil date and time in some zone: YYYY-MM-DD and HH:MM (24h). */
export interface Clock {
  date: string;
  time: string;
}

/** Deadlines due within this many days (inclusive) count as "soon". */
export const SOON_DAYS = 7;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayNumber(date: string): number {
  const m = DATE.exec(date);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
}

/** The civil date and time of `now` in `timeZone` (default: the runtime's own zone). */
export function clockIn(timeZone?: string, now: Date = new Date()): Clock {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '00';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}

export interface DeadlineLike {
  due: string;
  time?: string | null;
  done?: boolean;
}

export function deadlineUrgency(d: DeadlineLike, now: Clock): Urgency {
  if (d.done) return 'done';
  const days = daysBetween(now.date, d.due);
  if (days < 0) return 'overdue';
  // A deadline with a time is overdue once that minute has passed today.
  if (days === 0 && d.time && d.time < now.time) return 'overdue';
  return days <= SOON_DAYS ? 'soon' : 'later';
}

/** "today", "tomorrow", "yesterday", "in 3 days", "2 days ago". */
export function relativeDayText(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Jan 12", with the year when it is not the current one ("Jan 12, 2027"). Locale-free on purpose. */
export function shortDate(date: string, now?: Clock): string {
  const m = DATE.exec(date);
  if (!m) return date;
  const label = `${MONTHS[Number(m[2]) - 1] ?? m[2]} ${Number(m[3])}`;
  return now && now.date.slice(0, 4) === m[1] ? label : `${label}, ${m[1]}`;
}

export interface DeadlineStatus {
  urgency: Urgency;
  days: number;
  /** Relative text: "in 3 days". */
  relative: string;
  /** Short date: "Jan 12". */
  date: string;
}

export function describeDeadline(d: DeadlineLike, now: Clock): DeadlineStatus {
  const days = daysBetween(now.date, d.due);
  return { urgency: deadlineUrgency(d, now), days, relative: relativeDayText(days), date: shortDate(d.due, now) };
}

/** Open deadlines first, by date then time; done ones last. Does not mutate. */
export function sortDeadlines<T extends DeadlineLike>(list: readonly T[]): T[] {
  return [...list].sort(
    (a, b) =>
      Number(!!a.done) - Number(!!b.done) ||
      (a.due < b.due ? -1 : a.due > b.due ? 1 : 0) ||
      (a.time ?? '99:99').localeCompare(b.time ?? '99:99'),
  );
}
