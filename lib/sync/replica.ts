/**
 * The storage.sync replica. IndexedDB (behind `LocalRecords`) is the source of truth; the sync
 * area is a copy that the browser carries to the user's other profiles. One cycle:
 *   1. read the whole area; if it is encrypted with a key this profile lacks, stop (locked); if it
 *      is encrypted, only sealed items count (codec.ts sealedOnly);
 *   2. pull: decode case items that changed since last merged and merge them record by record;
 *   3. push: encode local case groups (tombstones older than 180 days left out), keep the most
 *      recently touched that fit the quota, and write only items whose record versions differ,
 *      removing stale chunks and cases that no longer fit (push-plan.ts); one remove() and one
 *      set() at most.
 * Cycles are triggered by local changes (debounced), remote changes and retries (backoff on
 * quota, rate and other errors), and never overlap. Every profile converges: each write holds the
 * merge of everything the writer had seen, and anyone who sees an item behind its own state
 * rewrites it.
 */
import { CycleSchedule } from './cycle-schedule';
import {
  CASE_PREFIX,
  decodeArea,
  encodeGroup,
  FORMAT_VERSION,
  META_KEY,
  parseMeta,
  sealedOnly,
  type DecodeCache,
  type DecodedArea,
  type EncodedGroup,
} from './codec';
import { aesCipher, verifyKeyCheck, type Cipher, type EncryptionParams, type SyncKey } from './crypto';
import { groupByCase, groupSignature, groupsToSet, lastTouched, withoutOldTombstones, type CaseGroup } from './group';
import type { LocalRecords, StorageChangeLike, SyncArea, Timers } from './ports';
import { realTimers } from './ports';
import { planPush, usageAfter } from './push-plan';
import { CHROME_SYNC_QUOTA, classifySyncError, itemBytes, type SyncQuota } from './quota';
import { DEFAULT_WRITE_LIMITS, WriteRateLimiter, type WriteLimits } from './rate';

export interface ReplicaEncryption {
  key: SyncKey;
  params: EncryptionParams;
}

export interface ReplicaOptions {
  local: LocalRecords;
  area: SyncArea;
  timers?: Timers;
  quota?: SyncQuota;
  writeLimits?: WriteLimits;
  /** Encrypt items with this key; null = plain items (and locked if the area is encrypted). */
  encryption?: ReplicaEncryption | null;
  /** Quiet time after a local edit before writing (edits in a burst go out as one write). */
  debounceMs?: number;
  /** A stream of edits still goes out at least this often. */
  maxWaitMs?: number;
  /** Wait after a remote change, so the rest of a chunk set can arrive. */
  remoteDelayMs?: number;
  onStatus?: (status: ReplicaStatus) => void;
}

export interface ReplicaStatus {
  /** The area is encrypted and this profile has no (or the wrong) key: nothing is read or written. */
  locked: boolean;
  encrypted: boolean;
  /** Epoch ms of the last cycle that completed (pull and push). */
  lastSyncAt: number | null;
  itemsUsed: number;
  bytesUsed: number;
  localOnlyCases: { id: string; docketNumber: string }[];
  lastError: string | null;
  /** Case items in the area this profile cannot use yet (half-delivered chunk sets, newer format). */
  unreadableItems: number;
}

const BACKOFF_BASE_MS = 5_000;
const BACKOFF_MAX_MS = 30 * 60_000;
export const LOCKED_MESSAGE = 'Can’t read synced data — enter the passphrase used on your other profiles.';

export class Replica {
  private readonly local: LocalRecords;
  private readonly area: SyncArea;
  private readonly timers: Timers;
  private readonly quota: SyncQuota;
  private readonly rate: WriteRateLimiter;
  private readonly encryption: ReplicaEncryption | null;
  private readonly cipher: Cipher | null;
  private readonly debounceMs: number;
  private readonly remoteDelayMs: number;
  private readonly onStatus?: (status: ReplicaStatus) => void;

  private readonly decodeCache: DecodeCache = new Map();
  private readonly encodeCache = new Map<string, EncodedGroup>();
  /** Per head key: the signature of the remote version last merged into the store. */
  private readonly merged = new Map<string, string>();
  /** Values this replica wrote, so its own onChanged echo does not trigger another cycle. */
  private readonly ownWrites = new Map<string, string>();
  private verifiedCheck: string | null = null;

