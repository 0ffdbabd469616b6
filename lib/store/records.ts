/**
 * The record kinds as the database stores them, and the small pure helpers every store module
 * shares: ids, empty and overlaid record sets, tag normalising.
 */
import type { IDBPTransaction } from 'idb';
import type { DocketDb, DocketMarginDB } from './db';
import {
  CHILD_KIND_NAMES,
  CHILD_SCHEMAS,
  CaseRecord,
  RECORD_KIND_NAMES,
  emptyBundle,
  emptyRecordSet,
  type AnyRecord,
  type CaseBundle,
  type ChildKind,
  type RecordKind,
  type RecordSet,
} from '../model/schema';

export const RECORD_KINDS: readonly RecordKind[] = RECORD_KIND_NAMES;
export const CHILD_KINDS: readonly ChildKind[] = CHILD_KIND_NAMES;
export type { ChildKind };
export { emptyRecordSet };

/** Every record of every kind in a transaction over all record stores, tombstones included. */
export async function readAllRecords(tx: IDBPTransaction<DocketMarginDB, RecordKind[], IDBTransactionMode>): Promise<RecordSet> {
  const lists = await Promise.all(RECORD_KINDS.map((kind) => tx.objectStore(kind).getAll() as Promise<AnyRecord[]>));
  const set = emptyRecordSet();
  RECORD_KINDS.forEach((kind, i) => ((set[kind] as AnyRecord[]) = lists[i]!));
  return set;
}

/** A case's id follows from its identity, so two profiles that save the same case agree on it. */
export function caseIdFor(key: string): string {
  return `case:${key}`;
}

/** How each child kind's record ids begin (`note-…`, `pace-…`), wherever a record is made. */
const ID_PREFIX: Record<ChildKind, string> = {
  notes: 'note',
  deadlines: 'deadline',
  productions: 'production',
  expected: 'expected',
  paces: 'pace',
  requests: 'request',
};

/** A new random id for a record of `kind`. */
export function newRecordId(kind: ChildKind): string {
  return `${ID_PREFIX[kind]}-${crypto.randomUUID()}`;
}

export function newDeviceId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `d${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export const RECORD_SCHEMAS = { cases: CaseRecord, ...CHILD_SCHEMAS } as const;

export function caseIdOf(kind: RecordKind, rec: AnyRecord): string {
  return kind === 'cases' ? rec.id : (rec as { caseId: string }).caseId;
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

/** Every case of a record set with its records, tombstones included. */
export function bundlesOf(set: RecordSet): CaseBundle[] {
  const byCase = new Map(set.cases.map((c) => [c.id, emptyBundle(c)]));
  for (const kind of CHILD_KINDS) for (const r of set[kind]) (byCase.get(r.caseId)?.[kind] as AnyRecord[] | undefined)?.push(r);
  return [...byCase.values()];
}

/** A case with all its records, tombstones included, or null when there is no such case. */
export async function readCaseRecords(db: DocketDb, caseId: string): Promise<CaseBundle | null> {
  const tx = db.transaction(RECORD_KINDS, 'readonly');
  const [c, ...children] = await Promise.all([
    tx.objectStore('cases').get(caseId),
    ...CHILD_KINDS.map((kind) => tx.objectStore(kind).index('caseId').getAll(caseId) as Promise<AnyRecord[]>),
  ]);
  if (!c) return null;
  const bundle = { case: c } as CaseBundle;
  CHILD_KINDS.forEach((kind, i) => ((bundle[kind] as AnyRecord[]) = children[i] as AnyRecord[]));
  return bundle;
}
