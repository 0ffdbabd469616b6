/**
 * The replica engine on a simulated sync service (virtual time): quota overflow, stale chunks,
 * backoff on quota and rate errors, the write-rate window, tombstone horizon, encryption lock,
 * half-delivered chunk sets and incoming changes.
 */
import { describe, expect, it } from 'vitest';
import { CASE_PREFIX, caseItemKey, encodeGroup, META_KEY } from '../../lib/sync/codec';
import { deriveKey, makeKeyCheck, newSalt } from '../../lib/sync/crypto';
import { groupByCase } from '../../lib/sync/group';
import { CHROME_SYNC_QUOTA, itemBytes } from '../../lib/sync/quota';
import type { SyncArea } from '../../lib/sync/ports';
import { Replica, type ReplicaEncryption, type ReplicaOptions, type ReplicaStatus } from '../../lib/sync/replica';
import type { NoteRecord } from '../../lib/model/schema';
import { caseFields, MemoryRecords, noteFields } from './memory-records';
import { mulberry32, Sim, SyncServer, type ProfileArea } from './fake-sync';

const DAY = 24 * 60 * 60 * 1000;

function noisy(n: number, seed: number): string {
  const r = mulberry32(seed);
  return Array.from({ length: n }, () => String.fromCharCode(33 + Math.floor(r() * 90))).join('');
}

class World {
  readonly sim = new Sim(Date.UTC(2026, 5, 1));
  readonly server = new SyncServer(this.sim, mulberry32(42));
  readonly replicas: Replica[] = [];
  private n = 0;

  profile(options: Partial<ReplicaOptions> = {}, area: SyncArea = this.server.connect()): { records: MemoryRecords; area: ProfileArea; replica: Replica; statuses: ReplicaStatus[] } {
    const records = new MemoryRecords(`dev${this.n++}`, () => this.sim.now());
    const statuses: ReplicaStatus[] = [];
    const replica = new Replica({ local: records, area, timers: this.sim, debounceMs: 500, onStatus: (s) => statuses.push(s), ...options });
    this.replicas.push(replica);
    return { records, area: area as ProfileArea, replica, statuses };
  }

  async run(ms = Infinity): Promise<void> {
    const settle = async (): Promise<void> => {
      await Promise.all(this.replicas.map((r) => r.settled()));
    };
    expect(await this.sim.run(settle, ms === Infinity ? Infinity : this.sim.now() + ms)).toBe(true);
  }
}

function caseKeys(area: Record<string, unknown>): string[] {
  return Object.keys(area).filter((k) => k.startsWith(CASE_PREFIX));
}

function areaBytes(area: Record<string, unknown>): number {
  return Object.entries(area).reduce((n, [k, v]) => n + itemBytes(k, v), 0);
}

