/**
 * Databases exactly as earlier versions wrote them, opened by the current code: nothing is lost,
 * new fields are backfilled and the new indexes answer.
 */
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDocketDb } from '../../lib/store/db';
import { CURRENT_VERSION } from '../../lib/store/migrations';
import { Repository } from '../../lib/store/repository';
import { freshName, pageReport } from './helpers';

beforeEach(() => fakeBrowser.reset());

/** Version 1's schema, written out by hand as it shipped (not through today's migration code). */
async function writeV1(name: string): Promise<void> {
  const db = await openDB(name, 1, {
    upgrade(raw) {
      const cases = raw.createObjectStore('cases', { keyPath: 'id' });
      cases.createIndex('key', 'key');
      cases.createIndex('stamp', 'stamp');
      for (const store of ['notes', 'deadlines', 'productions']) {
        const s = raw.createObjectStore(store, { keyPath: 'id' });
        s.createIndex('caseId', 'caseId');
        s.createIndex('stamp', 'stamp');
        if (store === 'deadlines') s.createIndex('due', 'due');
      }
      raw.createObjectStore('meta');
    },
  });
  const stamp = (n: number): string => `${String(Date.UTC(2026, 0, 1) + n).padStart(13, '0')}-0000-dold`;
  const parts = (office: string | null, serial: string) => ({ office, year: '23', type: 'cv', serial, judges: ['EMC'], defendant: null, kind: 'district' });
  // v1 records: no `deleted`, cases without `looseKey`.
  await db.put('cases', { id: 'c1', stamp: stamp(1), deviceId: 'dold', court: 'cand', key: 'cand|23|cv|4557|3', docketNumber: '3:23-cv-04557-EMC', parts: parts('3', '04557'), title: 'Doe v. ICE', tags: ['FOIA'], createdAt: '2026-01-01T00:00:00.000Z' });
  await db.put('cases', { id: 'c2', stamp: stamp(2), deviceId: 'dold', court: 'cand', key: 'cand|23|cv|10', docketNumber: '23-cv-00010', parts: parts(null, '00010'), title: '', tags: [], createdAt: '2026-01-01T00:00:00.000Z' });
  await db.put('notes', { id: 'n1', stamp: stamp(3), deviceId: 'dold', caseId: 'c1', text: 'Vaughn index due', createdAt: '2026-01-02T00:00:00.000Z', editedAt: '2026-01-02T00:00:00.000Z' });
  await db.put('deadlines', { id: 'd1', stamp: stamp(4), deviceId: 'dold', caseId: 'c1', due: '2026-12-01', time: '13:30', title: 'CMC', kind: 'hearing', done: false, source: 'manual' });
  await db.put('productions', { id: 'p1', stamp: stamp(5), deviceId: 'dold', caseId: 'c1', date: '2026-07-13', agency: 'ICE', component: 'HSI', pagesReviewed: 909, pagesReleased: 120, pagesReleasedInPart: 30, pagesWithheldInFull: 10, pagesReferred: 0, note: '' });
  await db.put('meta', 'dold', 'deviceId');
  db.close();
}

/**
 * Version 2 as it shipped, written by hand: v1's stores with tombstones and looseKey, and
 * productions without referredTo, exemptions or sourceQuote. A deleted production too, so the
 * backfill is seen to keep tombstones as they are.
 */
