/**
 * Earlier versions kept in storage.local, which content scripts can read and write (all of
 * Firefox, Chrome before 140): the settings (`dm:settings`), each panel's collapsed state
 * (`dm:collapsed:<caseId>`, case ids follow docket numbers), the change signal (`dm:change`,
 * naming the changed cases) and sync's state (`dm:sync-state`), whose `key` was the raw AES key in
 * base64: whoever read it could open everything synced. All of it moves to the profile store, the
 * key as a non-extractable SyncKey.
 *
 * Once per profile: the first start of this version moves them (written to the profile store
 * first, then removed, so a start interrupted halfway loses nothing and the next finishes) and
 * marks the profile store. Every later start only removes those keys unread: a court page that
 * planted a settings object or a sync key of its own choosing in storage.local gets nothing used.
 */
import { CHANGE_KEY } from '../messages/change';
import { SETTINGS_KEY } from '../store/settings';
import { keyFromLegacyExport, type SyncKey } from '../sync/crypto';
import { setCollapsed, type ProfileStore } from './profile-store';
import { parseSyncState, profileSyncState } from './sync-state';


export interface LocalArea {
  get(keys: null): Promise<Record<string, unknown>>;
  remove(keys: string[]): Promise<void>;
}

const LEGACY_COLLAPSED = 'dm:collapsed:';
export const LEGACY_SYNC_STATE = 'dm:sync-state';
/** In the profile store once the move is done. */
export const MOVED_MARK = 'moved-out-of-storage-local';

const isLegacyKey = (key: string): boolean => key.startsWith(LEGACY_COLLAPSED) || key === CHANGE_KEY || key === LEGACY_SYNC_STATE || key === SETTINGS_KEY;

/** The old sync state, its exported key made a SyncKey (a key that does not import is dropped: sync then asks for the passphrase again). */
async function moveSyncState(raw: unknown, profile: ProfileStore): Promise<void> {
  const state = parseSyncState(raw);
  const exported = typeof raw === 'object' && raw !== null ? (raw as { key?: unknown }).key : undefined;
  let key: SyncKey | undefined;
  if (typeof exported === 'string') key = await keyFromLegacyExport(exported).catch(() => undefined);
  await profileSyncState(profile).write({ ...state, key, params: key ? state.params : undefined });
}

/** Move the legacy keys out of storage.local (once; later, remove them unread); answers how many it removed. */
export async function moveOutOfLocalStorage(local: LocalArea, profile: ProfileStore): Promise<number> {
  const all = await local.get(null);
  const moved = (await profile.get(MOVED_MARK)) === true;
  const gone: string[] = [];
  for (const [key, value] of Object.entries(all)) {
    if (!isLegacyKey(key)) continue;
    if (moved) {
      gone.push(key);
    } else if (key === SETTINGS_KEY) {
      await profile.set(SETTINGS_KEY, value);
      gone.push(key);
    } else if (key.startsWith(LEGACY_COLLAPSED)) {
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
  if (!moved) await profile.set(MOVED_MARK, true);
  return gone.length;
}
