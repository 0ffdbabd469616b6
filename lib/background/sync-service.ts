/**
 * Sync's place in the background: starts and stops the storage.sync replica as the user's
 * settings say (off by default), keeps the passphrase-derived key (non-extractable) and the last
 * status in this profile's own store (sync-state.ts: IndexedDB, never synced, never in
 * storage.local), and answers the options page's `sync/status`, `sync/enable` and `sync/now`.
 */
import { browser } from 'wxt/browser';
import { UserError } from '../messages/user-error';
import { loadSettings, updateSettings, type KeyValueArea } from '../store/settings';
import { META_KEY, parseMeta } from '../sync/codec';
import { deriveKey, newEncryption, PBKDF2_ITERATIONS, verifyKeyCheck, type EncryptionParams, type SyncKey } from '../sync/crypto';
import { CHROME_SYNC_QUOTA } from '../sync/quota';
import { Replica, type ReplicaEncryption, type ReplicaOptions, type ReplicaStatus } from '../sync/replica';
import type { AreaListener, LocalRecords, SyncArea, Timers } from '../sync/ports';
import type { SyncStatus } from '../sync/status';
import type { SyncState, SyncStateStore } from './sync-state';

export const MIN_PASSPHRASE = 8;

/** browser.storage.sync as a SyncArea; its changes come through storage.onChanged (area 'sync'). */
export function browserSyncArea(): SyncArea {
  const sync = browser.storage.sync;
  const wrapped = new Map<AreaListener, (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void>();
  return {
    get: (keys) => sync.get(keys ?? null),
    set: (items) => sync.set(items),
    remove: (keys) => sync.remove(keys),
    onChanged: {
      addListener(fn) {
        const w = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string): void => {
          if (area === 'sync') fn(changes);
        };
        wrapped.set(fn, w);
        browser.storage.onChanged.addListener(w);
      },
      removeListener(fn) {
        const w = wrapped.get(fn);
        if (w) browser.storage.onChanged.removeListener(w);
        wrapped.delete(fn);
      },
    },
  };
}

export interface SyncServiceOptions {
  /** The store (lib/store/repository.ts's Repository), or a promise of it. */
  repo: LocalRecords | Promise<LocalRecords>;
  area?: SyncArea;
  /** Where the settings live (the background's settings area, in the profile store). */
  settings: KeyValueArea;
  /** This profile's sync state and key (profileSyncState of the background's profile store). */
  state: SyncStateStore | Promise<SyncStateStore>;
  /** Calls the listener when the settings change (the settings area's onChange). */
  watchSettings: (listener: () => void) => () => void;
  timers?: Timers;
  /** PBKDF2 iterations for a new passphrase (tests use fewer). */
  iterations?: number;
  replica?: Partial<Omit<ReplicaOptions, 'local' | 'area' | 'timers' | 'encryption' | 'onStatus'>>;
}

export interface SyncService {
  status(): Promise<SyncStatus>;
  /** Turn sync on or off; with a passphrase, on and encrypted (it must match other profiles'). */
  setEnabled(on: boolean, passphrase?: string): Promise<SyncStatus>;
  syncNow(): Promise<SyncStatus>;
  /** Resolves when no change of state and no sync cycle is running. */
  settled(): Promise<void>;
  stop(): Promise<void>;
  /** Message handlers for the router (`registerHandler(type, handler)`). */
  handlers: {
    'sync/status': () => Promise<SyncStatus>;
    'sync/enable': (request: { enabled: boolean; passphrase?: string }) => Promise<SyncStatus>;
    'sync/now': () => Promise<SyncStatus>;
  };
}