async function writeV2(name: string): Promise<void> {
  const db = await openDB(name, 2, {
    upgrade(raw) {
      const cases = raw.createObjectStore('cases', { keyPath: 'id' });
      cases.createIndex('key', 'key');
      cases.createIndex('looseKey', 'looseKey');
      cases.createIndex('stamp', 'stamp');
      for (const store of ['notes', 'deadlines', 'productions']) {
        const s = raw.createObjectStore(store, { keyPath: 'id' });
        s.createIndex('caseId', 'caseId');
        s.createIndex('stamp', 'stamp');
        if (store === 'deadlines') s.createIndex('due', 'due');
      }
      raw.createObjectStore('meta');
    },
  });
  const stamp = (n: number): string => `${String(Date.UTC(2026, 5, 1) + n).padStart(13, '0')}-0000-dv2`;
  const parts = { office: '3', year: '23', type: 'cv', serial: '04557', judges: ['EMC'], defendant: null, kind: 'district' };
  await db.put('cases', { id: 'c1', stamp: stamp(1), deviceId: 'dv2', deleted: false, court: 'cand', key: 'cand|23|cv|4557|3', looseKey: 'cand|23|cv|4557', docketNumber: '3:23-cv-04557-EMC', parts, title: 'Doe v. ICE', tags: ['FOIA'], createdAt: '2026-01-01T00:00:00.000Z' });
  await db.put('notes', { id: 'n1', stamp: stamp(2), deviceId: 'dv2', deleted: false, caseId: 'c1', text: 'Vaughn index due', createdAt: '2026-01-02T00:00:00.000Z', editedAt: '2026-01-02T00:00:00.000Z' });
  await db.put('deadlines', { id: 'd1', stamp: stamp(3), deviceId: 'dv2', deleted: false, caseId: 'c1', due: '2026-12-01', time: null, title: 'Production', kind: 'production', done: false, source: 'manual' });
  await db.put('productions', { id: 'p1', stamp: stamp(4), deviceId: 'dv2', deleted: false, caseId: 'c1', date: '2026-07-13', agency: 'ICE', component: 'HSI', pagesReviewed: 909, pagesReleased: 120, pagesReleasedInPart: 30, pagesWithheldInFull: 10, pagesReferred: 3, note: 'first release' });
  await db.put('productions', { id: 'p2', stamp: stamp(5), deviceId: 'dv2', deleted: true, caseId: 'c1', date: '2026-08-13', agency: 'ICE', component: 'ERO', pagesReviewed: 186, pagesReleased: 40, pagesReleasedInPart: 6, pagesWithheldInFull: 5, pagesReferred: 0, note: '' });
  await db.put('meta', 'dv2', 'deviceId');
  await db.put('meta', 1_780_000_000_000, 'lastPurge');
  db.close();
}

const V2_STORES = ['cases', 'notes', 'deadlines', 'productions', 'meta'];

async function dump(name: string, version: number, stores = V2_STORES): Promise<Record<string, unknown[]>> {
  const db = await openDB(name, version);
  const out: Record<string, unknown[]> = {};
  for (const s of stores) out[s] = await db.getAll(s);
  db.close();
  return out;
}

