/**
 * The IndexedDB database, owned by the background service worker. One object store per record
 * kind plus `meta` (device id). Indexes serve the product's questions: cases by identity key and
 * loose key (page lookups), children by case, deadlines by due date, everything by stamp (sync and
 * the clock's restart point).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CaseRecord, DeadlineRecord, ExpectedRecord, NoteRecord, PaceRecord, ProductionRecord, RequestRecord } from '../model/schema';
import { CURRENT_VERSION, migrate } from './migrations';

export const DB_NAME = 'docket-margin';

export interface DocketMarginDB extends DBSchema {
  cases: { key: string; value: CaseRecord; indexes: { key: string; looseKey: string; stamp: string } };
  notes: { key: string; value: NoteRecord; indexes: { caseId: string; stamp: string } };
  deadlines: { key: string; value: DeadlineRecord; indexes: { caseId: string; due: string; stamp: string } };
  productions: { key: string; value: ProductionRecord; indexes: { caseId: string; stamp: string } };
  expected: { key: string; value: ExpectedRecord; indexes: { caseId: string; stamp: string } };
  paces: { key: string; value: PaceRecord; indexes: { caseId: string; stamp: string } };
  requests: { key: string; value: RequestRecord; indexes: { caseId: string; stamp: string } };
  meta: { key: string; value: unknown };
}

export type DocketDb = IDBPDatabase<DocketMarginDB>;

export function openDocketDb(name = DB_NAME): Promise<DocketDb> {
  let upgrade: Promise<void> = Promise.resolve();
  const opening = openDB<DocketMarginDB>(name, CURRENT_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      upgrade = migrate(db, oldVersion, tx);
      // A failed step aborts the versionchange transaction: the old database stays as it was.
      upgrade.catch(() => tx.abort());
    },
  });
  return opening.then(async (db) => {
    await upgrade;
    return db;
  });
}
