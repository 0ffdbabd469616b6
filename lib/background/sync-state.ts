/**
 * This profile's sync state: the key (non-extractable CryptoKeys), the encryption parameters
 * other profiles share, and the last cycle's figures for the options page. Kept in the profile
 * store (IndexedDB on the extension's origin), never in storage.local, which content scripts can
 * read wherever the browser cannot close it (Firefox, Chrome before 140).
 */
import { z } from 'zod';
import { isSyncKey, type EncryptionParams, type SyncKey } from '../sync/crypto';
import type { ProfileStore } from './profile-store';

export const SYNC_STATE = 'sync-state';

export const Figures = z.object({
  params: z.object({ salt: z.string().max(64), iterations: z.number().int(), check: z.string().max(256) }).optional(),
  lastSyncAt: z.number().nullable().default(null),
  lastError: z.string().max(2_000).nullable().default(null),
  itemsUsed: z.number().default(0),
  bytesUsed: z.number().default(0),
});

export interface SyncState extends z.infer<typeof Figures> {
  key?: SyncKey;
  params?: EncryptionParams;
}

export interface SyncStateStore {
  read(): Promise<SyncState>;
  /** Merge `patch` into the state; a key or params set to undefined is forgotten. */
  write(patch: Partial<SyncState>): Promise<void>;
}

/** A stored value as state: what does not validate counts as absent (a key only if it is a real non-extractable SyncKey). */
export function parseSyncState(raw: unknown): SyncState {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const figures = Figures.safeParse({ ...value, key: undefined });
  const state: SyncState = figures.success ? figures.data : Figures.parse({});
  if (isSyncKey(value.key)) state.key = value.key;
  return state;
}

export function profileSyncState(store: ProfileStore): SyncStateStore {
  const read = async (): Promise<SyncState> => parseSyncState(await store.get(SYNC_STATE));
  return {
    read,
    async write(patch) {
      const next: Record<string, unknown> = { ...(await read()), ...patch };
      for (const k of Object.keys(next)) if (next[k] === undefined) delete next[k];
      await store.set(SYNC_STATE, next);
    },
  };
}