export function startSyncService(options: SyncServiceOptions): SyncService {
  const area = options.area ?? browserSyncArea();
  const local = options.settings;
  const iterations = options.iterations ?? PBKDF2_ITERATIONS;
  let replica: Replica | null = null;
  let latest: ReplicaStatus | null = null;
  let stopped = false;

  const readState = async (): Promise<SyncState> => (await options.state).read();
  const writeState = async (patch: Partial<SyncState>): Promise<void> => (await options.state).write(patch);

  const onStatus = (s: ReplicaStatus): void => {
    const before = latest;
    latest = s;
    if (before?.lastSyncAt !== s.lastSyncAt || before?.lastError !== s.lastError) {
      void writeState({ lastSyncAt: s.lastSyncAt, lastError: s.lastError, itemsUsed: s.itemsUsed, bytesUsed: s.bytesUsed }).catch(() => undefined);
    }
  };

  const storedEncryption = async (): Promise<ReplicaEncryption | null> => {
    const st = await readState();
    if (!st.key || !st.params) return null;
    return { key: st.key, params: st.params };
  };

  const stopReplica = async (): Promise<void> => {
    const r = replica;
    replica = null;
    latest = null;
    await r?.stop();
  };

  const startReplica = async (encryption: ReplicaEncryption | null): Promise<void> => {
    await stopReplica();
    if (stopped) return;
    const repo = await options.repo;
    replica = new Replica({ ...options.replica, local: repo, area, timers: options.timers, encryption, onStatus });
    replica.start();
  };

  /** Bring the running replica in line with the settings (they may change from the options page). */
  const reconcile = async (): Promise<void> => {
    const settings = await loadSettings(local);
    if (!settings.sync.enabled) return stopReplica();
    if (replica) return;
    await startReplica(settings.sync.encrypt ? await storedEncryption() : null);
  };

  // Every state change runs in order, so a toggle and a settings echo never interleave.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T,>(fn: () => Promise<T>): Promise<T> => {
    const next = queue.then(fn, fn);
    queue = next.catch(() => undefined);
    return next;
  };

  const status = async (): Promise<SyncStatus> => {
    await queue;
    const settings = await loadSettings(local);
    const st = await readState();
    const s = replica ? (latest ?? replica.status()) : null;
    const at = s?.lastSyncAt ?? st.lastSyncAt;
    return {
      enabled: settings.sync.enabled,
      encrypted: settings.sync.enabled && settings.sync.encrypt && Boolean(st.key),
      locked: s?.locked ?? false,
      lastSyncAt: at === null ? null : new Date(at).toISOString(),
      itemsUsed: s?.itemsUsed ?? st.itemsUsed,
      bytesUsed: s?.bytesUsed ?? st.bytesUsed,
      quotaBytes: CHROME_SYNC_QUOTA.totalBytes,
      quotaItems: CHROME_SYNC_QUOTA.maxItems,
      localOnlyCases: s?.localOnlyCases ?? [],
      lastError: s ? s.lastError : st.lastError,
    };
  };

  /** The key for a passphrase: the other profiles' (checked) if the area is encrypted, else new. */
  const keyFor = async (passphrase: string): Promise<{ key: SyncKey; params: EncryptionParams }> => {
    if (passphrase.length < MIN_PASSPHRASE) throw new UserError(`A sync passphrase needs at least ${MIN_PASSPHRASE} characters.`);
    const meta = parseMeta((await area.get(META_KEY))[META_KEY]);
    if (meta?.enc) {
      const key = await deriveKey(passphrase, meta.enc.salt, meta.enc.iterations);
      if (!(await verifyKeyCheck(key, meta.enc.check)))
        throw new UserError('That passphrase does not open the data your other profiles synced. Nothing was changed.');
      return { key, params: meta.enc };
    }
    return newEncryption(passphrase, iterations);
  };

  const setEnabled = (on: boolean, passphrase?: string): Promise<SyncStatus> =>
    serial(async () => {
      if (!on) {
        await stopReplica();
        // Forget the key: turning sync back on asks for the passphrase again.
        await writeState({ key: undefined, params: undefined });
        await updateSettings(local, { sync: { enabled: false, encrypt: false } });
        return;
      }
      let encryption: ReplicaEncryption | null = null;
      if (passphrase) {
        const { key, params } = await keyFor(passphrase);
        encryption = { key, params };
        await writeState({ key, params });
      } else {
        encryption = await storedEncryption();
      }
      await updateSettings(local, { sync: { enabled: true, encrypt: encryption !== null } });
      await startReplica(encryption);
    }).then(status);

  const syncNow = async (): Promise<SyncStatus> => {
    await queue;
    if (replica) {
      replica.syncSoon();
      await new Promise((r) => setTimeout(r, 0));
      await replica.settled();
    }
    return status();
  };

  void serial(reconcile).catch((e: unknown) => console.error('[docket-margin] sync start', e));
  const unwatch = options.watchSettings(() => {
    void serial(reconcile).catch((e: unknown) => console.error('[docket-margin] sync settings', e));
  });

  return {
    status,
    setEnabled,
    syncNow,
    async settled() {
      await queue;
      await replica?.settled();
    },
    async stop() {
      stopped = true;
      unwatch();
      await serial(stopReplica);
    },
    handlers: {
      'sync/status': status,
      'sync/enable': ({ enabled, passphrase }) => setEnabled(enabled, passphrase),
      'sync/now': syncNow,
    },
  };
}
