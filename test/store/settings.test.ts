import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, loadSettings, migrateSettings, SETTINGS_KEY, updateSettings } from '../../lib/store/settings';

beforeEach(() => fakeBrowser.reset());
const area = () => fakeBrowser.storage.local;

describe('settings', () => {
  it('defaults when nothing is stored', async () => {
    expect(await loadSettings(area())).toEqual({
      version: 1,
      sync: { enabled: false, encrypt: false },
      overlay: { showBadges: true },
      reminders: { enabled: false, time: '08:00', daysOut: [7, 1, 0] },
    });
  });

  it('migrates the flat pre-version object', () => {
    expect(migrateSettings({ syncEnabled: true, showBadges: false })).toEqual({
      version: 1,
      sync: { enabled: true, encrypt: false },
      overlay: { showBadges: false },
      reminders: { enabled: false, time: '08:00', daysOut: [7, 1, 0] },
    });
    expect(migrateSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(migrateSettings({ version: 1, sync: { enabled: 'yes' } })).toEqual(DEFAULT_SETTINGS);
  });

  it('applies a partial change deeply and keeps fields a later feature adds', async () => {
    const s = await updateSettings(area(), { sync: { enabled: true, lastError: null } });
    expect(s.sync).toEqual({ enabled: true, encrypt: false, lastError: null });
    expect(s.overlay.showBadges).toBe(true);
    expect((await area().get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual(s);
    const t = await updateSettings(area(), { overlay: { showBadges: false } });
    expect(t.sync.enabled).toBe(true);
  });

  it('rejects a bad value naming the field and stores nothing', async () => {
    await updateSettings(area(), { sync: { enabled: true } });
    const before = await area().get(SETTINGS_KEY);
    await expect(updateSettings(area(), { overlay: { showBadges: 'no' } })).rejects.toThrow(/^overlay\.showBadges: /);
    await expect(updateSettings(area(), { version: 9 })).rejects.toThrow(/^version: /);
    expect(await area().get(SETTINGS_KEY)).toEqual(before);
  });

  it('ignores prototype keys in a patch', async () => {
    const s = await updateSettings(area(), JSON.parse('{"__proto__":{"polluted":true},"sync":{"enabled":true}}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(s.sync.enabled).toBe(true);
  });

  describe('reminders', () => {
    it('are off by default at 08:00, 7, 1 and 0 days out; a version-1 object without them gets the defaults', () => {
      expect(migrateSettings({ version: 1, sync: { enabled: true } }).reminders).toEqual({ enabled: false, time: '08:00', daysOut: [7, 1, 0] });
      expect(migrateSettings({ version: 1, sync: { enabled: true } }).sync.enabled).toBe(true);
    });

    it('take a new time and days out, sorted latest first; the defaults object is never shared', async () => {
      const s = await updateSettings(area(), { reminders: { time: '07:15', daysOut: [0, 14, 3] } });
      expect(s.reminders).toEqual({ enabled: false, time: '07:15', daysOut: [14, 3, 0] });
      expect(DEFAULT_SETTINGS.reminders.daysOut).toEqual([7, 1, 0]);
      expect((await updateSettings(area(), { reminders: { enabled: true } })).reminders).toEqual({ enabled: true, time: '07:15', daysOut: [14, 3, 0] });
    });

    it.each([
      [{ time: '8:00' }, /^reminders\.time: expected a time as HH:MM/],
      [{ time: '24:00' }, /^reminders\.time: /],
      [{ daysOut: [1, 1] }, /^reminders\.daysOut: each day out once/],
      [{ daysOut: [-1] }, /^reminders\.daysOut\[0\]: days out cannot be negative/],
      [{ daysOut: [1.5] }, /^reminders\.daysOut\[0\]: days out are whole numbers/],
      [{ daysOut: Array.from({ length: 11 }, (_, i) => i) }, /^reminders\.daysOut: at most 10/],
      [{ enabled: 'yes' }, /^reminders\.enabled: /],
    ])('reject %j naming the field, storing nothing', async (reminders, message) => {
      await updateSettings(area(), { reminders: { time: '09:00' } });
      const before = await area().get(SETTINGS_KEY);
      await expect(updateSettings(area(), { reminders })).rejects.toThrow(message);
      expect(await area().get(SETTINGS_KEY)).toEqual(before);
    });
  });
});
