/**
 * The production chart's geometry, pure: cumulative pages processed over time (a step at each
 * release), the ordered pace (a step of perMonth at each whole month since its start, as
 * pace.ts counts what is owed) and the expected total (a level line), in a box of the caller's size.
 * Both the popup's chart and the overlay's compact line draw from this; the text alternative
 * says the same figures in words.
 */
import { daysBetween } from '../deadlines/relative';
import { wholeMonths } from './pace';

export interface ChartInput {
  /** Releases: date and pages processed (any order). */
  releases: readonly { date: string; pages: number }[];
  pace: { perMonth: number; from: string } | null;
  expected: number | null;
  /** YYYY-MM-DD: the chart runs to here (or to the last release, if later). */
  today: string;
  width: number;
  height: number;
  /** Room left on each side for the axes, in the box's units. */
  pad?: number;
}

export type Point = readonly [number, number];

export interface ChartGeometry {
  /** Cumulative pages processed, a step at each release; empty with no releases. */
  processed: Point[];
  /** Pages owed under the pace, a step at each whole month; null without a pace. */
  pace: Point[] | null;
  /** The expected total's height; null without one. */
  expectedY: number | null;
  /** The first and last day shown, and the page count at the top of the box. */
  from: string;
  to: string;
  yMax: number;
  /** Pages processed in all, and owed by `to` under the pace. */
  total: number;
  due: number | null;
}

/** Paces run at most this many months on the chart (ten years). */
const MAX_STEPS = 120;

function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

const round = (n: number): number => Math.round(n * 10) / 10;

export function chartGeometry(input: ChartInput): ChartGeometry {
  const pad = input.pad ?? 0;
  const releases = [...input.releases].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const dates = [...releases.map((r) => r.date), ...(input.pace ? [input.pace.from] : []), input.today];
  const from = dates.reduce((a, b) => (b < a ? b : a));
  const to = dates.reduce((a, b) => (b > a ? b : a));
  const total = releases.reduce((n, r) => n + r.pages, 0);
  const months = input.pace ? Math.min(MAX_STEPS, wholeMonths(input.pace.from, to)) : 0;
  const due = input.pace ? Math.round(input.pace.perMonth * months) : null;
  const yMax = Math.max(1, total, due ?? 0, input.expected ?? 0) * 1.05;
  const span = Math.max(1, daysBetween(from, to));
  const w = input.width - 2 * pad;
  const h = input.height - 2 * pad;
  const x = (date: string): number => round(pad + (daysBetween(from, date) / span) * w);
  const y = (pages: number): number => round(pad + h - (pages / yMax) * h);

  const processed: Point[] = [];
  let sum = 0;
  if (releases.length) processed.push([x(from), y(0)]);
  for (const r of releases) {
    processed.push([x(r.date), y(sum)]);
    sum += r.pages;
    processed.push([x(r.date), y(sum)]);
  }
  if (releases.length) processed.push([x(to), y(sum)]);

  let pace: Point[] | null = null;
  if (input.pace) {
    pace = [[x(input.pace.from), y(0)]];
    for (let k = 1; k <= months; k++) {
      const at = addMonths(input.pace.from, k);
      pace.push([x(at), y(input.pace.perMonth * (k - 1))], [x(at), y(input.pace.perMonth * k)]);
    }
    pace.push([x(to), y(input.pace.perMonth * months)]);
  }
  return { processed, pace, expectedY: input.expected !== null ? y(input.expected) : null, from, to, yMax, total, due };
}

/** Points as an SVG `points` attribute: "x,y x,y …". */
export function pointsAttr(points: readonly Point[]): string {
  return points.map(([px, py]) => `${px},${py}`).join(' ');
}

const count = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** The chart in words, for screen readers and anyone who prefers text. */
export function chartText(input: Pick<ChartInput, 'releases' | 'pace' | 'expected' | 'today'>): string {
  const g = chartGeometry({ ...input, width: 1, height: 1 });
  const dates = input.releases.map((r) => r.date).sort();
  const n = dates.length;
  const parts = [
    n ? `${count(g.total)} pages processed in ${n} release${n === 1 ? '' : 's'}${n === 1 ? ` on ${dates[0]}` : ` from ${dates[0]} to ${dates[n - 1]}`}` : 'No releases yet',
  ];
  if (input.pace) parts.push(`pace ${count(input.pace.perMonth)} pages a month from ${input.pace.from}: ${count(g.due ?? 0)} owed by ${g.to}`);
  if (input.expected !== null) parts.push(`${count(input.expected)} pages expected`);
  return `${parts.join('; ')}.`;
}
