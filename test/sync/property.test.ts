/**
 * Property test: two and three simulated profiles, each with its own database and clock (skewed
 * wall clocks), one simulated sync service that enforces storage.sync's quotas and write-rate
 * limits and delivers items one by one with random delays. Seeded random interleavings of edits,
 * deletes, disconnections, failing storage calls and restarts; then everything reconnects and runs
 * to quiet. Every run must converge (all databases and all sync copies equal) and lose no
 * acknowledged edit: each record ends as the edit with the highest stamp.
 */
import { describe, expect, it } from 'vitest';
import { deriveKey, makeKeyCheck, newSalt, type EncryptionParams } from '../../lib/sync/crypto';
import { Replica, type ReplicaEncryption } from '../../lib/sync/replica';
import { RECORD_KIND_NAMES, type AnyRecord, type RecordKind, type RecordSet } from '../../lib/model/schema';
import { caseFields, deadlineFields, MemoryRecords, noteFields, productionFields } from './memory-records';
import { mulberry32, Sim, SyncServer, type ProfileArea } from './fake-sync';

interface Profile {
  records: MemoryRecords;
  area: ProfileArea;
  replica: Replica;
  debounceMs: number;
}

export interface ScenarioResult {
  edits: number;
  cycles: number;
  writes: number;
  rateErrors: number;
  restarts: number;
  disconnects: number;
  halfSeen: boolean;
}

const KINDS: RecordKind[] = ['cases', 'notes', 'deadlines', 'productions'];

