/**
 * The export/import file (README "Export / import format"):
 * `{"format":"docket-margin","version":1,"exportedAt":…,"cases":[…]}` with notes, deadlines and
 * productions nested in their case. Exports carry every record's id, stamp and device (and
 * tombstones, marked `"deleted": true`) so a file merges into another profile by the same rules as
 * sync; hand-written files may leave all of that out.
 *
 * Import is validate-everything-then-write: a file with one bad field is rejected whole with a
 * message naming the field and its position, before anything is written.
 */
import { z } from 'zod';
import type { ImportResult } from '../messages/schema';
import { UserError } from '../messages/user-error';
import { sameCase } from '../docket-number/identity';
import { parseStamp } from '../sync/hlc';
import { identifyCase } from './identify';
import { formatPath } from '../messages/field-path';
import { caseIdFor, emptyRecordSet, normalizeTags, type Repository } from './repository';
import {
  DeadlineKind,
  IsoDate,
  IsoTime,
  type AnyRecord,
  type CaseRecord,
  type DeadlineRecord,
  type NoteRecord,
  type ProductionRecord,
  type RecordSet,
} from './schema';

export const FORMAT = 'docket-margin';
export const FORMAT_VERSION = 1;
/** Matches the data/import request limit. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const Stamp = z.string().max(128).refine((s) => parseStamp(s) !== null, 'not a Docket Margin timestamp');
const DeviceId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'not a Docket Margin device id');
const Id = z.string().min(1).max(128);

/** A date-time (any ISO offset) or a plain date; stored as UTC ISO. */
const Timestamp = z
  .string()
  .max(40)
  .refine((s) => {
    const m = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/.exec(s);
    return m !== null && IsoDate.safeParse(m[1]).success && !Number.isNaN(Date.parse(m[2] ? s : `${s}T00:00:00Z`));
  }, 'expected a date-time like 2026-10-02T16:04:00Z')
  .transform((s) => new Date(s.length === 10 ? `${s}T00:00:00Z` : s).toISOString());

const pageCount = z.number().int('page counts are whole numbers').min(0, 'page counts cannot be negative').max(1e9);

const meta = {
  id: Id.optional(),
  stamp: Stamp.optional(),
  deviceId: DeviceId.optional(),
  deleted: z.boolean().optional(),
};

const FileNote = z.object({
  ...meta,
  text: z.string().trim().min(1, 'a note needs text').max(20_000),
  createdAt: Timestamp.optional(),
  editedAt: Timestamp.optional(),
});

const FileDeadline = z.object({
  ...meta,
  due: IsoDate,
  time: IsoTime.nullable().optional(),
  title: z.string().trim().min(1, 'a deadline needs a title').max(500),
  kind: DeadlineKind.optional(),
  done: z.boolean().optional(),
  source: z.enum(['manual', 'import', 'docket']).optional(),
});

const FileProduction = z.object({
  ...meta,
  date: IsoDate,
  agency: z.string().max(80).optional(),
  component: z.string().max(80).optional(),
  pagesReviewed: pageCount.optional(),
  pagesReleased: pageCount.optional(),
  pagesReleasedInPart: pageCount.optional(),
  pagesWithheldInFull: pageCount.optional(),
  pagesReferred: pageCount.optional(),
  note: z.string().max(5_000).optional(),
});

const FileCase = z
  .object({
    ...meta,
    court: z.string().max(40).transform((s) => s.trim().toLowerCase()),
    docketNumber: z.string().trim().min(1, 'a case needs its number').max(80),
    title: z.string().max(500).optional(),
    tags: z.array(z.string().trim().min(1, 'a tag cannot be empty').max(60)).max(50).optional(),
    createdAt: Timestamp.optional(),
    notes: z.array(FileNote).max(10_000).optional(),
    deadlines: z.array(FileDeadline).max(10_000).optional(),
    productions: z.array(FileProduction).max(10_000).optional(),
  })
  .transform((c, ctx) => {
    // Identify once here; the plan reuses it (parsing 10,000 numbers twice is measurable).
    const ident = identifyCase(c.court, c.docketNumber);
    if (!ident.ok) {
      ctx.addIssue({ code: 'custom', path: [ident.field], message: ident.message });
      return z.NEVER;
    }
    return { ...c, identity: { parts: ident.parts, key: ident.key, looseKey: ident.looseKey } };
  });

