/**
 * What the storage.sync replica works against: the store (LocalRecords, which lib/store's
 * Repository provides), the sync area (browser.storage.sync, or a fake in tests) and the clock.
 */
import type { RecordSet } from '../model/schema';

/** What the replica needs from the store (lib/store/repository.ts provides exactly this). */
export interface LocalRecords {
  /** Every record, tombstones included. */
  getAllRecords(): Promise<RecordSet>;
  /** Per-record last-writer-wins merge; the store broadcasts the change to open tabs itself. */
  mergeRecords(set: Partial<RecordSet>): Promise<{ changedCaseIds: string[] }>;
  onChange(listener: (caseIds: string[]) => void): () => void;
}

export interface StorageChangeLike {
  oldValue?: unknown;
  newValue?: unknown;
}
export type AreaListener = (changes: Record<string, StorageChangeLike>) => void;

/** The part of a storage area the replica uses (browser.storage.sync, or a fake in tests). */
export interface SyncArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  getBytesInUse?(keys?: string | string[] | null): Promise<number>;
  onChanged: { addListener(fn: AreaListener): void; removeListener(fn: AreaListener): void };
}

export interface Timers {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimers: Timers = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};
