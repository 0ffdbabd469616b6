/**
 * Deadline reminders: on/off, the time of day and the days out. Presentational: the container
 * (entrypoints/options/reminders-panel.tsx) asks for the notifications permission inside the click
 * that turns reminders on, and sends the settings to the background.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ReminderSettings } from '../../lib/deadlines/reminders';

export interface RemindersSectionProps {
  /** Null while loading. */
  settings: ReminderSettings | null;
  /** Whether the browser lets the extension show notifications; null while unknown. */
  permitted: boolean | null;
  busy: boolean;
  error: string | null;
  status: string | null;
  /** Called inside the checkbox's click, so a permission request there counts as the user's. */
  onToggle: (on: boolean) => void;
  onSave: (time: string, daysOut: number[]) => void;
}

/** "7, 1, 0" → [7, 1, 0]; null when any part is not a whole number. */
export function parseDaysOut(text: string): number[] | null {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  if (!parts.length || parts.some((p) => !/^\d{1,3}$/.test(p))) return null;
  return parts.map(Number);
}

/** "7, 1 and 0 days out" / "the day itself" */
export function describeDays(days: readonly number[]): string {
  const words = days.map(String);
  const list = words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : (words[0] ?? '');
  return `${list} day${days.length === 1 && days[0] === 1 ? '' : 's'} out`;
}

export function RemindersSection({ settings, permitted, busy, error, status, onToggle, onSave }: RemindersSectionProps) {
  const [time, setTime] = useState('');
  const [days, setDays] = useState('');
  const [formError, setFormError] = useState<string | null>(null);
  useEffect(() => {
    if (!settings) return;
    setTime(settings.time);
    setDays(settings.daysOut.join(', '));
  }, [settings?.time, settings?.daysOut.join(',')]);

  const on = !!settings?.enabled && permitted === true;
  const save = (event: Event): void => {
    event.preventDefault();
    const parsed = parseDaysOut(days);
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) return setFormError('Enter the time as HH:MM.');
    if (!parsed) return setFormError('Enter the days out as whole numbers separated by commas, like 7, 1, 0.');
    setFormError(null);
    onSave(time, parsed);
  };

  return (
    <section aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">Deadline reminders</h2>
      <p>
        The toolbar button counts the deadlines due within 7 days (red when one is overdue). Reminders also show a
        notification on the days you choose, and once when a deadline becomes overdue; clicking one opens its case.
      </p>
      <div class="row">
        <input
          id="reminders-on"
          type="checkbox"
          checked={on}
          disabled={busy || !settings}
          onChange={(e) => onToggle(e.currentTarget.checked)}
        />
        <label for="reminders-on">Remind me of deadlines with notifications</label>
      </div>
      {settings?.enabled && permitted === false ? (
        <p class="warning">Reminders are on, but notifications are not allowed. Turn reminders off and on again to allow them.</p>
      ) : null}
      <form class="reminder-schedule" onSubmit={save}>
        <div class="row">
          <label for="reminder-time">Time of day</label>
          <input id="reminder-time" type="time" required value={time} onInput={(e) => setTime(e.currentTarget.value)} />
        </div>
        <div class="row">
          <label for="reminder-days">Days before the deadline</label>
          <input id="reminder-days" type="text" inputMode="numeric" value={days} aria-describedby="reminder-days-hint" onInput={(e) => setDays(e.currentTarget.value)} />
        </div>
        <p id="reminder-days-hint" class="hint">
          Separated by commas; 0 is the day itself.
        </p>
        <div class="row">
          <button type="submit" disabled={busy || !settings}>
            Save schedule
          </button>
        </div>
      </form>
      <p role="status" class="status">
        {status ? `${status} ` : ''}
        {settings ? (on ? `On: every day at ${settings.time}, for deadlines ${describeDays(settings.daysOut)}.` : 'Reminders are off.') : ''}
      </p>
      <p role="alert" class="error">
        {formError ?? error ?? ''}
      </p>
    </section>
  );
}
