/**
 * The database's upgrade path, one step per version. Each step turns a database exactly as the
 * previous version left it into the next version, inside the versionchange transaction, so an
 * upgrade either completes whole or leaves the old database untouched.
 *
 * v1: stores cases/notes/deadlines/productions/meta; cases indexed by `key` and `stamp`; children
 *     by `caseId` and `stamp`; deadlines by `due`. Records had no `deleted` flag (deletes removed
 *     rows) and cases had no `looseKey`.
 * v2: tombstones (`deleted`) on every record, so deletes can travel through sync and import, and
 *     `looseKey` on cases with an index, so a caption number without an office finds the saved case.
 * v3: FOIA production tracking: stores `expected` (expected volumes), `paces` (ordered or agreed
 *     rates) and `requests` (FOIA requests), each indexed by `caseId` and `stamp`; every production
 *     gains `referredTo`, `exemptions` and `sourceQuote` (empty), its other fields untouched.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { DocketMarginDB } from './db';

type UpgradeDb = IDBPDatabase<DocketMarginDB>;
type UpgradeTx = IDBPTransaction<DocketMarginDB, StoreNames<DocketMarginDB>[], 'versionchange'>;
export type Migration = (db: UpgradeDb, tx: UpgradeTx) => Promise<void>;

const CHILD_STORES = ['notes', 'deadlines', 'productions'] as const;

/** `court|year|type|serial[|office]` → `court|year|type|serial` (see lib/docket-number/identity.ts). */
export function looseKeyFromKey(key: string): string {
  return key.split('|').slice(0, 4).join('|');
}

const v1: Migration = async (db) => {
  const cases = db.createObjectStore('cases', { keyPath: 'id' });
  cases.createIndex('key', 'key');
  cases.createIndex('stamp', 'stamp');
  for (const name of CHILD_STORES) {
    const store = db.createObjectStore(name, { keyPath: 'id' });
    store.createIndex('caseId', 'caseId');
    store.createIndex('stamp', 'stamp');
    if (name === 'deadlines') (store as unknown as IDBObjectStore).createIndex('due', 'due');
  }
  db.createObjectStore('meta');
};

const v2: Migration = async (_db, tx) => {
  const cases = tx.objectStore('cases');
  cases.createIndex('looseKey', 'looseKey');
  // Backfill inside the upgrade transaction: every request chains on the previous one, so the
  // transaction stays alive and the whole upgrade commits or aborts as one.
  for (let cursor = await cases.openCursor(); cursor; cursor = await cursor.continue()) {
    const old = cursor.value as Record<string, unknown>;
    const key = typeof old.key === 'string' ? old.key : '';
    await cursor.update({ ...old, looseKey: looseKeyFromKey(key), deleted: old.deleted === true } as never);
  }
  for (const name of CHILD_STORES) {
    const store = tx.objectStore(name);
    for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
      const old = cursor.value as Record<string, unknown>;
      if (old.deleted !== undefined) continue;
      await cursor.update({ ...old, deleted: false } as never);
    }
  }
};

/** The stores v3 adds: children of a case, like notes. */
const V3_STORES = ['expected', 'paces', 'requests'] as const;

const v3: Migration = async (db, tx) => {
  for (const name of V3_STORES) {
    const store = db.createObjectStore(name, { keyPath: 'id' });
    store.createIndex('caseId', 'caseId');
    store.createIndex('stamp', 'stamp');
  }
  const productions = tx.objectStore('productions');
  for (let cursor = await productions.openCursor(); cursor; cursor = await cursor.continue()) {
    const old = cursor.value as Record<string, unknown>;
    await cursor.update({
      ...old,
      referredTo: typeof old.referredTo === 'string' ? old.referredTo : '',
      exemptions: Array.isArray(old.exemptions) ? old.exemptions : [],
      sourceQuote: typeof old.sourceQuote === 'string' ? old.sourceQuote : '',
    } as never);
  }
};

/** MIGRATIONS[n] upgrades version n to n + 1 (index 0 creates version 1). */
export const MIGRATIONS: readonly Migration[] = [v1, v2, v3];
export const CURRENT_VERSION = MIGRATIONS.length;

/** Run every step from `oldVersion` up to the current version, in order. */
export async function migrate(db: UpgradeDb, oldVersion: number, tx: UpgradeTx): Promise<void> {
  for (let v = oldVersion; v < MIGRATIONS.length; v++) await MIGRATIONS[v]!(db, tx);
}