  private readonly schedule: CycleSchedule;
  private stopped = true;
  private failures = 0;
  private budgetFactor = 1;
  private unsubscribeLocal: (() => void) | null = null;

  private state: ReplicaStatus = {
    locked: false,
    encrypted: false,
    lastSyncAt: null,
    itemsUsed: 0,
    bytesUsed: 0,
    localOnlyCases: [],
    lastError: null,
    unreadableItems: 0,
  };

  constructor(options: ReplicaOptions) {
    this.local = options.local;
    this.area = options.area;
    this.timers = options.timers ?? realTimers;
    this.quota = options.quota ?? CHROME_SYNC_QUOTA;
    this.rate = new WriteRateLimiter(options.writeLimits ?? DEFAULT_WRITE_LIMITS);
    this.encryption = options.encryption ?? null;
    this.cipher = this.encryption ? aesCipher(this.encryption.key) : null;
    this.debounceMs = options.debounceMs ?? 2_000;
    this.remoteDelayMs = options.remoteDelayMs ?? 300;
    this.onStatus = options.onStatus;
    this.state.encrypted = this.encryption !== null;
    this.schedule = new CycleSchedule(this.timers, () => this.cycle(), (error) => this.fail(error), options.maxWaitMs ?? 10_000);
  }

  /** Subscribe to both sides and run a first full cycle. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule.start();
    this.unsubscribeLocal = this.local.onChange(this.onLocalChange);
    this.area.onChanged.addListener(this.onAreaChange);
    this.request(0, false);
  }

  /** Unsubscribe and wait for a running cycle to end. Local data is untouched. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribeLocal?.();
    this.unsubscribeLocal = null;
    this.area.onChanged.removeListener(this.onAreaChange);
    await this.schedule.stop();
  }

  status(): ReplicaStatus {
    return { ...this.state, localOnlyCases: [...this.state.localOnlyCases] };
  }

  /** Resolves when no cycle is running (tests and the service use it to wait for quiet). */
  settled(): Promise<void> {
    return this.schedule.settled();
  }

  /** True when a cycle is scheduled or running. */
  get busy(): boolean {
    return this.schedule.busy;
  }

  /** Run a cycle as soon as allowed (the "Sync now" button). */
  syncSoon(): void {
    this.request(0, false);
  }

  private readonly onLocalChange = (): void => {
    this.request(this.debounceMs, true);
  };

  private readonly onAreaChange = (changes: Record<string, StorageChangeLike>): void => {
    let foreign = false;
    for (const [key, change] of Object.entries(changes)) {
      const mine = this.ownWrites.get(key);
      const now = change.newValue === undefined ? '' : JSON.stringify(change.newValue);
      if (mine !== undefined && mine === now) this.ownWrites.delete(key);
      else foreign = true;
    }
    if (foreign) this.request(this.remoteDelayMs, false);
  };

  private request(delay: number, debounce: boolean): void {
    if (!this.stopped) this.schedule.request(delay, debounce);
  }

  private publish(patch: Partial<ReplicaStatus>): void {
    this.state = { ...this.state, ...patch };
    this.onStatus?.(this.status());
  }

