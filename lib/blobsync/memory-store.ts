/**
 * An in-memory BlobStore that honours put conditions, for tests and benchmarks. It counts
 * requests and bytes, and can misbehave on purpose the way real stores and desktop sync clients
 * do: cut an upload short, hide files from listings for a while, copy a file under another name.
 */
import { BlobStoreError, type BlobInfo, type BlobStore, type PutCondition } from './blob-store';

export interface StoreCounters {
  lists: number;
  gets: number;
  puts: number;
  deletes: number;
  bytesUp: number;
  bytesDown: number;
}

export const zeroCounters = (): StoreCounters => ({ lists: 0, gets: 0, puts: 0, deletes: 0, bytesUp: 0, bytesDown: 0 });

export function requestCount(c: StoreCounters): number {
  return c.lists + c.gets + c.puts + c.deletes;
}

export class MemoryBlobStore {
  private readonly files = new Map<string, { bytes: Uint8Array; etag: string }>();
  private version = 0;
  /** Names a listing leaves out (a sync client that has not delivered them yet). */
  readonly hidden = new Set<string>();

  /** One client's view of the store: its own counters and faults, the same files. */
  client(): MemoryBlobClient {
    return new MemoryBlobClient(this);
  }

  names(): string[] {
    return [...this.files.keys()].sort();
  }

  read(name: string): Uint8Array | undefined {
    return this.files.get(name)?.bytes;
  }

  /** Write bytes behind every client's back (a desktop client's conflict copy, a corrupted sector). */
  write(name: string, bytes: Uint8Array): void {
    this.files.set(name, { bytes: bytes.slice(), etag: `m${++this.version}` });
  }

  remove(name: string): void {
    this.files.delete(name);
  }

  /** @internal */
  _list(): BlobInfo[] {
    const out: BlobInfo[] = [];
    for (const [name, f] of this.files) if (!this.hidden.has(name)) out.push({ name, etag: f.etag, size: f.bytes.length });
    return out;
  }

  /** @internal */
  _get(name: string): { bytes: Uint8Array; etag: string } | null {
    const f = this.files.get(name);
    return f ? { bytes: f.bytes.slice(), etag: f.etag } : null;
  }

  /** @internal */
  _put(name: string, bytes: Uint8Array, condition: PutCondition): { etag: string } {
    const current = this.files.get(name);
    if ('ifNoneMatch' in condition ? current !== undefined : current?.etag !== condition.ifMatch)
      throw new BlobStoreError('precondition', `${name}: precondition failed`);
    const etag = `m${++this.version}`;
    this.files.set(name, { bytes: bytes.slice(), etag });
    return { etag };
  }
}

export class MemoryBlobClient implements BlobStore {
  readonly counters: StoreCounters = zeroCounters();
  /** When set, the next put stores only this many bytes and then fails, like a dropped upload. */
  truncateNextPut: number | null = null;
  /** When true, every request fails as if the network were down. */
  offline = false;

  constructor(private readonly server: MemoryBlobStore) {}

  private check(): void {
    if (this.offline) throw new BlobStoreError('offline', 'The store cannot be reached (offline).');
  }

  async list(): Promise<BlobInfo[]> {
    this.check();
    this.counters.lists++;
    return this.server._list();
  }

  async get(name: string): Promise<{ bytes: Uint8Array; etag: string } | null> {
    this.check();
    this.counters.gets++;
    const f = this.server._get(name);
    if (f) this.counters.bytesDown += f.bytes.length;
    return f;
  }

  async put(name: string, bytes: Uint8Array, condition: PutCondition): Promise<{ etag: string }> {
    this.check();
    this.counters.puts++;
    this.counters.bytesUp += bytes.length;
    if (this.truncateNextPut !== null) {
      const keep = this.truncateNextPut;
      this.truncateNextPut = null;
      this.server._put(name, bytes.subarray(0, keep), condition);
      throw new BlobStoreError('offline', `${name}: the upload was cut off`);
    }
    return this.server._put(name, bytes, condition);
  }

  async delete(name: string): Promise<void> {
    this.check();
    this.counters.deletes++;
    this.server.remove(name);
  }
}