describe('migrations', () => {
  it('the current version is 3', () => {
    expect(CURRENT_VERSION).toBe(3);
  });

  it('v1 → v2 keeps every record and field, adds deleted:false and looseKey', async () => {
    const name = freshName('v1');
    await writeV1(name);
    const before = await dump(name, 1);
    (await openDocketDb(name)).close();
    const after = await dump(name, CURRENT_VERSION);
    for (const store of Object.keys(before)) {
      expect(after[store]).toHaveLength(before[store]!.length);
      before[store]!.forEach((old, i) => expect(after[store]![i]).toMatchObject(old as object));
    }
    expect(after.cases!.map((c) => (c as { looseKey: string }).looseKey)).toEqual(['cand|23|cv|4557', 'cand|23|cv|10']);
    for (const store of ['cases', 'notes', 'deadlines', 'productions'])
      for (const r of after[store]!) expect((r as { deleted: unknown }).deleted).toBe(false);
  });

  it('a migrated database serves lookups through the new looseKey index and the repository', async () => {
    const name = freshName('v1');
    await writeV1(name);
    const db = await openDocketDb(name);
    expect(db.objectStoreNames.length).toBe(8);
    expect([...db.transaction('cases').store.indexNames].sort()).toEqual(['key', 'looseKey', 'stamp']);
    expect((await db.getAllFromIndex('cases', 'looseKey', 'cand|23|cv|4557')).map((c) => c.id)).toEqual(['c1']);
    db.close();
    const repo = await Repository.open({ name });
    expect(repo.deviceId).toBe('dold');
    const lookup = repo.lookupPage(pageReport('cand', '23-cv-04557', [{ text: '3:23-cv-00010-WHA' }]));
    expect(lookup.primary).toMatchObject({ id: 'c1', noteCount: 1, title: 'Doe v. ICE' });
    expect(lookup.primary!.production.pagesReviewed).toBe(909);
    expect(Object.values(lookup.mentions).map((s) => s.id)).toEqual(['c2']);
    // New writes after the upgrade sort after the old stamps.
    await repo.putNote({ caseId: 'c1', text: 'after upgrade' });
    const notes = (await repo.getAllRecords()).notes;
    expect(notes).toHaveLength(2);
    expect(notes.find((n) => n.text === 'after upgrade')!.stamp > notes.find((n) => n.id === 'n1')!.stamp).toBe(true);
    repo.close();
  });

  it('opening a current database again changes nothing', async () => {
    const name = freshName('v3');
    await writeV1(name);
    (await openDocketDb(name)).close();
    const all = [...V2_STORES, 'expected', 'paces', 'requests'];
    const once = await dump(name, CURRENT_VERSION, all);
    (await openDocketDb(name)).close();
    expect(await dump(name, CURRENT_VERSION, all)).toEqual(once);
  });

  it('a fresh database is created at the current version with every store', async () => {
    const db = await openDocketDb(freshName('new'));
    expect(db.version).toBe(CURRENT_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['cases', 'deadlines', 'expected', 'meta', 'notes', 'paces', 'productions', 'requests']);
    expect([...db.transaction('deadlines').store.indexNames].sort()).toEqual(['caseId', 'due', 'stamp']);
    for (const store of ['expected', 'paces', 'requests'] as const) expect([...db.transaction(store).store.indexNames].sort()).toEqual(['caseId', 'stamp']);
    db.close();
  });

  it('v2 → v3 keeps every record, field and tombstone, adds the new production fields empty and the new stores', async () => {
    const name = freshName('v2');
    await writeV2(name);
    const before = await dump(name, 2);
    (await openDocketDb(name)).close();
    const after = await dump(name, 3, [...V2_STORES, 'expected', 'paces', 'requests']);
    for (const store of V2_STORES) {
      expect(after[store]).toHaveLength(before[store]!.length);
      before[store]!.forEach((old, i) => expect(after[store]![i]).toMatchObject(old as object));
    }
    // Cases, notes, deadlines and meta are byte for byte what v2 wrote.
    for (const store of ['cases', 'notes', 'deadlines', 'meta']) expect(after[store]).toEqual(before[store]);
    expect(after.productions).toEqual(before.productions!.map((p) => ({ ...(p as object), referredTo: '', exemptions: [], sourceQuote: '' })));
    expect(after.expected).toEqual([]);
    expect(after.paces).toEqual([]);
    expect(after.requests).toEqual([]);
  });

  it('a database migrated from v2 reads, totals and takes the new kinds through the repository', async () => {
    const name = freshName('v2');
    await writeV2(name);
    const repo = await Repository.open({ name });
    expect(repo.deviceId).toBe('dv2');
    const bundle = (await repo.getCase('c1'))!;
    expect(bundle.productions.map((p) => [p.id, p.pagesReviewed, p.pagesReferred, p.note, p.referredTo, p.exemptions])).toEqual([['p1', 909, 3, 'first release', '', []]]);
    expect(repo.summary('c1')!.production.pagesReviewed).toBe(909);
    const e = await repo.putExpected({ caseId: 'c1', agency: 'ICE', component: 'HSI', pages: 2000, approximate: true, asOf: '2026-09-01', note: '', sourceQuote: '' });
    const pace = await repo.putPace({ caseId: 'c1', agency: 'ICE', perMonth: 500, from: '2026-07-01', basis: 'order', note: '', sourceQuote: '' });
    const q = await repo.putRequest({ caseId: 'c1', agency: 'ICE', trackingNumber: '2018-ICFO-26258', submitted: '2018-06-12', note: '' });
    const all = await repo.getAllRecords();
    expect(all.productions).toHaveLength(2); // the tombstone is still there
    expect(all.expected.map((x) => x.id)).toEqual([e.id]);
    expect(all.paces.map((x) => x.id)).toEqual([pace.id]);
    expect(all.requests.map((x) => x.trackingNumber)).toEqual(['2018-ICFO-26258']);
    // New stamps sort after every stamp v2 wrote.
    expect(e.stamp > all.productions.find((p) => p.id === 'p2')!.stamp).toBe(true);
    repo.close();
  });
});
