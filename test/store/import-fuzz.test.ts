/**
 * Fuzzed imports: thousands of random and mutated files from a seeded PRNG. No file may crash the
 * importer; a rejected file leaves the stored data byte-identical; an accepted one leaves only
 * records that pass the schema.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { UserError } from '../../lib/messages/user-error';
import { exportData, importData } from '../../lib/store/interchange';
import { CaseRecord, DeadlineRecord, NoteRecord, ProductionRecord } from '../../lib/model/schema';
import { manualClock, openRepo } from './helpers';
import { mulberry32 } from '../seeded-random';

beforeEach(() => fakeBrowser.reset());

const NOW = Date.UTC(2026, 10, 22, 12);
const SEED = Number(process.env.DM_FUZZ_SEED ?? 20261122);
const RUNS = Number(process.env.DM_FUZZ_RUNS ?? 3000);

const ATOMS: unknown[] = [
  null, true, false, 0, -1, 1.5, 1e308, -0, '', ' ', 'docket-margin', 'cand', 'CAND', 'zz', '23-cv-04557', '4:21-cv-02632-DMR',
  '2023-02-30', '2024-02-29', '25:00', '13:30', 'hearing', 'party', '<img src=x onerror=alert(1)>', '\u0000', '\ud800', 'x'.repeat(600),
  '0001732276800000-0000-dabc', '__proto__', [], {}, 2, 1,
];

function randomValue(rnd: () => number, depth = 0): unknown {
  const r = rnd();
  if (depth > 3 || r < 0.5) return ATOMS[Math.floor(rnd() * ATOMS.length)];
  if (r < 0.75) return Array.from({ length: Math.floor(rnd() * 4) }, () => randomValue(rnd, depth + 1));
  const keys = ['format', 'version', 'cases', 'court', 'docketNumber', 'notes', 'text', 'due', 'id', 'stamp', 'pagesReleased', 'deleted', 'tags'];
  const o: Record<string, unknown> = {};
  for (let i = Math.floor(rnd() * 5); i > 0; i--) o[keys[Math.floor(rnd() * keys.length)]!] = randomValue(rnd, depth + 1);
  return o;
}

/** Replace, delete or add one node somewhere in a parsed file. */
function mutateJson(rnd: () => number, node: unknown): unknown {
  if (node === null || typeof node !== 'object' || rnd() < 0.15) return randomValue(rnd);
  const container = node as Record<string, unknown>;
  const keys = Object.keys(container);
  if (!keys.length) return node;
  const k = keys[Math.floor(rnd() * keys.length)]!;
  const op = rnd();
  if (op < 0.1) delete container[k];
  else if (op < 0.2 && Array.isArray(node)) node.push(structuredClone(node[0]));
  else if (op < 0.3 && typeof container[k] === 'number') container[k] = -(container[k] as number) - 1;
  else container[k] = mutateJson(rnd, container[k]);
  return node;
}

function mutateText(rnd: () => number, text: string): string {
  const at = Math.floor(rnd() * text.length);
  const op = rnd();
  if (op < 0.3) return text.slice(0, at);
  if (op < 0.6) return text.slice(0, at) + text.slice(at + 1 + Math.floor(rnd() * 20));
  const junk = Array.from({ length: 1 + Math.floor(rnd() * 8) }, () => String.fromCharCode(Math.floor(rnd() * 0x3000))).join('');
  return text.slice(0, at) + junk + text.slice(at);
}

const SCHEMAS = { cases: CaseRecord, notes: NoteRecord, deadlines: DeadlineRecord, productions: ProductionRecord };

describe('fuzzed imports', () => {
  it(`${RUNS} random and mutated files (seed ${SEED}): no crash, rejected files change nothing`, async () => {
    const clock = manualClock();
    const repo = await openRepo(clock.now);
    const c = await repo.createCase({ court: 'cand', docketNumber: '3:23-cv-04557-EMC', title: 'Doe v. ICE', tags: ['FOIA'] });
    await repo.putNote({ caseId: c.id, text: 'note' });
    await repo.putDeadline({ caseId: c.id, due: '2026-12-01', time: '13:30', title: 'CMC', kind: 'hearing', done: false });
    await repo.putProduction({ caseId: c.id, date: '2026-07-13', agency: 'ICE', component: 'HSI', pagesReviewed: 9, pagesReleased: 1, pagesReleasedInPart: 2, pagesWithheldInFull: 3, pagesReferred: 0, note: '' });
    const seedFile = (await exportData(repo, NOW)).text;
    const handWritten = JSON.stringify({ format: 'docket-margin', version: 1, cases: [{ court: 'nyed', docketNumber: '1:22-cv-00010', notes: [{ text: 'x' }], deadlines: [{ due: '2026-01-01', title: 't' }], productions: [{ date: '2026-01-01', pagesReleased: 3 }] }] });
    const rnd = mulberry32(SEED);
    let snapshot = JSON.stringify(await repo.getAllRecords());
    let rejected = 0;
    let accepted = 0;
    for (let i = 0; i < RUNS; i++) {
      const base = rnd() < 0.5 ? seedFile : handWritten;
      const kind = rnd();
      let text: string;
      if (kind < 0.15) text = JSON.stringify(randomValue(rnd)) ?? 'undefined';
      else if (kind < 0.6) {
        let doc = JSON.parse(base) as unknown;
        for (let m = 1 + Math.floor(rnd() * 3); m > 0; m--) doc = mutateJson(rnd, doc);
        text = JSON.stringify(doc) ?? '';
      } else text = mutateText(rnd, base);
      let error: unknown = null;
      try {
        await importData(repo, text, NOW);
      } catch (e) {
        error = e;
      }
      const now = JSON.stringify(await repo.getAllRecords());
      if (error) {
        rejected++;
        if (!(error instanceof UserError)) throw new Error(`run ${i}: crashed with ${String(error)} on ${text.slice(0, 200)}`);
        expect(error.message).toMatch(/^Nothing was imported: /);
        if (now !== snapshot) throw new Error(`run ${i}: a rejected file changed stored data: ${text.slice(0, 200)}`);
      } else {
        accepted++;
        const all = JSON.parse(now) as Record<keyof typeof SCHEMAS, unknown[]>;
        for (const k of Object.keys(SCHEMAS) as (keyof typeof SCHEMAS)[])
          for (const r of all[k]) if (!SCHEMAS[k].safeParse(r).success) throw new Error(`run ${i}: accepted file stored an invalid ${k} record: ${JSON.stringify(r).slice(0, 200)}`);
        snapshot = now;
      }
      clock.advance(10);
    }
    console.log(`fuzzed imports: ${RUNS} files, ${accepted} accepted, ${rejected} rejected (seed ${SEED})`);
    // Both paths must actually be exercised, or the fuzzer is not testing anything.
    expect(accepted).toBeGreaterThan(RUNS / 20);
    expect(rejected).toBeGreaterThan(RUNS / 4);
  }, 120_000);
});
