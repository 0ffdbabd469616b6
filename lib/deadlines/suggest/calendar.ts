/**
 * Civil-date arithmetic for deadlines: ISO dates (YYYY-MM-DD) as UTC day numbers, and the
 * federal court day rule (Fed. R. Civ. P. 6(a)(1)(C), Fed. R. Bankr. P. 9006(a)): a period that
 * ends on a Saturday, Sunday or legal holiday runs until the end of the next day that is none of
 * these. Legal holidays are the federal ones of 5 U.S.C. 6103, observed on the Friday before or
 * the Monday after when they fall on a weekend; Juneteenth from 2021.
 */
const DAY_MS = 86_400_000;

export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null; // 2/30 and the like
  return d.toISOString().slice(0, 10);
}

function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
}

function fromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(dayNumber(iso) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  return new Date(dayNumber(iso) * DAY_MS).getUTCDay();
}

/** The nth (1-based; -1 = last) given weekday of a month, as ISO. */
function nthWeekday(year: number, month: number, dow: number, nth: number): string {
  if (nth > 0) {
    const first = Date.UTC(year, month - 1, 1) / DAY_MS;
    const offset = (dow - new Date(first * DAY_MS).getUTCDay() + 7) % 7;
    return fromDayNumber(first + offset + (nth - 1) * 7);
  }
  const last = Date.UTC(year, month, 0) / DAY_MS;
  const back = (new Date(last * DAY_MS).getUTCDay() - dow + 7) % 7;
  return fromDayNumber(last - back);
}

/** A fixed-date holiday moved to the weekday it is observed on. */
function observed(iso: string): string {
  const dow = weekday(iso);
  return dow === 6 ? addDays(iso, -1) : dow === 0 ? addDays(iso, 1) : iso;
}

const holidayCache = new Map<number, Set<string>>();

export function federalHolidays(year: number): Set<string> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const fixed = (m: number, d: number): string => observed(isoDate(year, m, d)!);
  const days = [
    fixed(1, 1),
    nthWeekday(year, 1, 1, 3), // Birthday of Martin Luther King, Jr.
    nthWeekday(year, 2, 1, 3), // Washington's Birthday
    nthWeekday(year, 5, 1, -1), // Memorial Day
    ...(year >= 2021 ? [fixed(6, 19)] : []),
    fixed(7, 4),
    nthWeekday(year, 9, 1, 1), // Labor Day
    nthWeekday(year, 10, 1, 2), // Columbus Day
    fixed(11, 11),
    nthWeekday(year, 11, 4, 4), // Thanksgiving
    fixed(12, 25),
  ];
  // New Year's Day of the next year may be observed on December 31.
  const nextNewYear = observed(isoDate(year + 1, 1, 1)!);
  if (nextNewYear.startsWith(String(year))) days.push(nextNewYear);
  const set = new Set(days);
  holidayCache.set(year, set);
  return set;
}

export function isCourtDay(iso: string): boolean {
  const dow = weekday(iso);
  return dow !== 0 && dow !== 6 && !federalHolidays(Number(iso.slice(0, 4))).has(iso);
}

/** The last day of a period of `days` days counted from the day after `from`, moved past weekends and holidays. */
export function periodEnd(from: string, days: number): string {
  let end = addDays(from, days);
  while (!isCourtDay(end)) end = addDays(end, 1);
  return end;
}
