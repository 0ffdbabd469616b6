/**
 * What an import writes, decided against everything stored. Pure: the same file and store give
 * the same plan. Cases match by id, else by identity (a caption number finds the saved case with
 * its office); records with ids merge by stamp; records without ids are new unless identical
 * content is already there.
 */
import { sameCase } from '../docket-number/identity';
import type { FileCaseData, InterchangeFile } from './interchange-file';
import { buildChild, contentKey, sameContent } from './import-records';
import { CHILD_KINDS, caseIdFor, emptyRecordSet, normalizeTags, type ChildKind } from './records';
import type { AnyRecord, CaseRecord, DeadlineRecord, NoteRecord, RecordSet } from '../model/schema';

export interface ImportPlan {
  writes: RecordSet;
  caseIds: Set<string>;
  imported: number;
  merged: number;
  duplicate: number;
  cases: number;
}

export interface PlanContext {
  stamp: () => string;
  deviceId: string;
  nowIso: string;
}

/**
 * Decide what an import writes, against everything stored. Pure: the same file and store give the
 * same plan. Cases match by id, else by identity (a caption number finds the saved case with its
 * office); records with ids merge by stamp; records without ids are new unless identical content
 * is already there.
 */
export function planImport(file: InterchangeFile, existing: RecordSet, ctx: PlanContext): ImportPlan {
  const plan: ImportPlan = { writes: emptyRecordSet(), caseIds: new Set(), imported: 0, merged: 0, duplicate: 0, cases: file.cases.length };
  // Current state including this import's own writes, so a case listed twice merges with itself.
  const cases = new Map(existing.cases.map((c) => [c.id, c]));
  const byLoose = new Map<string, CaseRecord[]>();
  const addLoose = (c: CaseRecord): void => {
    const list = (byLoose.get(c.looseKey) ?? []).filter((x) => x.id !== c.id);
    list.push(c);
    byLoose.set(c.looseKey, list);
  };
  existing.cases.forEach(addLoose);
  const records = Object.fromEntries(CHILD_KINDS.map((kind) => [kind, new Map((existing[kind] as AnyRecord[]).map((r) => [r.id, r]))])) as Record<ChildKind, Map<string, AnyRecord>>;
  const liveByCase = Object.fromEntries(CHILD_KINDS.map((kind) => [kind, new Map<string, Map<string, AnyRecord>>()])) as Record<ChildKind, Map<string, Map<string, AnyRecord>>>;
  const indexLive = (kind: ChildKind, r: AnyRecord): void => {
    const caseId = (r as NoteRecord).caseId;
    let m = liveByCase[kind].get(caseId);
    if (!m) liveByCase[kind].set(caseId, (m = new Map()));
    const key = contentKey(kind, r);
    if (r.deleted) {
      if (m.get(key)?.id === r.id) m.delete(key);
    } else m.set(key, r);
  };
  for (const kind of CHILD_KINDS) for (const r of existing[kind]) indexLive(kind, r);

  const write = (kind: keyof RecordSet, r: AnyRecord): void => {
    (plan.writes[kind] as AnyRecord[]).push(r);
    if (kind === 'cases') {
      cases.set(r.id, r as CaseRecord);
      addLoose(r as CaseRecord);
      plan.caseIds.add(r.id);
    } else {
      records[kind].set(r.id, r);
      indexLive(kind, r);
      plan.caseIds.add((r as NoteRecord).caseId);
    }
  };

  for (const fc of file.cases) {
    const caseId = planCase(fc);
    for (const kind of CHILD_KINDS) for (const entry of (fc[kind] ?? []) as Record<string, unknown>[]) planChild(kind, entry, caseId);
  }
  return plan;

  function findCase(fc: FileCaseData, key: string, looseKey: string): CaseRecord | undefined {
    if (fc.id && cases.has(fc.id)) return cases.get(fc.id);
    const candidates = byLoose.get(looseKey) ?? [];
    const compatible = candidates.filter((c) => c.key === key || sameCase(c.key, key));
    // Exact identity first, live before deleted.
    compatible.sort((a, b) => Number(b.key === key) - Number(a.key === key) || Number(a.deleted) - Number(b.deleted));
    return compatible[0];
  }

  function planCase(fc: FileCaseData): string {
    const ident = fc.identity;
    const found = findCase(fc, ident.key, ident.looseKey);
    if (!found) {
      const rec: CaseRecord = {
        id: fc.id ?? caseIdFor(ident.key),
        stamp: fc.stamp ?? ctx.stamp(),
        deviceId: fc.deviceId ?? ctx.deviceId,
        deleted: fc.deleted ?? false,
        court: fc.court,
        key: ident.key,
        looseKey: ident.looseKey,
        docketNumber: fc.docketNumber,
        parts: ident.parts,
        title: fc.title ?? '',
        tags: normalizeTags(fc.tags ?? []),
        createdAt: fc.createdAt ?? ctx.nowIso,
      };
      write('cases', rec);
      plan.imported++;
      return rec.id;
    }
    if (fc.stamp) {
      // A stamped case is a version of the record: the later one wins whole.
      if (fc.stamp > found.stamp) {
        write('cases', {
          ...found,
          stamp: fc.stamp,
          deviceId: fc.deviceId ?? ctx.deviceId,
          deleted: fc.deleted ?? false,
          title: fc.title ?? found.title,
          tags: normalizeTags(fc.tags ?? found.tags),
        });
        plan.merged++;
      } else plan.duplicate++;
      return found.id;
    }
    // Hand-written: fill what is missing, never take away. Listing a deleted case brings it back.
    const title = found.title || fc.title || '';
    const tags = normalizeTags([...found.tags, ...(fc.tags ?? [])]);
    const deleted = fc.deleted ?? false;
    if (title !== found.title || tags.length !== found.tags.length || deleted !== found.deleted) {
      write('cases', { ...found, stamp: ctx.stamp(), deviceId: ctx.deviceId, title, tags, deleted });
      plan.merged++;
    } else plan.duplicate++;
    return found.id;
  }

  function planChild(kind: ChildKind, entry: Record<string, unknown>, caseId: string): void {
    const rec = buildChild(kind, entry, caseId, ctx);
    const stamped = typeof entry.stamp === 'string';
    const current = typeof entry.id === 'string' ? records[kind].get(entry.id) : undefined;
    if (current) {
      const next = { ...rec, caseId };
      if (stamped ? rec.stamp > current.stamp : !sameContent(kind, current, next)) {
        write(kind, next);
        plan.merged++;
      } else plan.duplicate++;
      return;
    }
    if (typeof entry.id !== 'string') {
      const same = rec.deleted ? undefined : liveByCase[kind].get(caseId)?.get(contentKey(kind, rec));
      if (same) {
        if (kind === 'deadlines' && (rec as DeadlineRecord).done && !(same as DeadlineRecord).done) {
          write(kind, { ...same, stamp: ctx.stamp(), deviceId: ctx.deviceId, done: true } as AnyRecord);
          plan.merged++;
        } else plan.duplicate++;
        return;
      }
    }
    write(kind, rec);
    plan.imported++;
  }
}
