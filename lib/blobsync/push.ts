/**
 * The writing half of a cycle. For every local case, the records its space does not hold yet go
 * out as one new segment named with this device's writer id and next number (a case without a
 * space gets one: a fresh content key, wrapped for our ring). After `compactAfter` own segments a
 * snapshot of the whole case, with the version vector it covers, replaces them; then this device
 * deletes its own older segments and snapshots, and its snapshot once another writer's covers it.
 * Only ever our own names: never a file another device wrote.
 */
import type { RecordSet } from '../model/schema';
import { isPrecondition } from './blob-store';
import type { CycleReport, EngineCore } from './core';
import { mapLimit, type SpaceFile, type SpaceView, type StoreView } from './files';
import { encodeKey, spaceContentKey } from './keys';
import { spaceFileName } from './names';
import { openPayload, sealPayload } from './payload';
import { byCase, noteKnown, unknownTo } from './record-groups';
import { addKeys, isBlocked, newSpaceState, writeKeyOf, type SpaceState } from './state';
import { dominatedBy, markMerged } from './vector';

export async function push(core: EngineCore, view: StoreView, report: CycleReport): Promise<void> {
  const groups = [...byCase(await core.local.getAllRecords())].filter(([caseId]) => core.include(caseId));
  await mapLimit(groups, core.concurrency, async ([caseId, group]) => {
    const space = await core.writeSpace(caseId);
    const st = core.state.spaces[space] ?? (await createSpace(core, space, caseId));
    if (isBlocked(st)) {
      report.blocked.push({ space, caseId: st.caseId });
      return;
    }
    st.caseId ??= caseId;
    const diff = unknownTo(group, st.known);
    const written: string[] = [];
    if (diff) {
      written.push(await writeSegment(core, space, st, diff));
      report.segmentsWritten++;
    }
    if (st.seq - st.compacted >= core.compactAfter) {
      report.filesDeleted += await compact(core, space, st, group, view.spaces.get(space), written);
      report.snapshotsWritten++;
    }
  });
}

async function createSpace(core: EngineCore, space: string, caseId: string): Promise<SpaceState> {
  const st = newSpaceState(caseId);
  addKeys(st, [encodeKey(await spaceContentKey(core.ring(), space))]);
  await core.putKeyFile(space, st, { type: 'ring', ring: core.ring() });
  core.state.spaces[space] = st;
  core.touch(space);
  return st;
}

function acknowledge(core: EngineCore, space: string, st: SpaceState, seq: number, records: RecordSet): void {
  st.seq = seq;
  markMerged(st.coverage, core.writer, seq);
  noteKnown(st.known, records);
  core.touch(space);
}

/** Write the next segment; answers its name. */
async function writeSegment(core: EngineCore, space: string, st: SpaceState, records: RecordSet): Promise<string> {
  const caseId = st.caseId!;
  const key = writeKeyOf(st);
  const aes = await core.fileKey(key);
  let pending: RecordSet | null = records;
  for (;;) {
    const seq = st.seq + 1;
    const name = spaceFileName('segment', space, core.writer, seq);
    const bytes = await sealPayload(name, key.id, aes, { caseId, records: pending });
    try {
      await core.store.put(name, bytes, { ifNoneMatch: '*' });
    } catch (error) {
      if (!isPrecondition(error)) throw error;
      // Our own name is taken: an earlier attempt got there (its answer was lost) or was cut off.
      const existing = await core.store.get(name);
      const landed = existing && (await openPayload(name, existing.bytes, aes, caseId));
      if (landed) {
        acknowledge(core, space, st, seq, landed.records);
        pending = unknownTo(pending, st.known);
        if (!pending) return name;
        continue;
      }
      await core.store.put(name, bytes, existing ? { ifMatch: existing.etag } : { ifNoneMatch: '*' });
    }
    acknowledge(core, space, st, seq, pending);
    return name;
  }
}

/** Snapshot the case, then delete this device's files it replaces. Answers how many were deleted. */
export async function compact(
  core: EngineCore,
  space: string,
  st: SpaceState,
  group: RecordSet,
  sv: SpaceView | undefined,
  written: string[] = [],
): Promise<number> {
  const n = st.snap + 1;
  const name = spaceFileName('snapshot', space, core.writer, n);
  const vector = { ...st.coverage.covered };
  const key = writeKeyOf(st);
  await core.putOwn(name, await sealPayload(name, key.id, await core.fileKey(key), { caseId: st.caseId!, records: group, vector }));
  st.snap = n;
  st.compacted = vector[core.writer] ?? 0;
  st.snapshots[name] = vector;
  core.touch(space);
  const mine = (f: SpaceFile): boolean => f.writer === core.writer;
  const stale = new Set([
    ...(sv?.segments ?? []).filter((f) => mine(f) && f.n <= st.compacted).map((f) => f.name),
    ...written,
    ...(sv?.snapshots ?? []).filter((f) => mine(f) && f.name !== name).map((f) => f.name),
  ]);
  await mapLimit([...stale], core.concurrency, (f) => core.store.delete(f));
  for (const f of stale) delete st.snapshots[f];
  return stale.size;
}

/** Our latest snapshot, once another writer's covers all it did, is one file too many. */
export async function dropDominatedSnapshots(core: EngineCore, view: StoreView, report: CycleReport): Promise<void> {
  for (const [space, st] of Object.entries(core.state.spaces)) {
    if (!st.snap || !view.spaces.has(space)) continue;
    const mineName = spaceFileName('snapshot', space, core.writer, st.snap);
    const mine = st.snapshots[mineName];
    if (!mine) continue;
    for (const [other, v] of Object.entries(st.snapshots)) {
      if (other.split('.')[1] === core.writer) continue;
      // Equal vectors: the lower name stays, so two writers never both delete theirs.
      if (dominatedBy(mine, v) && (!dominatedBy(v, mine) || other < mineName)) {
        await core.store.delete(mineName);
        delete st.snapshots[mineName];
        core.touch(space);
        report.filesDeleted++;
        break;
      }
    }
  }
}
