import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../lib/background';
import { moveOutOfLocalStorage } from '../../lib/background/local-migration';
import { isCollapsed, ProfileStore } from '../../lib/background/profile-store';
import { profileSyncState, SYNC_STATE } from '../../lib/background/sync-state';
import { SETTINGS_KEY } from '../../lib/store/settings';
import { toBase64, utf8 } from '../../lib/sync/bytes';
import { aesCipher, isSyncKey, makeKeyCheck, keyFromLegacyExport, newSalt, verifyKeyCheck } from '../../lib/sync/crypto';
import { freshName } from '../store/helpers';

beforeEach(() => fakeBrowser.reset());

describe('moving what earlier versions kept in storage.local', () => {
  it('moves the settings and collapsed states to the profile store and drops the change signal, once', async () => {
    const local = fakeBrowser.storage.local;
    const settings = { version: 1, sync: { enabled: false, encrypt: false }, overlay: { showBadges: true } };
    await local.set({
      'dm:collapsed:cand|23|cv|4557': true,
      'dm:collapsed:nysd|22|cv|10101': false,
      'dm:change': { seq: 1, caseIds: ['cand|23|cv|4557'], at: '2026-01-01T00:00:00Z' },
      [SETTINGS_KEY]: settings,
    });
    const profile = await ProfileStore.open(freshName('profile'));
    expect(await moveOutOfLocalStorage(local as never, profile)).toBe(4);
    expect(await local.get(null)).toEqual({});
    expect(await profile.get(SETTINGS_KEY)).toEqual(settings);
    expect(await isCollapsed(profile, 'cand|23|cv|4557')).toBe(true);
    expect(await isCollapsed(profile, 'nysd|22|cv|10101')).toBe(false);
    expect(await moveOutOfLocalStorage(local as never, profile)).toBe(0);
  });

  it('after the first move, what a page plants in storage.local is removed unread: no settings, no key of its choosing', async () => {
    const local = fakeBrowser.storage.local;
    const profile = await ProfileStore.open(freshName('profile'));
    await moveOutOfLocalStorage(local as never, profile);
    // A Firefox content script (it may write storage.local) plants sync turned on and a key it knows.
    const planted = toBase64(crypto.getRandomValues(new Uint8Array(32)));
    await local.set({
      [SETTINGS_KEY]: { version: 1, sync: { enabled: true, encrypt: true } },
      'dm:sync-state': { key: planted, params: { salt: newSalt(), iterations: 1, check: 'x' } },
      'dm:collapsed:x': true,
      unrelated: 1,
    });
    expect(await moveOutOfLocalStorage(local as never, profile)).toBe(3);
    expect(await local.get(null)).toEqual({ unrelated: 1 });
    expect(await profile.get(SETTINGS_KEY)).toBeUndefined();
    const state = await profileSyncState(profile).read();
    expect(state.key).toBeUndefined();
    expect(state.params).toBeUndefined();
    expect(await isCollapsed(profile, 'x')).toBe(false);
  });

  it('an interrupted move loses nothing: the keys leave storage.local only after the profile store has them', async () => {
    const local = fakeBrowser.storage.local;
    await local.set({ 'dm:collapsed:a': true });
    const profile = await ProfileStore.open(freshName('profile'));
    const failing = { get: (k: string) => profile.get(k), set: async () => Promise.reject(new Error('disk full')) } as unknown as ProfileStore;
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

  it('turns the exported sync key of earlier versions into non-extractable keys in the profile store, keeping the figures', async () => {
    // As earlier versions stored it: the AES key's raw bytes in base64, beside the parameters and figures.
    const aes = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
    const exported = toBase64(new Uint8Array(await crypto.subtle.exportKey('raw', aes)));
    const params = { salt: newSalt(), iterations: 250_000, check: await makeKeyCheck(await keyFromLegacyExport(exported)) };
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const sealed = new Uint8Array([...iv, ...new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, aes, utf8.encode('synced before the upgrade') as BufferSource))]);
    await fakeBrowser.storage.local.set({ 'dm:sync-state': { key: exported, params, lastSyncAt: 1_700_000_000_000, lastError: null, itemsUsed: 4, bytesUsed: 900 } });

    const bg = startBackground({ dbName: freshName('bg') });
    const state = await profileSyncState(await bg.profile).read();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(isSyncKey(state.key)).toBe(true);
    expect(state).toMatchObject({ params, lastSyncAt: 1_700_000_000_000, itemsUsed: 4, bytesUsed: 900 });
    expect(await verifyKeyCheck(state.key!, params.check)).toBe(true);
    expect(utf8.decode(await aesCipher(state.key!).decrypt(sealed))).toBe('synced before the upgrade');
    // Nothing readable is left of the key: the stored value holds CryptoKeys, not bytes.
    expect(JSON.stringify(await (await bg.profile).get(SYNC_STATE))).not.toContain(exported);
  });

  it('drops an old key that does not import (sync then asks for the passphrase again), keeping the figures', async () => {
    await fakeBrowser.storage.local.set({ 'dm:sync-state': { key: 'bm90IGEga2V5', params: { salt: 'c2FsdA==', iterations: 1, check: 'x' }, itemsUsed: 2 } });
    const bg = startBackground({ dbName: freshName('bg') });
    const state = await profileSyncState(await bg.profile).read();
    expect(state.key).toBeUndefined();
    expect(state.params).toBeUndefined();
    expect(state.itemsUsed).toBe(2);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
