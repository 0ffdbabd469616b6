/**
 * The sync engine over a dumb BlobStore. One cycle:
 *   1. list the folder (one request) and read key files not seen before;
 *   2. pull (pull.ts): open new snapshots and uncovered segments in every space we hold a key
 *      for, and merge their records into the local store in one batch (per record, last writer
 *      wins on the HLC stamp). A file that does not open is ignored, never applied;
 *   3. push and compact (push.ts): each case's records its space lacks go out as one new
 *      immutable segment; snapshots replace a device's own segments after a few.
 * No locks and no shared file: every name a device writes carries its own writer id, so two
 * devices never write one file and no lock can go stale. Every step is idempotent, so a cycle
 * cut off anywhere (a sleeping service worker, a dropped connection) is finished by the next.
 *
 * Keys (keys.ts): each user has a ring, opened with the user's passphrase on every device; each
 * case space has a content key per epoch, wrapped for rings and, to share a case, with a case
 * passphrase the team exchanges out of band.
 */
import { BlobSyncSetupError, EngineCore, emptyReport, type CycleReport, type EngineOptions } from './core';
import { indexFiles } from './files';
import { encodeKey, newContentKey, newRing, openKeyFile, openRingFile, passphraseKey, ringFileBytes, type Ring } from './keys';
import { randomId, ringFileName, WRITER_ID_LENGTH } from './names';
import { pull, readKeyFiles } from './pull';
import { compact, dropDominatedSnapshots, push } from './push';
import { byCase, emptySet } from './record-groups';
import { addKeys, isBlocked, newSpaceState, writeKeyOf } from './state';
import { fromBase64, toBase64 } from '../sync/bytes';

export { BlobSyncSetupError, type BlobLocal, type CycleReport, type EngineOptions } from './core';

export interface SpaceSummary {
  space: string;
  caseId: string | null;
  shared: boolean;
  epoch: number;
  /** True when a newer key epoch exists that this device does not hold (it needs the new passphrase). */
  blocked: boolean;
}

export class BlobSyncEngine {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(private readonly core: EngineCore) {}

  static async open(options: EngineOptions): Promise<BlobSyncEngine> {
    const state = (await options.state.load()) ?? { writer: randomId(WRITER_ID_LENGTH), ring: null, opaque: [], spaces: {} };
    return new BlobSyncEngine(new EngineCore(options, state));
  }

  get writer(): string {
    return this.core.writer;
  }

  get hasRing(): boolean {
    return this.core.state.ring !== null;
  }

  /** The spaces this device holds a key for, with their case. */
  spaces(): SpaceSummary[] {
    return Object.entries(this.core.state.spaces)
      .filter(([, s]) => s.keys.length)
      .map(([space, s]) => ({ space, caseId: s.caseId, shared: s.shared, epoch: writeKeyOf(s).epoch, blocked: isBlocked(s) }));
  }

