import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REMINDERS,
  INITIAL_STATE,
  MAX_NOTIFICATIONS,
  nextMidnight,
  nextRunAt,
  notificationTarget,
  planRun,
  type ReminderDeadline,
  type ReminderState,
} from '../../lib/deadlines/reminders';

const NY = 'America/New_York';
const on = { ...DEFAULT_REMINDERS, enabled: true };
const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());
const at = (s: string): number => Date.parse(s);

let n = 0;
const dl = (due: string, fields: Partial<ReminderDeadline> = {}): ReminderDeadline => ({
  caseId: 'case:cand|3:23-cv-04557',
  caseLabel: 'Doe v. ICE',
  docketNumber: '3:23-cv-04557-EMC',
  id: `deadline-${++n}`,
  due,
  time: null,
  title: `Deadline ${n}`,
  done: false,
  ...fields,
});

describe('when the next run is', () => {
  it('is never while reminders are off', () => {
    expect(nextRunAt(DEFAULT_REMINDERS, INITIAL_STATE, at('2026-11-22T12:00:00Z'), NY)).toBeNull();
  });
  it('is today at the set time when that is still ahead, tomorrow once today ran', () => {
    const now = at('2026-11-22T11:00:00Z'); // 06:00 EST
    expect(iso(nextRunAt(on, INITIAL_STATE, now, NY))).toBe('2026-11-22T13:00:00.000Z');
    const ran: ReminderState = { lastRunDate: '2026-11-22', lastRunAt: at('2026-11-22T13:00:00Z') };
    expect(iso(nextRunAt(on, ran, at('2026-11-22T13:00:01Z'), NY))).toBe('2026-11-23T13:00:00.000Z');
  });
  it('is now when today’s time has passed without a run (browser closed at 08:00, opened at 10:00)', () => {
    const state: ReminderState = { lastRunDate: '2026-11-21', lastRunAt: at('2026-11-21T13:00:00Z') };
    const now = at('2026-11-22T15:00:00Z');
    expect(nextRunAt(on, state, now, NY)).toBe(now);
  });
  it('keeps 08:00 local across DST: 12:00Z in summer, 13:00Z in winter', () => {
    const ran = (date: string): ReminderState => ({ lastRunDate: date, lastRunAt: null });
    // Spring forward on 2026-03-08 (EST -5 → EDT -4).
    expect(iso(nextRunAt(on, ran('2026-03-07'), at('2026-03-07T14:00:00Z'), NY))).toBe('2026-03-08T12:00:00.000Z');
    // Fall back on 2026-11-01 (EDT → EST).
    expect(iso(nextRunAt(on, ran('2026-10-31'), at('2026-10-31T13:00:00Z'), NY))).toBe('2026-11-01T13:00:00.000Z');
  });
  it('a time the clock skips on the spring-forward day runs the same length past the jump', () => {
    const s = { ...on, time: '02:30' };
    expect(iso(nextRunAt(s, { lastRunDate: '2026-03-07', lastRunAt: null }, at('2026-03-07T12:00:00Z'), NY))).toBe('2026-03-08T07:30:00.000Z');
  });
  it('uses the user’s zone: 08:00 in Honolulu is 18:00Z', () => {
    expect(iso(nextRunAt(on, INITIAL_STATE, at('2026-07-01T10:00:00Z'), 'Pacific/Honolulu'))).toBe('2026-07-01T18:00:00.000Z');
  });
});

describe('local midnight', () => {
  it('is the next day’s first instant, 23 or 25 hours away on DST days', () => {
    expect(iso(nextMidnight(at('2026-03-07T12:00:00Z'), NY))).toBe('2026-03-08T05:00:00.000Z');
    expect(iso(nextMidnight(at('2026-03-08T12:00:00Z'), NY))).toBe('2026-03-09T04:00:00.000Z');
    expect(iso(nextMidnight(at('2026-11-01T12:00:00Z'), NY))).toBe('2026-11-02T05:00:00.000Z');
    expect(iso(nextMidnight(at('2026-11-22T04:59:59Z'), NY))).toBe('2026-11-22T05:00:00.000Z');
  });
});

