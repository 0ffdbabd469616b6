/**
 * The background's sync service: off by default, turned on and off through its handlers, the
 * passphrase checked against what other profiles synced, locked without it, and following the
 * settings when the options page changes them.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ProfileStore } from '../../lib/background/profile-store';
import { startSyncService, type SyncService } from '../../lib/background/sync-service';
import { profileSyncState, SYNC_STATE, type SyncStateStore } from '../../lib/background/sync-state';
import { loadSettings, updateSettings, type KeyValueArea } from '../../lib/store/settings';
import { caseItemKey, META_KEY } from '../../lib/sync/codec';
import type { NoteRecord } from '../../lib/model/schema';
import { caseFields, MemoryRecords, noteFields } from './memory-records';
import { freshName } from '../store/helpers';
import { mulberry32, Sim, SyncServer, type ProfileArea } from './fake-sync';

function memoryLocal(): KeyValueArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    async get(key) {
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(items) {
      Object.assign(data, structuredClone(items));
    },
  };
}

class World {
  readonly sim = new Sim(Date.UTC(2026, 5, 1));
  readonly server = new SyncServer(this.sim, mulberry32(7));
  readonly services: SyncService[] = [];

  profile(name: string): {
    records: MemoryRecords;
    area: ProfileArea;
    local: ReturnType<typeof memoryLocal>;
    store: Promise<ProfileStore>;
    state: Promise<SyncStateStore>;
    service: SyncService;
    settingsChanged: () => void;
  } {
    const records = new MemoryRecords(name, () => this.sim.now());
    const area = this.server.connect();
    const local = memoryLocal();
    // The real profile store (fake-indexeddb), so the key goes through a structured clone as it does in the browser.
    const store = ProfileStore.open(freshName(`sync-${name}`));
    const state = store.then(profileSyncState);
    let notify = (): void => undefined;
    const service = startSyncService({
      repo: records,
      area,
      settings: local,
      state,
      timers: this.sim,
      iterations: 100_000,
      watchSettings: (listener) => {
        notify = listener;
        return () => undefined;
      },
      replica: { debounceMs: 200 },
    });
    this.services.push(service);
    return { records, area, local, store, state, service, settingsChanged: () => notify() };
  }

  async run(): Promise<void> {
    const settle = async (): Promise<void> => {
      await Promise.all(this.services.map((s) => s.settled()));
    };
    await settle();
    expect(await this.sim.run(settle)).toBe(true);
  }
}

describe('sync service', () => {
  it('is off by default: nothing reaches storage.sync', async () => {
    const w = new World();
    const a = w.profile('a');
    a.records.write('cases', caseFields('case:1'));
    await w.run();
    expect(a.area.snapshot()).toEqual({});
    const status = await a.service.status();
    expect(status).toMatchObject({ enabled: false, encrypted: false, locked: false, lastSyncAt: null, itemsUsed: 0, quotaBytes: 102_400, quotaItems: 512 });
  });

  it('turned on, it syncs and reports usage; turned off, it stops writing and keeps local data', async () => {
    const w = new World();
    const a = w.profile('a');
    a.records.write('cases', caseFields('case:1'));
    const on = await a.service.handlers['sync/enable']({ enabled: true });
    expect(on.enabled).toBe(true);
    expect((await loadSettings(a.local)).sync).toMatchObject({ enabled: true, encrypt: false });
    await w.run();
    expect(a.area.snapshot()[caseItemKey('case:1')]).toBeDefined();
    const status = await a.service.handlers['sync/status']();
    const at = Date.parse(status.lastSyncAt ?? '');
    expect(at).toBeGreaterThanOrEqual(Date.UTC(2026, 5, 1));
    expect(at).toBeLessThanOrEqual(w.sim.now());
    expect(status.itemsUsed).toBe(Object.keys(a.area.snapshot()).length);
    expect(status.bytesUsed).toBeGreaterThan(0);

    await a.service.setEnabled(false);
    expect((await loadSettings(a.local)).sync.enabled).toBe(false);
    a.records.write('cases', caseFields('case:2'));
    await w.run();
    expect(a.area.snapshot()[caseItemKey('case:2')]).toBeUndefined();
    expect(a.records.snapshot().cases).toHaveLength(2);
  });

  it('with a passphrase: ciphertext only; other profiles need the same passphrase, and are locked without it', async () => {
    const w = new World();
    const a = w.profile('a');
    a.records.write('cases', caseFields('case:cand:21-cv-02632', 'Doe v. ICE'));
    a.records.write('notes', noteFields('n', 'case:cand:21-cv-02632', 'call the AUSA'));
    await expect(a.service.setEnabled(true, 'short')).rejects.toThrow(/at least 8 characters/);
    const on = await a.service.setEnabled(true, 'correct horse battery');
    expect(on).toMatchObject({ enabled: true, encrypted: true });
    await w.run();
    const synced = JSON.stringify(w.server.snapshot());
    expect(synced).not.toMatch(/Doe v\. ICE|AUSA|21-cv/);
    expect(w.server.snapshot()[META_KEY]).toMatchObject({ v: 1, enc: { iterations: 100_000 } });
    // The derived key stays on this profile, in its own store as non-extractable keys, beside the
    // settings; nothing anywhere holds the passphrase.
    expect(Object.keys(a.local.data)).toEqual(['dm:settings']);
    const kept = (await (await a.store).get(SYNC_STATE)) as { key: { aes: CryptoKey; names: CryptoKey } };
    expect(kept.key.aes.extractable).toBe(false);
    expect(kept.key.names.extractable).toBe(false);
    expect(JSON.stringify(kept)).not.toContain('correct horse');

    const b = w.profile('b');
    await expect(b.service.setEnabled(true, 'wrong horse battery')).rejects.toThrow(/does not open/);
    expect((await loadSettings(b.local)).sync.enabled).toBe(false);

    await b.service.setEnabled(true);
    await w.run();
    const locked = await b.service.status();
    expect(locked).toMatchObject({ enabled: true, locked: true });
    expect(locked.lastError).toMatch(/passphrase/);
    expect(b.records.snapshot().cases).toEqual([]);

    await b.service.setEnabled(true, 'correct horse battery');
    await w.run();
    expect(await b.service.status()).toMatchObject({ locked: false, encrypted: true, lastError: null });
    expect((b.records.get('notes', 'n') as NoteRecord).text).toBe('call the AUSA');
  });

  it('follows the settings when the options page changes them', async () => {
    const w = new World();
    const a = w.profile('a');
    a.records.write('cases', caseFields('case:s'));
    await updateSettings(a.local, { sync: { enabled: true } });
    a.settingsChanged();
    await w.run();
    expect(a.area.snapshot()[caseItemKey('case:s')]).toBeDefined();
    await updateSettings(a.local, { sync: { enabled: false } });
    a.settingsChanged();
    await w.run();
    a.records.write('cases', caseFields('case:t'));
    await w.run();
    expect(a.area.snapshot()[caseItemKey('case:t')]).toBeUndefined();
  });

  it('starts syncing on a service-worker restart when it was left on', async () => {
    const w = new World();
    const a = w.profile('a');
    await a.service.setEnabled(true, 'correct horse battery');
    await a.service.stop();
    a.records.write('cases', caseFields('case:r'));
    // A new worker: the key comes back from the profile store (a fresh read of the same database).
    const again = startSyncService({ repo: a.records, area: a.area, settings: a.local, state: a.state, timers: w.sim, watchSettings: () => () => undefined });
    w.services.push(again);
    await w.run();
    expect(await again.status()).toMatchObject({ enabled: true, encrypted: true, locked: false });
    expect(Object.keys(a.area.snapshot()).filter((k) => k.startsWith('c:'))).toHaveLength(1);
    expect(JSON.stringify(a.area.snapshot())).not.toContain('case:r');
  });
});
