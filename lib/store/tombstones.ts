/**
 * Tombstones: deletes are kept as records so they travel through sync and export; after the
 * horizon every profile has long seen them and they are dropped.
 */
import { parseStamp } from '../model/hlc';
import type { AnyRecord } from '../model/schema';
import type { DocketDb } from './db';
import { RECORD_KINDS } from './records';

export const TOMBSTONE_HORIZON_MS = 180 * 24 * 60 * 60 * 1000;
const PURGE_INTERVAL_MS = 24 * 60 * 60 * 1000;

/**
 * Purge at most once a day: the service worker starts many times a day and a purge walks every
 * record. Returns the number purged, or null when it was not due.
 */
export async function purgeTombstonesIfDue(db: DocketDb, now: number): Promise<number | null> {
  const last = await db.get('meta', 'lastPurge');
  if (typeof last === 'number' && now - last < PURGE_INTERVAL_MS && last <= now) return null;
  const purged = await purgeTombstones(db, now);
  await db.put('meta', now, 'lastPurge');
  return purged;
}

/** Drop tombstones older than the horizon (180 days): every profile has long seen them by then. */
export async function purgeTombstones(db: DocketDb, now: number): Promise<number> {
  const cutoff = now - TOMBSTONE_HORIZON_MS;
  const tx = db.transaction(RECORD_KINDS, 'readwrite');
  let purged = 0;
  for (const kind of RECORD_KINDS) {
    for (let cursor = await tx.objectStore(kind).openCursor(); cursor; cursor = await cursor.continue()) {
      const r = cursor.value as AnyRecord;
      const ms = parseStamp(r.stamp)?.ms;
      if (r.deleted && ms !== undefined && ms < cutoff) {
        await cursor.delete();
        purged++;
      }
    }
  }
  await tx.done;
  return purged;
}