describe('when the data outgrows storage.sync', () => {
  it('syncs the most recently touched cases, lists the rest as local only and keeps them all locally', async () => {
    const w = new World();
    const a = w.profile();
    const ids: string[] = [];
    for (let i = 0; i < 120; i++) {
      const id = `case:cand:21-cv-${String(i).padStart(5, '0')}`;
      ids.push(id);
      a.records.write('cases', caseFields(id, `Case ${i}`, i + 1));
      // About 1.4 KB of barely compressible text per case: 120 cases cannot fit in 100 KB.
      a.records.write('notes', noteFields(`n${i}`, id, noisy(1_100, i)));
      w.sim.time += 1_000;
    }
    a.replica.start();
    await w.run();

    const area = a.area.snapshot();
    expect(areaBytes(area)).toBeLessThanOrEqual(CHROME_SYNC_QUOTA.totalBytes);
    const status = a.replica.status();
    expect(status.bytesUsed).toBe(areaBytes(area));
    expect(status.itemsUsed).toBe(Object.keys(area).length);
    const localOnly = status.localOnlyCases.map((c) => c.id);
    expect(localOnly.length).toBeGreaterThan(10);
    // The oldest cases are the ones kept local; each comes with its docket number for the user.
    expect(new Set(localOnly)).toEqual(new Set(ids.slice(0, localOnly.length)));
    expect(status.localOnlyCases[0]!.docketNumber).toMatch(/^4:21-cv-\d{5}-DMR$/);
    for (const id of ids.slice(localOnly.length)) expect(area[caseItemKey(id)], id).toBeDefined();
    // Nothing dropped locally.
    expect(a.records.snapshot().cases).toHaveLength(120);
    expect(a.records.snapshot().notes).toHaveLength(120);

    // Touch the oldest case: it is now the most recent, so it syncs and another one leaves.
    const oldest = ids[0]!;
    a.records.write('notes', noteFields('fresh', oldest, 'new today'));
    await w.run();
    const after = a.replica.status().localOnlyCases.map((c) => c.id);
    expect(after).not.toContain(oldest);
    expect(a.area.snapshot()[caseItemKey(oldest)]).toBeDefined();
    expect(after).toContain(ids[localOnly.length]!);
    expect(a.records.snapshot().cases).toHaveLength(120);

    // Another profile receives exactly the synced cases.
    const b = w.profile();
    b.replica.start();
    await w.run();
    expect(b.records.snapshot().cases.map((c) => c.id).sort()).toEqual(ids.filter((id) => !after.includes(id)).sort());
  });

  it('two profiles over quota settle (no write ping-pong) on the most recent cases of both, losing nothing', async () => {
    const w = new World();
    const a = w.profile();
    const b = w.profile();
    const written: Record<string, number> = {};
    for (let i = 0; i < 80; i++) {
      // Interleaved in time: A and B each create 80 cases of their own, about 1.3 KB each.
      for (const [p, tag] of [[a, 'a'], [b, 'b']] as const) {
        const id = `case:${tag}${String(i).padStart(3, '0')}`;
        p.records.write('cases', caseFields(id, `Case ${tag}${i}`, i + 1));
        p.records.write('notes', noteFields(`n-${tag}${i}`, id, noisy(1_000, i * 2 + (tag === 'a' ? 0 : 1))));
        written[id] = w.sim.now();
        w.sim.time += 500;
      }
    }
    a.replica.start();
    b.replica.start();
    await w.run();
    const writesAfterSettling = a.area.writeCount + b.area.writeCount;
    expect(writesAfterSettling).toBeLessThan(40);
    // Both hold their own 80 cases and everything the area carried from the other.
    const area = w.server.snapshot();
    expect(a.area.snapshot()).toEqual(area);
    expect(b.area.snapshot()).toEqual(area);
    const synced = Object.keys(area).filter((k) => k.startsWith(CASE_PREFIX)).map((k) => k.slice(CASE_PREFIX.length));
    for (const p of [a, b]) {
      const ids = new Set(p.records.snapshot().cases.map((c) => c.id));
      for (const id of synced) expect(ids.has(id)).toBe(true);
      expect(p.records.snapshot().cases.length).toBeGreaterThanOrEqual(80);
    }
    // What synced is the most recently touched across both profiles.
    const newestLocalOnly = Math.max(...[...a.replica.status().localOnlyCases, ...b.replica.status().localOnlyCases].map((c) => written[c.id]!));
    const oldestSynced = Math.min(...synced.map((id) => written[id]!));
    expect(oldestSynced).toBeGreaterThan(newestLocalOnly);
    // Quiet: nothing more is written once settled.
    w.sim.time += 60_000;
    a.replica.syncSoon();
    b.replica.syncSoon();
    await w.run();
    expect(a.area.writeCount + b.area.writeCount).toBe(writesAfterSettling);
  });

  it('respects the item count limit too', async () => {
    const w = new World();
    const a = w.profile({ quota: { ...CHROME_SYNC_QUOTA, maxItems: 20 } });
    for (let i = 0; i < 30; i++) {
      a.records.write('cases', caseFields(`case:c${i}`, `Case ${i}`, i + 1));
      w.sim.time += 10;
    }
    a.replica.start();
    await w.run();
    expect(Object.keys(a.area.snapshot()).length).toBeLessThanOrEqual(20);
    expect(a.replica.status().localOnlyCases).toHaveLength(11); // 19 cases + meta
  });
});

