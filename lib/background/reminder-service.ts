/**
 * Reminders in the background: one `alarms` alarm for the next run (lib/deadlines/reminders.ts
 * decides when), so the schedule survives service-worker sleep and, re-made at every start, browser
 * restarts too; at the alarm, one notification per deadline the run announces. The state between
 * runs (last run's date and time) is kept beside the settings, in the profile store. Without the `notifications`
 * permission a run still happens and advances the state, and shows nothing.
 */
import { z } from 'zod';
import {
  INITIAL_STATE,
  nextRunAt,
  planRun,
  type Reminder,
  type ReminderDeadline,
  type ReminderSettings,
  type ReminderState,
} from '../deadlines/reminders';
import { loadSettings, type KeyValueArea } from '../store/settings';

export const REMINDER_ALARM = 'dm:reminders';
export const REMINDER_STATE_KEY = 'dm:reminder-state';
/** An alarm may fire a little early or be left from an older schedule; more than this early, it only reschedules. */
const EARLY_SLACK_MS = 60_000;

const StoredState = z.object({
  lastRunDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().default(null),
  lastRunAt: z.number().nullable().default(null),
});

export interface AlarmsPort {
  create(name: string, info: { when: number }): Promise<void> | void;
  clear(name: string): Promise<unknown> | void;
}

export interface NotificationOptions {
  type: 'basic';
  iconUrl: string;
  title: string;
  message: string;
}

export interface NotificationsPort {
  create(id: string, options: NotificationOptions): Promise<unknown>;
}

export interface ReminderServiceDeps {
  /** The settings area (the profile store): the settings and this service's state. */
  local: KeyValueArea;
  alarms: AlarmsPort;
  /** The notifications API, or null while the permission is not granted. */
  notifications: () => NotificationsPort | null;
  deadlines: () => Promise<Iterable<ReminderDeadline>>;
  now: () => number;
  /** The user's zone (the runtime's own). */
  timeZone: () => string;
  iconUrl: string;
  log?: (message: string, error: unknown) => void;
}

export interface ReminderService {
  /** Set (or clear) the alarm for the next run from the current settings and state; resolves with its time. */
  schedule(): Promise<number | null>;
  /** The alarm fired: announce what is due, remember the run, schedule the next. */
  run(): Promise<Reminder[]>;
}

export function createReminderService(deps: ReminderServiceDeps): ReminderService {
  const log = deps.log ?? ((m: string, e: unknown) => console.error(`[docket-margin] ${m}`, e));
  // One at a time: a settings change and an alarm arriving together must not both run.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const next = queue.then(job, job);
    queue = next.catch(() => undefined);
    return next;
  };

  const loadState = async (): Promise<ReminderState> => {
    const parsed = StoredState.safeParse((await deps.local.get(REMINDER_STATE_KEY))[REMINDER_STATE_KEY]);
    return parsed.success ? parsed.data : INITIAL_STATE;
  };
  const settings = async (): Promise<ReminderSettings> => (await loadSettings(deps.local)).reminders;

  const scheduleNow = async (): Promise<number | null> => {
    const when = nextRunAt(await settings(), await loadState(), deps.now(), deps.timeZone());
    if (when === null) await deps.alarms.clear(REMINDER_ALARM);
    else await deps.alarms.create(REMINDER_ALARM, { when });
    return when;
  };

  return {
    schedule: () => serial(scheduleNow),
    run: () =>
      serial(async () => {
        const s = await settings();
        const state = await loadState();
        const now = deps.now();
        const due = nextRunAt(s, state, now, deps.timeZone());
        if (due === null || due > now + EARLY_SLACK_MS) {
          await scheduleNow();
          return [];
        }
        const plan = planRun(await deps.deadlines(), s, state, now, deps.timeZone());
        const api = deps.notifications();
        const shown: Reminder[] = [];
        for (const r of plan.reminders) {
          if (!api) break;
          try {
            await api.create(r.notificationId, { type: 'basic', iconUrl: deps.iconUrl, title: r.title, message: r.message });
            shown.push(r);
          } catch (error) {
            log('could not show a reminder', error);
          }
        }
        await deps.local.set({ [REMINDER_STATE_KEY]: plan.state });
        await scheduleNow();
        return shown;
      }),
  };
}
