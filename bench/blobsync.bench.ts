/**
 * Blob-sync figures (issue 18) against a real WebDAV server on 127.0.0.1 (Debian's rclone serve
 * webdav over a temp folder), with the same workload on the in-memory store as the baseline:
 * - 1,000 typical cases (3 notes, 2 deadlines, 1-2 productions each): first push and a second
 *   device's cold pull (time, requests, bytes);
 * - an incremental cycle after one edit, on the writer and on the reader (requests, bytes);
 * - files per case after compaction, on 50 cases edited in turn on two devices for 10 rounds.
 * Ring passphrases use the real 250,000 PBKDF2 iterations.
 */
import { performance } from 'node:perf_hooks';
import type { BlobStore } from '../lib/blobsync/blob-store';
import { BlobSyncEngine } from '../lib/blobsync/engine';
import { MemoryBlobStore, requestCount, type MemoryBlobClient } from '../lib/blobsync/memory-store';
import { parseName } from '../lib/blobsync/names';
import { MemoryStateStore } from '../lib/blobsync/state';
import { WebDavStore } from '../lib/blobsync/webdav';
import { mulberry32 } from '../test/sync/fake-sync';
import { caseFields, deadlineFields, MemoryRecords, noteFields, productionFields } from '../test/sync/memory-records';
import { RCLONE_PASS, RCLONE_USER, rcloneAvailable, startRclone } from '../test/blobsync/rclone-server';
import { ms, report } from './report';

const WORDS = 'the agency produced pages withheld under exemption five deliberative process vaughn index due meet and confer with AUSA about search terms custodians'.split(' ');
const CASES = 1_000;

