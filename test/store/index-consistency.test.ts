/**
 * The in-memory case index must always equal one rebuilt from the database: after a seeded random
 * run of every kind of write (create, edit, delete, restore, merge, import), a second repository
 * opened on the same database lists and finds exactly the same.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importData } from '../../lib/store/interchange';
import { Repository } from '../../lib/store/repository';
import { freshName, manualClock, pageReport } from './helpers';
import { mulberry32 } from '../seeded-random';

beforeEach(() => fakeBrowser.reset());

const NUMBERS = ['3:23-cv-04557-EMC', '23-cv-04557', '4:23-cv-04557', '3:23-cr-04557', '1:21-cv-00300', '21-cv-300', '4:21-cv-02632-DMR'];

describe('case index', () => {
  it('stays equal to the database after 400 random operations', async () => {
    const clock = manualClock();
    const name = freshName('consistency');
    const repo = await Repository.open({ name, now: clock.now });
    const other = await Repository.open({ name: freshName('other'), now: clock.now });
    const rnd = mulberry32(99);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
    const ops = { create: 0, child: 0, delete: 0, restore: 0, merge: 0, import: 0 };
    for (let i = 0; i < 400; i++) {
      clock.advance(Math.floor(rnd() * 5000));
      const all = await repo.getAllRecords();
      const live = all.cases.filter((c) => !c.deleted);
      const r = rnd();
      try {
        if (r < 0.2 || !live.length) {
          await repo.createCase({ court: pick(['cand', 'nyed']), docketNumber: pick(NUMBERS), title: `t${i}` });
          ops.create++;
        } else if (r < 0.5) {
          const c = pick(live);
          const k = rnd();
          if (k < 0.4) await repo.putNote({ caseId: c.id, text: `note ${i}` });
          else if (k < 0.7) await repo.putDeadline({ caseId: c.id, due: `2026-12-${String(1 + (i % 28)).padStart(2, '0')}`, time: null, title: `d${i}`, kind: 'filing', done: rnd() < 0.3 });
          else await repo.putProduction({ caseId: c.id, date: '2026-07-01', agency: 'ICE', component: '', pagesReviewed: i, pagesReleased: 1, pagesReleasedInPart: 0, pagesWithheldInFull: 0, pagesReferred: 0, note: '' });
          ops.child++;
        } else if (r < 0.6) {
          const kids = [...all.notes, ...all.deadlines].filter((x) => !x.deleted);
          if (rnd() < 0.5 && kids.length) {
            const kid = pick(kids);
            await repo.deleteChild('due' in kid ? 'deadlines' : 'notes', kid.id);
          } else await repo.deleteCase(pick(live).id);
          ops.delete++;
        } else if (r < 0.7) {
          const dead = all.cases.filter((c) => c.deleted);
          if (dead.length) await repo.restore('cases', pick(dead).id);
          ops.restore++;
        } else if (r < 0.85) {
          const oc = await other.createCase({ court: pick(['cand', 'nyed']), docketNumber: pick(NUMBERS) });
          await other.putNote({ caseId: oc.id, text: `remote ${i}` });
          await repo.mergeRecords(await other.getAllRecords());
          ops.merge++;
        } else {
          const file = { format: 'docket-margin', version: 1, cases: [{ court: pick(['cand', 'nyed']), docketNumber: pick(NUMBERS), tags: [`tag${i % 3}`], notes: [{ text: `imported ${i % 5}` }] }] };
          await importData(repo, JSON.stringify(file), clock.now());
          ops.import++;
        }
      } catch (error) {
        // Refusals (e.g. restoring a note of a deleted case) are fine; anything else is not.
        if (!(error instanceof Error) || error.name !== 'UserError') throw error;
      }
    }
    const rebuilt = await Repository.open({ name, now: clock.now });
    expect(repo.listCases()).toEqual(rebuilt.listCases());
    for (const q of ['note', 'imported 3', 'tag1', '23-cv-4557', 'remote'])
      expect(repo.listCases(q).map((s) => s.id)).toEqual(rebuilt.listCases(q).map((s) => s.id));
    for (const court of ['cand', 'nyed'])
      for (const n of NUMBERS) expect(repo.lookupPage(pageReport(court, n))).toEqual(rebuilt.lookupPage(pageReport(court, n)));
    expect(Object.values(ops).every((n) => n > 5)).toBe(true);
  }, 60_000);
});
