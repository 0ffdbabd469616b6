/**
 * User settings in storage.local under one key, typed by a versioned zod schema with defaults.
 * Sections are loose objects so a later feature (sync adds its own fields) can extend them
 * without a migration; an older settings object is migrated on read.
 */
import { z } from 'zod';
import { formatPath } from '../messages/field-path';
import { UserError } from '../messages/user-error';
import { DEFAULT_REMINDERS } from '../deadlines/reminders';
import { IsoTime } from '../model/schema';

export const SETTINGS_KEY = 'dm:settings';
export const SETTINGS_VERSION = 1;

/**
 * Deadline reminders (lib/deadlines/reminders.ts): off until the user turns them on in the options
 * page, which asks for the `notifications` permission at that moment.
 */
export const ReminderSettings = z.looseObject({
  enabled: z.boolean().default(false),
  time: IsoTime.default(DEFAULT_REMINDERS.time),
  daysOut: z
    .array(z.number().int('days out are whole numbers').min(0, 'days out cannot be negative').max(365, 'at most 365 days out'))
    .max(10, 'at most 10 reminder days')
    .refine((days) => new Set(days).size === days.length, 'each day out once')
    .transform((days) => [...days].sort((a, b) => b - a))
    .default(DEFAULT_REMINDERS.daysOut),
});

export const Settings = z.object({
  version: z.literal(SETTINGS_VERSION),
  sync: z
    .looseObject({ enabled: z.boolean().default(false), encrypt: z.boolean().default(false) })
    .default({ enabled: false, encrypt: false }),
  overlay: z.looseObject({ showBadges: z.boolean().default(true) }).default({ showBadges: true }),
  reminders: ReminderSettings.default(() => ({ ...DEFAULT_REMINDERS, daysOut: [...DEFAULT_REMINDERS.daysOut] })),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({ version: SETTINGS_VERSION });

/** The storage area methods used here (browser.storage.local, or a fake in tests). */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/**
 * Before versions existed (v0) settings were flat: `{ syncEnabled, showBadges }`. Anything that
 * cannot be read falls back to the defaults rather than blocking the extension.
 */
export function migrateSettings(raw: unknown): Settings {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return DEFAULT_SETTINGS;
  const old = raw as Record<string, unknown>;
  let candidate: Record<string, unknown> = old;
  if (old.version === undefined) {
    candidate = {
      version: SETTINGS_VERSION,
      sync: { enabled: old.syncEnabled === true, encrypt: old.syncEncrypt === true },
      overlay: { showBadges: old.showBadges !== false },
    };
  }
  const parsed = Settings.safeParse(candidate);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function loadSettings(area: KeyValueArea): Promise<Settings> {
  const stored = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  return stored === undefined ? DEFAULT_SETTINGS : migrateSettings(stored);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Objects merge key by key; anything else replaces. */
export function deepMerge(base: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(patch)) {
    if (k === '__proto__' || k === 'constructor' || k === 'prototype') continue;
    out[k] = isPlainObject(v) && isPlainObject(out[k]) ? deepMerge(out[k] as Record<string, unknown>, v) : v;
  }
  return out;
}

/** Apply a partial change; throws an Error naming the first bad field, storing nothing. */
export async function updateSettings(area: KeyValueArea, patch: Record<string, unknown>): Promise<Settings> {
  const current = await loadSettings(area);
  const parsed = Settings.safeParse(deepMerge(current, patch));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UserError(`${formatPath(issue.path) || 'settings'}: ${issue.message}`);
  }
  await area.set({ [SETTINGS_KEY]: parsed.data });
  return parsed.data;
}
