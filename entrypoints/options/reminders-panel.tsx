/**
 * Container for the options page's reminders: reads the settings and whether notifications are
 * allowed, asks for the optional `notifications` permission inside the click that turns reminders
 * on (browsers grant permissions only in a user gesture), and gives it back when they are turned off.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { RemindersSection } from '../../components/options/RemindersSection';
import { DEFAULT_REMINDERS, type ReminderSettings } from '../../lib/deadlines/reminders';
import { send } from '../../lib/messages/client';

const NOTIFICATIONS = { permissions: ['notifications'] as const };

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function remindersOf(settings: Record<string, unknown>): ReminderSettings {
  // The background validated these (lib/store/settings.ts); fall back to the defaults if absent.
  return { ...DEFAULT_REMINDERS, ...(settings.reminders as Partial<ReminderSettings> | undefined) };
}

export function RemindersPanel() {
  const [settings, setSettings] = useState<ReminderSettings | null>(null);
  const [permitted, setPermitted] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setSettings(remindersOf(await send<Record<string, unknown>>({ type: 'settings/get' })));
      setPermitted(await browser.permissions.contains({ permissions: [...NOTIFICATIONS.permissions] }));
    } catch (e) {
      setError(message(e));
    }
  }, []);
  useEffect(() => void refresh(), [refresh]);

  const write = async (patch: Partial<ReminderSettings>, done: string): Promise<void> => {
    const saved = await send<Record<string, unknown>>({ type: 'settings/set', settings: { reminders: patch } });
    setSettings(remindersOf(saved));
    setStatus(done || null);
  };

  const onToggle = (on: boolean): void => {
    setError(null);
    setStatus(null);
    setBusy(true);
    // No await before this call: the request must run inside the click.
    const asked = on
      ? browser.permissions.request({ permissions: [...NOTIFICATIONS.permissions] })
      : browser.permissions.remove({ permissions: [...NOTIFICATIONS.permissions] }).then(() => false);
    void asked
      .then(async (granted) => {
        setPermitted(granted);
        if (on && !granted) {
          setError('Notifications were not allowed, so reminders stay off.');
          return;
        }
        await write({ enabled: on }, '');
      })
      .catch((e: unknown) => setError(message(e)))
      .finally(() => setBusy(false));
  };

  const onSave = (time: string, daysOut: number[]): void => {
    setError(null);
    setBusy(true);
    void write({ time, daysOut }, 'Schedule saved.')
      .catch((e: unknown) => setError(message(e)))
      .finally(() => setBusy(false));
  };

  return <RemindersSection settings={settings} permitted={permitted} busy={busy} error={error} status={status} onToggle={onToggle} onSave={onSave} />;
}