export const InterchangeFile = z.object({
  format: z.literal(FORMAT),
  version: z.literal(FORMAT_VERSION),
  exportedAt: Timestamp.optional(),
  cases: z.array(FileCase).max(100_000),
});

export type InterchangeFile = z.infer<typeof InterchangeFile>;
type FileCaseData = z.infer<typeof FileCase>;


const reject = (why: string): UserError => new UserError(`Nothing was imported: ${why}`);

/** Parse and validate a file's text; throws a UserError naming the first problem. Pure. */
export function parseInterchange(text: string): InterchangeFile {
  if (text.length > MAX_IMPORT_BYTES) throw reject('the file is larger than 20 MB.');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 120) : '';
    if (!text.trim()) throw reject('the file is empty.');
    if (/end of (JSON )?input|Unterminated|Expected .* after/i.test(detail) && text.trimStart().startsWith('{'))
      throw reject(`the file is not complete JSON (it seems cut off): ${detail}`);
    throw reject(`the file is not JSON (${detail}).`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw reject('this is not a Docket Margin file (expected a JSON object with "format": "docket-margin").');
  const head = json as { format?: unknown; version?: unknown };
  if (head.format !== FORMAT)
    throw reject(
      head.format === undefined
        ? 'this is not a Docket Margin file (it has no "format": "docket-margin").'
        : `this is not a Docket Margin file (format is ${JSON.stringify(head.format).slice(0, 40)}, expected "docket-margin").`,
    );
  if (typeof head.version === 'number' && Number.isInteger(head.version) && head.version > FORMAT_VERSION)
    throw reject(
      `the file was written by a newer Docket Margin (format version ${head.version}); this version reads version ${FORMAT_VERSION}. Update the extension and try again.`,
    );
  const parsed = InterchangeFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw reject(`${formatPath(issue.path) || 'file'}: ${issue.message}`);
  }
  return parsed.data;
}

// ---- export -----------------------------------------------------------------------------------

/** Local calendar date as YYYY-MM-DD: the file is named for the user's day, not UTC's. */
export function localDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function exportFilename(ms: number): string {
  return `docket-margin-${localDate(ms)}.json`;
}

const metaOut = (r: AnyRecord): Record<string, unknown> => ({
  id: r.id,
  stamp: r.stamp,
  deviceId: r.deviceId,
  ...(r.deleted ? { deleted: true } : {}),
});

const byString = <T>(f: (x: T) => string) => (a: T, b: T): number => (f(a) < f(b) ? -1 : f(a) > f(b) ? 1 : 0);

