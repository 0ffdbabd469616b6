/**
 * Per-record merge: last writer wins by HLC stamp (the stamp ends in the device id, so two profiles
 * never tie). Deletes are tombstones (`deleted: true`) that win or lose like any other write, so an
 * edit to one note never touches another note. Pure: used by import, the sync replica and tests.
 */
import type { RecordMeta } from './schema';

/** True when `incoming` should replace `current` (a later stamp wins; unknown current always loses). */
export function isNewer(incoming: Pick<RecordMeta, 'stamp'>, current: Pick<RecordMeta, 'stamp'> | undefined): boolean {
  return current === undefined || incoming.stamp > current.stamp;
}

/** The winner of two versions of one record. */
export function pickWinner<T extends Pick<RecordMeta, 'stamp'>>(a: T, b: T): T {
  return isNewer(b, a) ? b : a;
}

/**
 * Merge an incoming batch into a map of current records by id. Returns the records that won
 * (to be written) without mutating `current`.
 */
export function mergeById<T extends Pick<RecordMeta, 'id' | 'stamp'>>(current: ReadonlyMap<string, T>, incoming: Iterable<T>): T[] {
  const winners = new Map<string, T>();
  for (const rec of incoming) {
    const best = winners.get(rec.id) ?? current.get(rec.id);
    if (isNewer(rec, best)) winners.set(rec.id, rec);
  }
  return [...winners.values()];
}
