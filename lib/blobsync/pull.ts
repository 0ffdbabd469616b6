/**
 * The reading half of a cycle: key files first (a space is ours when a key file opens with our
 * ring), then in every space we hold a key for the new snapshots, then the segments no snapshot
 * or earlier pull covers. All records go to the local store in one merge; only after it has
 * committed do the spaces count those files as merged, so a cycle cut off here re-reads them.
 */
import type { CycleReport, EngineCore } from './core';
import { mapLimit, type SpaceFile, type StoreView } from './files';
import { encodeKey, openKeyFile } from './keys';
import type { FilePayload } from './payload';
import { concatSets, noteKnown, recordCount } from './record-groups';
import { addKeys, newSpaceState, type SpaceState, type StoredKey } from './state';
import { absorb, isCovered, markMerged } from './vector';

export async function readKeyFiles(core: EngineCore, view: StoreView): Promise<void> {
  const opaque = new Set(core.state.opaque);
  const ringKey = await core.ringKey();
  const ringId = core.ring().id;
  await mapLimit([...view.spaces], core.concurrency, async ([space, sv]) => {
    const held = core.state.spaces[space];
    const fresh = sv.keys.filter((f) => (held ? !held.keyFiles.includes(f.name) : !opaque.has(f.name)));
    if (!fresh.length) return;
    const opened: StoredKey[] = [];
    for (const f of fresh) {
      const h = await core.header(f.name);
      if (h?.wrap.type !== 'ring' || h.wrap.ring !== ringId) continue;
      for (const k of (await openKeyFile(h, f.name, ringKey)) ?? []) opened.push(encodeKey(k));
    }
    if (!held && !opened.length) {
      for (const f of fresh) opaque.add(f.name);
      return;
    }
    const st = held ?? (core.state.spaces[space] = newSpaceState(null));
    addKeys(st, opened);
    // A space new to us: its other key files (read before, when it was not ours) count now too.
    for (const f of held ? fresh : sv.keys) {
      const h = await core.header(f.name);
      if (!st.keyFiles.includes(f.name)) st.keyFiles.push(f.name);
      opaque.delete(f.name);
      if (!h) continue;
      st.topEpoch = Math.max(st.topEpoch, h.epoch);
      if (h.wrap.type === 'pass') st.shared = true;
    }
    core.touch(space);
  });
  core.state.opaque = [...opaque];
}

export async function pull(core: EngineCore, view: StoreView, report: CycleReport): Promise<void> {
  const incoming: { st: SpaceState; f: SpaceFile; p: FilePayload }[] = [];
  const held = Object.entries(core.state.spaces).filter(([space, st]) => st.keys.length && view.spaces.has(space));
  await mapLimit(held, core.concurrency, async ([space, st]) => {
    const sv = view.spaces.get(space)!;
    const listed = new Set([...sv.snapshots, ...sv.segments].map((f) => f.name));
    for (const map of [st.bad, st.snapshots]) {
      for (const name of Object.keys(map)) {
        if (listed.has(name)) continue;
        delete map[name];
        core.touch(space);
      }
    }
    const take = async (f: SpaceFile): Promise<FilePayload | null> => {
      report.filesRead++;
      core.touch(space);
      const p = await core.openFile(st, f);
      if (!p) report.filesIgnored++;
      else st.caseId ??= p.caseId;
      return p;
    };
    const readable = (f: SpaceFile): boolean => st.bad[f.name] !== f.etag;
    // Snapshots first: their vectors say which segments need no reading at all. The space's own
    // coverage moves only once the records are stored, so this pass works on a copy.
    const coverage = structuredClone(st.coverage);
    for (const f of sv.snapshots) {
      if (f.name in st.snapshots || !readable(f)) continue;
      const p = await take(f);
      if (!p) continue;
      absorb(coverage, p.vector ?? {});
      incoming.push({ st, f, p });
    }
    for (const f of sv.segments) {
      if (isCovered(coverage, f.writer, f.n) || !readable(f)) continue;
      const p = await take(f);
      if (p) incoming.push({ st, f, p });
    }
  });
  if (!incoming.length) return;
  await core.local.mergeRecords(concatSets(incoming.map(({ p }) => p.records)));
  for (const { st, f, p } of incoming) {
    if (p.vector) {
      absorb(st.coverage, p.vector);
      st.snapshots[f.name] = p.vector;
    } else markMerged(st.coverage, f.writer, f.n);
    noteKnown(st.known, p.records);
    report.recordsMerged += recordCount(p.records);
  }
}
