/**
 * The dates and times a docket entry prints, as "moments": a civil date with the time printed
 * beside it, if any. Dates: `1/12/2023`, `01/12/23`, `2-25-10`, `January 12, 2023`, `Jan. 12th,
 * 2023`, `Monday, January 12, 2023`, `12 January 2023`, `the 12th day of January, 2023` and, with
 * the year taken from the filing date, `January 12`. Times: `2:00 PM`, `02:00:00 PM`, `9:15 a.m.`,
 * `11 a.m.`, `10am`, `noon`, and a bare `9:00` or `@ 1:00` only when it touches a date (court hours:
 * 1-6 o'clock are afternoon). Two-digit years take the century nearest the filing date. Every
 * pattern is a sequence of bounded pieces without nested quantifiers: linear time.
 */
import { isoDate } from './calendar';

export interface Moment {
  /** Offsets in the text of the whole moment (date and its time). */
  start: number;
  end: number;
  /** Offsets of the date alone. */
  dateStart: number;
  dateEnd: number;
  /** YYYY-MM-DD. */
  date: string;
  /** HH:MM (24 h) or null. */
  time: string | null;
  /** The text printed no year (`January 12`): the year came from the filing date. */
  yearless: boolean;
}

const MONTH_NAMES = 'Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAY = '(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?[ \\u00a0]{1,3})?';
const ORD = '(?:st|nd|rd|th)?';

/** Numeric dates; the lookarounds keep them out of case numbers, phone numbers and longer digit runs. */
const NUMERIC = /(?<![\d/.-])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])|(?<![\d/.:-])(\d{1,2})-(\d{1,2})-(\d{4}|\d{2})(?![\d-])/g;
/** Month-first prose dates, with or without a year. */
const PROSE = new RegExp(`(?<![A-Za-z])${WEEKDAY}(${MONTH_NAMES})[ \\u00a0]{1,3}(\\d{1,2})${ORD}(?![\\d:])(?:,?[ \\u00a0]{1,3}(\\d{4})(?!\\d))?`, 'gi');
/** Day-first prose dates: `12 January 2023`, `the 12th day of January, 2023`. */
const DAY_FIRST = new RegExp(`(?<![\\d/])(\\d{1,2})${ORD}[ \\u00a0]{1,3}(?:day[ \\u00a0]{1,3}of[ \\u00a0]{1,3})?(${MONTH_NAMES}),?[ \\u00a0]{1,3}(\\d{4})(?!\\d)`, 'gi');

/** Times with a meridiem (or noon); `l0:00` is a typed-over 10:00. */
const MERIDIEM_TIME = /(?<![\d:])([0-2]?\d|l0|l1|l2)(?::([0-5]\d))?(?::[0-5]\d)?[ \u00a0]{0,2}([ap])\.?[ \u00a0]?m\b\.?|(?<![\d:])(\d{1,2})([0-5]\d)([ap])m\b|\bnoon\b/gi;
/** Bare clock times, used only when they touch a date. */
const BARE_TIME = /(?<![\d:/.])(\d{1,2}):([0-5]\d)(?::[0-5]\d)?(?![\d:]|[ \u00a0]?[ap]\.?[ \u00a0]?m)/g;

