/**
 * What a device remembers about the store between cycles (and service-worker restarts): its
 * writer id and ring, and per case space the keys it holds, what it has merged (version vector,
 * snapshots read, files that did not open) and which record versions the space already holds, so
 * a push sends only what changed. Saved space by space: a cycle rewrites only the spaces it touched.
 */
import { emptyCoverage, type Coverage, type Vector } from './vector';

export interface StoredKey {
  id: string;
  epoch: number;
  /** base64 raw key: kept in this profile's local storage, never in storage.sync. */
  raw: string;
}

export interface SpaceState {
  /** The case this space holds: known when we created it, or from the first file we opened. */
  caseId: string | null;
  keys: StoredKey[];
  /** Key files already read, whether they opened or not (key files never change). */
  keyFiles: string[];
  /** The highest epoch any key file of the space announces (we may not hold it). */
  topEpoch: number;
  /** Some key file wraps the space's keys with a passphrase: the case is shared. */
  shared: boolean;
  /** This device's last segment number, last snapshot number and last key file number here. */
  seq: number;
  snap: number;
  /** Our own segments up to this number are in our last snapshot (compaction runs after more). */
  compacted: number;
  keyFileN: number;
  coverage: Coverage;
  /** Snapshots merged (or written) here, with the vector each one covers. */
  snapshots: Record<string, Vector>;
  /** Files that did not open, by the version (etag) that failed: tried again only when it changes. */
  bad: Record<string, string>;
  /** Record id → the newest stamp the space holds (pulled or pushed). */
  known: Record<string, string>;
}

export interface EngineState {
  writer: string;
  ring: { id: string; raw: string } | null;
  /** Key files of spaces we hold no key for, which opened with nothing we have. */
  opaque: string[];
  spaces: Record<string, SpaceState>;
}

export function newSpaceState(caseId: string | null): SpaceState {
  return { caseId, keys: [], keyFiles: [], topEpoch: 0, shared: false, seq: 0, snap: 0, compacted: 0, keyFileN: 0, coverage: emptyCoverage(), snapshots: {}, bad: {}, known: {} };
}

/** Where the engine keeps its state (storage.local in the extension, memory in tests). */
export interface StateStore {
  load(): Promise<EngineState | null>;
  /** `spaces`: the ids of the spaces that changed (the rest of `state.spaces` is as last saved). */
  save(state: EngineState, spaces: Iterable<string>): Promise<void>;
}

export class MemoryStateStore implements StateStore {
  private saved: EngineState | null = null;
  saves = 0;
  async load(): Promise<EngineState | null> {
    return this.saved ? structuredClone(this.saved) : null;
  }
  async save(state: EngineState): Promise<void> {
    this.saves++;
    this.saved = structuredClone(state);
  }
}

/** The key new files are sealed with: the newest epoch's, and of two in one epoch the lower id. */
export function writeKeyOf(st: SpaceState): StoredKey {
  let best = st.keys[0]!;
  for (const k of st.keys) if (k.epoch > best.epoch || (k.epoch === best.epoch && k.id < best.id)) best = k;
  return best;
}

/** Add keys to a space; answers whether any was new. */
export function addKeys(st: SpaceState, keys: readonly StoredKey[]): boolean {
  let added = false;
  for (const k of keys) {
    if (st.keys.some((x) => x.id === k.id)) continue;
    st.keys.push(k);
    st.topEpoch = Math.max(st.topEpoch, k.epoch);
    added = true;
  }
  // Files that did not open may have been sealed with a key we now hold.
  if (added) st.bad = {};
  return added;
}

/** The space cannot take our writes: it announces an epoch whose key we do not hold. */
export function isBlocked(st: SpaceState): boolean {
  return !st.keys.length || writeKeyOf(st).epoch < st.topEpoch;
}
