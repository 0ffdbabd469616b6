/**
 * Sync figures:
 * - merging 10,000 records by stamp (the per-record last-writer-wins step; goal ≤ 200 ms), and
 *   decoding + validating 10,000 records from sync items (what a pull does before merging);
 * - the storage.sync footprint of 200 typical cases (bytes and items against 102,400 B / 512),
 *   plain JSON, compressed (the default) and encrypted, and how many of them fit;
 * - one full replica cycle pushing 200 cases into an empty sync area, then another profile's pull.
 */
import { performance } from 'node:perf_hooks';
import { decodeArea, encodeGroup, type EncodedGroup } from '../lib/sync/codec';
import { aesCipher, deriveKey, newSalt } from '../lib/sync/crypto';
import { groupByCase, type CaseGroup } from '../lib/sync/group';
import { mergeById } from '../lib/model/merge';
import { CHROME_SYNC_QUOTA } from '../lib/sync/quota';
import { Replica } from '../lib/sync/replica';
import type { AnyRecord, RecordSet } from '../lib/model/schema';
import { mulberry32, Sim, SyncServer } from '../test/sync/fake-sync';
import { caseFields, deadlineFields, MemoryRecords, noteFields, productionFields } from '../test/sync/memory-records';
import { medianMs, ms, report } from './report';

const WORDS = 'the agency produced pages withheld under exemption five deliberative process vaughn index due meet and confer with AUSA about search terms custodians'.split(' ');

/** A profile with `n` typical cases: 3 notes of a sentence or two, 2 deadlines, 1-2 productions. */
function typicalProfile(n: number, seed = 1, productions?: number): MemoryRecords {
  const random = mulberry32(seed);
  let t = Date.UTC(2026, 0, 1);
  const r = new MemoryRecords('bench', () => (t += 1_000));
  // Ids as the repository makes them: a kind prefix and a random UUID (incompressible).
  const uuid = (): string => {
    const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };
  const sentence = (words: number): string => Array.from({ length: words }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
  for (let i = 0; i < n; i++) {
    const id = `case:cand|21|cv|${i + 1}|4`;
    r.write('cases', caseFields(id, `Doe ${i} v. U.S. Immigration and Customs Enforcement`, i + 1));
    for (let k = 0; k < 3; k++) r.write('notes', noteFields(`note-${uuid()}`, id, sentence(12 + Math.floor(random() * 25))));
    for (let k = 0; k < 2; k++) r.write('deadlines', deadlineFields(`deadline-${uuid()}`, id, sentence(4)));
    for (let k = 0; k < (productions ?? 1 + (i % 2)); k++) r.write('productions', productionFields(`production-${uuid()}`, id, Math.floor(random() * 2_000)));
  }
  return r;
}

function footprint(encoded: EncodedGroup[]): { bytes: number; items: number; fit: number } {
  let bytes = 0;
  let items = 0;
  let fit = 0;
  for (const e of encoded) {
    bytes += e.bytes;
    items += e.count;
    if (bytes <= CHROME_SYNC_QUOTA.totalBytes && items <= CHROME_SYNC_QUOTA.maxItems - 1) fit++;
  }
  return { bytes, items, fit };
}

export default async function run(): Promise<void> {
  // 1. Per-record merge of 10,000 incoming records against 10,000 stored (half newer).
  const big = typicalProfile(1_250, 1, 2).snapshot(); // 1,250 cases × 8 records = 10,000
  const all: AnyRecord[] = [...big.cases, ...big.notes, ...big.deadlines, ...big.productions];
  const current = new Map(all.map((r) => [r.id, r]));
  const incoming = all.map((r, i) => (i % 2 ? { ...r, stamp: r.stamp.replace(/^\d{13}/, (m) => String(Number(m) + 1).padStart(13, '0')) } : r));
  let winners = 0;
  const mergeMs = await medianMs(() => {
    winners = mergeById(current, incoming).length;
  });
  report(`merge ${incoming.length.toLocaleString('en-US')} records by stamp (${winners.toLocaleString('en-US')} newer)`, ms(mergeMs), '≤ 200 ms');

  // 2. Decode + validate 10,000 records from sync items, then merge them into a profile.
  const groups = [...groupByCase(big).values()];
  const items: Record<string, unknown> = {};
  for (const g of groups) Object.assign(items, (await encodeGroup(g)).items);
  let decoded = 0;
  const decodeMs = await medianMs(async () => {
    const area = await decodeArea(items);
    decoded = [...area.groups.values()].reduce((n, d) => n + (d.group.case ? 1 : 0) + d.group.notes.length + d.group.deadlines.length + d.group.productions.length, 0);
  }, 5, 1);
  report(`decode + validate ${decoded.toLocaleString('en-US')} records from ${groups.length.toLocaleString('en-US')} sync items`, ms(decodeMs));
  // 3. Footprint of 200 typical cases.
  const typical = [...groupByCase(typicalProfile(200, 2).snapshot()).values()] as CaseGroup[];
  const plain = footprint(await Promise.all(typical.map((g) => encodeGroup(g, { compressAbove: Infinity }))));
  const zipped = footprint(await Promise.all(typical.map((g) => encodeGroup(g))));
  const cipher = aesCipher(await deriveKey('bench passphrase', newSalt(), 100_000));
  const sealed = footprint(await Promise.all(typical.map((g) => encodeGroup(g, { cipher }))));
  const line = (f: { bytes: number; items: number; fit: number }): string =>
    `${f.bytes.toLocaleString('en-US')} B in ${f.items} items (${(f.bytes / 200).toFixed(0)} B/case); ${f.fit} of 200 fit in 102,400 B`;
  report('200 typical cases, plain JSON (no compression)', line(plain));
  report('200 typical cases, compressed above 1 KB (default)', line(zipped));
  report('200 typical cases, encrypted (deflate + AES-GCM)', line(sealed));

  // 4. One replica cycle: push 200 cases into an empty area, then a second profile pulls them.
  const sim = new Sim(Date.UTC(2026, 0, 3));
  const server = new SyncServer(sim, mulberry32(3));
  const source = typicalProfile(200, 2);
  const a = new Replica({ local: source, area: server.connect(), timers: sim });
  const t0 = performance.now();
  a.start();
  await sim.run(() => a.settled(), sim.now() + 1);
  const pushMs = performance.now() - t0;
  const target = new MemoryRecords('b', () => sim.now());
  const b = new Replica({ local: target, area: server.connect(), timers: sim });
  await sim.run(() => a.settled(), sim.now() + 5_000);
  const t1 = performance.now();
  b.start();
  await sim.run(() => b.settled(), sim.now() + 1);
  const pullMs = performance.now() - t1;
  const got: RecordSet = target.snapshot();
  report('replica cycle: encode + write 200 cases (first push)', `${ms(pushMs)}, ${a.status().itemsUsed} items, ${a.status().bytesUsed.toLocaleString('en-US')} B, ${a.status().localOnlyCases.length} local only`);
  report('replica cycle: read + decode + merge on another profile', `${ms(pullMs)}, ${got.cases.length} cases received`);
  await a.stop();
  await b.stop();
}
