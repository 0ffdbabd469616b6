/**
 * Property test (fast-check): two users, three devices, one case shared between the users and one
 * private to the first. Random interleavings of edits and deletes, syncs, skewed clocks, cut-off
 * uploads, files a sync client delivers late, and engines restarted from their saved state; then
 * every device syncs to quiet. Each device must end with exactly the sequential oracle's state,
 * every record as its highest-stamped write (nothing acknowledged lost), and the private case
 * only on the first user's devices. A fresh device of the first user, pulling cold, gets the same.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemoryBlobStore } from '../../lib/blobsync/memory-store';
import type { AnyRecord, RecordKind } from '../../lib/model/schema';
import { caseFields } from '../sync/memory-records';
import { contents, device, note, type Device } from './devices';

const X = 'case:cand|21|cv|2632|4';
const Y = 'case:nysd|19|cv|1234|1';
const SKEW = [0, 5 * 60_000, -3_600_000];

type Op =
  | { op: 'edit'; dev: number; onY: boolean; rec: number; del: boolean }
  | { op: 'title'; dev: number; onY: boolean }
  | { op: 'sync'; dev: number }
  | { op: 'tick'; ms: number }
  | { op: 'cut'; dev: number; at: number }
  | { op: 'hide'; k: number }
  | { op: 'show' }
  | { op: 'restart'; dev: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('edit' as const), dev: fc.nat(2), onY: fc.boolean(), rec: fc.nat(3), del: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('title' as const), dev: fc.nat(2), onY: fc.boolean() }) },
  { weight: 5, arbitrary: fc.record({ op: fc.constant('sync' as const), dev: fc.nat(2) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('tick' as const), ms: fc.integer({ min: 0, max: 120_000 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('cut' as const), dev: fc.nat(2), at: fc.nat(200) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('hide' as const), k: fc.nat(50) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('show' as const) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('restart' as const), dev: fc.nat(2) }) },
);

/** The sequential oracle: every acknowledged write, each record ending as its highest stamp. */
class Oracle {
  private readonly best = new Map<string, { kind: RecordKind; rec: AnyRecord }>();
  wrote(kind: RecordKind, rec: AnyRecord): void {
    const cur = this.best.get(`${kind}/${rec.id}`);
    if (!cur || rec.stamp > cur.rec.stamp) this.best.set(`${kind}/${rec.id}`, { kind, rec: structuredClone(rec) });
  }
  contents(caseIds: string[]): string {
    const set = { cases: [], notes: [], deadlines: [], productions: [], expected: [], paces: [], requests: [] } as Record<RecordKind, AnyRecord[]>;
    for (const { kind, rec } of this.best.values()) set[kind].push(rec);
    return contents(set as never, caseIds);
  }
}

async function scenario(ops: Op[]): Promise<void> {
  const server = new MemoryBlobStore();
  let t = Date.UTC(2026, 5, 1);
  const oracle = new Oracle();
  const devs: Device[] = [];
  for (let i = 0; i < 3; i++) devs.push(await device(server, String(i), () => t + SKEW[i]!, { compactAfter: 3 }));
  const [a1, a2, c] = devs as [Device, Device, Device];
  await a1.engine.setupRing('user one passphrase', { create: true });
  await a2.engine.setupRing('user one passphrase', { create: false });
  await c.engine.setupRing('user two passphrase', { create: true });
  oracle.wrote('cases', a1.records.write('cases', caseFields(X, 'shared')));
  oracle.wrote('cases', a1.records.write('cases', caseFields(Y, 'private')));
  await a1.engine.shareCase(X, 'team passphrase');
  expect(await c.engine.join('team passphrase')).toBe(1);

  const sync = async (d: Device): Promise<void> => {
    try {
      await d.engine.sync();
    } catch (error) {
      if (!/cut off/.test(String(error))) throw error;
    }
  };

  for (const op of ops) {
    t += 1;
    switch (op.op) {
      case 'edit': {
        const d = devs[op.dev]!;
        const caseId = op.onY && d !== c ? Y : X;
        oracle.wrote('notes', note(d, caseId, `n-${caseId === X ? 'x' : 'y'}-${op.rec}`, `text ${t} by ${d.name}`, op.del));
        break;
      }
      case 'title': {
        const d = devs[op.dev]!;
        const caseId = op.onY && d !== c ? Y : X;
        oracle.wrote('cases', d.records.write('cases', caseFields(caseId, `title ${t} by ${d.name}`)));
        break;
      }
      case 'sync':
        await sync(devs[op.dev]!);
        break;
      case 'tick':
        t += op.ms;
        break;
      case 'cut':
        devs[op.dev]!.client.truncateNextPut = op.at;
        break;
      case 'hide': {
        const names = server.names();
        if (names.length) server.hidden.add(names[op.k % names.length]!);
        break;
      }
      case 'show':
        server.hidden.clear();
        break;
      case 'restart':
        await devs[op.dev]!.restart();
        break;
    }
  }

  server.hidden.clear();
  for (const d of devs) d.client.truncateNextPut = null;
  for (let round = 0; round < 3; round++) for (const d of devs) await d.engine.sync();

  const both = oracle.contents([X, Y]);
  expect(contents(a1.records.snapshot(), [X, Y])).toBe(both);
  expect(contents(a2.records.snapshot(), [X, Y])).toBe(both);
  expect(contents(c.records.snapshot(), [X])).toBe(oracle.contents([X]));
  expect(contents(c.records.snapshot(), [Y])).toBe(contents({ cases: [], notes: [], deadlines: [], productions: [], expected: [], paces: [], requests: [] }));
  const cold = await device(server, 'cold', () => t);
  await cold.engine.setupRing('user one passphrase', { create: false });
  await cold.engine.sync();
  expect(contents(cold.records.snapshot(), [X, Y])).toBe(both);
}

describe('blob sync: random interleavings converge to the sequential oracle', () => {
  it('two users, three devices, faults', async () => {
    await fc.assert(fc.asyncProperty(fc.array(opArb, { minLength: 5, maxLength: 40 }), scenario), { numRuns: 100 });
  }, 120_000);
});
