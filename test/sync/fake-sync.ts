/**
 * A simulated browser sync service for tests, on virtual time:
 * - `Sim`: timers on a virtual clock (the replica's `Timers`), run event by event.
 * - `SyncServer` + `ProfileArea`: each profile has its own storage.sync copy that enforces Chrome's
 *   quotas and write-rate limits with Chrome's error messages; writes upload to a shared server
 *   after a random delay, and the server delivers each changed key to the other profiles on its own
 *   random delay — so a chunk set can arrive half-written, and concurrent writes race per item.
 *   A disconnected profile keeps working locally and catches up on reconnect; a failing profile's
 *   storage calls throw.
 */
import type { AreaListener, StorageChangeLike, SyncArea, Timers } from '../../lib/sync/ports';
import { CHROME_SYNC_QUOTA, itemBytes, type SyncQuota } from '../../lib/sync/quota';
import { mulberry32 } from '../seeded-random';

export { mulberry32 };

interface SimTimer {
  at: number;
  seq: number;
  fn: () => void;
  cancelled: boolean;
}

export class Sim implements Timers {
  private queue: SimTimer[] = [];
  private seq = 0;
  steps = 0;
  constructor(public time: number) {}

  now(): number {
    return this.time;
  }
  setTimeout(fn: () => void, ms: number): unknown {
    const t: SimTimer = { at: this.time + Math.max(0, ms), seq: this.seq++, fn, cancelled: false };
    this.queue.push(t);
    return t;
  }
  clearTimeout(handle: unknown): void {
    if (handle) (handle as SimTimer).cancelled = true;
  }
  get pending(): number {
    return this.queue.filter((t) => !t.cancelled).length;
  }

  private next(): SimTimer | undefined {
    this.queue = this.queue.filter((t) => !t.cancelled);
    let best: SimTimer | undefined;
    for (const t of this.queue) if (!best || t.at < best.at || (t.at === best.at && t.seq < best.seq)) best = t;
    return best;
  }

  /**
   * Fire timers in time order until none is left before `until` (or none at all), calling `settle`
   * after each so async work they started (a replica's cycle) finishes before time moves on.
   * Returns false when `maxSteps` ran out first.
   */
  async run(settle: () => Promise<void>, until = Infinity, maxSteps = 50_000): Promise<boolean> {
    for (let i = 0; i < maxSteps; i++) {
      const t = this.next();
      if (!t || t.at > until) {
        if (until !== Infinity) this.time = Math.max(this.time, until);
        return true;
      }
      this.queue.splice(this.queue.indexOf(t), 1);
      this.time = Math.max(this.time, t.at);
      this.steps++;
      t.fn();
      await settle();
    }
    return false;
  }
}

interface ServerItem {
  json: string | undefined;
  version: number;
}

export interface NetworkOptions {
  quota?: SyncQuota;
  /** Upload latency range, ms. */
  upload?: [number, number];
  /** Per-key delivery latency range, ms. */
  deliver?: [number, number];
}

export class SyncServer {
  readonly items = new Map<string, ServerItem>();
  private version = 0;
  readonly profiles: ProfileArea[] = [];
  readonly quota: SyncQuota;
  private readonly upload: [number, number];
  private readonly deliverDelay: [number, number];

  constructor(readonly sim: Sim, readonly random: () => number, options: NetworkOptions = {}) {
    this.quota = options.quota ?? CHROME_SYNC_QUOTA;
    this.upload = options.upload ?? [10, 400];
    this.deliverDelay = options.deliver ?? [10, 1_500];
  }

  /** A new profile signs in: it starts with everything the server holds. */
  connect(): ProfileArea {
    const p = new ProfileArea(this);
    for (const [k, v] of this.items) {
      if (v.json !== undefined) p.items.set(k, v.json);
      p.applied.set(k, v.version);
    }
    this.profiles.push(p);
    return p;
  }

  private delay([lo, hi]: [number, number]): number {
    return lo + Math.floor(this.random() * (hi - lo));
  }

  scheduleUpload(p: ProfileArea): void {
    this.sim.setTimeout(() => this.receive(p), this.delay(this.upload));
  }

  /** The profile's pending writes reach the server (last arrival wins per key). */
  receive(p: ProfileArea): void {
    if (!p.connected) return;
    for (const [key, json] of p.pendingUpload) {
      const version = ++this.version;
      this.items.set(key, { json, version });
      p.applied.set(key, version);
      for (const other of this.profiles) if (other !== p) this.scheduleDelivery(other, key);
    }
    p.pendingUpload.clear();
  }

  scheduleDelivery(p: ProfileArea, key: string): void {
    this.sim.setTimeout(() => this.deliver(p, key), this.delay(this.deliverDelay));
  }

  private deliver(p: ProfileArea, key: string): void {
    const item = this.items.get(key);
    if (!item || !p.connected || p.pendingUpload.has(key)) return;
    if ((p.applied.get(key) ?? 0) >= item.version) return;
    p.applied.set(key, item.version);
    p.applyRemote(key, item.json);
  }

