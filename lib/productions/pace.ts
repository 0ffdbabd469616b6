/**
 * The ordered or agreed pace against what was processed, and when production will be done.
 *
 * A pace of N pages a month from a date owes N pages for each whole calendar month since then (a
 * month is complete on the same day of the next month, or its last day when shorter): courts count
 * monthly productions, so the middle of a month is not "behind". Pages processed in releases on or
 * after the start, by the pace's agency (or every agency for a pace for all), are set against it:
 * within 5% of a month's pages either way is "on pace", else "behind by N" or "ahead by N".
 *
 * Projected completion: the observed rate of the most recent releases (up to the last three:
 * pages of all but the first of them over the days from the first to the last), else the pace's
 * rate, carried from the last release over the pages still expected.
 */
import { daysBetween } from '../deadlines/relative';
import type { ProductionLike } from './totals';

export interface PaceLike {
  /** '' for a pace that binds all agencies together. */
  agency: string;
  perMonth: number;
  /** YYYY-MM-DD */
  from: string;
}

export type PaceState = 'on pace' | 'behind' | 'ahead' | 'not started';

export interface PaceStatus {
  state: PaceState;
  /** Pages behind or ahead (0 on pace). */
  by: number;
  /** Pages owed by today: perMonth × whole months. */
  due: number;
  processed: number;
  monthsElapsed: number;
  /** "on pace", "behind by 1,250 pages", "ahead by 40 pages", "starts 2024-01-01". */
  text: string;
}

/** Share of a month's pages within which a case counts as on pace. */
export const ON_PACE_SHARE = 0.05;

const DAYS_PER_MONTH = 365.25 / 12;

function parts(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

/** Whole calendar months from `from` to `to` (0 when `to` is earlier). */
export function wholeMonths(from: string, to: string): number {
  if (to <= from) return 0;
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  let months = (y2 - y1) * 12 + (m2 - m1);
  // Jan 31 → Feb 28 is a whole month: the day is the start's, or the month's last when shorter.
  const lastOfMonth = new Date(Date.UTC(y2, m2, 0)).getUTCDate();
  if (d2 < Math.min(d1, lastOfMonth)) months--;
  return Math.max(0, months);
}

const matchesAgency = (pace: PaceLike, p: ProductionLike): boolean => !pace.agency || (p.agency ?? '').trim() === pace.agency.trim();

function formatPages(n: number): string {
  const s = String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${s} page${Math.round(n) === 1 ? '' : 's'}`;
}

export function paceStatus(pace: PaceLike, releases: readonly ProductionLike[], today: string): PaceStatus {
  let processed = 0;
  for (const p of releases) if (p.date >= pace.from && p.date <= today && matchesAgency(pace, p)) processed += p.pagesReviewed ?? 0;
  if (today < pace.from) return { state: 'not started', by: 0, due: 0, processed, monthsElapsed: 0, text: `starts ${pace.from}` };
  const monthsElapsed = wholeMonths(pace.from, today);
  const due = Math.round(pace.perMonth * monthsElapsed);
  const diff = processed - due;
  if (Math.abs(diff) <= pace.perMonth * ON_PACE_SHARE) return { state: 'on pace', by: 0, due, processed, monthsElapsed, text: 'on pace' };
  const state = diff < 0 ? 'behind' : 'ahead';
  return { state, by: Math.abs(diff), due, processed, monthsElapsed, text: `${state} by ${formatPages(Math.abs(diff))}` };
}

export interface Projection {
  /** YYYY-MM-DD when the expected pages will all be processed at `perMonth`. */
  date: string;
  perMonth: number;
  basis: 'observed' | 'pace' | 'done';
  remaining: number;
}

function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d) + Math.round(days) * 86_400_000).toISOString().slice(0, 10);
}

/** Pages per month over the last up to three releases (by date); null with fewer than two or none apart. */
export function observedRate(releases: readonly ProductionLike[]): number | null {
  const recent = [...releases].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).slice(-3);
  if (recent.length < 2) return null;
  const days = daysBetween(recent[0]!.date, recent[recent.length - 1]!.date);
  if (days <= 0) return null;
  const pages = recent.slice(1).reduce((n, p) => n + (p.pagesReviewed ?? 0), 0);
  return (pages / days) * DAYS_PER_MONTH;
}

/**
 * When `expected` pages will be processed: from the last release at the observed rate, else at
 * `fallbackPerMonth` (the ordered pace) from `today`. Null when neither rate is known or positive.
 */
export function projectCompletion(releases: readonly ProductionLike[], expected: number, today: string, fallbackPerMonth: number | null = null): Projection | null {
  const processed = releases.reduce((n, p) => n + (p.pagesReviewed ?? 0), 0);
  const remaining = Math.max(0, expected - processed);
  const last = releases.reduce<string | null>((d, p) => (d === null || p.date > d ? p.date : d), null);
  if (remaining === 0) return { date: last ?? today, perMonth: 0, basis: 'done', remaining };
  const observed = observedRate(releases);
  if (observed && observed > 0) return { date: addDays(last!, (remaining / observed) * DAYS_PER_MONTH), perMonth: observed, basis: 'observed', remaining };
  if (fallbackPerMonth && fallbackPerMonth > 0) return { date: addDays(today, (remaining / fallbackPerMonth) * DAYS_PER_MONTH), perMonth: fallbackPerMonth, basis: 'pace', remaining };
  return null;
}