describe('writing', () => {
  it('deletes stale chunks when a value shrinks', async () => {
    const w = new World();
    const a = w.profile();
    const id = 'case:cand:21-cv-00001';
    a.records.write('cases', caseFields(id));
    const note = a.records.write<NoteRecord>('notes', noteFields('big', id, noisy(19_000, 1)));
    a.replica.start();
    await w.run();
    expect(caseKeys(a.area.snapshot()).length).toBeGreaterThanOrEqual(3);
    expect(caseKeys(w.server.snapshot())).toEqual(caseKeys(a.area.snapshot()));

    a.records.write('notes', { ...note, text: 'short now' });
    await w.run();
    expect(caseKeys(a.area.snapshot())).toEqual([caseItemKey(id)]);
    expect(caseKeys(w.server.snapshot())).toEqual([caseItemKey(id)]);
  });

  it('batches a burst of edits into few writes and stays under the write-rate limits', async () => {
    const w = new World();
    const a = w.profile({ debounceMs: 300, maxWaitMs: 1_000 });
    a.replica.start();
    const id = 'case:x';
    a.records.write('cases', caseFields(id));
    for (let i = 0; i < 600; i++) {
      a.records.write('notes', noteFields(`n${i % 20}`, id, `edit ${i}`));
      await w.run(150);
    }
    await w.run();
    expect(a.area.errors.filter((e) => e.includes('MAX_WRITE'))).toEqual([]);
    // 600 edits over 90 s: a write at most every maxWait, never more than 100 in a minute.
    expect(a.area.writeCount).toBeLessThan(200);
    const b = w.profile();
    b.replica.start();
    await w.run();
    expect((b.records.get('notes', 'n19') as NoteRecord).text).toBe('edit 599');
  });

  it('backs off exponentially on quota errors, reports the error, then succeeds', async () => {
    const w = new World();
    const inner = w.server.connect();
    const attempts: number[] = [];
    let failuresLeft = 3;
    const flaky: SyncArea = {
      get: (k) => inner.get(k),
      remove: (k) => inner.remove(k),
      onChanged: inner.onChanged,
      async set(items) {
        attempts.push(w.sim.now());
        if (failuresLeft-- > 0) throw new Error('This request exceeds the QUOTA_BYTES quota.');
        return inner.set(items);
      },
    };
    const a = w.profile({}, flaky);
    a.records.write('cases', caseFields('case:y'));
    a.replica.start();
    await w.run();
    expect(attempts).toHaveLength(4);
    const gaps = attempts.slice(1).map((t, i) => t - attempts[i]!);
    expect(gaps[0]).toBeGreaterThanOrEqual(5_000);
    expect(gaps[1]).toBeGreaterThanOrEqual(2 * gaps[0]!);
    expect(gaps[2]).toBeGreaterThanOrEqual(2 * gaps[1]!);
    expect(a.statuses.some((s) => s.lastError?.includes('QUOTA_BYTES'))).toBe(true);
    expect(a.replica.status().lastError).toBeNull();
    expect(inner.snapshot()[caseItemKey('case:y')]).toBeDefined();
  });

  it('waits at least a minute after a per-minute rate error and ten after a per-hour one', async () => {
    for (const [message, min] of [
      ['This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.', 60_000],
      ['This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.', 600_000],
    ] as const) {
      const w = new World();
      const inner = w.server.connect();
      const attempts: number[] = [];
      let fail = true;
      const area: SyncArea = {
        get: (k) => inner.get(k),
        remove: (k) => inner.remove(k),
        onChanged: inner.onChanged,
        async set(items) {
          attempts.push(w.sim.now());
          if (fail) {
            fail = false;
            throw new Error(message);
          }
          return inner.set(items);
        },
      };
      const a = w.profile({}, area);
      a.records.write('cases', caseFields('case:z'));
      a.replica.start();
      // Edits during the backoff do not cut it short.
      await w.run(1_000);
      a.records.write('cases', caseFields('case:z2'));
      await w.run();
      expect(attempts).toHaveLength(2);
      expect(attempts[1]! - attempts[0]!).toBeGreaterThanOrEqual(min);
    }
  });

  it('leaves tombstones older than 180 days out of sync, keeps newer ones', async () => {
    const w = new World();
    const a = w.profile();
    const id = 'case:t';
    w.sim.time -= 200 * DAY;
    a.records.write('cases', caseFields(id));
    a.records.write('notes', { ...noteFields('old', id, 'gone'), deleted: true });
    w.sim.time += 200 * DAY;
    a.records.write('notes', { ...noteFields('recent', id, 'also gone'), deleted: true });
    a.records.write('notes', noteFields('live', id, 'here'));
    a.replica.start();
    await w.run();
    const b = w.profile();
    b.replica.start();
    await w.run();
    expect(b.records.get('notes', 'old')).toBeUndefined();
    expect(b.records.get('notes', 'recent')?.deleted).toBe(true);
    expect(b.records.get('notes', 'live')?.deleted).toBe(false);
  });
});

