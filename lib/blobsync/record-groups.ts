/**
 * Record sets cut by case, and what a space holds of them: the pure helpers the engine pushes
 * and pulls with. `known` maps a record id to the newest stamp a space holds.
 */
import { RECORD_KIND_NAMES, emptyRecordSet, type NoteRecord, type RecordSet } from '../model/schema';

export const KINDS = RECORD_KIND_NAMES;

export const emptySet = (): RecordSet => emptyRecordSet();

function caseIdOf(kind: (typeof KINDS)[number], r: { id: string }): string {
  return kind === 'cases' ? r.id : (r as NoteRecord).caseId;
}

export function byCase(set: RecordSet): Map<string, RecordSet> {
  const out = new Map<string, RecordSet>();
  for (const kind of KINDS) {
    for (const r of set[kind]) {
      const id = caseIdOf(kind, r);
      let g = out.get(id);
      if (!g) out.set(id, (g = emptySet()));
      (g[kind] as { id: string }[]).push(r);
    }
  }
  return out;
}

/** The records of `set` whose stamp `known` does not hold yet; null when there are none. */
export function unknownTo(set: RecordSet, known: Readonly<Record<string, string>>): RecordSet | null {
  const out = emptySet();
  let n = 0;
  for (const kind of KINDS) {
    for (const r of set[kind]) {
      const k = known[r.id];
      if (k === undefined || r.stamp > k) {
        (out[kind] as { id: string }[]).push(r);
        n++;
      }
    }
  }
  return n ? out : null;
}

export function noteKnown(known: Record<string, string>, set: RecordSet): void {
  for (const kind of KINDS) {
    for (const r of set[kind]) {
      const k = known[r.id];
      if (k === undefined || r.stamp > k) known[r.id] = r.stamp;
    }
  }
}

export function recordCount(set: RecordSet): number {
  return KINDS.reduce((n, k) => n + set[k].length, 0);
}

export function concatSets(sets: Iterable<RecordSet>): RecordSet {
  const out = emptySet();
  for (const s of sets) for (const kind of KINDS) (out[kind] as unknown[]).push(...s[kind]);
  return out;
}
