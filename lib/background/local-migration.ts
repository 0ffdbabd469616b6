/**
 * Earlier versions kept in storage.local, which content scripts can read (all of Firefox, Chrome
 * before 140), more than the settings: each panel's collapsed state (`dm:collapsed:<caseId>`,
 * case ids follow docket numbers) and the change signal (`dm:change`, naming the changed cases).
 * Moved out at each service-worker start, before anything else reads them: written to the profile
 * store first, then removed, so a start interrupted halfway loses nothing and the next finishes.
 */
import { CHANGE_KEY } from '../messages/change';
import { setCollapsed, type ProfileStore } from './profile-store';

export interface LocalArea {
  get(keys: null): Promise<Record<string, unknown>>;
  remove(keys: string[]): Promise<void>;
}

const LEGACY_COLLAPSED = 'dm:collapsed:';

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
    }
  }
  if (gone.length) await local.remove(gone);
  return gone.length;
}