describe('reading', () => {
  it('merges incoming changes into the store, which signals open tabs', async () => {
    const w = new World();
    const a = w.profile();
    const b = w.profile();
    const heard: string[][] = [];
    b.records.onChange((ids) => heard.push(ids));
    a.replica.start();
    b.replica.start();
    a.records.write('cases', caseFields('case:m'));
    a.records.write('notes', noteFields('n', 'case:m', 'from A'));
    await w.run();
    expect((b.records.get('notes', 'n') as NoteRecord).text).toBe('from A');
    expect(heard.flat()).toContain('case:m');
    // Both edit the same case apart: both notes survive on both.
    b.records.write('notes', noteFields('nb', 'case:m', 'from B'));
    a.records.write('notes', noteFields('na', 'case:m', 'from A again'));
    await w.run();
    for (const p of [a, b]) expect(p.records.snapshot().notes.map((n) => n.id).sort()).toEqual(['n', 'na', 'nb']);
  });

  it('ignores a half-delivered chunk set it does not own, without deleting it, and merges it once complete', async () => {
    const w = new World();
    const source = new MemoryRecords('src', () => w.sim.now());
    source.write('cases', caseFields('case:big'));
    source.write('notes', noteFields('big', 'case:big', noisy(19_000, 3)));
    const encoded = await encodeGroup(groupByCase(source.snapshot()).get('case:big')!);
    const keys = Object.keys(encoded.items);
    const last = keys.find((k) => k.endsWith(':1'))!;

    const b = w.profile();
    for (const k of keys) if (k !== last) b.area.seed({ [k]: encoded.items[k] });
    b.replica.start();
    await w.run();
    expect(b.records.get('cases', 'case:big')).toBeUndefined();
    expect(b.replica.status().unreadableItems).toBe(1);
    expect(Object.keys(b.area.snapshot()).sort()).toEqual([...keys.filter((k) => k !== last), META_KEY].sort());

    b.area.applyRemote(last, JSON.stringify(encoded.items[last]));
    await w.run();
    expect((b.records.get('notes', 'big') as NoteRecord).text).toHaveLength(19_000);
    expect(b.replica.status().unreadableItems).toBe(0);
  });
});

