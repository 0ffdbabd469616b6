/**
 * The reminder schedule. Once a day, at the time of day the user set (default 08:00 in their own
 * zone), a run announces every open deadline that many days out (default 7, 1 and 0), and every
 * deadline that became overdue since the previous run, once. A run missed while the browser was
 * closed happens at the next start, the same day only. Pure: the caller supplies the clock (epoch ms
 * and zone), the deadlines and the state kept between runs; wall times are converted through the
 * zone's own rules (zone-time.ts), so a DST change moves nothing.
 */
import type { BadgeDeadline } from './badge';
import { clockIn, daysBetween, deadlineUrgency, relativeDayText, shortDate } from './relative';
import { addDays, zonedInstant } from './zone-time';

export interface ReminderSettings {
  enabled: boolean;
  /** HH:MM in the user's zone. */
  time: string;
  /** Days before the due date to remind on (0: the day itself). */
  daysOut: number[];
}

export const DEFAULT_REMINDERS: ReminderSettings = { enabled: false, time: '08:00', daysOut: [7, 1, 0] };

/** What the background keeps between runs (storage.local). */
export interface ReminderState {
  /** The user's civil date of the last run. */
  lastRunDate: string | null;
  /** Epoch ms of the last run: deadlines overdue since then are "newly" overdue. */
  lastRunAt: number | null;
}

export const INITIAL_STATE: ReminderState = { lastRunDate: null, lastRunAt: null };

export interface ReminderDeadline extends BadgeDeadline {
  docketNumber: string;
}

export interface Reminder {
  /** Unique per deadline, reason and day; names the case so a click can open it (notificationTarget). */
  notificationId: string;
  /** The case a click opens; null for the "and N more" summary (opens the case list). */
  caseId: string | null;
  deadlineId: string | null;
  reason: 'due' | 'overdue' | 'more';
  title: string;
  message: string;
}

/** Individual notifications per run; past this, the rest are one "N more" notification. */
export const MAX_NOTIFICATIONS = 5;
/** On the first run ever, deadlines overdue for less than this count as newly overdue. */
const FIRST_RUN_LOOKBACK_MS = 86_400_000;
const NOTIFICATION_PREFIX = 'dm-reminder';

/** When the next run is due (epoch ms), or null while reminders are off. `nowMs` when one is due now. */
export function nextRunAt(settings: ReminderSettings, state: ReminderState, nowMs: number, timeZone: string): number | null {
  if (!settings.enabled) return null;
  const today = clockIn(timeZone, new Date(nowMs)).date;
  if (state.lastRunDate === null || state.lastRunDate < today) {
    const todayAt = zonedInstant(timeZone, today, settings.time);
    return nowMs >= todayAt ? nowMs : todayAt;
  }
  return zonedInstant(timeZone, addDays(today, 1), settings.time);
}

/** The first instant of the next day in `timeZone`: when "today" moves on and the badge is recounted. */
export function nextMidnight(nowMs: number, timeZone: string): number {
  return zonedInstant(timeZone, addDays(clockIn(timeZone, new Date(nowMs)).date, 1), '00:00');
}

/** When a deadline became (or becomes) overdue: the end of its day, or its minute when it has a time. */
export function overdueFrom(d: Pick<ReminderDeadline, 'due' | 'time'>, timeZone: string): number {
  // One minute after its time, as deadlineUrgency has it ("overdue once that minute has passed").
  return d.time ? zonedInstant(timeZone, d.due, d.time) + 60_000 : zonedInstant(timeZone, addDays(d.due, 1), '00:00');
}

export function notificationId(reason: Reminder['reason'], date: string, caseId: string | null, deadlineId: string | null): string {
  return [NOTIFICATION_PREFIX, reason, date, encodeURIComponent(caseId ?? ''), encodeURIComponent(deadlineId ?? '')].join(':');
}

/** What a clicked notification opens: a case id, '' for the case list, or null for a notification not ours. */
export function notificationTarget(id: string): string | null {
  const parts = id.split(':');
  if (parts.length !== 5 || parts[0] !== NOTIFICATION_PREFIX) return null;
  try {
    return decodeURIComponent(parts[3]!);
  } catch {
    return null;
  }
}

function dueTitle(days: number): string {
  return days === 0 ? 'Due today' : days === 1 ? 'Due tomorrow' : `Due ${relativeDayText(days)}`;
}

export interface RunPlan {
  reminders: Reminder[];
  state: ReminderState;
}

/** What a run at `nowMs` announces, and the state it leaves. */
export function planRun(deadlines: Iterable<ReminderDeadline>, settings: ReminderSettings, state: ReminderState, nowMs: number, timeZone: string): RunPlan {
  const now = clockIn(timeZone, new Date(nowMs));
  const firstOfDay = state.lastRunDate === null || state.lastRunDate < now.date;
  const since = state.lastRunAt ?? nowMs - FIRST_RUN_LOOKBACK_MS;
  const daysOut = new Set(settings.daysOut);
  // A deadline due before the day before the last run was overdue by then: skip its zone arithmetic.
  const oldest = addDays(clockIn(timeZone, new Date(since)).date, -1);
  const overdue: [ReminderDeadline, number][] = [];
  const due: [ReminderDeadline, number][] = [];
  for (const d of deadlines) {
    if (d.done) continue;
    const days = daysBetween(now.date, d.due);
    if (deadlineUrgency(d, now) === 'overdue') {
      if (d.due < oldest) continue;
      const from = overdueFrom(d, timeZone);
      if (from > since && from <= nowMs) overdue.push([d, days]);
    } else if (firstOfDay && daysOut.has(days)) due.push([d, days]);
  }
  const byDue = ([a]: [ReminderDeadline, number], [b]: [ReminderDeadline, number]): number =>
    `${a.due}T${a.time ?? '99:99'}${a.id}` < `${b.due}T${b.time ?? '99:99'}${b.id}` ? -1 : 1;
  const when = (d: ReminderDeadline): string => `${shortDate(d.due, now)}${d.time ? ` at ${d.time} court time` : ''}`;
  const all: Reminder[] = [
    ...overdue.sort(byDue).map(([d]) => ({
      notificationId: notificationId('overdue', now.date, d.caseId, d.id),
      caseId: d.caseId,
      deadlineId: d.id,
      reason: 'overdue' as const,
      title: `Overdue: ${d.title}`,
      message: `${d.caseLabel} (${d.docketNumber}): was due ${when(d)}`,
    })),
    ...due.sort(byDue).map(([d, days]) => ({
      notificationId: notificationId('due', now.date, d.caseId, d.id),
      caseId: d.caseId,
      deadlineId: d.id,
      reason: 'due' as const,
      title: `${dueTitle(days)}: ${d.title}`,
      message: `${d.caseLabel} (${d.docketNumber}): ${when(d)}`,
    })),
  ];
  let reminders = all;
  if (all.length > MAX_NOTIFICATIONS) {
    const rest = all.length - (MAX_NOTIFICATIONS - 1);
    reminders = [
      ...all.slice(0, MAX_NOTIFICATIONS - 1),
      {
        notificationId: notificationId('more', now.date, null, null),
        caseId: null,
        deadlineId: null,
        reason: 'more',
        title: `${rest} more deadlines`,
        message: all.slice(MAX_NOTIFICATIONS - 1).map((r) => r.title).join('\n').slice(0, 400),
      },
    ];
  }
  return { reminders, state: { lastRunDate: now.date, lastRunAt: nowMs } };
}
