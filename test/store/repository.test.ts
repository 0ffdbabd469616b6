import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseStamp } from '../../lib/model/hlc';
import { caseIdFor } from '../../lib/store/records';
import { TOMBSTONE_HORIZON_MS } from '../../lib/store/tombstones';
import { manualClock, openRepo, freshName, pageReport } from './helpers';
import { Repository } from '../../lib/store/repository';

const DAY = 24 * 60 * 60 * 1000;

beforeEach(() => fakeBrowser.reset());

describe('cases', () => {
  it('creates a case with its identity and finds it again instead of duplicating', async () => {
    const repo = await openRepo();
    const a = await repo.createCase({ court: 'cand', docketNumber: '3:23-cv-04557-EMC', title: 'Doe v. ICE', tags: ['FOIA', 'foia', ' '] });
    expect(a).toMatchObject({ court: 'cand', key: 'cand|23|cv|4557|3', looseKey: 'cand|23|cv|4557', title: 'Doe v. ICE', tags: ['FOIA'] });
    // Caption form without office, and the same number with other judge initials: same case.
    const b = await repo.createCase({ court: 'cand', docketNumber: '23-cv-04557' });
    const c = await repo.createCase({ court: 'cand', docketNumber: '3:23-cv-4557-JSC' });
    expect(b.id).toBe(a.id);
    expect(c.id).toBe(a.id);
    expect(repo.listCases()).toHaveLength(1);
  });

  it('keeps cases apart that differ in court, type or office', async () => {
    const repo = await openRepo();
    const ids = new Set<string>();
    for (const [court, n] of [
      ['cand', '3:23-cv-04557'],
      ['cand', '3:23-cr-04557'],
      ['cand', '4:23-cv-04557'],
      ['nyed', '1:23-cv-04557'],
    ] as const)
      ids.add((await repo.createCase({ court, docketNumber: n })).id);
    expect(ids.size).toBe(4);
  });

  it('rejects an unknown court and a text that is not a case number, naming the field', async () => {
    const repo = await openRepo();
    await expect(repo.createCase({ court: 'zzzz', docketNumber: '1:23-cv-1' })).rejects.toThrow(/^court: unknown court/);
    await expect(repo.createCase({ court: 'cand', docketNumber: 'hello world' })).rejects.toThrow(/^docketNumber:/);
    expect(repo.listCases()).toHaveLength(0);
  });

  it('gives a case the same id on every profile (id follows identity)', async () => {
    const a = await openRepo();
    const b = await openRepo();
    const ca = await a.createCase({ court: 'cand', docketNumber: '4:21-cv-02632-DMR' });
    const cb = await b.createCase({ court: 'cand', docketNumber: '4:21-cv-02632-DMR' });
    expect(ca.id).toBe(cb.id);
    expect(ca.id).toBe(caseIdFor('cand|21|cv|2632|4'));
    expect(a.deviceId).not.toBe(b.deviceId);
  });

  it('updates title and tags with a later stamp', async () => {
    const clock = manualClock();
    const repo = await openRepo(clock.now);
    const c = await repo.createCase({ court: 'cand', docketNumber: '4:21-cv-02632' });
    const before = (await repo.getAllRecords()).cases[0]!.stamp;
    clock.advance(1000);
    const u = await repo.updateCase(c.id, { title: '  ACLU v. ICE ', tags: ['FOIA', 'ICE'] });
    expect(u).toMatchObject({ title: 'ACLU v. ICE', tags: ['FOIA', 'ICE'] });
    const after = (await repo.getAllRecords()).cases[0]!.stamp;
    expect(after > before).toBe(true);
  });
});

