/**
 * The store's two batch writes, each one IndexedDB transaction: merging records from elsewhere
 * (sync, import) record by record, and import's read-decide-write. The clock observes every stamp
 * written, so later local edits sort after them. The repository announces the changes.
 */
import { parseStamp, type HybridClock } from '../model/hlc';
import { mergeById } from '../model/merge';
import type { AnyRecord, RecordKind, RecordSet } from '../model/schema';
import type { DocketDb } from './db';
import { RECORD_KINDS, RECORD_SCHEMAS, caseIdOf, overlayRecords, readAllRecords } from './records';

/** Below this many incoming records, merge reads each current record by id instead of all. */
const MERGE_GET_ALL_THRESHOLD = 200;

/** Write each incoming record whose stamp is later than the stored one; schema failures are counted, not written. */
export async function mergeRecordSet(
  db: DocketDb,
  clock: HybridClock,
  set: Partial<RecordSet>,
): Promise<{ changed: Set<string>; rejected: number }> {
  let rejected = 0;
  const valid: Partial<Record<RecordKind, AnyRecord[]>> = {};
  for (const kind of RECORD_KINDS) {
    const list = set[kind];
    if (!list?.length) continue;
    const ok: AnyRecord[] = [];
    for (const r of list as unknown[]) {
      const parsed = RECORD_SCHEMAS[kind].safeParse(r);
      if (parsed.success && parseStamp(parsed.data.stamp)) ok.push(parsed.data);
      else rejected++;
    }
    valid[kind] = ok;
  }
  const changed = new Set<string>();
  const kinds = RECORD_KINDS.filter((k) => valid[k]?.length);
  if (!kinds.length) return { changed, rejected };
  const tx = db.transaction(kinds, 'readwrite');
  const writes: Promise<unknown>[] = [];
  for (const kind of kinds) {
    const incoming = valid[kind]!;
    const store = tx.objectStore(kind);
    const current = new Map<string, AnyRecord>();
    if (incoming.length >= MERGE_GET_ALL_THRESHOLD) {
      for (const r of (await store.getAll()) as AnyRecord[]) current.set(r.id, r);
    } else {
      const found = await Promise.all(incoming.map((r) => store.get(r.id) as Promise<AnyRecord | undefined>));
      for (const r of found) if (r) current.set(r.id, r);
    }
    for (const winner of mergeById(current, incoming)) {
      clock.observe(winner.stamp);
      writes.push(store.put(winner as never));
      changed.add(caseIdOf(kind, winner));
    }
  }
  await Promise.all([...writes, tx.done]);
  return { changed, rejected };
}

/**
 * Read everything, decide, write, in one transaction. Answers the decision and the stored state
 * after it committed (so the caller's index refresh spares a re-read). A throwing `decide` aborts.
 */
export async function readDecideWriteIn<T extends { writes: RecordSet; caseIds: Iterable<string> }>(
  db: DocketDb,
  clock: HybridClock,
  decide: (existing: RecordSet) => T,
): Promise<{ decision: T; state: RecordSet }> {
  const tx = db.transaction(RECORD_KINDS, 'readwrite');
  const existing = await readAllRecords(tx);
  let decision: T;
  try {
    decision = decide(existing);
  } catch (error) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw error;
  }
  const writes: Promise<unknown>[] = [];
  for (const kind of RECORD_KINDS) {
    const store = tx.objectStore(kind);
    for (const r of decision.writes[kind]) {
      clock.observe(r.stamp);
      writes.push(store.put(r as never));
    }
  }
  await Promise.all([...writes, tx.done]);
  return { decision, state: overlayRecords(existing, decision.writes) };
}
