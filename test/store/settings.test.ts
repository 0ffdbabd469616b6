import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, loadSettings, migrateSettings, SETTINGS_KEY, updateSettings } from '../../lib/store/settings';

beforeEach(() => fakeBrowser.reset());
const area = () => fakeBrowser.storage.local;

describe('settings', () => {
  it('defaults when nothing is stored', async () => {
    expect(await loadSettings(area())).toEqual({ version: 1, sync: { enabled: false, encrypt: false }, overlay: { showBadges: true } });
  });

  it('migrates the flat pre-version object', () => {
    expect(migrateSettings({ syncEnabled: true, showBadges: false })).toEqual({ version: 1, sync: { enabled: true, encrypt: false }, overlay: { showBadges: false } });
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
});