  /** Server contents as plain values (deleted keys left out). */
  snapshot(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of this.items) if (v.json !== undefined) out[k] = JSON.parse(v.json);
    return out;
  }
}

export class ProfileArea implements SyncArea {
  readonly items = new Map<string, string>();
  readonly pendingUpload = new Map<string, string | undefined>();
  readonly applied = new Map<string, number>();
  private readonly listeners = new Set<AreaListener>();
  private writes: number[] = [];
  connected = true;
  /** Storage calls throw (the area is unreachable). */
  failing = false;
  /** Errors thrown, by message, for tests to check the engine backed off. */
  readonly errors: string[] = [];
  writeCount = 0;

  constructor(private readonly server: SyncServer) {}

  readonly onChanged = {
    addListener: (fn: AreaListener): void => void this.listeners.add(fn),
    removeListener: (fn: AreaListener): void => void this.listeners.delete(fn),
  };

  private fail(message: string): never {
    this.errors.push(message);
    throw new Error(message);
  }

  private check(): void {
    if (this.failing) this.fail('Storage area is unreachable (simulated).');
  }

  private countWrite(): void {
    const now = this.server.sim.now();
    this.writes = this.writes.filter((t) => now - t < 3_600_000);
    const q = this.server.quota;
    if (this.writes.filter((t) => now - t < 60_000).length >= q.writesPerMinute)
      this.fail('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
    if (this.writes.length >= q.writesPerHour) this.fail('This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.');
    this.writes.push(now);
    this.writeCount++;
  }

  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    this.check();
    const want = keys == null ? null : new Set(Array.isArray(keys) ? keys : [keys]);
    const out: Record<string, unknown> = {};
    for (const [k, v] of this.items) if (!want || want.has(k)) out[k] = JSON.parse(v);
    return out;
  }

  async getBytesInUse(): Promise<number> {
    let n = 0;
    for (const [k, v] of this.items) n += itemBytes(k, JSON.parse(v));
    return n;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    this.check();
    const q = this.server.quota;
    const next = new Map(this.items);
    for (const [k, v] of Object.entries(items)) {
      if (itemBytes(k, v) > q.itemBytes) this.fail('This request exceeds the QUOTA_BYTES_PER_ITEM quota.');
      next.set(k, JSON.stringify(v));
    }
    let total = 0;
    for (const [k, v] of next) total += itemBytes(k, JSON.parse(v));
    if (total > q.totalBytes) this.fail('This request exceeds the QUOTA_BYTES quota.');
    if (next.size > q.maxItems) this.fail('This request exceeds the MAX_ITEMS quota.');
    this.countWrite();
    const changes: Record<string, StorageChangeLike> = {};
    for (const [k, v] of Object.entries(items)) {
      const json = JSON.stringify(v);
      const old = this.items.get(k);
      this.items.set(k, json);
      this.pendingUpload.set(k, json);
      if (old !== json) changes[k] = { oldValue: old === undefined ? undefined : JSON.parse(old), newValue: JSON.parse(json) };
    }
    this.emit(changes);
    this.server.scheduleUpload(this);
  }

  async remove(keys: string | string[]): Promise<void> {
    this.check();
    this.countWrite();
    const changes: Record<string, StorageChangeLike> = {};
    for (const k of Array.isArray(keys) ? keys : [keys]) {
      const old = this.items.get(k);
      if (old === undefined) continue;
      this.items.delete(k);
      this.pendingUpload.set(k, undefined);
      changes[k] = { oldValue: JSON.parse(old) };
    }
    this.emit(changes);
    this.server.scheduleUpload(this);
  }

  /** A value arrives from the server (another profile wrote it). */
  applyRemote(key: string, json: string | undefined): void {
    const old = this.items.get(key);
    if (old === json) return;
    if (json === undefined) this.items.delete(key);
    else this.items.set(key, json);
    this.emit({ [key]: { oldValue: old === undefined ? undefined : JSON.parse(old), newValue: json === undefined ? undefined : JSON.parse(json) } });
  }

  /** Back online: push what was written meanwhile, then receive everything missed. */
  reconnect(): void {
    if (this.connected) return;
    this.connected = true;
    this.server.scheduleUpload(this);
    for (const key of this.server.items.keys()) this.server.scheduleDelivery(this, key);
  }

  /** Put an item in place as the browser would, without events or rate counting (test setup). */
  seed(items: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(items)) this.items.set(k, JSON.stringify(v));
  }

  private emit(changes: Record<string, StorageChangeLike>): void {
    if (!Object.keys(changes).length) return;
    // storage.onChanged fires asynchronously, after the call that caused it.
    this.server.sim.setTimeout(() => {
      for (const l of this.listeners) l(changes);
    }, 0);
  }

  snapshot(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of this.items) out[k] = JSON.parse(v);
    return out;
  }
}