/** Every case with its records nested, tombstones marked; deterministic order. */
export function toInterchange(set: RecordSet, exportedAtMs: number): Record<string, unknown> {
  const children = (kind: 'notes' | 'deadlines' | 'productions'): Map<string, AnyRecord[]> => {
    const m = new Map<string, AnyRecord[]>();
    for (const r of set[kind]) {
      const list = m.get(r.caseId);
      if (list) list.push(r);
      else m.set(r.caseId, [r]);
    }
    return m;
  };
  const notes = children('notes');
  const deadlines = children('deadlines');
  const productions = children('productions');
  const cases = [...set.cases].sort(byString((c) => `${c.court} ${c.docketNumber} ${c.id}`)).map((c) => ({
    ...metaOut(c),
    court: c.court,
    docketNumber: c.docketNumber,
    title: c.title,
    tags: c.tags,
    createdAt: c.createdAt,
    notes: ((notes.get(c.id) ?? []) as NoteRecord[]).sort(byString((n) => `${n.createdAt} ${n.id}`)).map((n) => ({
      ...metaOut(n),
      text: n.text,
      createdAt: n.createdAt,
      editedAt: n.editedAt,
    })),
    deadlines: ((deadlines.get(c.id) ?? []) as DeadlineRecord[]).sort(byString((d) => `${d.due} ${d.time ?? ''} ${d.id}`)).map((d) => ({
      ...metaOut(d),
      due: d.due,
      time: d.time,
      title: d.title,
      kind: d.kind,
      done: d.done,
      source: d.source,
    })),
    productions: ((productions.get(c.id) ?? []) as ProductionRecord[]).sort(byString((p) => `${p.date} ${p.id}`)).map((p) => ({
      ...metaOut(p),
      date: p.date,
      agency: p.agency,
      component: p.component,
      pagesReviewed: p.pagesReviewed,
      pagesReleased: p.pagesReleased,
      pagesReleasedInPart: p.pagesReleasedInPart,
      pagesWithheldInFull: p.pagesWithheldInFull,
      pagesReferred: p.pagesReferred,
      note: p.note,
    })),
  }));
  return { format: FORMAT, version: FORMAT_VERSION, exportedAt: new Date(exportedAtMs).toISOString(), cases };
}

export async function exportData(repo: Repository, nowMs: number): Promise<{ filename: string; text: string }> {
  const set = await repo.getAllRecords();
  return { filename: exportFilename(nowMs), text: `${JSON.stringify(toInterchange(set, nowMs), null, 1)}\n` };
}

// ---- import planning --------------------------------------------------------------------------

export interface ImportPlan {
  writes: RecordSet;
  caseIds: Set<string>;
  imported: number;
  merged: number;
  duplicate: number;
  cases: number;
}

interface PlanContext {
  stamp: () => string;
  deviceId: string;
  nowIso: string;
}

type ChildKind = 'notes' | 'deadlines' | 'productions';

/** What makes two records without ids "the same" note, deadline or production. */
function contentKey(kind: ChildKind, r: AnyRecord): string {
  if (kind === 'notes') return (r as NoteRecord).text;
  if (kind === 'deadlines') {
    const d = r as DeadlineRecord;
    return JSON.stringify([d.due, d.time, d.title, d.kind]);
  }
  const p = r as ProductionRecord;
  return JSON.stringify([p.date, p.agency, p.component, p.pagesReviewed, p.pagesReleased, p.pagesReleasedInPart, p.pagesWithheldInFull, p.pagesReferred, p.note]);
}

