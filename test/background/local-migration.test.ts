import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../lib/background';
import { moveOutOfLocalStorage } from '../../lib/background/local-migration';
import { isCollapsed, ProfileStore } from '../../lib/background/profile-store';
import { SETTINGS_KEY } from '../../lib/store/settings';
import { freshName } from '../store/helpers';

beforeEach(() => fakeBrowser.reset());

describe('moving what earlier versions kept in storage.local', () => {
  it('moves collapsed states to the profile store, drops the change signal, keeps the settings', async () => {
    const local = fakeBrowser.storage.local;
    const settings = { version: 1, sync: { enabled: false, encrypt: false }, overlay: { showBadges: true } };
    await local.set({
      'dm:collapsed:cand|23|cv|4557': true,
      'dm:collapsed:nysd|22|cv|10101': false,
      'dm:change': { seq: 1, caseIds: ['cand|23|cv|4557'], at: '2026-01-01T00:00:00Z' },
      [SETTINGS_KEY]: settings,
    });
    const profile = await ProfileStore.open(freshName('profile'));
    expect(await moveOutOfLocalStorage(local as never, profile)).toBe(3);
    expect(await local.get(null)).toEqual({ [SETTINGS_KEY]: settings });
    expect(await isCollapsed(profile, 'cand|23|cv|4557')).toBe(true);
    expect(await isCollapsed(profile, 'nysd|22|cv|10101')).toBe(false);
    // Idempotent: a second start finds nothing to move.
    expect(await moveOutOfLocalStorage(local as never, profile)).toBe(0);
  });

  it('an interrupted move loses nothing: the keys leave storage.local only after the profile store has them', async () => {
    const local = fakeBrowser.storage.local;
    await local.set({ 'dm:collapsed:a': true });
    const profile = await ProfileStore.open(freshName('profile'));
    const failing = { ...profile, set: async () => Promise.reject(new Error('disk full')) } as unknown as ProfileStore;
    await expect(moveOutOfLocalStorage(local as never, failing)).rejects.toThrow('disk full');
    expect(await local.get(null)).toEqual({ 'dm:collapsed:a': true });
    await moveOutOfLocalStorage(local as never, profile);
    expect(await isCollapsed(profile, 'a')).toBe(true);
  });

  it('runs at service-worker start, so an upgraded profile keeps its collapsed panels', async () => {
    await fakeBrowser.storage.local.set({ 'dm:collapsed:cand|23|cv|4557': true, 'dm:change': { seq: 1 } });
    const bg = startBackground({ dbName: freshName('bg') });
    expect(await isCollapsed(await bg.profile, 'cand|23|cv|4557')).toBe(true);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
