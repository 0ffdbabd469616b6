/**
 * The badge and the reminders in the background, with the real repository (fake IndexedDB), a
 * fixed clock and small fakes of the browser's action, alarms and notifications.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { calendarExport } from '../../lib/background/calendar-export';
import { deadlineFeed } from '../../lib/background/deadline-feed';
import { createReminderService, REMINDER_ALARM, REMINDER_STATE_KEY, type NotificationOptions } from '../../lib/background/reminder-service';
import { createToolbarBadge } from '../../lib/background/toolbar-badge';
import { caseEditorPath } from '../../lib/background/deadline-alerts';
import { clockIn } from '../../lib/deadlines/relative';
import { notificationTarget } from '../../lib/deadlines/reminders';
import { updateSettings } from '../../lib/store/settings';
import { manualClock, openRepo } from '../store/helpers';

beforeEach(() => fakeBrowser.reset());

const NY = 'America/New_York';

function fakeAction() {
  const calls: [string, string][] = [];
  return {
    calls,
    state: () => Object.fromEntries(['text', 'color', 'title'].map((k) => [k, calls.filter((c) => c[0] === k).at(-1)?.[1]])),
    setBadgeText: async ({ text }: { text: string }) => void calls.push(['text', text]),
    setBadgeBackgroundColor: async ({ color }: { color: string }) => void calls.push(['color', color]),
    setTitle: async ({ title }: { title: string }) => void calls.push(['title', title]),
  };
}

describe('toolbar badge', () => {
  it('follows the store: a deadline added, marked done, and the day changing', async () => {
    const clock = manualClock(Date.parse('2026-11-22T15:00:00Z'));
    const repo = await openRepo(clock.now);
    const action = fakeAction();
    const badge = createToolbarBadge({ action, deadlines: async () => deadlineFeed(repo), clock: () => clockIn(NY, new Date(clock.now())) });
    repo.onChange(() => void badge.refresh());

    expect((await badge.refresh()).text).toBe('');
    const c = await repo.createCase({ court: 'cand', docketNumber: '3:23-cv-04557-EMC', title: 'Doe v. ICE' });
    const d = await repo.putDeadline({ caseId: c.id, due: '2026-11-23', time: null, title: 'Reply brief', kind: 'filing', done: false });
    await repo.putDeadline({ caseId: c.id, due: '2026-12-20', time: null, title: 'Far away', kind: 'filing', done: false });
    expect(await badge.refresh()).toMatchObject({ text: '1', overdue: 0 });
    expect(action.state().title).toContain('Nov 23: Reply brief (Doe v. ICE)');

    // Local midnight twice over: the deadline is overdue, the badge red.
    clock.advance(2 * 86_400_000);
    const red = await badge.refresh();
    expect(red).toMatchObject({ text: '1', overdue: 1 });
    expect(action.state().color).toBe('#B3261E');

    await repo.putDeadline({ caseId: c.id, id: d.id, due: d.due, time: null, title: d.title, kind: 'filing', done: true });
    expect((await badge.refresh()).text).toBe('');
    expect(action.state().text).toBe('');
  });

  it('more than five open deadlines in one case all count (the case summary keeps only five)', async () => {
    const clock = manualClock(Date.parse('2026-11-22T15:00:00Z'));
    const repo = await openRepo(clock.now);
    const c = await repo.createCase({ court: 'cand', docketNumber: '3:23-cv-04557-EMC' });
    for (let i = 0; i < 7; i++) await repo.putDeadline({ caseId: c.id, due: `2026-11-2${3 + (i % 5)}`, time: null, title: `D${i}`, kind: 'filing', done: false });
    const badge = createToolbarBadge({ action: fakeAction(), deadlines: async () => deadlineFeed(repo), clock: () => clockIn(NY, new Date(clock.now())) });
    expect((await badge.refresh()).count).toBe(7);
  });

  it('folds a burst of changes into one recount after the running one, and sets only what changed', async () => {
    const action = fakeAction();
    let reads = 0;
    const badge = createToolbarBadge({
      action,
      deadlines: async () => {
        reads++;
        await new Promise((r) => setTimeout(r, 5));
        return [];
      },
      clock: () => ({ date: '2026-11-22', time: '12:00' }),
    });
    await Promise.all(Array.from({ length: 50 }, () => badge.refresh()));
    expect(reads).toBe(2);
    expect(action.calls.map((c) => c[0])).toEqual(['text', 'color', 'title']);
  });
});

function fakeAlarms() {
  const alarms = new Map<string, number>();
  return {
    alarms,
    create: async (name: string, { when }: { when: number }) => void alarms.set(name, when),
    clear: async (name: string) => alarms.delete(name),
  };
}

describe('reminder service', () => {
  async function setup(startIso: string) {
    const clock = manualClock(Date.parse(startIso));
    const repo = await openRepo(clock.now);
    const alarms = fakeAlarms();
    const shown: [string, NotificationOptions][] = [];
    let permitted = true;
    const service = createReminderService({
      local: fakeBrowser.storage.local,
      alarms,
      notifications: () => (permitted ? { create: async (id: string, o: NotificationOptions) => void shown.push([id, o]) } : null),
      deadlines: async () => deadlineFeed(repo),
      now: clock.now,
      timeZone: () => NY,
      iconUrl: 'chrome-extension://x/icon/128.png',
    });
    return { clock, repo, alarms, shown, service, deny: () => (permitted = false) };
  }

  it('sets no alarm while reminders are off, and one at 08:00 local once they are on', async () => {
    const t = await setup('2026-11-22T10:00:00Z'); // 05:00 EST
    expect(await t.service.schedule()).toBeNull();
    expect(t.alarms.alarms.has(REMINDER_ALARM)).toBe(false);
    await updateSettings(fakeBrowser.storage.local, { reminders: { enabled: true } });
    expect(new Date((await t.service.schedule())!).toISOString()).toBe('2026-11-22T13:00:00.000Z');
    expect(t.alarms.alarms.get(REMINDER_ALARM)).toBe(Date.parse('2026-11-22T13:00:00Z'));
  });

  it('at the alarm: one notification per deadline due, state kept, tomorrow’s alarm set; a restart does not repeat them', async () => {
    const t = await setup('2026-11-22T10:00:00Z');
    await updateSettings(fakeBrowser.storage.local, { reminders: { enabled: true } });
    const c = await t.repo.createCase({ court: 'cand', docketNumber: '3:23-cv-04557-EMC', title: 'Doe v. ICE' });
    await t.repo.putDeadline({ caseId: c.id, due: '2026-11-23', time: null, title: 'Reply brief', kind: 'filing', done: false });
    await t.repo.putDeadline({ caseId: c.id, due: '2026-11-29', time: '10:00', title: 'CMC', kind: 'hearing', done: false });
    await t.repo.putDeadline({ caseId: c.id, due: '2026-11-25', time: null, title: 'Not a reminder day', kind: 'filing', done: false });
    // Early: the alarm fired long before its time (left from an older schedule): it only reschedules.
    expect(await t.service.run()).toEqual([]);
    t.clock.advance(3 * 3_600_000);
    const shown = await t.service.run();
    expect(shown.map((r) => r.title)).toEqual(['Due tomorrow: Reply brief', 'Due in 7 days: CMC']);
    expect(t.shown.map(([, o]) => o)).toEqual([
      { type: 'basic', iconUrl: 'chrome-extension://x/icon/128.png', title: 'Due tomorrow: Reply brief', message: 'Doe v. ICE (3:23-cv-04557-EMC): Nov 23' },
      { type: 'basic', iconUrl: 'chrome-extension://x/icon/128.png', title: 'Due in 7 days: CMC', message: 'Doe v. ICE (3:23-cv-04557-EMC): Nov 29 at 10:00 court time' },
    ]);
    expect(notificationTarget(t.shown[0]![0])).toBe(c.id);
    expect((await fakeBrowser.storage.local.get(REMINDER_STATE_KEY))[REMINDER_STATE_KEY]).toEqual({ lastRunDate: '2026-11-22', lastRunAt: t.clock.now() });
    expect(new Date(t.alarms.alarms.get(REMINDER_ALARM)!).toISOString()).toBe('2026-11-23T13:00:00.000Z');
    // The worker restarts and the alarm is made again: tomorrow, not now.
    t.clock.advance(60_000);
    expect(new Date((await t.service.schedule())!).toISOString()).toBe('2026-11-23T13:00:00.000Z');
    expect(await t.service.run()).toEqual([]);
    expect(t.shown).toHaveLength(2);
  });

  it('a run missed while the browser was closed happens at the next start', async () => {
    const t = await setup('2026-11-21T13:00:00Z');
    await updateSettings(fakeBrowser.storage.local, { reminders: { enabled: true } });
    await t.service.run(); // Saturday's run
    t.clock.advance(86_400_000 + 2 * 3_600_000); // Sunday 10:00: the browser was closed at 08:00
    expect(await t.service.schedule()).toBe(t.clock.now());
    const c = await t.repo.createCase({ court: 'nysd', docketNumber: '1:20-cv-05555' });
    await t.repo.putDeadline({ caseId: c.id, due: '2026-11-22', time: '17:00', title: 'Today', kind: 'filing', done: false });
    expect((await t.service.run()).map((r) => r.title)).toEqual(['Due today: Today']);
  });

  it('without the notifications permission a run shows nothing and does not loop', async () => {
    const t = await setup('2026-11-22T13:00:00Z');
    await updateSettings(fakeBrowser.storage.local, { reminders: { enabled: true } });
    const c = await t.repo.createCase({ court: 'cand', docketNumber: '3:23-cv-04557-EMC' });
    await t.repo.putDeadline({ caseId: c.id, due: '2026-11-23', time: null, title: 'Reply', kind: 'filing', done: false });
    t.deny();
    expect(await t.service.run()).toEqual([]);
    expect(t.shown).toEqual([]);
    expect(new Date(t.alarms.alarms.get(REMINDER_ALARM)!).toISOString()).toBe('2026-11-23T13:00:00.000Z');
  });

  it('turning reminders off clears the alarm', async () => {
    const t = await setup('2026-11-22T10:00:00Z');
    await updateSettings(fakeBrowser.storage.local, { reminders: { enabled: true } });
    await t.service.schedule();
    await updateSettings(fakeBrowser.storage.local, { reminders: { enabled: false } });
    await t.service.schedule();
    expect(t.alarms.alarms.has(REMINDER_ALARM)).toBe(false);
  });
});

describe('calendar export answer', () => {
  it('one case or all; a case without deadlines or a deleted one says so', async () => {
    const repo = await openRepo();
    const a = await repo.createCase({ court: 'cand', docketNumber: '3:23-cv-04557-EMC', title: 'Doe v. ICE' });
    const b = await repo.createCase({ court: 'azd', docketNumber: '2:22-cv-01234' });
    await repo.putDeadline({ caseId: a.id, due: '2026-11-23', time: '13:30', title: 'CMC', kind: 'hearing', done: false });
    const set = await repo.getAllRecords();
    const one = calendarExport(set, a.id, Date.UTC(2026, 10, 22, 12));
    expect(one.filename).toMatch(/^docket-margin-cand-3-23-cv-04557-emc-\d{4}-\d{2}-\d{2}\.ics$/);
    expect(one.text).toContain('SUMMARY:Doe v. ICE: CMC');
    expect(() => calendarExport(set, b.id, 0)).toThrow('This case has no deadlines to export.');
    expect(() => calendarExport(set, 'case:nope', 0)).toThrow('That case is no longer saved');
    expect(calendarExport(set, undefined, 0).filename).toMatch(/^docket-margin-deadlines-/);
    expect(() => calendarExport({ cases: [], deadlines: [] }, undefined, 0)).toThrow('There are no deadlines to export.');
  });
  it('the popup path a notification opens', () => {
    expect(caseEditorPath('case:cand|3:23-cv-04557')).toBe('/popup.html?case=case%3Acand%7C3%3A23-cv-04557');
    expect(caseEditorPath('')).toBe('/popup.html');
  });
});
