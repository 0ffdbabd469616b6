/**
 * The record kinds as the database stores them, and the small pure helpers every store module
 * shares: ids, empty and overlaid record sets, tag normalising.
 */
import type { IDBPTransaction } from 'idb';
import type { DocketDb, DocketMarginDB } from './db';
import {
  CaseRecord,
  DeadlineRecord,
  NoteRecord,
  ProductionRecord,
  type AnyRecord,
  type CaseBundle,
  type RecordKind,
  type RecordSet,
} from '../model/schema';

export const RECORD_KINDS: readonly RecordKind[] = ['cases', 'notes', 'deadlines', 'productions'];
export const CHILD_KINDS = ['notes', 'deadlines', 'productions'] as const;
export type ChildKind = (typeof CHILD_KINDS)[number];

/** Every record of every kind in a transaction over all record stores, tombstones included. */
export async function readAllRecords(tx: IDBPTransaction<DocketMarginDB, RecordKind[], IDBTransactionMode>): Promise<RecordSet> {
  const [cases, notes, deadlines, productions] = await Promise.all([
    tx.objectStore('cases').getAll(),
    tx.objectStore('notes').getAll(),
    tx.objectStore('deadlines').getAll(),
    tx.objectStore('productions').getAll(),
  ]);
  return { cases, notes, deadlines, productions };
}

export const emptyRecordSet = (): RecordSet => ({ cases: [], notes: [], deadlines: [], productions: [] });

/** A case's id follows from its identity, so two profiles that save the same case agree on it. */
export function caseIdFor(key: string): string {
  return `case:${key}`;
}

export function randomId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`;
}

export function newDeviceId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `d${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export const RECORD_SCHEMAS = { cases: CaseRecord, notes: NoteRecord, deadlines: DeadlineRecord, productions: ProductionRecord } as const;

export function caseIdOf(kind: RecordKind, rec: AnyRecord): string {
  return kind === 'cases' ? rec.id : (rec as NoteRecord).caseId;
}

/** `base` with `writes` applied by id: the stored state after a batch commits. */
export function overlayRecords(base: RecordSet, writes: RecordSet): RecordSet {
  const out = emptyRecordSet();
  for (const kind of RECORD_KINDS) {
    if (!writes[kind].length) {
      (out[kind] as AnyRecord[]) = base[kind];
      continue;
    }
    const byId = new Map<string, AnyRecord>(base[kind].map((r) => [r.id, r]));
    for (const r of writes[kind]) byId.set(r.id, r);
    (out[kind] as AnyRecord[]) = [...byId.values()];
  }
  return out;
}

export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const t = raw.trim().slice(0, 60);
    if (t && !seen.has(t.toLowerCase())) {
      seen.add(t.toLowerCase());
      out.push(t);
    }
  }
  return out.slice(0, 50);
}

/** A case with all its records, tombstones included, or null when there is no such case. */
export async function readCaseRecords(db: DocketDb, caseId: string): Promise<CaseBundle | null> {
  const tx = db.transaction(RECORD_KINDS, 'readonly');
  const [c, notes, deadlines, productions] = await Promise.all([
    tx.objectStore('cases').get(caseId),
    tx.objectStore('notes').index('caseId').getAll(caseId),
    tx.objectStore('deadlines').index('caseId').getAll(caseId),
    tx.objectStore('productions').index('caseId').getAll(caseId),
  ]);
  return c ? { case: c, notes, deadlines, productions } : null;
}