  private fail(error: unknown): void {
    const kind = classifySyncError(error);
    this.failures++;
    let delay = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (this.failures - 1));
    // A quota error means our measure was off (or something else uses the area): aim lower.
    if (kind === 'quota') this.budgetFactor = Math.max(0.5, this.budgetFactor * 0.9);
    if (kind === 'rate-minute') delay = Math.max(delay, 60_000);
    if (kind === 'rate-hour') delay = Math.max(delay, 10 * 60_000);
    this.schedule.notBefore = this.timers.now() + delay;
    this.publish({ lastError: error instanceof Error ? error.message : String(error) });
    this.request(delay, false);
  }

  private async keyMatches(check: string): Promise<boolean> {
    if (!this.encryption) return false;
    if (this.verifiedCheck === check) return true;
    const ok = await verifyKeyCheck(this.encryption.key, check);
    if (ok) this.verifiedCheck = check;
    return ok;
  }

  private async encode(group: CaseGroup, cipher: Cipher | null, remote: DecodedArea, all: Record<string, unknown>): Promise<EncodedGroup> {
    const sig = groupSignature(group);
    const encrypted = cipher !== null;
    const cached = this.encodeCache.get(group.caseId);
    if (cached && cached.sig === sig && cached.encrypted === encrypted) return cached;
    // The area already holds exactly these versions: reuse its items (encrypted ones differ in IV).
    const there = remote.groups.get(group.caseId);
    const expectedKey = cipher ? null : `${CASE_PREFIX}${group.caseId}`;
    let encoded: EncodedGroup;
    if (there && there.sig === sig && there.encrypted === encrypted && (expectedKey === null || there.headKey === expectedKey)) {
      const items: Record<string, unknown> = {};
      let bytes = 0;
      for (const k of there.keys) {
        items[k] = all[k];
        bytes += itemBytes(k, all[k]);
      }
      encoded = { caseId: group.caseId, headKey: there.headKey, sig, encrypted, items, bytes, count: there.keys.length };
    } else {
      encoded = await encodeGroup(group, { cipher, itemQuota: this.quota.itemBytes });
    }
    this.encodeCache.set(group.caseId, encoded);
    return encoded;
  }

  private async cycle(): Promise<void> {
    const all = await this.area.get(null);
    const meta = parseMeta(all[META_KEY]);

    if (meta?.enc && !(this.encryption && this.encryption.params.salt === meta.enc.salt && (await this.keyMatches(meta.enc.check)))) {
      this.publish({ locked: true, lastError: LOCKED_MESSAGE });
      return;
    }
    const cipher = this.cipher;
    const decoded = await decodeArea(all, cipher, this.decodeCache);
    const remote = meta?.enc ? sealedOnly(decoded) : decoded;

    // Pull.
    const incoming = [...remote.groups.values(), ...remote.extra].filter((d) => this.merged.get(d.headKey) !== d.sig);
    if (incoming.length) {
      await this.local.mergeRecords(groupsToSet(incoming.map((d) => d.group)));
      for (const d of incoming) this.merged.set(d.headKey, d.sig);
    }

    // Push.
    const now = this.timers.now();
    const records = await this.local.getAllRecords();
    const groups: CaseGroup[] = [];
    const docketNumbers = new Map<string, string>();
    for (const g of groupByCase(records).values()) {
      docketNumbers.set(g.caseId, g.case?.docketNumber ?? '');
      const kept = withoutOldTombstones(g, now);
      if (kept) groups.push(kept);
    }
    const touched = new Map(groups.map((g) => [g.caseId, lastTouched(g)]));
    groups.sort((a, b) => {
      const ta = touched.get(a.caseId)!;
      const tb = touched.get(b.caseId)!;
      return ta < tb ? 1 : ta > tb ? -1 : a.caseId < b.caseId ? -1 : 1;
    });
    const encoded: EncodedGroup[] = [];
    for (const g of groups) encoded.push(await this.encode(g, cipher, remote, all));
    const ours = new Set(encoded.map((e) => e.headKey));

    const nextMeta = cipher ? { v: FORMAT_VERSION, enc: this.encryption!.params } : meta ?? { v: FORMAT_VERSION };
    const { toSet, toRemove, localOnly } = planPush({ all, remote, encoded, nextMeta, quota: this.quota, budgetFactor: this.budgetFactor });
    const ops = (toRemove.length ? 1 : 0) + (Object.keys(toSet).length ? 1 : 0);
    const wait = this.rate.waitFor(ops, now);
    if (wait > 0) {
      // Pulled already; the write waits for the rate window rather than hitting the limit.
      this.request(wait, false);
      return;
    }
    if (toRemove.length) {
      for (const k of toRemove) this.ownWrites.set(k, '');
      this.rate.record(now);
      await this.area.remove(toRemove);
    }
    if (Object.keys(toSet).length) {
      for (const [k, v] of Object.entries(toSet)) this.ownWrites.set(k, JSON.stringify(v));
      this.rate.record(now);
      await this.area.set(toSet);
    }

    const usage = usageAfter(all, { toSet, toRemove });
    this.failures = 0;
    this.schedule.notBefore = 0;
    if (ops === 0) this.budgetFactor = Math.min(1, this.budgetFactor + 0.05);
    const unreadable = [...remote.unreadable.keys()].filter((k) => !ours.has(k)).length;
    this.publish({
      locked: false,
      encrypted: cipher !== null,
      lastSyncAt: now,
      itemsUsed: usage.items,
      bytesUsed: usage.bytes,
      localOnlyCases: localOnly.map((id) => ({ id, docketNumber: docketNumbers.get(id) ?? '' })),
      lastError: null,
      unreadableItems: unreadable,
    });
  }
}