function normalise(set: RecordSet): Record<string, AnyRecord[]> {
  const out: Record<string, AnyRecord[]> = {};
  for (const k of KINDS) out[k] = [...set[k]].sort((a, b) => (a.id < b.id ? -1 : 1));
  return out;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 ';

export async function runScenario(seed: number, profileCount: number, encryption: ReplicaEncryption | null = null): Promise<ScenarioResult> {
  const random = mulberry32(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const sim = new Sim(Date.UTC(2026, 0, 5, 9));
  const server = new SyncServer(sim, random);
  const result: ScenarioResult = { edits: 0, cycles: 0, writes: 0, rateErrors: 0, restarts: 0, disconnects: 0, halfSeen: false };
  const acked = Object.fromEntries(RECORD_KIND_NAMES.map((k) => [k, new Map<string, AnyRecord>()])) as Record<RecordKind, Map<string, AnyRecord>>;
  const ack = (kind: RecordKind, rec: AnyRecord): void => {
    const prev = acked[kind].get(rec.id);
    if (!prev || rec.stamp > prev.stamp) acked[kind].set(rec.id, rec);
  };

  const newReplica = (records: MemoryRecords, area: ProfileArea, debounceMs: number): Replica =>
    new Replica({
      local: records,
      area,
      timers: sim,
      debounceMs,
      maxWaitMs: debounceMs * 4,
      remoteDelayMs: 200,
      encryption,
      onStatus: (s) => {
        result.halfSeen ||= s.unreadableItems > 0;
      },
    });

  const profiles: Profile[] = [];
  for (let i = 0; i < profileCount; i++) {
    const skew = Math.floor((random() - 0.5) * 120_000);
    const records = new MemoryRecords(`p${i}s${seed}`, () => sim.now() + skew);
    const area = server.connect();
    const debounceMs = 100 + Math.floor(random() * 2_500);
    const replica = newReplica(records, area, debounceMs);
    replica.start();
    profiles.push({ records, area, replica, debounceMs });
  }
  const settle = async (): Promise<void> => {
    await Promise.all(profiles.map((p) => p.replica.settled()));
  };

  // A few case ids shared by every profile: ids follow case identity, so two profiles saving the
  // same case write the same record (and race on it).
  const caseIds = Array.from({ length: 2 + Math.floor(random() * 5) }, (_, i) => `case:cand:21-cv-${seed % 1000}${i}`);
  const childIds = { notes: [] as string[], deadlines: [] as string[], productions: [] as string[] };
  let bigNotes = 0;
  const text = (n: number): string => Array.from({ length: n }, () => pick([...ALPHABET])).join('');

  const edit = (p: Profile): void => {
    const r = p.records;
    const caseId = pick(caseIds);
    const roll = random();
    result.edits++;
    if (roll < 0.15 || !r.get('cases', caseId)) {
      ack('cases', r.write('cases', { ...caseFields(caseId, `Title ${text(8)}`, caseIds.indexOf(caseId) + 1) }));
    } else if (roll < 0.2) {
      // Delete a case: tombstones for it and for what it holds (as the repository does).
      const c = r.get('cases', caseId)!;
      ack('cases', r.write('cases', { ...c, deleted: true }));
      for (const kind of ['notes', 'deadlines', 'productions'] as const) {
        for (const child of r.snapshot()[kind]) if (child.caseId === caseId && !child.deleted) ack(kind, r.write(kind, { ...child, deleted: true }));
      }
    } else if (roll < 0.5) {
      const existing = childIds.notes.filter((id) => r.get('notes', id));
      if (existing.length && random() < 0.5) {
        const n = r.get('notes', pick(existing)) as AnyRecord & { text: string };
        if (random() < 0.3) ack('notes', r.write('notes', { ...n, deleted: true }));
        else ack('notes', r.write('notes', { ...n, deleted: false, text: `edited ${text(20)}` }));
      } else {
        const id = `n-${seed}-${childIds.notes.length}`;
        childIds.notes.push(id);
        const big = bigNotes < 1 && random() < 0.2;
        if (big) bigNotes++;
        ack('notes', r.write('notes', noteFields(id, caseId, big ? text(9_000 + Math.floor(random() * 4_000)) : `note ${text(30)} é ✓`)));
      }
    } else if (roll < 0.7) {
      const existing = childIds.deadlines.filter((id) => r.get('deadlines', id));
      const id = existing.length && random() < 0.5 ? pick(existing) : `d-${seed}-${childIds.deadlines.push(`d-${seed}-${childIds.deadlines.length}`) - 1}`;
      const prev = r.get('deadlines', id) as (AnyRecord & { caseId: string }) | undefined;
      ack('deadlines', r.write('deadlines', { ...deadlineFields(id, prev?.caseId ?? caseId, `Hearing ${text(6)}`), deleted: random() < 0.15 }));
    } else if (roll < 0.85) {
      const existing = childIds.productions.filter((id) => r.get('productions', id));
      const id = existing.length && random() < 0.5 ? pick(existing) : `p-${seed}-${childIds.productions.push(`p-${seed}-${childIds.productions.length}`) - 1}`;
      const prev = r.get('productions', id) as (AnyRecord & { caseId: string }) | undefined;
      ack('productions', r.write('productions', productionFields(id, prev?.caseId ?? caseId, Math.floor(random() * 5_000))));
    } else {
      const c = r.get('cases', caseId)!;
      ack('cases', r.write('cases', { ...c, deleted: false, title: `Renamed ${text(10)}`, tags: [pick(['foia', 'ice', 'cbp'])] }));
    }
  };

  const steps = 15 + Math.floor(random() * 30);
  for (let s = 0; s < steps; s++) {
    const p = pick(profiles);
    const roll = random();
    if (roll < 0.55) edit(p);
    else if (roll < 0.65) {
      if (p.area.connected) {
        p.area.connected = false;
        result.disconnects++;
      } else p.area.reconnect();
    } else if (roll < 0.7) {
      p.area.failing = !p.area.failing;
    } else if (roll < 0.75) {
      await p.replica.stop();
      p.replica = newReplica(p.records, p.area, p.debounceMs);
      p.replica.start();
      result.restarts++;
    }
    // Let time pass: sometimes a moment (edits pile up in the debounce), sometimes minutes.
    const pause = random() < 0.6 ? Math.floor(random() * 1_500) : Math.floor(random() * 90_000);
    await sim.run(settle, sim.now() + pause);
  }

  // Quiesce: everyone back online, nothing failing, run until no timer is left.
  for (const p of profiles) {
    p.area.failing = false;
    p.area.reconnect();
  }
  const quiet = await sim.run(settle, Infinity, 200_000);
  expect(quiet, `seed ${seed}: still busy after 200,000 events`).toBe(true);

  const expected = normalise({
    cases: [...acked.cases.values()],
    notes: [...acked.notes.values()],
    deadlines: [...acked.deadlines.values()],
    productions: [...acked.productions.values()],
  } as RecordSet);
  for (const [i, p] of profiles.entries()) {
    expect(normalise(p.records.snapshot()), `seed ${seed}: profile ${i} holds the latest acknowledged edit of every record`).toEqual(expected);
    expect(p.area.snapshot(), `seed ${seed}: profile ${i}'s storage.sync equals the server's`).toEqual(server.snapshot());
    expect(p.replica.status().localOnlyCases, `seed ${seed}: everything fits`).toEqual([]);
    result.writes += p.area.writeCount;
    result.rateErrors += p.area.errors.filter((e) => e.includes('MAX_WRITE')).length;
  }
  result.cycles = sim.steps;
  return result;
}

async function testEncryption(): Promise<ReplicaEncryption> {
  const salt = newSalt();
  const key = await deriveKey('correct horse battery staple', salt, 100_000);
  const params: EncryptionParams = { salt, iterations: 100_000, check: await makeKeyCheck(key) };
  return { key, params };
}

const RUNS_TWO = Number(process.env.SYNC_PROPERTY_RUNS ?? 300);
const RUNS_THREE = Number(process.env.SYNC_PROPERTY_RUNS ?? 300);
const RUNS_ENCRYPTED = Math.max(10, Math.floor(RUNS_TWO / 5));

describe('sync converges without losing an acknowledged edit', () => {
  const summary = (label: string, results: ScenarioResult[]): string => {
    const sum = (f: (r: ScenarioResult) => number): number => results.reduce((a, r) => a + f(r), 0);
    return `${label}: ${results.length} interleavings, ${sum((r) => r.edits)} edits, ${sum((r) => r.restarts)} restarts, ${sum((r) => r.disconnects)} disconnections, ${sum((r) => r.writes)} storage writes, ${sum((r) => r.rateErrors)} rate-limit errors, ${results.filter((r) => r.halfSeen).length} runs saw an incomplete item`;
  };

  it(`two profiles, ${RUNS_TWO} seeded interleavings`, async () => {
    const results: ScenarioResult[] = [];
    for (let seed = 1; seed <= RUNS_TWO; seed++) results.push(await runScenario(seed, 2));
    console.log(summary('two profiles', results));
    expect(results.reduce((a, r) => a + r.edits, 0)).toBeGreaterThan(RUNS_TWO * 5);
  }, 600_000);

  it(`three profiles, ${RUNS_THREE} seeded interleavings`, async () => {
    const results: ScenarioResult[] = [];
    for (let seed = 10_001; seed <= 10_000 + RUNS_THREE; seed++) results.push(await runScenario(seed, 3));
    console.log(summary('three profiles', results));
    expect(results.some((r) => r.halfSeen), 'some run delivered a chunk set half-way').toBe(true);
  }, 600_000);

  it(`encrypted, ${RUNS_ENCRYPTED} seeded interleavings of three profiles`, async () => {
    const encryption = await testEncryption();
    const results: ScenarioResult[] = [];
    for (let seed = 20_001; seed <= 20_000 + RUNS_ENCRYPTED; seed++) results.push(await runScenario(seed, 3, encryption));
    console.log(summary('encrypted three profiles', results));
  }, 600_000);
});