interface Token {
  start: number;
  end: number;
}
interface DateToken extends Token {
  date: string;
  yearless: boolean;
}
interface TimeToken extends Token {
  time: string;
  bare: boolean;
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** The century of a two-digit year nearest the filing year. */
export function fullYear(yy: string, filedYear: number | null): number {
  const n = Number(yy);
  if (yy.length === 4) return n;
  const base = filedYear ?? 2000;
  const candidates = [1900 + n, 2000 + n, 2100 + n];
  return candidates.reduce((best, y) => (Math.abs(y - base) < Math.abs(best - base) ? y : best));
}

/** A year-less date: the year that puts it nearest after the filing date (up to two months before it counts as that year). */
function yearFor(month: number, day: number, filed: string | null): number | null {
  if (!filed) return null;
  const year = Number(filed.slice(0, 4));
  const same = isoDate(year, month, day);
  if (!same) return null;
  const filedMonthIndex = Number(filed.slice(5, 7));
  // Dates months before the filing date are next year's (a January deadline set in November).
  return month + 2 < filedMonthIndex ? year + 1 : year;
}

function dateTokens(text: string, filed: string | null): DateToken[] {
  const filedYear = filed ? Number(filed.slice(0, 4)) : null;
  const out: DateToken[] = [];
  for (const m of text.matchAll(NUMERIC)) {
    const [mm, dd, yy] = m[1] ? [m[1], m[2]!, m[3]!] : [m[4]!, m[5]!, m[6]!];
    const date = isoDate(fullYear(yy, filedYear), Number(mm), Number(dd));
    if (date) out.push({ start: m.index, end: m.index + m[0].length, date, yearless: false });
  }
  for (const m of text.matchAll(PROSE)) {
    const month = monthIndex(m[1]!);
    const day = Number(m[2]);
    const year = m[3] ? Number(m[3]) : yearFor(month, day, filed);
    // "May 5" with a year: the word May is also a modal verb; a year-less "may 5" needs a capital.
    if (!m[3] && !/^[A-Z]/.test(m[1]!)) continue;
    const date = year ? isoDate(year, month, day) : null;
    if (date) out.push({ start: m.index, end: m.index + m[0].length, date, yearless: !m[3] });
  }
  for (const m of text.matchAll(DAY_FIRST)) {
    const date = isoDate(Number(m[3]), monthIndex(m[2]!), Number(m[1]));
    if (date) out.push({ start: m.index, end: m.index + m[0].length, date, yearless: false });
  }
  out.sort((a, b) => a.start - b.start);
  // Overlaps (a day-first date inside a prose one): keep the first, longest.
  const kept: DateToken[] = [];
  for (const t of out) {
    const last = kept[kept.length - 1];
    if (last && t.start < last.end) {
      if (t.start === last.start && t.end > last.end) kept[kept.length - 1] = t;
      continue;
    }
    kept.push(t);
  }
  return kept;
}

function clock(hour: number, minute: number): string {
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

function timeTokens(text: string): TimeToken[] {
  const out: TimeToken[] = [];
  for (const m of text.matchAll(MERIDIEM_TIME)) {
    const start = m.index;
    const end = start + m[0].length;
    if (/^noon$/i.test(m[0])) {
      out.push({ start, end, time: '12:00', bare: false });
      continue;
    }
    const hourText = (m[1] ?? m[4]!).replace(/^l/, '1');
    let hour = Number(hourText);
    const minute = Number(m[2] ?? m[5] ?? 0);
    const pm = (m[3] ?? m[6]!).toLowerCase() === 'p';
    if (hour < 1 || hour > 12) continue;
    if (pm && hour < 12) hour += 12;
    if (!pm && hour === 12) hour = 0;
    out.push({ start, end, time: clock(hour, minute), bare: false });
  }
  for (const m of text.matchAll(BARE_TIME)) {
    let hour = Number(m[1]);
    const minute = Number(m[2]);
    if (hour > 23) continue;
    // Courts sit from about 7 in the morning: 1-6 o'clock without AM/PM is the afternoon.
    if (hour >= 1 && hour <= 6) hour += 12;
    out.push({ start: m.index, end: m.index + m[0].length, time: clock(hour, minute), bare: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** What may sit between a date and the time after it: `, at`, ` @ `, `, beginning at`. */
const DATE_THEN_TIME = /^,?[ \u00a0]{0,3}(?:(?:at|@|beginning at|commencing at|starting at|from)[ \u00a0]{0,3})?(?:the hour of[ \u00a0]{1,3})?$/i;
/** What may sit between a time and the date after it: ` on `, `, `, ` on Monday, `. */
const TIME_THEN_DATE = /^,?[ \u00a0]{0,3}(?:on[ \u00a0]{1,3})?(?:the[ \u00a0]{1,3})?$/i;

export function findMoments(text: string, filed: string | null): Moment[] {
  const dates = dateTokens(text, filed);
  const times = timeTokens(text).filter((t) => !dates.some((d) => t.start < d.end && t.end > d.start));
  const used = new Set<TimeToken>();
  const out: Moment[] = [];
  for (const d of dates) {
    let time: TimeToken | null = null;
    const after = times.find((t) => t.start >= d.end && t.start - d.end <= 30 && !used.has(t));
    if (after && DATE_THEN_TIME.test(text.slice(d.end, after.start))) time = after;
    if (!time) {
      const before = [...times].reverse().find((t) => t.end <= d.start && d.start - t.end <= 12 && !used.has(t));
      if (before && TIME_THEN_DATE.test(text.slice(before.end, d.start))) time = before;
    }
    if (time) used.add(time);
    out.push({
      start: time ? Math.min(time.start, d.start) : d.start,
      end: time ? Math.max(time.end, d.end) : d.end,
      dateStart: d.start,
      dateEnd: d.end,
      date: d.date,
      time: time?.time ?? null,
      yearless: d.yearless,
    });
  }
  return out;
}
