/**
 * One sync item per case: the case record with its notes, deadlines and productions. Grouping keeps
 * a case's records together (one read on another profile, one write per edit) while each record
 * still merges on its own stamp. The wire form is canonical (sorted keys, records sorted by id) so
 * equal content always gives equal text, and drops what the key and stamp already say.
 */
import { z } from 'zod';
import { hashString } from './bytes';
import { parseStamp } from '../model/hlc';
// Tombstones older than the store's purge horizon are left out of sync: the store drops them too.
import { TOMBSTONE_HORIZON_MS } from '../store/tombstones';
import {
  CHILD_KIND_NAMES,
  CHILD_SCHEMAS,
  CaseRecord,
  DeadlineRecord,
  ExpectedRecord,
  NoteRecord,
  PaceRecord,
  ProductionRecord,
  RequestRecord,
  emptyRecordSet,
  type AnyRecord,
  type ChildKind,
  type RecordSet,
} from '../model/schema';

export interface CaseGroup {
  caseId: string;
  case: CaseRecord | null;
  notes: NoteRecord[];
  deadlines: DeadlineRecord[];
  productions: ProductionRecord[];
  expected: ExpectedRecord[];
  paces: PaceRecord[];
  requests: RequestRecord[];
}


export function emptyGroup(caseId: string): CaseGroup {
  return { caseId, case: null, notes: [], deadlines: [], productions: [], expected: [], paces: [], requests: [] };
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
  for (const kind of CHILD_KIND_NAMES) for (const r of set[kind]) (get(r.caseId)[kind] as AnyRecord[]).push(r);
  return groups;
}

/** Flatten groups back into one record set. */
export function groupsToSet(groups: Iterable<CaseGroup>): RecordSet {
  const set = emptyRecordSet();
  for (const g of groups) {
    if (g.case) set.cases.push(g.case);
    for (const kind of CHILD_KIND_NAMES) (set[kind] as AnyRecord[]).push(...g[kind]);
  }
  return set;
}

function stampMs(stamp: string): number {
  return parseStamp(stamp)?.ms ?? 0;
}

/** The group without tombstones older than the horizon; null when nothing is left to sync. */
export function withoutOldTombstones(g: CaseGroup, now: number): CaseGroup | null {
  const keep = <T extends AnyRecord>(r: T): boolean => !r.deleted || now - stampMs(r.stamp) < TOMBSTONE_HORIZON_MS;
  const out = emptyGroup(g.caseId);
  out.case = g.case && keep(g.case) ? g.case : null;
  for (const kind of CHILD_KIND_NAMES) (out[kind] as AnyRecord[]) = (g[kind] as AnyRecord[]).filter(keep);
  const empty = !out.case && CHILD_KIND_NAMES.every((kind) => !out[kind].length);
  return empty ? null : out;
}

/** The latest stamp in a group: when the case was last touched, on any profile. */
export function lastTouched(g: CaseGroup): string {
  let best = g.case?.stamp ?? '';
  for (const kind of CHILD_KIND_NAMES) for (const r of g[kind] as AnyRecord[]) if (r.stamp > best) best = r.stamp;
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
  referredTo: '',
  sourceQuote: '',
  approximate: false,
  basis: 'order',
  trackingNumber: '',
  submitted: null,
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
  if (Array.isArray(copy.exemptions) && copy.exemptions.length === 0) delete copy.exemptions;
  return sortKeys(copy);
}

const byId = (a: AnyRecord, b: AnyRecord): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Which versions a group holds: every record's kind, id and stamp. Two groups with the same
 * signature need no write, however their records happen to be spelled (key order, defaults).
 */
/** Each child kind's one-letter tag on the wire and in signatures (the first three predate the rest). */
const WIRE_TAG: Record<ChildKind, string> = { notes: 'n', deadlines: 'd', productions: 'p', expected: 'e', paces: 'r', requests: 'q' };
/** Kinds added after the first wire format: written only when the group has some, so older groups' text is unchanged. */
const LATER_KINDS: readonly ChildKind[] = ['expected', 'paces', 'requests'];

export function groupSignature(g: CaseGroup): string {
  const parts: string[] = [];
  if (g.case) parts.push(`c${g.case.id}@${g.case.stamp}`);
  for (const kind of CHILD_KIND_NAMES) for (const r of g[kind] as AnyRecord[]) parts.push(`${WIRE_TAG[kind]}${r.id}@${r.stamp}`);
  return hashString(parts.sort().join('|'));
}

/** Canonical JSON of a group: the same records always give the same text. */
export function groupJson(g: CaseGroup): string {
  const wire: Record<string, unknown> = {
    i: g.caseId,
    c: g.case ? compact(g.case) : null,
    d: [...g.deadlines].sort(byId).map(compact),
    n: [...g.notes].sort(byId).map(compact),
    p: [...g.productions].sort(byId).map(compact),
  };
  for (const kind of LATER_KINDS) if (g[kind].length) wire[WIRE_TAG[kind]] = [...(g[kind] as AnyRecord[])].sort(byId).map(compact);
  return JSON.stringify(wire);
}

const wireList = z.array(z.record(z.string(), z.unknown())).max(5_000);
const WireGroup = z.object({
  i: z.string().min(1).max(128),
  c: z.record(z.string(), z.unknown()).nullable(),
  d: wireList,
  n: wireList,
  p: wireList,
  // Absent in groups written before these kinds, or without any.
  e: wireList.default([]),
  r: wireList.default([]),
  q: wireList.default([]),
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
  const group = emptyGroup(caseId);
  group.case = c;
  for (const kind of CHILD_KIND_NAMES) {
    const schema = CHILD_SCHEMAS[kind];
    (group[kind] as AnyRecord[]) = wire[WIRE_TAG[kind] as 'n'].map((r) => schema.parse(expand(r, caseId)) as AnyRecord);
  }
  return group;
}
