/**
 * The replica against the real store: two profiles, each with its own IndexedDB repository
 * (fake-indexeddb), editing the same case apart through the repository's own API; both converge
 * with every note, edit and delete, and the repository's change signal fires for incoming data.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { Repository } from '../../lib/store/repository';
import { Replica } from '../../lib/sync/replica';
import { mulberry32, Sim, SyncServer } from './fake-sync';

let dbSerial = 0;

describe('sync between two real repositories', () => {
  it('converges edits, deletes and new notes made apart on the same case', async () => {
    const sim = new Sim(Date.now());
    const server = new SyncServer(sim, mulberry32(11));
    const open = (): Promise<Repository> => Repository.open({ name: `sync-repo-${Date.now()}-${dbSerial++}`, now: () => sim.now() });
    const [repoA, repoB] = await Promise.all([open(), open()]);
    const replicas = [repoA, repoB].map((repo) => new Replica({ local: repo, area: server.connect(), timers: sim, debounceMs: 300 }));
    const settle = async (): Promise<void> => {
      await Promise.all(replicas.map((r) => r.settled()));
    };
    const run = async (): Promise<void> => {
      expect(await sim.run(settle)).toBe(true);
    };
    for (const r of replicas) r.start();

    const heardB: string[] = [];
    repoB.onChange((ids) => heardB.push(...ids));
    const c = await repoA.createCase({ court: 'cand', docketNumber: '4:21-cv-02632-DMR', title: 'Doe v. ICE' });
    const first = await repoA.putNote({ caseId: c.id, text: 'Vaughn index due' });
    await run();
    expect((await repoB.getCase(c.id))?.notes.map((n) => n.text)).toEqual(['Vaughn index due']);
    expect(heardB).toContain(c.id);

    // Apart: A edits the note, B adds another and deletes nothing; then B deletes A's note later.
    server.profiles[1]!.connected = false;
    sim.time += 1_000;
    await repoA.putNote({ id: first.id, caseId: c.id, text: 'Vaughn index due 7/21' });
    await repoB.putNote({ caseId: c.id, text: 'Call AUSA' });
    await repoB.putDeadline({ caseId: c.id, due: '2026-07-21', time: null, title: 'Vaughn index', kind: 'production', done: false });
    await run();
    server.profiles[1]!.reconnect();
    await run();
    for (const repo of [repoA, repoB]) {
      const bundle = await repo.getCase(c.id);
      expect(bundle?.notes.map((n) => n.text).sort()).toEqual(['Call AUSA', 'Vaughn index due 7/21']);
      expect(bundle?.deadlines.map((d) => d.title)).toEqual(['Vaughn index']);
    }

    sim.time += 1_000;
    await repoB.deleteChild('notes', first.id);
    await run();
    expect((await repoA.getCase(c.id))?.notes.map((n) => n.text)).toEqual(['Call AUSA']);
    const all = await repoA.getAllRecords();
    expect(all.notes.find((n) => n.id === first.id)?.deleted).toBe(true);
    for (const r of replicas) await r.stop();
    repoA.close();
    repoB.close();
  });

  it('carries releases with their new fields, expected volumes, paces and requests, and their deletes', async () => {
    const sim = new Sim(Date.now());
    const server = new SyncServer(sim, mulberry32(12));
    const open = (): Promise<Repository> => Repository.open({ name: `sync-repo-${Date.now()}-${dbSerial++}`, now: () => sim.now() });
    const [repoA, repoB] = await Promise.all([open(), open()]);
    const replicas = [repoA, repoB].map((repo) => new Replica({ local: repo, area: server.connect(), timers: sim, debounceMs: 300 }));
    const run = async (): Promise<void> => {
      expect(await sim.run(async () => void (await Promise.all(replicas.map((r) => r.settled()))))).toBe(true);
    };
    for (const r of replicas) r.start();
    const c = await repoA.createCase({ court: 'cand', docketNumber: '4:21-cv-02632-DMR' });
    await repoA.addProductionRows(c.id, {
      productions: [{ date: '2021-09-13', agency: 'ICE', component: 'HSI', pagesReviewed: 909, pagesReleased: 120, pagesReleasedInPart: 30, pagesWithheldInFull: 10, pagesReferred: 3, referredTo: 'USCIS', exemptions: ['(b)(6)'], note: '', sourceQuote: 'ICE processed 909 pages' }],
      expected: [{ agency: 'ICE', component: 'OPLA', pages: 2947, approximate: true, asOf: '2021-07-13', note: '', sourceQuote: '' }],
      paces: [{ agency: '', perMonth: 500, from: '2021-08-01', basis: 'order', note: '', sourceQuote: '' }],
    });
    const q = await repoA.putRequest({ caseId: c.id, agency: 'ICE', trackingNumber: '2018-ICFO-26258', submitted: '2018-06-12', note: '' });
    await run();
    const b = (await repoB.getCase(c.id))!;
    const a = (await repoA.getCase(c.id))!;
    expect(b.productions).toEqual(a.productions);
    expect(b.productions[0]).toMatchObject({ referredTo: 'USCIS', exemptions: ['(b)(6)'], sourceQuote: 'ICE processed 909 pages' });
    expect(b.expected).toEqual(a.expected);
    expect(b.paces).toEqual(a.paces);
    expect(b.requests).toEqual(a.requests);
    sim.time += 1_000;
    await repoB.deleteChild('requests', q.id);
    await repoB.putPace({ id: b.paces[0]!.id, caseId: c.id, agency: '', perMonth: 750, from: '2021-10-01', basis: 'agreement', note: '', sourceQuote: '' });
    await run();
    const after = (await repoA.getCase(c.id))!;
    expect(after.requests).toEqual([]);
    expect(after.paces.map((p) => [p.perMonth, p.from, p.basis])).toEqual([[750, '2021-10-01', 'agreement']]);
    for (const r of replicas) await r.stop();
    repoA.close();
    repoB.close();
  });
});