describe('what a run announces', () => {
  const run = at('2026-11-22T13:00:00Z'); // Sunday 08:00 EST
  const yesterday: ReminderState = { lastRunDate: '2026-11-21', lastRunAt: at('2026-11-21T13:00:00Z') };

  it('open deadlines exactly 7, 1 and 0 days out; not 2 or 8, not done ones', () => {
    const list = [
      dl('2026-11-29', { title: 'Seven' }),
      dl('2026-11-23', { title: 'One' }),
      dl('2026-11-22', { title: 'Zero', time: '17:00' }),
      dl('2026-11-24', { title: 'Two' }),
      dl('2026-11-30', { title: 'Eight' }),
      dl('2026-11-23', { title: 'Done', done: true }),
    ];
    const plan = planRun(list, on, yesterday, run, NY);
    expect(plan.reminders.map((r) => r.title)).toEqual(['Due today: Zero', 'Due tomorrow: One', 'Due in 7 days: Seven']);
    expect(plan.reminders[0]!.message).toBe('Doe v. ICE (3:23-cv-04557-EMC): Nov 22 at 17:00 court time');
    expect(plan.state).toEqual({ lastRunDate: '2026-11-22', lastRunAt: run });
  });

  it('follows the days-out setting', () => {
    const plan = planRun([dl('2026-11-25'), dl('2026-11-23')], { ...on, daysOut: [3] }, yesterday, run, NY);
    expect(plan.reminders.map((r) => r.title)).toEqual([`Due in 3 days: ${'Deadline ' + (n - 1)}`]);
  });

  it('once for each newly overdue deadline: overdue since the last run, not older ones', () => {
    const fresh = dl('2026-11-21', { title: 'Yesterday' }); // overdue since midnight
    const timed = dl('2026-11-21', { title: 'Yesterday 17:00', time: '17:00' });
    const old = dl('2026-11-10', { title: 'Long overdue' });
    const first = planRun([fresh, timed, old], on, yesterday, run, NY);
    expect(first.reminders.map((r) => r.title)).toEqual(['Overdue: Yesterday 17:00', 'Overdue: Yesterday']);
    expect(first.reminders.every((r) => r.reason === 'overdue')).toBe(true);
    // Run again later the same day (settings changed, worker restarted): nothing new.
    expect(planRun([fresh, timed, old], on, first.state, run + 3_600_000, NY).reminders).toEqual([]);
    // Next day: they are not newly overdue any more.
    expect(planRun([fresh, timed, old], on, first.state, run + 86_400_000, NY).reminders).toEqual([]);
  });

  it('a deadline whose time passes after the run is overdue at the next one', () => {
    const d = dl('2026-11-22', { title: 'CMC', time: '10:00' });
    const morning = planRun([d], on, yesterday, run, NY);
    expect(morning.reminders.map((r) => r.title)).toEqual(['Due today: CMC']);
    const next = planRun([d], on, morning.state, at('2026-11-23T13:00:00Z'), NY);
    expect(next.reminders.map((r) => r.title)).toEqual(['Overdue: CMC']);
  });

  it('the first run ever announces only what became overdue in the last day', () => {
    const plan = planRun([dl('2026-11-21', { title: 'Fresh' }), dl('2021-07-21', { title: '2021' })], on, INITIAL_STATE, run, NY);
    expect(plan.reminders.map((r) => r.title)).toEqual(['Overdue: Fresh']);
  });

  it('a second run on the same day sends no days-out reminders again', () => {
    const list = [dl('2026-11-23')];
    const first = planRun(list, on, yesterday, run, NY);
    expect(first.reminders).toHaveLength(1);
    expect(planRun(list, on, first.state, run + 60_000, NY).reminders).toEqual([]);
  });

  it('midnight in the user’s zone decides the day: 23:30 EST is still Nov 21', () => {
    const plan = planRun([dl('2026-11-22', { title: 'Tomorrow' })], on, { lastRunDate: '2026-11-20', lastRunAt: null }, at('2026-11-22T04:30:00Z'), NY);
    expect(plan.reminders.map((r) => r.title)).toEqual(['Due tomorrow: Tomorrow']);
    expect(plan.state.lastRunDate).toBe('2026-11-21');
  });

  it('past five, the rest are one “more” notification that opens the case list', () => {
    const list = Array.from({ length: 8 }, () => dl('2026-11-23'));
    const plan = planRun(list, on, yesterday, run, NY);
    expect(plan.reminders).toHaveLength(MAX_NOTIFICATIONS);
    const more = plan.reminders.at(-1)!;
    expect(more).toMatchObject({ reason: 'more', caseId: null, title: '4 more deadlines' });
    expect(notificationTarget(more.notificationId)).toBe('');
  });

  it('notification ids carry the case id for the click, and are unique per deadline, reason and day', () => {
    const d = dl('2026-11-23', { caseId: 'case:cand|4:21-cv-02632:dmr' });
    const [r] = planRun([d], on, yesterday, run, NY).reminders;
    expect(notificationTarget(r!.notificationId)).toBe('case:cand|4:21-cv-02632:dmr');
    expect(r!.notificationId).toContain('2026-11-22');
    expect(notificationTarget('someone-else:1')).toBeNull();
    expect(notificationTarget('dm-reminder:due:2026-11-22:%E0%A4%A:x')).toBeNull();
  });
});