  /** Operations never overlap: each waits for the one before. */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Open this user's key ring with the passphrase (every device of one user uses the same), or,
   * with `create` and when no ring on the store opens, make a new one (the user's first device).
   */
  setupRing(passphrase: string, options: { create: boolean }): Promise<'opened' | 'created'> {
    return this.serial(async () => {
      const { store } = this.core;
      const view = indexFiles(await store.list());
      for (const f of view.rings) {
        const got = await store.get(f.name);
        const ring = got && (await openRingFile(got.bytes, f.name, f.ring, passphrase));
        if (ring) return this.adoptRing(ring, 'opened');
      }
      if (!options.create)
        throw new BlobSyncSetupError(
          view.rings.length
            ? 'That passphrase opens no key ring on this server. Use the passphrase of your first device.'
            : 'There is no key ring on this server yet: set this device up as your first one.',
        );
      const ring = newRing();
      const name = ringFileName(ring.id);
      await store.put(name, await ringFileBytes(ring, name, passphrase, this.core.iterations), { ifNoneMatch: '*' });
      return this.adoptRing(ring, 'created');
    });
  }

  private async adoptRing(ring: Ring, how: 'opened' | 'created'): Promise<'opened' | 'created'> {
    this.core.state.ring = { id: ring.id, raw: toBase64(ring.raw) };
    this.core.ringChanged();
    // Key files that did not open before may be wrapped for this ring.
    this.core.state.opaque = [];
    await this.core.save();
    return how;
  }

  /** One full pull-push-compact cycle. */
  sync(): Promise<CycleReport> {
    return this.serial(() => this.cycle());
  }

  private async cycle(): Promise<CycleReport> {
    const core = this.core;
    core.ring();
    const report = emptyReport();
    const view = indexFiles(await core.store.list());
    try {
      await readKeyFiles(core, view);
      await pull(core, view, report);
      await core.save();
      await dropDominatedSnapshots(core, view, report);
      await push(core, view, report);
    } finally {
      await core.save();
    }
    return report;
  }

  /** Share a case: wrap its keys with a passphrase the team exchanges out of band. */
  shareCase(caseId: string, passphrase: string): Promise<void> {
    return this.serial(async () => {
      await this.cycle();
      const space = await this.core.writeSpace(caseId);
      const st = this.core.state.spaces[space];
      if (!st?.keys.length) throw new BlobSyncSetupError('That case is not on the store yet.');
      await this.core.putKeyFile(space, st, { type: 'pass', passphrase, iterations: this.core.iterations });
      st.shared = true;
      await this.core.save();
    });
  }

  /**
   * Join the cases a colleague shared with this passphrase: every space one of whose key files it
   * opens. The keys are then wrapped for this user's ring too, so the user's other devices join.
   * Answers how many spaces gave new keys (0: the passphrase opens nothing new here).
   */
  join(passphrase: string): Promise<number> {
    return this.serial(async () => {
      const core = this.core;
      const view = indexFiles(await core.store.list());
      const derived = new Map<string, Promise<CryptoKey>>();
      const opened = new Set<string>();
      for (const [space, sv] of view.spaces) {
        const held = core.state.spaces[space];
        if (held && !isBlocked(held)) continue;
        for (const f of sv.keys) {
          const header = await core.header(f.name);
          if (header?.wrap.type !== 'pass') continue;
          // One derivation per salt: a team that reuses a passphrase pays for it once.
          const id = `${header.wrap.salt}|${header.wrap.iterations}`;
          let key = derived.get(id);
          if (!key) derived.set(id, (key = passphraseKey(passphrase, fromBase64(header.wrap.salt), header.wrap.iterations)));
          const keys = await openKeyFile(header, f.name, await key);
          if (!keys) continue;
          const st = (core.state.spaces[space] ??= newSpaceState(null));
          st.shared = true;
          if (addKeys(st, keys.map(encodeKey))) opened.add(space);
          core.touch(space);
        }
      }
      for (const space of opened) await core.putKeyFile(space, core.state.spaces[space]!, { type: 'ring', ring: core.ring() });
      core.state.opaque = core.state.opaque.filter((n) => !opened.has(n.slice(0, n.indexOf('.'))));
      await core.save();
      if (opened.size) await this.cycle();
      return opened.size;
    });
  }

  /**
   * A new key epoch for a case (after removing a member): a fresh content key, wrapped for this
   * ring and with the new passphrase, and a snapshot under it. Files written after it do not open
   * with the old passphrase; devices that hold only the old keys stop writing to the case.
   */
  rotate(caseId: string, passphrase: string): Promise<void> {
    return this.serial(async () => {
      const core = this.core;
      await this.cycle();
      const space = await core.writeSpace(caseId);
      const st = core.state.spaces[space];
      if (!st?.keys.length) throw new BlobSyncSetupError('That case is not on the store yet.');
      addKeys(st, [encodeKey(newContentKey(st.topEpoch + 1))]);
      await core.putKeyFile(space, st, { type: 'ring', ring: core.ring() });
      await core.putKeyFile(space, st, { type: 'pass', passphrase, iterations: core.iterations });
      st.shared = true;
      const group = byCase(await core.local.getAllRecords()).get(caseId) ?? emptySet();
      await compact(core, space, st, group, indexFiles(await core.store.list()).spaces.get(space));
      await core.save();
    });
  }
}