describe('page lookups', () => {
  it('finds the saved case from caption form, office form, and other judges; not a cr for a cv', async () => {
    const repo = await openRepo();
    const saved = await repo.createCase({ court: 'cand', docketNumber: '3:23-cv-04557-EMC' });
    const crim = await repo.createCase({ court: 'cand', docketNumber: '3:23-cr-00100-WHA' });
    const report = pageReport('cand', '23-cv-04557', [
      { text: '3:23-cv-04557-JSC' },
      { text: '3:23-cv-00100' }, // civil number with the criminal case's serial: not that case
      { text: '23-cr-100' },
      { text: '4:23-cv-04557' }, // other office: another case
    ]);
    const lookup = repo.lookupPage(report);
    expect(lookup.primary?.id).toBe(saved.id);
    const byText = Object.fromEntries(report.mentions.map((m) => [m.text, lookup.mentions[m.key]?.id ?? null]));
    expect(byText).toEqual({
      '3:23-cv-04557-JSC': saved.id,
      '3:23-cv-00100': null,
      '23-cr-100': crim.id,
      '4:23-cv-04557': null,
    });
  });

  it('a caption number saved without office is found from a docket that prints the office', async () => {
    const repo = await openRepo();
    const saved = await repo.createCase({ court: 'nyed', docketNumber: '23-cv-04557' });
    expect(repo.lookupPage(pageReport('nyed', '1:23-cv-04557-NGG')).primary?.id).toBe(saved.id);
    expect(repo.lookupPage(pageReport('cand', '1:23-cv-04557')).primary).toBeNull();
  });

  it('finds a saved case of any type from a district number printed without its type', async () => {
    const repo = await openRepo();
    const civil = await repo.createCase({ court: 'njd', docketNumber: '2:23-cv-01197-MCA' });
    const crim = await repo.createCase({ court: 'njd', docketNumber: '2:23-cr-00455' });
    // "related matters 23-1194 (…), 23-1197 (…)": district docket text leaves the type out.
    const report = pageReport('njd', null, [{ text: '23-1197' }, { text: '23-455' }, { text: '23-1198' }, { text: '23-1197', court: 'ca3' }]);
    const lookup = repo.lookupPage(report);
    expect(report.mentions.map((m) => [m.type, m.kind])).toEqual([[null, 'district'], [null, 'district'], [null, 'district'], [null, 'appellate']]);
    expect(report.mentions.map((m) => lookup.mentions[m.key]?.id ?? null).slice(0, 3)).toEqual([civil.id, crim.id, null]);
    // The court of appeals' 23-1197 is another case: its lookup finds nothing.
    expect(repo.lookupPage(pageReport('njd', null, [{ text: '23-1197', court: 'ca3' }])).mentions).toEqual({});
  });

  it('uses each mention’s own court when it has one', async () => {
    const repo = await openRepo();
    const saved = await repo.createCase({ court: 'nyed', docketNumber: '1:20-cv-00001' });
    const report = pageReport('cand', null, [{ text: '1:20-cv-00001', court: 'nyed' }, { text: '1:20-cv-00001' }]);
    const lookup = repo.lookupPage(report);
    expect(Object.values(lookup.mentions).map((s) => s.id)).toEqual([saved.id]);
  });

  it('no longer finds a deleted case, and finds it again after restore', async () => {
    const repo = await openRepo();
    const saved = await repo.createCase({ court: 'cand', docketNumber: '3:23-cv-04557' });
    await repo.deleteCase(saved.id);
    expect(repo.lookupPage(pageReport('cand', '3:23-cv-04557')).primary).toBeNull();
    await repo.restore('cases', saved.id);
    expect(repo.lookupPage(pageReport('cand', '3:23-cv-04557')).primary?.id).toBe(saved.id);
  });
});

