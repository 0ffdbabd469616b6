/**
 * Earlier versions kept in storage.local, which content scripts can read (all of Firefox, Chrome
 * before 140), more than the settings: each panel's collapsed state (`dm:collapsed:<caseId>`,
 * case ids follow docket numbers), the change signal (`dm:change`, naming the changed cases) and
 * sync's state (`dm:sync-state`), whose `key` was the raw AES key in base64: whoever read it could
 * open everything synced. The key becomes a non-extractable SyncKey in the profile store.
 * Moved out at each service-worker start, before anything else reads them: written to the profile
 * store first, then removed, so a start interrupted halfway loses nothing and the next finishes.
 */
import { CHANGE_KEY } from '../messages/change';
import { keyFromLegacyExport, type SyncKey } from '../sync/crypto';
import { setCollapsed, type ProfileStore } from './profile-store';
import { parseSyncState, profileSyncState } from './sync-state';

export interface LocalArea {
  get(keys: null): Promise<Record<string, unknown>>;
  remove(keys: string[]): Promise<void>;
}

const LEGACY_COLLAPSED = 'dm:collapsed:';
export const LEGACY_SYNC_STATE = 'dm:sync-state';

/** The old sync state, its exported key made a SyncKey (a key that does not import is dropped: sync then asks for the passphrase again). */
async function moveSyncState(raw: unknown, profile: ProfileStore): Promise<void> {
  const state = parseSyncState(raw);
  const exported = typeof raw === 'object' && raw !== null ? (raw as { key?: unknown }).key : undefined;
  let key: SyncKey | undefined;
  if (typeof exported === 'string') key = await keyFromLegacyExport(exported).catch(() => undefined);
  await profileSyncState(profile).write({ ...state, key, params: key ? state.params : undefined });
}

/** Move the legacy keys out of storage.local; answers how many it removed. */
export async function moveOutOfLocalStorage(local: LocalArea, profile: ProfileStore): Promise<number> {
  const all = await local.get(null);
  const gone: string[] = [];
  for (const [key, value] of Object.entries(all)) {
    if (key.startsWith(LEGACY_COLLAPSED)) {
      if (value === true) await setCollapsed(profile, key.slice(LEGACY_COLLAPSED.length), true);
      gone.push(key);
    } else if (key === CHANGE_KEY) {
      gone.push(key);
    } else if (key === LEGACY_SYNC_STATE) {
      await moveSyncState(value, profile);
      gone.push(key);
    }
  }
  if (gone.length) await local.remove(gone);
  return gone.length;
}