describe('encryption', () => {
  async function encryption(passphrase: string, salt = newSalt()): Promise<ReplicaEncryption> {
    const key = await deriveKey(passphrase, salt, 100_000);
    return { key, params: { salt, iterations: 100_000, check: await makeKeyCheck(key) } };
  }

  it('a profile without the passphrase is locked: it reads nothing, writes nothing, changes nothing', async () => {
    const w = new World();
    const enc = await encryption('correct horse');
    const a = w.profile({ encryption: enc });
    a.records.write('cases', caseFields('case:s', 'Sealed v. Agency'));
    a.records.write('notes', noteFields('n', 'case:s', 'strategy'));
    a.replica.start();
    await w.run();
    expect(JSON.stringify(w.server.snapshot())).not.toContain('Sealed');

    for (const key of [null, (await encryption('wrong horse', enc.params.salt))]) {
      const b = w.profile({ encryption: key });
      b.records.write('cases', caseFields('case:local', 'Local only'));
      const before = JSON.stringify(w.server.snapshot());
      b.replica.start();
      await w.run();
      b.records.write('notes', noteFields('nb', 'case:local', 'B edit'));
      await w.run();
      expect(b.replica.status().locked).toBe(true);
      expect(b.replica.status().lastError).toMatch(/passphrase/);
      expect(b.records.snapshot().cases.map((c) => c.id)).toEqual(['case:local']);
      expect(b.records.merges).toBe(0);
      expect(b.area.writeCount).toBe(0);
      expect(JSON.stringify(w.server.snapshot())).toBe(before);
      await b.replica.stop();
    }

    const c = w.profile({ encryption: { key: await deriveKey('correct horse', enc.params.salt, 100_000), params: enc.params } });
    c.replica.start();
    await w.run();
    expect(c.replica.status().locked).toBe(false);
    expect((c.records.get('notes', 'n') as NoteRecord).text).toBe('strategy');
  });

  it('turning encryption on replaces the plain items with ciphertext under opaque names', async () => {
    const w = new World();
    const plain = w.profile();
    plain.records.write('cases', caseFields('case:cand:21-cv-00007', 'Open v. Agency'));
    plain.replica.start();
    await w.run();
    expect(w.server.snapshot()[caseItemKey('case:cand:21-cv-00007')]).toBeDefined();
    await plain.replica.stop();

    const enc = await encryption('correct horse');
    const again = new Replica({ local: plain.records, area: plain.area, timers: w.sim, encryption: enc });
    w.replicas.push(again);
    again.start();
    await w.run();
    const text = JSON.stringify(w.server.snapshot());
    expect(text).not.toContain('21-cv');
    expect(text).not.toContain('Open v.');
    expect(again.status().encrypted).toBe(true);
    expect(plain.records.snapshot().cases).toHaveLength(1);
  });

  it('in an encrypted area a plain item is never merged, and the next push removes it (planted without the key)', async () => {
    const w = new World();
    const enc = await encryption('correct horse');
    const a = w.profile({ encryption: enc });
    a.records.write('cases', caseFields('case:s', 'Sealed v. Agency'));
    a.replica.start();
    await w.run();
    // Whoever can write the area but has no key (a compromised sync account; in Firefox, a court
    // page's content script) plants a plain case with a note, as a profile without encryption writes it.
    const forger = new MemoryRecords('forger', () => w.sim.now());
    forger.write('cases', caseFields('case:planted', 'Planted v. User'));
    forger.write('notes', noteFields('np', 'case:planted', 'call this number'));
    forger.write('notes', noteFields('ns', 'case:s', 'planted into the sealed case'));
    const planted = await encodeGroup(groupByCase(forger.snapshot()).get('case:planted')!);
    const intoSealed = await encodeGroup(groupByCase(forger.snapshot()).get('case:s')!);
    await a.area.set({ ...planted.items, ...intoSealed.items });
    await w.run();
    expect(a.records.get('cases', 'case:planted')).toBeUndefined();
    expect(a.records.get('notes', 'np')).toBeUndefined();
    expect(a.records.get('notes', 'ns')).toBeUndefined();
    expect(Object.keys(w.server.snapshot()).filter((k) => k in planted.items || k in intoSealed.items)).toEqual([]);
    expect(a.replica.status()).toMatchObject({ locked: false, lastError: null });
  });
});