/** Same content and flags, ignoring sync metadata. */
function sameContent(kind: ChildKind, a: AnyRecord, b: AnyRecord): boolean {
  if (contentKey(kind, a) !== contentKey(kind, b) || a.deleted !== b.deleted) return false;
  return kind !== 'deadlines' || (a as DeadlineRecord).done === (b as DeadlineRecord).done;
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
  const records = {
    notes: new Map(existing.notes.map((r) => [r.id, r as AnyRecord])),
    deadlines: new Map(existing.deadlines.map((r) => [r.id, r as AnyRecord])),
    productions: new Map(existing.productions.map((r) => [r.id, r as AnyRecord])),
  };
  const liveByCase = { notes: new Map<string, Map<string, AnyRecord>>(), deadlines: new Map<string, Map<string, AnyRecord>>(), productions: new Map<string, Map<string, AnyRecord>>() };
  const indexLive = (kind: ChildKind, r: AnyRecord): void => {
    const caseId = (r as NoteRecord).caseId;
    let m = liveByCase[kind].get(caseId);
    if (!m) liveByCase[kind].set(caseId, (m = new Map()));
    const key = contentKey(kind, r);
    if (r.deleted) {
      if (m.get(key)?.id === r.id) m.delete(key);
    } else m.set(key, r);
  };
  for (const kind of ['notes', 'deadlines', 'productions'] as const) for (const r of existing[kind]) indexLive(kind, r);

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
    for (const kind of ['notes', 'deadlines', 'productions'] as const) for (const entry of fc[kind] ?? []) planChild(kind, entry, caseId);
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
    const rec = buildChild(kind, entry, caseId);
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

  function buildChild(kind: ChildKind, e: Record<string, unknown>, caseId: string): AnyRecord {
    const base = {
      id: (e.id as string | undefined) ?? `${kind.slice(0, -1)}-${crypto.randomUUID()}`,
      stamp: (e.stamp as string | undefined) ?? ctx.stamp(),
      deviceId: (e.deviceId as string | undefined) ?? ctx.deviceId,
      deleted: (e.deleted as boolean | undefined) ?? false,
      caseId,
    };
    if (kind === 'notes') {
      const createdAt = (e.createdAt as string | undefined) ?? ctx.nowIso;
      return { ...base, text: e.text as string, createdAt, editedAt: (e.editedAt as string | undefined) ?? createdAt } satisfies NoteRecord;
    }
    if (kind === 'deadlines') {
      return {
        ...base,
        due: e.due as string,
        time: (e.time as string | null | undefined) ?? null,
        title: e.title as string,
        kind: (e.kind as DeadlineRecord['kind'] | undefined) ?? 'other',
        done: (e.done as boolean | undefined) ?? false,
        source: (e.source as DeadlineRecord['source'] | undefined) ?? 'import',
      } satisfies DeadlineRecord;
    }
    const n = (k: string): number => (e[k] as number | undefined) ?? 0;
    return {
      ...base,
      date: e.date as string,
      agency: ((e.agency as string | undefined) ?? '').trim(),
      component: ((e.component as string | undefined) ?? '').trim(),
      pagesReviewed: n('pagesReviewed'),
      pagesReleased: n('pagesReleased'),
      pagesReleasedInPart: n('pagesReleasedInPart'),
      pagesWithheldInFull: n('pagesWithheldInFull'),
      pagesReferred: n('pagesReferred'),
      note: (e.note as string | undefined) ?? '',
    } satisfies ProductionRecord;
  }
}

/** `base` with `writes` applied by id: the stored state after the import commits. */
function overlay(base: RecordSet, writes: RecordSet): RecordSet {
  const out = emptyRecordSet();
  for (const kind of ['cases', 'notes', 'deadlines', 'productions'] as const) {
    if (!writes[kind].length) {
      (out[kind] as AnyRecord[]) = base[kind];
      continue;
    }
    const byId = new Map<string, AnyRecord>(base[kind].map((r) => [r.id, r]));
    for (const r of writes[kind]) byId.set(r.id, r);
    (out[kind] as AnyRecord[]) = [...byId.values()];
  }
  return out;
}

export function importMessage(plan: Pick<ImportPlan, 'imported' | 'merged' | 'duplicate' | 'cases'>): string {
  const n = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;
  return `Read ${n(plan.cases, 'case', 'cases')}: ${plan.imported} new, ${plan.merged} merged, ${n(plan.duplicate, 'duplicate', 'duplicates')} skipped.`;
}

/** Validate the whole file, then write what it adds in one transaction. Rejects with a UserError. */
export async function importData(repo: Repository, text: string, nowMs: number): Promise<ImportResult> {
  const file = parseInterchange(text);
  const existing = await repo.getAllRecords();
  const plan = planImport(file, existing, { stamp: () => repo.nextStamp(), deviceId: repo.deviceId, nowIso: new Date(nowMs).toISOString() });
  await repo.writeBatch(plan.writes, plan.caseIds, overlay(existing, plan.writes));
  return { imported: plan.imported, merged: plan.merged, duplicate: plan.duplicate, message: importMessage(plan) };
}
