/**
 * What every engine step shares: the store, the local records, the device's state and the keys
 * derived from it (cached: key derivation is the costly part of opening a file), and the small
 * operations on one space that pull, push and sharing all use.
 */
import type { RecordSet } from '../model/schema';
import { fromBase64 } from '../sync/bytes';
import { isPrecondition, type BlobStore } from './blob-store';
import type { SpaceFile } from './files';
import {
  decodeKey,
  fileKey,
  keyFileBytes,
  PBKDF2_ITERATIONS,
  readKeyFileHeader,
  ringWrapKey,
  spaceIdFor,
  type KeyFileHeader,
  type KeySecret,
  type Ring,
} from './keys';
import { spaceFileName } from './names';
import { openPayload, sealedKeyId, type FilePayload } from './payload';
import type { EngineState, SpaceState, StateStore, StoredKey } from './state';

/** What the engine needs from the local store (lib/store/repository.ts provides it). */
export interface BlobLocal {
  getAllRecords(): Promise<RecordSet>;
  mergeRecords(set: Partial<RecordSet>): Promise<{ changedCaseIds: string[] }>;
}

export interface EngineOptions {
  store: BlobStore;
  local: BlobLocal;
  state: StateStore;
  /** PBKDF2 iterations for new ring files and passphrase wraps (tests use few). */
  iterations?: number;
  /** Own segments in a space before a snapshot replaces them. */
  compactAfter?: number;
  /** Which local cases go to the store (default: every case). */
  include?: (caseId: string) => boolean;
  /** Requests in flight at once. */
  concurrency?: number;
}

export interface CycleReport {
  filesRead: number;
  segmentsWritten: number;
  snapshotsWritten: number;
  filesDeleted: number;
  /** Files that did not open (cut off, altered, sealed with a key we lack): ignored, never applied. */
  filesIgnored: number;
  recordsMerged: number;
  /** Spaces this device cannot write to: a newer key epoch it does not hold (ask for the new passphrase). */
  blocked: { space: string; caseId: string | null }[];
}

export const emptyReport = (): CycleReport => ({
  filesRead: 0,
  segmentsWritten: 0,
  snapshotsWritten: 0,
  filesDeleted: 0,
  filesIgnored: 0,
  recordsMerged: 0,
  blocked: [],
});

/** Setup problems the user must act on (wrong passphrase, no ring yet). */
export class BlobSyncSetupError extends Error {
  override name = 'BlobSyncSetupError';
}

export class EngineCore {
  readonly store: BlobStore;
  readonly local: BlobLocal;
  readonly iterations: number;
  readonly compactAfter: number;
  readonly include: (caseId: string) => boolean;
  readonly concurrency: number;
  private readonly stateStore: StateStore;
  private readonly fileKeys = new Map<string, Promise<CryptoKey>>();
  private readonly headers = new Map<string, KeyFileHeader | null>();
  private readonly personal = new Map<string, string>();
  private ringWrap: Promise<CryptoKey> | null = null;
  /** Spaces changed since the last save. */
  private dirty = new Set<string>();

  constructor(options: EngineOptions, public state: EngineState) {
    this.store = options.store;
    this.local = options.local;
    this.stateStore = options.state;
    this.iterations = options.iterations ?? PBKDF2_ITERATIONS;
    this.compactAfter = options.compactAfter ?? 8;
    this.include = options.include ?? (() => true);
    this.concurrency = options.concurrency ?? 4;
  }

  get writer(): string {
    return this.state.writer;
  }

  touch(space: string): void {
    this.dirty.add(space);
  }

  async save(): Promise<void> {
    const spaces = [...this.dirty];
    this.dirty = new Set();
    await this.stateStore.save(this.state, spaces);
  }

  ring(): Ring {
    if (!this.state.ring) throw new BlobSyncSetupError('Set up the key ring first (your sync passphrase).');
    return { id: this.state.ring.id, raw: fromBase64(this.state.ring.raw) };
  }

  /** Forget what was derived from the old ring (space ids, wrap key). */
  ringChanged(): void {
    this.ringWrap = null;
    this.personal.clear();
  }

  ringKey(): Promise<CryptoKey> {
    this.ringWrap ??= ringWrapKey(this.ring());
    return this.ringWrap;
  }

  async personalSpace(caseId: string): Promise<string> {
    let id = this.personal.get(caseId);
    if (id === undefined) this.personal.set(caseId, (id = await spaceIdFor(this.ring(), caseId)));
    return id;
  }

  fileKey(k: StoredKey): Promise<CryptoKey> {
    let key = this.fileKeys.get(k.id);
    if (!key) this.fileKeys.set(k.id, (key = fileKey(decodeKey(k))));
    return key;
  }

  /** A key file's header (key files never change, so each is read once per session). */
  async header(name: string): Promise<KeyFileHeader | null> {
    if (this.headers.has(name)) return this.headers.get(name)!;
    const got = await this.store.get(name);
    const h = got ? readKeyFileHeader(got.bytes) : null;
    if (got) this.headers.set(name, h);
    return h;
  }

  /** Create one of our own files; a 412 means an earlier attempt left it there: replace it. */
  async putOwn(name: string, bytes: Uint8Array): Promise<void> {
    try {
      await this.store.put(name, bytes, { ifNoneMatch: '*' });
    } catch (error) {
      if (!isPrecondition(error)) throw error;
      const existing = await this.store.get(name);
      await this.store.put(name, bytes, existing ? { ifMatch: existing.etag } : { ifNoneMatch: '*' });
    }
  }

  /** A new key file of ours in the space, wrapping every key we hold there. */
  async putKeyFile(space: string, st: SpaceState, secret: KeySecret): Promise<void> {
    const n = st.keyFileN + 1;
    const name = spaceFileName('key', space, this.writer, n);
    await this.putOwn(name, await keyFileBytes(st.keys.map(decodeKey), name, secret));
    st.keyFileN = n;
    st.keyFiles.push(name);
    this.touch(space);
  }

  /** Open one snapshot or segment of a space, or null (remembering the version that failed). */
  async openFile(st: SpaceState, f: SpaceFile): Promise<FilePayload | null> {
    const got = await this.store.get(f.name);
    if (!got) return null;
    const keyId = sealedKeyId(got.bytes);
    const k = keyId ? st.keys.find((x) => x.id === keyId) : undefined;
    const payload = k ? await openPayload(f.name, got.bytes, await this.fileKey(k), st.caseId) : null;
    if (!payload) st.bad[f.name] = f.etag;
    return payload;
  }

  /** The space a case's edits go to: a shared space holding it if we hold one, else our own. */
  async writeSpace(caseId: string): Promise<string> {
    let shared: string | null = null;
    for (const [space, st] of Object.entries(this.state.spaces)) {
      if (st.caseId === caseId && st.shared && st.keys.length && (shared === null || space < shared)) shared = space;
    }
    return shared ?? this.personalSpace(caseId);
  }
}
