/**
 * What this browser profile keeps for itself and never syncs or exports: the overlay's view state
 * (which case panels are collapsed) and sync's own state, its key included as non-extractable
 * CryptoKeys (IndexedDB stores them by structured clone; nothing can read their bytes back).
 * IndexedDB on the extension's origin, which no content script can open: a content script's
 * IndexedDB is the court page's. A database of its own, apart from the records' (lib/store/db.ts),
 * so neither one's migrations touch the other.
 */
import { openDB, type IDBPDatabase } from 'idb';

export const PROFILE_DB_NAME = 'docket-margin-profile';
const STORE = 'kv';

export class ProfileStore {
  private constructor(private readonly db: IDBPDatabase) {}

  static async open(name = PROFILE_DB_NAME): Promise<ProfileStore> {
    const db = await openDB(name, 1, {
      upgrade(d) {
        d.createObjectStore(STORE);
      },
    });
    return new ProfileStore(db);
  }

  async get(key: string): Promise<unknown> {
    return this.db.get(STORE, key);
  }

  async set(key: string, value: unknown): Promise<void> {
    await this.db.put(STORE, value, key);
  }

  async delete(key: string): Promise<void> {
    await this.db.delete(STORE, key);
  }

  close(): void {
    this.db.close();
  }
}

const collapsedKey = (caseId: string): string => `collapsed:${caseId}`;

/** Whether the user collapsed this case's panel on a docket page. */
export async function isCollapsed(store: ProfileStore, caseId: string): Promise<boolean> {
  return (await store.get(collapsedKey(caseId))) === true;
}

export async function setCollapsed(store: ProfileStore, caseId: string, collapsed: boolean): Promise<void> {
  if (collapsed) await store.set(collapsedKey(caseId), true);
  else await store.delete(collapsedKey(caseId));
}