describe('notes, deadlines, productions and summaries', () => {
  it('summarises notes, open deadlines soonest first and production totals', async () => {
    const clock = manualClock();
    const repo = await openRepo(clock.now);
    const c = await repo.createCase({ court: 'cand', docketNumber: '4:21-cv-02632' });
    await repo.putNote({ caseId: c.id, text: 'first' });
    clock.advance(1000);
    const second = await repo.putNote({ caseId: c.id, text: 'second' });
    await repo.putDeadline({ caseId: c.id, due: '2026-12-01', time: null, title: 'Reply', kind: 'filing', done: false });
    await repo.putDeadline({ caseId: c.id, due: '2026-11-30', time: '13:30', title: 'CMC', kind: 'hearing', done: false });
    await repo.putDeadline({ caseId: c.id, due: '2026-11-01', time: null, title: 'Old', kind: 'other', done: true });
    const p = { caseId: c.id, agency: 'ICE', component: 'HSI', pagesReferred: 0, note: '' };
    await repo.putProduction({ ...p, date: '2026-07-13', pagesReviewed: 909, pagesReleased: 120, pagesReleasedInPart: 30, pagesWithheldInFull: 10 });
    await repo.putProduction({ ...p, date: '2026-08-13', pagesReviewed: 100, pagesReleased: 1, pagesReleasedInPart: 2, pagesWithheldInFull: 3 });
    const s = repo.summary(c.id)!;
    expect(s.noteCount).toBe(2);
    expect(s.latestNotes.map((n) => n.text)).toEqual(['second', 'first']);
    expect(s.nextDeadlines.map((d) => d.title)).toEqual(['CMC', 'Reply']);
    expect(s.production).toEqual({ releases: 2, pagesReviewed: 1009, pagesReleased: 121, pagesReleasedInPart: 32, pagesWithheldInFull: 13, lastReleaseDate: '2026-08-13' });
    expect(s.updatedAt >= new Date(parseStamp(second.stamp)!.ms).toISOString()).toBe(true);
  });

  it('edits a note in place, keeping its creation time', async () => {
    const clock = manualClock();
    const repo = await openRepo(clock.now);
    const c = await repo.createCase({ court: 'cand', docketNumber: '4:21-cv-02632' });
    const n = await repo.putNote({ caseId: c.id, text: 'draft' });
    clock.advance(60_000);
    const e = await repo.putNote({ id: n.id, caseId: c.id, text: 'final' });
    expect(e).toMatchObject({ id: n.id, text: 'final', createdAt: n.createdAt });
    expect(e.editedAt > n.editedAt).toBe(true);
    expect((await repo.getCase(c.id))!.notes.map((x) => x.text)).toEqual(['final']);
  });

  it('refuses to add to a deleted or unknown case', async () => {
    const repo = await openRepo();
    const c = await repo.createCase({ court: 'cand', docketNumber: '4:21-cv-02632' });
    await repo.deleteCase(c.id);
    await expect(repo.putNote({ caseId: c.id, text: 'x' })).rejects.toThrow(/no longer saved/);
    await expect(repo.putNote({ caseId: 'case:nope', text: 'x' })).rejects.toThrow(/no longer saved/);
  });

  it('lists cases by next open deadline, then most recently updated; searches numbers, titles, tags, notes', async () => {
    const clock = manualClock();
    const repo = await openRepo(clock.now);
    const a = await repo.createCase({ court: 'cand', docketNumber: '3:23-cv-04557-EMC', title: 'Alpha v. CBP', tags: ['border'] });
    clock.advance(1000);
    const b = await repo.createCase({ court: 'nyed', docketNumber: '1:22-cv-00010', title: 'Beta v. ICE' });
    clock.advance(1000);
    const c = await repo.createCase({ court: 'dcd', docketNumber: '1:21-cv-00300', title: 'Gamma v. DHS' });
    await repo.putDeadline({ caseId: a.id, due: '2027-01-10', time: null, title: 'MSJ', kind: 'filing', done: false });
    await repo.putDeadline({ caseId: b.id, due: '2026-12-01', time: null, title: 'CMC', kind: 'hearing', done: false });
    await repo.putNote({ caseId: c.id, text: 'Vaughn index promised' });
    expect(repo.listCases().map((s) => s.id)).toEqual([b.id, a.id, c.id]);
    expect(repo.listCases('vaughn').map((s) => s.id)).toEqual([c.id]);
    expect(repo.listCases('BORDER').map((s) => s.id)).toEqual([a.id]);
    expect(repo.listCases('ice beta').map((s) => s.id)).toEqual([b.id]);
    expect(repo.listCases('23-cv-4557').map((s) => s.id)).toEqual([a.id]);
    expect(repo.listCases('nothing-like-this')).toEqual([]);
  });

  it('with a limit, lists the first cases of the same order and still searches every case; counts matches', async () => {
    const clock = manualClock();
    const repo = await openRepo(clock.now);
    for (let i = 0; i < 12; i++) {
      clock.advance(1000);
      const c = await repo.createCase({ court: 'cand', docketNumber: `3:23-cv-${String(100 + i).padStart(5, '0')}`, title: i % 3 ? `Plain ${i}` : `Tagged ${i}` });
      if (i % 4 === 0) await repo.putDeadline({ caseId: c.id, due: `2027-01-${String(20 - i).padStart(2, '0')}`, time: null, title: 'Reply', kind: 'filing', done: false });
    }
    const all = repo.listCases();
    expect(all).toHaveLength(12);
    for (const limit of [1, 5, 12, 50]) expect(repo.listCases('', limit)).toEqual(all.slice(0, limit));
    // The oldest case without a deadline sorts last, yet a search finds it within a limit of 1.
    const last = all[all.length - 1]!;
    expect(repo.listCases(last.docketNumber, 1).map((s) => s.id)).toEqual([last.id]);
    const tagged = repo.listCases('tagged');
    expect(tagged.map((s) => s.title).sort()).toEqual(['Tagged 0', 'Tagged 3', 'Tagged 6', 'Tagged 9']);
    expect(repo.listCases('tagged', 2)).toEqual(tagged.slice(0, 2));
    expect(repo.countCases()).toBe(12);
    expect(repo.countCases('  ')).toBe(12);
    expect(repo.countCases('tagged')).toBe(4);
    expect(repo.countCases('nothing-like-this')).toBe(0);
    await repo.deleteCase(tagged[0]!.id);
    expect(repo.countCases('tagged')).toBe(3);
    expect(repo.countCases()).toBe(11);
  });
});

