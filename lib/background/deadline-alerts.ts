/**
 * The deadline alerts' wiring to the browser: the toolbar badge (recounted on every store change
 * and at local midnight, an `alarms` alarm), the reminder alarm and its notifications, and a click
 * on one of those opening that case's editor (popup.html?case=…) in a small window. Every listener
 * is added synchronously at start, so an alarm or a click that wakes the worker finds it.
 */
import { browser } from 'wxt/browser';
import { clockIn } from '../deadlines/relative';
import { nextMidnight, notificationTarget } from '../deadlines/reminders';
import type { Repository } from '../store/repository';
import { deadlineFeed } from './deadline-feed';
import { createReminderService, REMINDER_ALARM, type NotificationsPort, type ReminderService } from './reminder-service';
import type { SettingsArea } from './settings-area';
import { createToolbarBadge, type ActionPort, type ToolbarBadge } from './toolbar-badge';

export const MIDNIGHT_ALARM = 'dm:midnight';
export const NOTIFICATIONS_PERMISSION = 'notifications';

/** The popup page showing one case (or, for '', the case list). */
export function caseEditorPath(caseId: string): string {
  return caseId ? `/popup.html?case=${encodeURIComponent(caseId)}` : '/popup.html';
}

const userZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;
const logError = (what: string) => (e: unknown) => console.error(`[docket-margin] ${what}`, e);

/** The extension's toolbar button: `action` in MV3, `browserAction` in Firefox's MV2. */
function toolbarAction(): ActionPort | null {
  const b = browser as unknown as { action?: ActionPort; browserAction?: ActionPort };
  return b.action ?? b.browserAction ?? null;
}

/** Present only while the optional permission is granted. */
function notificationsApi(): (NotificationsPort & { clear(id: string): Promise<unknown> }) | null {
  return (browser as unknown as { notifications?: NotificationsPort & { clear(id: string): Promise<unknown> } }).notifications ?? null;
}

async function openCaseEditor(caseId: string): Promise<void> {
  const url = browser.runtime.getURL(caseEditorPath(caseId) as '/popup.html');
  try {
    await browser.windows.create({ url, type: 'popup', width: 440, height: 680 });
  } catch {
    // No windows API (Firefox for Android) or no window to open it in: a tab does.
    await browser.tabs.create({ url });
  }
}

export interface DeadlineAlerts {
  badge: ToolbarBadge | null;
  reminders: ReminderService;
}

export interface DeadlineAlertsDeps {
  repository: Promise<Repository>;
  /** The background's settings area (the profile store): the reminders' settings and state, and their changes. */
  settings: SettingsArea;
}

export function startDeadlineAlerts({ repository, settings }: DeadlineAlertsDeps): DeadlineAlerts {
  const feed = async () => deadlineFeed(await repository);
  const action = toolbarAction();
  const badge = action ? createToolbarBadge({ action, deadlines: feed, clock: () => clockIn() }) : null;
  const refreshBadge = (): void => void badge?.refresh().catch(logError('toolbar badge'));
  const reminders = createReminderService({
    local: settings,
    alarms: browser.alarms,
    notifications: notificationsApi,
    deadlines: feed,
    now: Date.now,
    timeZone: userZone,
    iconUrl: browser.runtime.getURL('/icon/128.png'),
  });
  const schedule = (): void => void reminders.schedule().catch(logError('reminder schedule'));
  const scheduleMidnight = (): void =>
    void Promise.resolve(browser.alarms.create(MIDNIGHT_ALARM, { when: nextMidnight(Date.now(), userZone()) })).catch(logError('midnight alarm'));

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === MIDNIGHT_ALARM) {
      refreshBadge();
      scheduleMidnight();
    } else if (alarm.name === REMINDER_ALARM) {
      void reminders.run().catch(logError('reminders'));
    }
  });

  let clicksHeard = false;
  const listenForClicks = (): void => {
    const api = notificationsApi() as unknown as { onClicked?: { addListener(fn: (id: string) => void): void } } | null;
    if (clicksHeard || !api?.onClicked) return;
    clicksHeard = true;
    api.onClicked.addListener((id) => {
      const target = notificationTarget(id);
      if (target === null) return;
      void openCaseEditor(target).catch(logError('open case'));
      void notificationsApi()?.clear(id).catch(() => undefined);
    });
  };
  listenForClicks();
  // Granted from the options page while this worker runs: the API appears now.
  browser.permissions?.onAdded?.addListener((p) => {
    if (p.permissions?.includes(NOTIFICATIONS_PERMISSION)) {
      listenForClicks();
      schedule();
    }
  });
  // The options page changed a setting (settings/set): reminders may have been turned on or off.
  settings.onChange(schedule);
  // Wakes the worker when the browser starts, so the badge and the alarms are set before any page asks.
  browser.runtime.onStartup?.addListener(() => undefined);

  void repository.then((repo) => {
    repo.onChange(refreshBadge);
    refreshBadge();
  }, logError('deadline alerts'));
  scheduleMidnight();
  schedule();
  return { badge, reminders };
}
