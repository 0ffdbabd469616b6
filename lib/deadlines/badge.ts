/**
 * The toolbar badge: how many open deadlines need attention across every saved case (overdue ones
 * and those due within the next 7 days, today included), red when any is overdue, amber otherwise,
 * and a title naming the next three. Pure: the caller supplies the deadlines and the clock, and the
 * urgency rules are the overlay's own (relative.ts), so the badge and the panels never disagree.
 */
import { deadlineUrgency, shortDate, type Clock } from './relative';
import { addDays } from './zone-time';

export interface BadgeDeadline {
  caseId: string;
  /** What the case is called: its title, else its number. */
  caseLabel: string;
  id: string;
  due: string;
  time: string | null;
  title: string;
  done: boolean;
}

export interface Badge {
  /** Overdue + due within 7 days. */
  count: number;
  overdue: number;
  /** '' hides the badge; counts past 99 show as 99+. */
  text: string;
  color: string;
  title: string;
  /** The attention-needing deadlines, soonest (overdue first) first. */
  next: BadgeDeadline[];
}

export const BADGE_DAYS = 7;
export const OVERDUE_COLOR = '#B3261E';
export const SOON_COLOR = '#8A5300';
const NAMED = 3;
const PRODUCT = 'Docket Margin';

const order = (d: BadgeDeadline): string => `${d.due}T${d.time ?? '99:99'}`;

function line(d: BadgeDeadline, now: Clock): string {
  const when = `${shortDate(d.due, now)}${d.time ? ` ${d.time}` : ''}`;
  const late = deadlineUrgency(d, now) === 'overdue' ? 'overdue, ' : '';
  return `${late}${when}: ${d.title} (${d.caseLabel})`;
}

export function computeBadge(deadlines: Iterable<BadgeDeadline>, now: Clock): Badge {
  const keyed: { key: string; d: BadgeDeadline }[] = [];
  let overdue = 0;
  // YYYY-MM-DD compares as text: one string test per deadline, most of which are weeks away.
  const last = addDays(now.date, BADGE_DAYS);
  for (const d of deadlines) {
    if (d.done || d.due > last) continue;
    // The sort key built once per deadline, not once per comparison.
    keyed.push({ key: `${order(d)} ${d.id}`, d });
    if (deadlineUrgency(d, now) === 'overdue') overdue++;
  }
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const next = keyed.map((k) => k.d);
  const count = next.length;
  const head =
    count === 0
      ? `${PRODUCT}: no deadlines in the next ${BADGE_DAYS} days`
      : `${PRODUCT}: ${count} deadline${count === 1 ? '' : 's'} ${overdue ? `(${overdue} overdue) ` : ''}due within ${BADGE_DAYS} days`;
  const named = next.slice(0, NAMED).map((d) => `• ${line(d, now)}`);
  const more = count > NAMED ? [`and ${count - NAMED} more`] : [];
  return {
    count,
    overdue,
    text: count === 0 ? '' : count > 99 ? '99+' : String(count),
    color: overdue ? OVERDUE_COLOR : SOON_COLOR,
    title: [head, ...named, ...more].join('\n'),
    next,
  };
}