describe('tombstones', () => {
  it('deleting a case tombstones its records; restore brings back exactly those', async () => {
    const clock = manualClock();
    const repo = await openRepo(clock.now);
    const c = await repo.createCase({ court: 'cand', docketNumber: '4:21-cv-02632' });
    const gone = await repo.putNote({ caseId: c.id, text: 'deleted earlier' });
    const kept = await repo.putNote({ caseId: c.id, text: 'kept' });
    const d = await repo.putDeadline({ caseId: c.id, due: '2026-12-01', time: null, title: 'Reply', kind: 'filing', done: false });
    await repo.deleteChild('notes', gone.id);
    await repo.deleteCase(c.id);
    const all = await repo.getAllRecords();
    expect(all.cases[0]!.deleted).toBe(true);
    expect(all.notes.every((n) => n.deleted)).toBe(true);
    expect(all.deadlines[0]!.deleted).toBe(true);
    expect(await repo.getCase(c.id)).toBeNull();
    await repo.restore('cases', c.id);
    const back = (await repo.getCase(c.id))!;
    expect(back.notes.map((n) => n.id)).toEqual([kept.id]);
    expect(back.deadlines.map((x) => x.id)).toEqual([d.id]);
  });

  it('a child restore needs a live case; restoring a live record changes nothing', async () => {
    const repo = await openRepo();
    const c = await repo.createCase({ court: 'cand', docketNumber: '4:21-cv-02632' });
    const n = await repo.putNote({ caseId: c.id, text: 'x' });
    await repo.deleteChild('notes', n.id);
    await expect(repo.deleteChild('notes', n.id)).rejects.toThrow(/already gone/);
    await repo.restore('notes', n.id);
    const before = await repo.getAllRecords();
    await repo.restore('notes', n.id);
    expect(await repo.getAllRecords()).toEqual(before);
    await repo.deleteCase(c.id);
    const orphan = (await repo.getAllRecords()).notes[0]!;
    expect(orphan.deleted).toBe(true);
    await repo.deleteCase(c.id).catch(() => undefined);
    // The note went with the case; restoring the note alone is refused.
    await expect(repo.restore('notes', n.id)).rejects.toThrow(/Restore the case first/);
  });

  it('purges only tombstones older than 180 days', async () => {
    const clock = manualClock();
    const repo = await openRepo(clock.now);
    const c = await repo.createCase({ court: 'cand', docketNumber: '4:21-cv-02632' });
    const old = await repo.putNote({ caseId: c.id, text: 'old' });
    await repo.deleteChild('notes', old.id);
    clock.advance(100 * DAY);
    const recent = await repo.putNote({ caseId: c.id, text: 'recent' });
    await repo.deleteChild('notes', recent.id);
    const live = await repo.putNote({ caseId: c.id, text: 'live' });
    expect(await repo.purgeTombstones(clock.now() + TOMBSTONE_HORIZON_MS - 50 * DAY)).toBe(1);
    expect((await repo.getAllRecords()).notes.map((n) => n.id).sort()).toEqual([recent.id, live.id].sort());
  });
});

