/**
 * Dates in status-report tokens: "March 15, 2023", "Mar. 15 2023", "15 March 2023", "March 15th,
 * 2023", "3/15/2023", "3/15/23", "2023-03-15", "March 2023" (the first of the month), and "March 15"
 * without a year when the filing date tells which year (the latest such day on or before it).
 * Their tokens are never page counts. Ranges of records ("from January 1, 2017 through December 31,
 * 2019") and the dates of requests or letters are marked, so no release takes them as its date.
 * Examples: dates.examples.ts.
 */
import type { Token } from './tokens';

export interface DateMention {
  /** Token indexes [first, end). */
  first: number;
  end: number;
  /** YYYY-MM-DD, or null when the year is unknown. */
  iso: string | null;
  /** Not the date of a release, a count or a pace (a range of records, a request's date). */
  background: boolean;
}

const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9],
  ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

const pad = (n: number): string => String(n).padStart(2, '0');

export function isoDate(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function monthOf(t: Token | undefined): number | null {
  if (!t || t.kind !== 'word') return null;
  // "May" only capitalised: "may" is a verb in "ICE may process".
  if (t.lower === 'may' && t.text !== 'May' && t.text !== 'MAY') return null;
  if (!/^[A-Z]/.test(t.text)) return null;
  return MONTHS.get(t.lower) ?? null;
}

function dayOf(t: Token | undefined): number | null {
  if (!t) return null;
  const m = /^(\d{1,2})(?:st|nd|rd|th)?$/i.exec(t.text);
  if (!m) return null;
  const d = Number(m[1]);
  return d >= 1 && d <= 31 ? d : null;
}

function yearOf(t: Token | undefined): number | null {
  if (!t || !/^\d{4}$/.test(t.text)) return null;
  const y = Number(t.text);
  return y >= 1900 && y <= 2199 ? y : null;
}

const NUMERIC = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The latest month/day on or before the filing date (the report speaks of the past). */
function yearBefore(month: number, day: number, filed: string | null): string | null {
  if (!filed) return null;
  const y = Number(filed.slice(0, 4));
  const same = isoDate(y, month, day);
  if (same && same <= filed) return same;
  return isoDate(y - 1, month, day);
}

function readAt(tokens: readonly Token[], i: number, filed: string | null): Omit<DateMention, 'background'> | null {
  const t = tokens[i]!;
  if (t.kind === 'code') {
    const n = NUMERIC.exec(t.text);
    if (n) {
      const y = n[3]!.length === 2 ? 2000 + Number(n[3]) : Number(n[3]);
      const iso = isoDate(y, Number(n[1]), Number(n[2]));
      return iso ? { first: i, end: i + 1, iso } : null;
    }
    const s = ISO.exec(t.text);
    if (s) {
      const iso = isoDate(Number(s[1]), Number(s[2]), Number(s[3]));
      return iso ? { first: i, end: i + 1, iso } : null;
    }
  }
  const month = monthOf(t);
  if (month !== null) {
    let j = i + 1;
    if (tokens[j]?.text === '.') j++;
    const day = dayOf(tokens[j]);
    if (day !== null) {
      let k = j + 1;
      if (tokens[k]?.text === ',') k++;
      const year = yearOf(tokens[k]);
      if (year !== null) {
        const iso = isoDate(year, month, day);
        return iso ? { first: i, end: k + 1, iso } : null;
      }
      return { first: i, end: j + 1, iso: yearBefore(month, day, filed) };
    }
    let k = j;
    if (tokens[k]?.text === ',') k++;
    const year = yearOf(tokens[k]);
    if (year !== null) return { first: i, end: k + 1, iso: isoDate(year, month, 1) };
    return null;
  }
  // "15 March 2023"
  const day = dayOf(t);
  if (day !== null && (t.kind === 'number' || t.kind === 'code')) {
    const m2 = monthOf(tokens[i + 1]);
    if (m2 !== null) {
      let k = i + 2;
      if (tokens[k]?.text === ',') k++;
      const year = yearOf(tokens[k]);
      if (year !== null) {
        const iso = isoDate(year, m2, day);
        return iso ? { first: i, end: k + 1, iso } : null;
      }
    }
  }
  return null;
}

const RANGE_WORDS: ReadonlySet<string> = new Set(['through', 'thru', 'to', 'until', 'till', 'and', '-', '–', '—']);
const REQUEST_WORDS: ReadonlySet<string> = new Set(['request', 'requests', 'foia', 'letter', 'letters', 'complaint', 'appeal', 'e-mail', 'email']);
const SUBMITTED_WORDS: ReadonlySet<string> = new Set(['submitted', 'filed', 'sent', 'dated', 'made']);
/** "on or before July 31", "no later than", "by December 2023": a deadline ahead, not when anything happened. */
const DEADLINE_WORDS: ReadonlySet<string> = new Set(['before', 'by', 'than', 'until', 'due']);

/** Every date in the sentence's tokens, in order. */
export function findDates(tokens: readonly Token[], filed: string | null): DateMention[] {
  const found: DateMention[] = [];
  // A sentence with more dates than this is not a status report's; the rest are not read.
  for (let i = 0; i < tokens.length && found.length < 100; i++) {
    const d = readAt(tokens, i, filed);
    if (!d) continue;
    found.push({ ...d, background: false });
    i = d.end - 1;
  }
  for (let n = 0; n < found.length; n++) {
    const d = found[n]!;
    const next = found[n + 1];
    // "from January 1, 2017 through December 31, 2019", "between May 2019 and June 2020": dates of records.
    const joiner = tokens[d.end]?.lower ?? '';
    // "and" joins a range only after "between": "on May 1 and June 1" are two dates.
    const range = RANGE_WORDS.has(joiner) && (joiner !== 'and' || tokens[d.first - 1]?.lower === 'between');
    if (next && next.first === d.end + 1 && range) {
      d.background = true;
      next.background = true;
    }
    // "Plaintiff's June 1, 2018 request", "the request submitted on June 1, 2018".
    const after = tokens[d.end]?.lower ?? '';
    if (REQUEST_WORDS.has(after)) d.background = true;
    const before = [tokens[d.first - 1], tokens[d.first - 2]].map((t) => t?.lower ?? '');
    const requestBefore = [tokens[d.first - 3], tokens[d.first - 4], tokens[d.first - 5]].some((t) => t && REQUEST_WORDS.has(t.lower));
    if (before.some((w) => SUBMITTED_WORDS.has(w)) && requestBefore) d.background = true;
    if (DEADLINE_WORDS.has(before[0]!) || (before[0] === 'on' && DEADLINE_WORDS.has(before[1]!))) d.background = true;
  }
  return found;
}
