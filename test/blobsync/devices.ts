/**
 * Simulated devices for engine tests: each has its own in-memory database (the repository's
 * merge contract), its own engine state and its own client of one shared in-memory store.
 */
import { BlobSyncEngine, type EngineOptions } from '../../lib/blobsync/engine';
import { MemoryBlobStore, type MemoryBlobClient } from '../../lib/blobsync/memory-store';
import { MemoryStateStore } from '../../lib/blobsync/state';
import type { BlobStore } from '../../lib/blobsync/blob-store';
import type { AnyRecord, RecordKind, RecordSet } from '../../lib/model/schema';
import { MemoryRecords } from '../sync/memory-records';

export const ITERATIONS = 1_000;

export interface Device {
  name: string;
  records: MemoryRecords;
  client: MemoryBlobClient;
  state: MemoryStateStore;
  engine: BlobSyncEngine;
  /** Reopen the engine from its saved state (a service worker that slept and woke). */
  restart(): Promise<void>;
}

export async function device(
  server: MemoryBlobStore,
  name: string,
  now: () => number,
  options: Partial<EngineOptions> & { wrapStore?: (c: MemoryBlobClient) => BlobStore } = {},
): Promise<Device> {
  const records = new MemoryRecords(`dev${name}`, now);
  const client = server.client();
  const state = new MemoryStateStore();
  const open = (): Promise<BlobSyncEngine> =>
    BlobSyncEngine.open({ store: options.wrapStore?.(client) ?? client, local: records, state, iterations: ITERATIONS, compactAfter: 4, ...options });
  const d: Device = {
    name,
    records,
    client,
    state,
    engine: await open(),
    async restart() {
      d.engine = await open();
    },
  };
  return d;
}

/** A device's records as comparable text, by kind then id (tombstones included). */
export function contents(set: RecordSet, caseIds?: readonly string[]): string {
  const keep = (kind: RecordKind, r: AnyRecord): boolean =>
    !caseIds || caseIds.includes(kind === 'cases' ? r.id : (r as { caseId: string }).caseId);
  const out: Record<string, unknown[]> = {};
  for (const kind of ['cases', 'notes', 'deadlines', 'productions'] as const) {
    out[kind] = (set[kind] as AnyRecord[])
      .filter((r) => keep(kind, r))
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((r) => JSON.stringify(r, Object.keys(r).sort()));
  }
  return JSON.stringify(out);
}

export function note(d: Device, caseId: string, id: string, text: string, deleted = false): AnyRecord {
  return d.records.write('notes', { id, caseId, deleted, text, createdAt: '2026-01-02T03:04:05.000Z', editedAt: '2026-01-02T03:04:05.000Z' });
}