describe('merge (what sync uses)', () => {
  it('merges per record by stamp in both directions and converges', async () => {
    const ca = manualClock();
    const cb = manualClock();
    const a = await openRepo(ca.now);
    const b = await openRepo(cb.now);
    const caseA = await a.createCase({ court: 'cand', docketNumber: '4:21-cv-02632' });
    await b.mergeRecords(await a.getAllRecords());
    const noteA = await a.putNote({ caseId: caseA.id, text: 'from A' });
    const noteB = await b.putNote({ caseId: caseA.id, text: 'from B' });
    await b.mergeRecords({ notes: [noteA] });
    // A edits its note later; B's older copy must not win back.
    ca.advance(5000);
    const edited = await a.putNote({ id: noteA.id, caseId: caseA.id, text: 'from A, edited' });
    await a.mergeRecords(await b.getAllRecords());
    await b.mergeRecords(await a.getAllRecords());
    const sa = await a.getAllRecords();
    const sb = await b.getAllRecords();
    const byId = (s: typeof sa) => [...s.notes].sort((x, y) => (x.id < y.id ? -1 : 1));
    expect(byId(sa)).toEqual(byId(sb));
    expect(byId(sa).map((n) => n.text).sort()).toEqual(['from A, edited', 'from B']);
    expect(sa.notes.find((n) => n.id === noteA.id)!.stamp).toBe(edited.stamp);
    expect(noteB.deviceId).toBe(b.deviceId);
  });

  it('reports changed cases, fires onChange, and a later local write sorts after merged stamps', async () => {
    const a = await openRepo();
    const b = await openRepo(() => Date.UTC(2030, 0, 1));
    const c = await b.createCase({ court: 'cand', docketNumber: '4:21-cv-02632' });
    const heard: string[][] = [];
    a.onChange((ids) => heard.push(ids));
    const res = await a.mergeRecords(await b.getAllRecords());
    expect(res).toEqual({ changedCaseIds: [c.id], rejected: 0 });
    expect(heard).toEqual([[c.id]]);
    // A's wall clock is years behind B's, but its next stamp still sorts after B's.
    const u = await a.updateCase(c.id, { title: 'later' });
    const stamp = (await a.getAllRecords()).cases[0]!.stamp;
    expect(stamp > (await b.getAllRecords()).cases[0]!.stamp).toBe(true);
    expect(u.title).toBe('later');
    // Merging the same set again changes nothing and reports nothing.
    expect((await a.mergeRecords(await b.getAllRecords())).changedCaseIds).toEqual([]);
  });

  it('skips records that fail the schema without touching the others', async () => {
    const repo = await openRepo();
    const other = await openRepo();
    const c = await other.createCase({ court: 'cand', docketNumber: '4:21-cv-02632' });
    const set = await other.getAllRecords();
    const bad = { ...set.cases[0]!, id: 'case:bad', court: 'NOT A COURT' };
    const res = await repo.mergeRecords({ cases: [bad, set.cases[0]!] });
    expect(res).toEqual({ changedCaseIds: [c.id], rejected: 1 });
    expect((await repo.getAllRecords()).cases.map((x) => x.id)).toEqual([c.id]);
  });

  it('a tombstone from elsewhere wins over an older live record', async () => {
    const a = await openRepo();
    const b = await openRepo();
    const c = await a.createCase({ court: 'cand', docketNumber: '4:21-cv-02632' });
    await b.mergeRecords(await a.getAllRecords());
    await b.deleteCase(c.id);
    await a.mergeRecords(await b.getAllRecords());
    expect(a.listCases()).toEqual([]);
  });
});

describe('restart', () => {
  it('keeps the device id and never stamps backwards after reopening', async () => {
    const name = freshName();
    const late = await Repository.open({ name, now: () => Date.UTC(2030, 0, 1) });
    const c = await late.createCase({ court: 'cand', docketNumber: '4:21-cv-02632' });
    const id = late.deviceId;
    const stamp = (await late.getAllRecords()).cases[0]!.stamp;
    late.close();
    const reopened = await Repository.open({ name, now: () => Date.UTC(2026, 0, 1) });
    expect(reopened.deviceId).toBe(id);
    expect(reopened.summary(c.id)?.id).toBe(c.id);
    await reopened.updateCase(c.id, { title: 'after restart' });
    expect((await reopened.getAllRecords()).cases[0]!.stamp > stamp).toBe(true);
  });
});

describe('change origins and scheduled purge', () => {
  it('tells listeners whether a change was local, merged or imported', async () => {
    const a = await openRepo();
    const b = await openRepo();
    const heard: string[] = [];
    a.onChange((_ids, origin) => heard.push(origin));
    const c = await a.createCase({ court: 'cand', docketNumber: '4:21-cv-02632' });
    await b.createCase({ court: 'nyed', docketNumber: '1:20-cv-1' });
    await a.mergeRecords(await b.getAllRecords());
    await a.readDecideWrite(() => ({ writes: { cases: [], notes: [], deadlines: [], productions: [], expected: [], paces: [], requests: [] }, caseIds: [c.id] }));
    expect(heard).toEqual(['local', 'merge', 'import']);
  });

  it('purges at most once a day', async () => {
    const clock = manualClock();
    const repo = await openRepo(clock.now);
    const c = await repo.createCase({ court: 'cand', docketNumber: '4:21-cv-02632' });
    const n = await repo.putNote({ caseId: c.id, text: 'x' });
    await repo.deleteChild('notes', n.id);
    const later = clock.now() + TOMBSTONE_HORIZON_MS + DAY;
    expect(await repo.purgeTombstonesIfDue(clock.now())).toBe(0);
    expect(await repo.purgeTombstonesIfDue(clock.now() + 1000)).toBeNull();
    expect(await repo.purgeTombstonesIfDue(later)).toBe(1);
  });
});
