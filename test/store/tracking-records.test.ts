/** Expected volumes, paces and FOIA requests in the repository: write, read, delete with the case, restore. */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openRepo } from './helpers';

beforeEach(() => fakeBrowser.reset());

const release = { date: '2026-03-15', agency: 'ICE', component: '', pagesReviewed: 500, pagesReleased: 30, pagesReleasedInPart: 212, pagesWithheldInFull: 258, pagesReferred: 0, referredTo: '', exemptions: ['(b)(6)', '(b)(6)'], note: '', sourceQuote: 'On March 15…' };
const expected = { agency: ' ICE ', component: 'HSI', pages: 909, approximate: false, asOf: '2026-02-01', note: '', sourceQuote: '' };
const pace = { agency: '', perMonth: 500, from: '2026-01-15', basis: 'order' as const, note: '', sourceQuote: '' };

describe('the FOIA tracking records', () => {
  it('adds pasted rows of one case in one write, trimmed, with their own ids', async () => {
    const repo = await openRepo();
    const c = await repo.createCase({ court: 'cand', docketNumber: '3:23-cv-04557' });
    const heard: string[][] = [];
    repo.onChange((ids) => heard.push(ids));
    expect(await repo.addProductionRows(c.id, { productions: [release], expected: [expected], paces: [pace] })).toEqual({ productions: 1, expected: 1, paces: 1 });
    expect(heard).toEqual([[c.id]]);
    const b = (await repo.getCase(c.id))!;
    expect(b.productions[0]).toMatchObject({ pagesReviewed: 500, exemptions: ['(b)(6)'], sourceQuote: 'On March 15…' });
    expect(b.expected[0]).toMatchObject({ agency: 'ICE', component: 'HSI', pages: 909 });
    expect(b.paces[0]).toMatchObject({ perMonth: 500, from: '2026-01-15' });
    expect(new Set([b.productions[0]!.id, b.expected[0]!.id, b.paces[0]!.id]).size).toBe(3);
    expect(repo.summary(c.id)!.production.pagesReviewed).toBe(500);
  });

  it('writes nothing when the case is gone', async () => {
    const repo = await openRepo();
    const c = await repo.createCase({ court: 'cand', docketNumber: '3:23-cv-04557' });
    await repo.deleteCase(c.id);
    await expect(repo.addProductionRows(c.id, { productions: [release], expected: [expected], paces: [pace] })).rejects.toThrow(/no longer saved/);
    const all = await repo.getAllRecords();
    expect([all.productions, all.expected, all.paces]).toEqual([[], [], []]);
  });

  it('edits in place, deletes with the case and comes back with it', async () => {
    const repo = await openRepo();
    const c = await repo.createCase({ court: 'cand', docketNumber: '3:23-cv-04557' });
    const e = await repo.putExpected({ caseId: c.id, ...expected });
    const p = await repo.putPace({ caseId: c.id, ...pace });
    const q = await repo.putRequest({ caseId: c.id, agency: 'ICE', trackingNumber: ' 2018-ICFO-26258 ', submitted: null, note: '' });
    expect(q.trackingNumber).toBe('2018-ICFO-26258');
    await repo.putPace({ id: p.id, caseId: c.id, ...pace, perMonth: 750 });
    expect((await repo.getCase(c.id))!.paces.map((x) => [x.id, x.perMonth])).toEqual([[p.id, 750]]);
    await repo.deleteCase(c.id);
    const gone = await repo.getAllRecords();
    for (const list of [gone.expected, gone.paces, gone.requests]) expect(list.every((r) => r.deleted)).toBe(true);
    await repo.restore('cases', c.id);
    const back = (await repo.getCase(c.id))!;
    expect([back.expected.map((x) => x.id), back.paces.map((x) => x.id), back.requests.map((x) => x.id)]).toEqual([[e.id], [p.id], [q.id]]);
  });

  it('deletes one and restores it', async () => {
    const repo = await openRepo();
    const c = await repo.createCase({ court: 'cand', docketNumber: '3:23-cv-04557' });
    const e = await repo.putExpected({ caseId: c.id, ...expected });
    await repo.deleteChild('expected', e.id);
    expect((await repo.getCase(c.id))!.expected).toEqual([]);
    await expect(repo.deleteChild('expected', e.id)).rejects.toThrow(/already gone/);
    await repo.restore('expected', e.id);
    expect((await repo.getCase(c.id))!.expected.map((x) => x.id)).toEqual([e.id]);
  });
});
