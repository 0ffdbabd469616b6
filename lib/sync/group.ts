/**
 * One sync item per case: the case record with its notes, deadlines and productions. Grouping keeps
 * a case's records together (one read on another profile, one write per edit) while each record
 * still merges on its own stamp. The wire form is canonical (sorted keys, records sorted by id) so
 * equal content always gives equal text, and drops what the key and stamp already say.
 */
import { z } from 'zod';
import { hashString } from './bytes';
import { parseStamp } from '../model/hlc';
import {
  CaseRecord,
  DeadlineRecord,
  NoteRecord,
  ProductionRecord,
  type AnyRecord,
  type RecordSet,
} from '../model/schema';

export interface CaseGroup {
  caseId: string;
  case: CaseRecord | null;
  notes: NoteRecord[];
  deadlines: DeadlineRecord[];
  productions: ProductionRecord[];
}

/** Tombstones older than this are left out of sync (issue 7: purged after 180 days). */
export const TOMBSTONE_HORIZON_MS = 180 * 24 * 60 * 60 * 1000;

export function emptyGroup(caseId: string): CaseGroup {
  return { caseId, case: null, notes: [], deadlines: [], productions: [] };
}

/** Split a record set into per-case groups (children find their case by `caseId`). */
export function groupByCase(set: RecordSet): Map<string, CaseGroup> {
  const groups = new Map<string, CaseGroup>();
  const get = (id: string): CaseGroup => {
    let g = groups.get(id);
    if (!g) groups.set(id, (g = emptyGroup(id)));
    return g;
  };
  for (const c of set.cases) get(c.id).case = c;
  for (const n of set.notes) get(n.caseId).notes.push(n);
  for (const d of set.deadlines) get(d.caseId).deadlines.push(d);
  for (const p of set.productions) get(p.caseId).productions.push(p);
  return groups;
}

/** Flatten groups back into one record set. */
export function groupsToSet(groups: Iterable<CaseGroup>): RecordSet {
  const set: RecordSet = { cases: [], notes: [], deadlines: [], productions: [] };
  for (const g of groups) {
    if (g.case) set.cases.push(g.case);
    set.notes.push(...g.notes);
    set.deadlines.push(...g.deadlines);
    set.productions.push(...g.productions);
  }
  return set;
}

function stampMs(stamp: string): number {
  return parseStamp(stamp)?.ms ?? 0;
}

/** The group without tombstones older than the horizon; null when nothing is left to sync. */
export function withoutOldTombstones(g: CaseGroup, now: number): CaseGroup | null {
  const keep = <T extends AnyRecord>(r: T): boolean => !r.deleted || now - stampMs(r.stamp) < TOMBSTONE_HORIZON_MS;
  const out: CaseGroup = {
    caseId: g.caseId,
    case: g.case && keep(g.case) ? g.case : null,
    notes: g.notes.filter(keep),
    deadlines: g.deadlines.filter(keep),
    productions: g.productions.filter(keep),
  };
  const empty = !out.case && !out.notes.length && !out.deadlines.length && !out.productions.length;
  return empty ? null : out;
}

/** The latest stamp in a group: when the case was last touched, on any profile. */
export function lastTouched(g: CaseGroup): string {
  let best = g.case?.stamp ?? '';
  for (const list of [g.notes, g.deadlines, g.productions] as AnyRecord[][]) {
    for (const r of list) if (r.stamp > best) best = r.stamp;
  }
  return best;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined) out[k] = sortKeys(v);
    }
    return out;
  }
  return value;
}

/**
 * Values the store's schemas fill in when a field is absent: leaving them out of the wire form
 * saves quota, and parsing on the other side restores them exactly.
 */
const DEFAULTS: Record<string, unknown> = {
  deleted: false,
  title: '',
  time: null,
  kind: 'other',
  done: false,
  source: 'manual',
  agency: '',
  component: '',
  pagesReviewed: 0,
  pagesReleased: 0,
  pagesReleasedInPart: 0,
  pagesWithheldInFull: 0,
  pagesReferred: 0,
  note: '',
};

/**
 * A record as it travels: no caseId (the group says it), no deviceId when the stamp says it, no
 * field that holds its schema default (empty tags too).
 */
function compact(rec: AnyRecord): unknown {
  const copy: Record<string, unknown> = { ...rec };
  delete copy.caseId;
  if (parseStamp(rec.stamp)?.deviceId === rec.deviceId) delete copy.deviceId;
  for (const [k, v] of Object.entries(DEFAULTS)) if (copy[k] === v) delete copy[k];
  if (Array.isArray(copy.tags) && copy.tags.length === 0) delete copy.tags;
  return sortKeys(copy);
}

const byId = (a: AnyRecord, b: AnyRecord): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Which versions a group holds: every record's kind, id and stamp. Two groups with the same
 * signature need no write, however their records happen to be spelled (key order, defaults).
 */
export function groupSignature(g: CaseGroup): string {
  const parts: string[] = [];
  if (g.case) parts.push(`c${g.case.id}@${g.case.stamp}`);
  for (const [tag, list] of [['n', g.notes], ['d', g.deadlines], ['p', g.productions]] as const) {
    for (const r of list) parts.push(`${tag}${r.id}@${r.stamp}`);
  }
  return hashString(parts.sort().join('|'));
}

/** Canonical JSON of a group: the same records always give the same text. */
export function groupJson(g: CaseGroup): string {
  return JSON.stringify({
    i: g.caseId,
    c: g.case ? compact(g.case) : null,
    d: [...g.deadlines].sort(byId).map(compact),
    n: [...g.notes].sort(byId).map(compact),
    p: [...g.productions].sort(byId).map(compact),
  });
}

const WireGroup = z.object({
  i: z.string().min(1).max(128),
  c: z.record(z.string(), z.unknown()).nullable(),
  d: z.array(z.record(z.string(), z.unknown())).max(5_000),
  n: z.array(z.record(z.string(), z.unknown())).max(5_000),
  p: z.array(z.record(z.string(), z.unknown())).max(5_000),
});

function expand(raw: Record<string, unknown>, caseId: string | null): Record<string, unknown> {
  const out: Record<string, unknown> = { ...raw };
  if (caseId !== null) out.caseId = caseId;
  if (out.deviceId === undefined && typeof out.stamp === 'string') out.deviceId = parseStamp(out.stamp)?.deviceId;
  return out;
}

/**
 * Parse a group's JSON from another profile, validating every record with the store's schemas.
 * `expectedCaseId` is the id the item key names (null when keys are opaque, encrypted).
 * Throws (with zod's message) on anything malformed; the caller ignores that item.
 */
export function parseGroupJson(expectedCaseId: string | null, json: string): CaseGroup {
  const wire = WireGroup.parse(JSON.parse(json));
  const caseId = wire.i;
  if (expectedCaseId !== null && caseId !== expectedCaseId) throw new Error(`item for case ${expectedCaseId} holds case ${caseId}`);
  const c = wire.c ? CaseRecord.parse(expand(wire.c, null)) : null;
  if (c && c.id !== caseId) throw new Error(`case item ${caseId} holds case ${c.id}`);
  return {
    caseId,
    case: c,
    notes: wire.n.map((r) => NoteRecord.parse(expand(r, caseId))),
    deadlines: wire.d.map((r) => DeadlineRecord.parse(expand(r, caseId))),
    productions: wire.p.map((r) => ProductionRecord.parse(expand(r, caseId))),
  };
}