function typicalProfile(records: MemoryRecords, n: number): void {
  const random = mulberry32(7);
  const hex = (k: number): string => Array.from({ length: k }, () => Math.floor(random() * 16).toString(16)).join('');
  const sentence = (w: number): string => Array.from({ length: w }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
  for (let i = 0; i < n; i++) {
    const id = `case:cand|21|cv|${i + 1}|4`;
    records.write('cases', caseFields(id, `Doe ${i} v. U.S. Immigration and Customs Enforcement`, i + 1));
    for (let k = 0; k < 3; k++) records.write('notes', noteFields(`note-${hex(32)}`, id, sentence(12 + Math.floor(random() * 25))));
    for (let k = 0; k < 2; k++) records.write('deadlines', deadlineFields(`deadline-${hex(32)}`, id, sentence(4)));
    for (let k = 0; k < 1 + (i % 2); k++) records.write('productions', productionFields(`production-${hex(32)}`, id, Math.floor(random() * 2_000)));
  }
}

interface Meter {
  store: BlobStore;
  requests(): number;
  up(): number;
  down(): number;
}

function memoryMeter(c: MemoryBlobClient): Meter {
  return { store: c, requests: () => requestCount(c.counters), up: () => c.counters.bytesUp, down: () => c.counters.bytesDown };
}

function davMeter(s: WebDavStore): Meter {
  return { store: s, requests: () => s.requests, up: () => s.bytesUp, down: () => s.bytesDown };
}

interface Figures {
  pushMs: number;
  pushReq: number;
  pushUp: number;
  pullMs: number;
  pullReq: number;
  pullDown: number;
  editReq: number;
  editUp: number;
  readReq: number;
  readDown: number;
  files: number;
  filesPerCase: { mean: number; max: number };
  segmentsWritten: number;
}

async function measure(meters: () => Meter): Promise<Figures> {
  let t = Date.UTC(2026, 0, 1);
  const now = (): number => (t += 1);
  const dev = async (name: string, create: boolean): Promise<{ records: MemoryRecords; engine: BlobSyncEngine; m: Meter }> => {
    const m = meters();
    const records = new MemoryRecords(`bench${name}`, now);
    const engine = await BlobSyncEngine.open({ store: m.store, local: records, state: new MemoryStateStore() });
    await engine.setupRing('a long user passphrase', { create });
    return { records, engine, m };
  };
  const a = await dev('a', true);
  typicalProfile(a.records, CASES);
  const delta = (m: Meter): (() => { req: number; up: number; down: number }) => {
    const r0 = m.requests();
    const u0 = m.up();
    const d0 = m.down();
    return () => ({ req: m.requests() - r0, up: m.up() - u0, down: m.down() - d0 });
  };
  let d = delta(a.m);
  let t0 = performance.now();
  await a.engine.sync();
  const pushMs = performance.now() - t0;
  const push = d();
  const b = await dev('b', false);
  d = delta(b.m);
  t0 = performance.now();
  await b.engine.sync();
  const pullMs = performance.now() - t0;
  const pull = d();
  if (b.records.snapshot().notes.length !== a.records.snapshot().notes.length) throw new Error('cold pull incomplete');
  // one edit
  const someNote = a.records.snapshot().notes[17]!;
  a.records.write('notes', { ...someNote, text: `${someNote.text} (edited)` });
  d = delta(a.m);
  await a.engine.sync();
  const edit = d();
  d = delta(b.m);
  await b.engine.sync();
  const read = d();
  // compaction: 50 cases edited in turn on both devices, 10 rounds
  let segmentsWritten = 0;
  const caseIds = Array.from({ length: 50 }, (_, i) => `case:cand|21|cv|${i + 1}|4`);
  for (let round = 0; round < 10; round++) {
    for (const side of [a, b]) {
      for (const id of caseIds) side.records.write('notes', noteFields(`note-r${round}-${id}`, id, `round ${round}`));
      segmentsWritten += (await side.engine.sync()).segmentsWritten;
    }
  }
  await a.engine.sync();
  await b.engine.sync();
  const names = await meters().store.list();
  const perSpace = new Map<string, number>();
  for (const f of names) {
    const p = parseName(f.name);
    if (p && p.kind !== 'ring') perSpace.set(p.space, (perSpace.get(p.space) ?? 0) + 1);
  }
  const spaces = [...(a.engine.spaces())].filter((s) => s.caseId && caseIds.includes(s.caseId)).map((s) => perSpace.get(s.space) ?? 0);
  return {
    pushMs,
    pushReq: push.req,
    pushUp: push.up,
    pullMs,
    pullReq: pull.req,
    pullDown: pull.down,
    editReq: edit.req,
    editUp: edit.up,
    readReq: read.req,
    readDown: read.down,
    files: names.length,
    filesPerCase: { mean: spaces.reduce((x, y) => x + y, 0) / spaces.length, max: Math.max(...spaces) },
    segmentsWritten,
  };
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

export default async function run(): Promise<void> {
  const memory = new MemoryBlobStore();
  const base = await measure(() => memoryMeter(memory.client()));
  if (!rcloneAvailable()) {
    report('blob sync on WebDAV', 'skipped: rclone not found (apt-get install -y rclone)');
    report(`in-memory store: first push of ${CASES} cases`, `${ms(base.pushMs)}, ${base.pushReq} requests`);
    return;
  }
  const server = await startRclone();
  try {
    const dav = await measure(() =>
      davMeter(new WebDavStore({ url: `${server.root}docket-margin`, user: RCLONE_USER, password: RCLONE_PASS })),
    );
    const ratio = (x: number, y: number): string => `${(x / y).toFixed(1)}× the in-memory store`;
    report(`first push, ${CASES} typical cases (WebDAV, loopback)`, `${ms(dav.pushMs)}, ${dav.pushReq} requests, ${kb(dav.pushUp)} up; ${ratio(dav.pushMs, base.pushMs)}`);
    report(`cold pull on a second device (WebDAV)`, `${ms(dav.pullMs)}, ${dav.pullReq} requests, ${kb(dav.pullDown)} down; ${ratio(dav.pullMs, base.pullMs)}`);
    report('incremental cycle after one edit: the writer', `${dav.editReq} requests, ${kb(dav.editUp)} up (the listing is ${dav.editReq - 1 ? 'one of them' : 'all'})`);
    report('incremental cycle after one edit: the other device', `${dav.readReq} requests, ${kb(dav.readDown)} down (listing included)`);
    report('files per case after compaction (50 cases, 10 rounds × 2 devices)', `mean ${dav.filesPerCase.mean.toFixed(1)}, max ${dav.filesPerCase.max}; ${dav.segmentsWritten} segments written`);
    report('files on the store in all', `${dav.files} (${CASES} cases, 1 ring)`);
    report('same figures, in-memory store (baseline)', `push ${ms(base.pushMs)} / ${base.pushReq} req, pull ${ms(base.pullMs)} / ${base.pullReq} req, edit ${base.editReq} req`);
  } finally {
    await server.stop();
  }
}
