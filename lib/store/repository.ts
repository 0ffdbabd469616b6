/**
 * The annotation store: one class over the IndexedDB database, used by the message router and by
 * sync. Every write takes a fresh HLC stamp; deletes leave tombstones; merges are per record, last
 * writer wins (lib/sync/merge.ts). After every local write and merge the `onChange` listeners hear
 * which cases changed, and the in-memory case index is brought up to date.
 */
import { HybridClock, parseStamp } from '../sync/hlc';
import { mergeById } from '../sync/merge';
import type { CaseSummary, DeadlineInput, NoteInput, PageLookup, PageReport, ProductionInput } from '../messages/schema';
import { UserError } from '../messages/user-error';
import { parseCaseNumber } from '../docket-number';
import { CaseIndex } from './case-index';
import type { IDBPTransaction } from 'idb';
import { DB_NAME, openDocketDb, type DocketDb, type DocketMarginDB } from './db';
import { identifyCase } from './identify';
import {
  CaseRecord,
  DeadlineRecord,
  NoteRecord,
  ProductionRecord,
  type AnyRecord,
  type CaseBundle,
  type RecordKind,
  type RecordSet,
} from './schema';

export const RECORD_KINDS: readonly RecordKind[] = ['cases', 'notes', 'deadlines', 'productions'];
export const CHILD_KINDS = ['notes', 'deadlines', 'productions'] as const;
export type ChildKind = (typeof CHILD_KINDS)[number];
export const TOMBSTONE_HORIZON_MS = 180 * 24 * 60 * 60 * 1000;
const PURGE_INTERVAL_MS = 24 * 60 * 60 * 1000;

/** Every record of every kind in a transaction over all record stores, tombstones included. */
async function readAllRecords(tx: IDBPTransaction<DocketMarginDB, RecordKind[], IDBTransactionMode>): Promise<RecordSet> {
  const [cases, notes, deadlines, productions] = await Promise.all([
    tx.objectStore('cases').getAll(),
    tx.objectStore('notes').getAll(),
    tx.objectStore('deadlines').getAll(),
    tx.objectStore('productions').getAll(),
  ]);
  return { cases, notes, deadlines, productions };
}

/** Above this many changed cases a full reload of the index is cheaper than per-case reads. */
const FULL_REFRESH_THRESHOLD = 300;
/** Below this many incoming records, merge reads each current record by id instead of all. */
const MERGE_GET_ALL_THRESHOLD = 200;

/** Where a change came from: this device's edits, a merge (sync), or an imported file. */
export type ChangeOrigin = 'local' | 'merge' | 'import';
export type ChangeListener = (caseIds: string[], origin: ChangeOrigin) => void;

/** Inputs as the router hands them over (defaults applied by the request schema). */
export type NoteFields = NoteInput;
export type DeadlineFields = Required<Omit<DeadlineInput, 'id'>> & { id?: string };
export type ProductionFields = Required<Omit<ProductionInput, 'id'>> & { id?: string };

export interface RepositoryOptions {
  /** Database name (tests and benchmarks use their own). */
  name?: string;
  /** Wall clock in ms (tests pin it). */
  now?: () => number;
}

export const emptyRecordSet = (): RecordSet => ({ cases: [], notes: [], deadlines: [], productions: [] });

/** A case's id follows from its identity, so two profiles that save the same case agree on it. */
export function caseIdFor(key: string): string {
  return `case:${key}`;
}

function randomId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`;
}

function newDeviceId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `d${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

const RECORD_SCHEMAS = { cases: CaseRecord, notes: NoteRecord, deadlines: DeadlineRecord, productions: ProductionRecord } as const;

function caseIdOf(kind: RecordKind, rec: AnyRecord): string {
  return kind === 'cases' ? rec.id : (rec as NoteRecord).caseId;
}

export class Repository {
  private readonly listeners = new Set<ChangeListener>();
  private readonly index = new CaseIndex();

  private constructor(
    private readonly db: DocketDb,
    private readonly clock: HybridClock,
    private readonly now: () => number,
  ) {}

  static async open(options: RepositoryOptions = {}): Promise<Repository> {
    const now = options.now ?? Date.now;
    const db = await openDocketDb(options.name ?? DB_NAME);
    let deviceId = (await db.get('meta', 'deviceId')) as string | undefined;
    if (typeof deviceId !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(deviceId)) {
      deviceId = newDeviceId();
      await db.put('meta', deviceId, 'deviceId');
    }
    const clock = new HybridClock(deviceId, now);
    // The clock restarts after the newest stamp stored, so a restart never stamps backwards.
    for (const kind of RECORD_KINDS) {
      const last = await db.transaction(kind).store.index('stamp').openCursor(null, 'prev');
      if (last) clock.observe(last.value.stamp);
    }
    const repo = new Repository(db, clock, now);
    await repo.reloadIndex();
    return repo;
  }

  get deviceId(): string {
    return this.clock.deviceId;
  }

  close(): void {
    this.db.close();
  }

  /**
   * Fires after every local write and merge with the ids of the cases touched, and where the
   * change came from (sync can skip echoing back what it merged itself).
   */
  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** `state`, when the caller knows the whole stored state after its write, spares a re-read. */
  private async changed(caseIds: Iterable<string>, origin: ChangeOrigin = 'local', state?: RecordSet): Promise<string[]> {
    const ids = [...new Set(caseIds)];
    if (!ids.length) return ids;
    // Only for large batches: a small one re-reads its cases, which also sees any write that
    // landed between the caller's read and its write.
    if (state && ids.length > FULL_REFRESH_THRESHOLD) this.indexFrom(state, new Set(ids));
    else await this.refreshIndex(ids);
    for (const listener of this.listeners) {
      try {
        listener(ids, origin);
      } catch {
        // A failing listener must not undo or hide a write that already committed.
      }
    }
    return ids;
  }

  private nowIso(): string {
    return new Date(this.now()).toISOString();
  }

  // ---- index -------------------------------------------------------------------------------

  private async reloadIndex(): Promise<void> {
    this.index.clear();
    this.indexFrom(await this.getAllRecords());
  }

  /** Re-index the cases in `only` (all when absent) from a full record set. */
  private indexFrom(all: RecordSet, only?: Set<string>): void {
    const byCase = new Map<string, CaseBundle>();
    for (const c of all.cases) if (!only || only.has(c.id)) byCase.set(c.id, { case: c, notes: [], deadlines: [], productions: [] });
    for (const kind of CHILD_KINDS)
      for (const r of all[kind]) (byCase.get(r.caseId)?.[kind] as AnyRecord[] | undefined)?.push(r);
    if (only) for (const id of only) if (!byCase.has(id)) this.index.remove(id);
    for (const bundle of byCase.values()) this.index.set(bundle);
  }

  private async refreshIndex(caseIds: string[]): Promise<void> {
    if (caseIds.length > FULL_REFRESH_THRESHOLD) return this.reloadIndex();
    const bundles = await Promise.all(caseIds.map((id) => this.readBundle(id)));
    caseIds.forEach((id, i) => {
      const b = bundles[i];
      if (b) this.index.set(b);
      else this.index.remove(id);
    });
  }

  /** A case with all its records, tombstones included, or null when there is no such case. */
  private async readBundle(caseId: string): Promise<CaseBundle | null> {
    const tx = this.db.transaction(RECORD_KINDS, 'readonly');
    const [c, notes, deadlines, productions] = await Promise.all([
      tx.objectStore('cases').get(caseId),
      tx.objectStore('notes').index('caseId').getAll(caseId),
      tx.objectStore('deadlines').index('caseId').getAll(caseId),
      tx.objectStore('productions').index('caseId').getAll(caseId),
    ]);
    return c ? { case: c, notes, deadlines, productions } : null;
  }

  // ---- reads -------------------------------------------------------------------------------

  /** Every record of every kind, tombstones included. */
  async getAllRecords(): Promise<RecordSet> {
    return readAllRecords(this.db.transaction(RECORD_KINDS, 'readonly'));
  }

  /** A live case with its live records (what the popup edits), or null. */
  async getCase(caseId: string): Promise<CaseBundle | null> {
    const b = await this.readBundle(caseId);
    if (!b || b.case.deleted) return null;
    return {
      case: b.case,
      notes: b.notes.filter((n) => !n.deleted).sort((x, y) => (x.createdAt < y.createdAt ? -1 : 1)),
      deadlines: b.deadlines.filter((d) => !d.deleted).sort((x, y) => (`${x.due}${x.time ?? ''}` < `${y.due}${y.time ?? ''}` ? -1 : 1)),
      productions: b.productions.filter((p) => !p.deleted).sort((x, y) => (x.date < y.date ? -1 : 1)),
    };
  }

  summary(caseId: string): CaseSummary | null {
    return this.index.get(caseId);
  }

  /** The saved cases a page mentions: its own case, and each other number by the key it was reported under. */
  lookupPage(report: PageReport): PageLookup {
    const primary = report.primary && report.court ? this.index.find(report.court, report.primary) : null;
    const mentions: Record<string, CaseSummary> = {};
    for (const m of report.mentions) {
      const court = m.court ?? report.court;
      if (!court) continue;
      const found = this.index.find(court, m);
      if (found) mentions[m.key] = found;
    }
    return { primary, mentions };
  }

  /**
   * Live cases matching the query (all when empty), by next open deadline then latest update.
   * With `limit`, only the first `limit` of them (the search still covers every case).
   */
  listCases(query = '', limit?: number): CaseSummary[] {
    const all = this.index.search(query, (t) => parseCaseNumber(t, null));
    return limit === undefined ? all : all.slice(0, limit);
  }

  /** How many live cases `listCases(query)` would answer. */
  countCases(query = ''): number {
    return query.trim() ? this.listCases(query).length : this.index.size;
  }

  get caseCount(): number {
    return this.index.size;
  }

  // ---- writes ------------------------------------------------------------------------------

  private meta(): { stamp: string; deviceId: string } {
    return { stamp: this.clock.next(), deviceId: this.clock.deviceId };
  }

  private async liveCase(caseId: string): Promise<CaseRecord> {
    const c = await this.db.get('cases', caseId);
    if (!c || c.deleted) throw new UserError('That case is no longer saved (it may have been deleted).');
    return c;
  }

  /** Find or create the case a printed number names; idempotent on identity. */
  async createCase(input: { court: string; docketNumber: string; title?: string; tags?: string[] }): Promise<CaseSummary> {
    const docketNumber = input.docketNumber.trim();
    const ident = identifyCase(input.court, docketNumber);
    if (!ident.ok) throw new UserError(`${ident.field}: ${ident.message}`);
    const existing = this.index.findByKeys(ident.key, ident.looseKey);
    if (existing) return existing;
    const id = caseIdFor(ident.key);
    const tombstone = await this.db.get('cases', id);
    const record: CaseRecord = {
      id,
      ...this.meta(),
      deleted: false,
      court: input.court,
      key: ident.key,
      looseKey: ident.looseKey,
      docketNumber,
      parts: ident.parts,
      title: (input.title ?? '').trim() || tombstone?.title || '',
      tags: normalizeTags(input.tags ?? []),
      // Re-saving a deleted case brings back the same record (same id), fresh and empty.
      createdAt: tombstone?.createdAt ?? this.nowIso(),
    };
    await this.db.put('cases', record);
    await this.changed([id]);
    return this.index.get(id)!;
  }

  async updateCase(caseId: string, fields: { title?: string; tags?: string[] }): Promise<CaseSummary> {
    const c = await this.liveCase(caseId);
    const next: CaseRecord = {
      ...c,
      ...this.meta(),
      title: fields.title === undefined ? c.title : fields.title.trim(),
      tags: fields.tags === undefined ? c.tags : normalizeTags(fields.tags),
    };
    await this.db.put('cases', next);
    await this.changed([caseId]);
    return this.index.get(caseId)!;
  }

  /** Tombstone a case and its live records, all with one stamp (so restore knows what went with it). */
  async deleteCase(caseId: string): Promise<void> {
    const c = await this.liveCase(caseId);
    const meta = this.meta();
    const tx = this.db.transaction(RECORD_KINDS, 'readwrite');
    const writes: Promise<unknown>[] = [tx.objectStore('cases').put({ ...c, ...meta, deleted: true })];
    for (const kind of CHILD_KINDS) {
      const store = tx.objectStore(kind);
      const children = (await store.index('caseId').getAll(caseId)) as AnyRecord[];
      for (const r of children) if (!r.deleted) writes.push(store.put({ ...r, ...meta, deleted: true } as never));
    }
    await Promise.all([...writes, tx.done]);
    await this.changed([caseId]);
  }

  async putNote(input: NoteFields): Promise<NoteRecord> {
    await this.liveCase(input.caseId);
    const now = this.nowIso();
    const old = input.id ? await this.db.get('notes', input.id) : undefined;
    const record: NoteRecord = {
      id: input.id ?? randomId('note'),
      ...this.meta(),
      deleted: false,
      caseId: input.caseId,
      text: input.text.trim(),
      createdAt: old?.createdAt ?? now,
      editedAt: now,
    };
    await this.db.put('notes', record);
    await this.changed([record.caseId, ...(old && old.caseId !== record.caseId ? [old.caseId] : [])]);
    return record;
  }

  async putDeadline(input: DeadlineFields): Promise<DeadlineRecord> {
    await this.liveCase(input.caseId);
    const old = input.id ? await this.db.get('deadlines', input.id) : undefined;
    const record: DeadlineRecord = {
      id: input.id ?? randomId('deadline'),
      ...this.meta(),
      deleted: false,
      caseId: input.caseId,
      due: input.due,
      time: input.time,
      title: input.title.trim(),
      kind: input.kind,
      done: input.done,
      source: old?.source ?? 'manual',
    };
    await this.db.put('deadlines', record);
    await this.changed([record.caseId, ...(old && old.caseId !== record.caseId ? [old.caseId] : [])]);
    return record;
  }

  async putProduction(input: ProductionFields): Promise<ProductionRecord> {
    await this.liveCase(input.caseId);
    const old = input.id ? await this.db.get('productions', input.id) : undefined;
    const record: ProductionRecord = {
      id: input.id ?? randomId('production'),
      ...this.meta(),
      deleted: false,
      caseId: input.caseId,
      date: input.date,
      agency: input.agency.trim(),
      component: input.component.trim(),
      pagesReviewed: input.pagesReviewed,
      pagesReleased: input.pagesReleased,
      pagesReleasedInPart: input.pagesReleasedInPart,
      pagesWithheldInFull: input.pagesWithheldInFull,
      pagesReferred: input.pagesReferred,
      note: input.note,
    };
    await this.db.put('productions', record);
    await this.changed([record.caseId, ...(old && old.caseId !== record.caseId ? [old.caseId] : [])]);
    return record;
  }

  async deleteChild(kind: ChildKind, id: string): Promise<void> {
    const r = (await this.db.get(kind, id)) as AnyRecord | undefined;
    if (!r || r.deleted) throw new UserError('That entry is already gone.');
    await this.db.put(kind, { ...r, ...this.meta(), deleted: true } as never);
    await this.changed([(r as NoteRecord).caseId]);
  }

  /** Undo a delete. Restoring a case also restores what its delete took with it (same stamp). */
  async restore(kind: RecordKind, id: string): Promise<void> {
    const r = (await this.db.get(kind, id)) as AnyRecord | undefined;
    if (!r) throw new UserError('There is nothing to restore: that entry no longer exists.');
    if (!r.deleted) return;
    const meta = this.meta();
    const tx = this.db.transaction(RECORD_KINDS, 'readwrite');
    const writes: Promise<unknown>[] = [];
    if (kind === 'cases') {
      const deletedWith = r.stamp;
      for (const child of CHILD_KINDS) {
        const store = tx.objectStore(child);
        const rows = (await store.index('caseId').getAll(id)) as AnyRecord[];
        for (const row of rows) if (row.deleted && row.stamp === deletedWith) writes.push(store.put({ ...row, ...meta, deleted: false } as never));
      }
    } else {
      const parent = await tx.objectStore('cases').get((r as NoteRecord).caseId);
      if (!parent || parent.deleted) {
        tx.abort();
        await tx.done.catch(() => undefined);
        throw new UserError('Restore the case first: this entry belongs to a deleted case.');
      }
    }
    writes.push(tx.objectStore(kind).put({ ...r, ...meta, deleted: false } as never));
    await Promise.all([...writes, tx.done]);
    await this.changed([caseIdOf(kind, r)]);
  }

  /**
   * Merge records from elsewhere (sync, import) one by one: a record replaces the stored one only
   * when its stamp is later. One transaction; the clock observes every stamp so later local edits
   * sort after them. Records that fail the schema are skipped and counted.
   */
  async mergeRecords(set: Partial<RecordSet>): Promise<{ changedCaseIds: string[]; rejected: number }> {
    let rejected = 0;
    const valid: Partial<Record<RecordKind, AnyRecord[]>> = {};
    for (const kind of RECORD_KINDS) {
      const list = set[kind];
      if (!list?.length) continue;
      const ok: AnyRecord[] = [];
      for (const r of list as unknown[]) {
        const parsed = RECORD_SCHEMAS[kind].safeParse(r);
        if (parsed.success && parseStamp(parsed.data.stamp)) ok.push(parsed.data);
        else rejected++;
      }
      valid[kind] = ok;
    }
    const kinds = RECORD_KINDS.filter((k) => valid[k]?.length);
    if (!kinds.length) return { changedCaseIds: [], rejected };
    const tx = this.db.transaction(kinds, 'readwrite');
    const changed = new Set<string>();
    const writes: Promise<unknown>[] = [];
    for (const kind of kinds) {
      const incoming = valid[kind]!;
      const store = tx.objectStore(kind);
      const current = new Map<string, AnyRecord>();
      if (incoming.length >= MERGE_GET_ALL_THRESHOLD) {
        for (const r of (await store.getAll()) as AnyRecord[]) current.set(r.id, r);
      } else {
        const found = await Promise.all(incoming.map((r) => store.get(r.id) as Promise<AnyRecord | undefined>));
        for (const r of found) if (r) current.set(r.id, r);
      }
      for (const winner of mergeById(current, incoming)) {
        this.clock.observe(winner.stamp);
        writes.push(store.put(winner as never));
        changed.add(caseIdOf(kind, winner));
      }
    }
    await Promise.all([...writes, tx.done]);
    return { changedCaseIds: await this.changed(changed, 'merge'), rejected };
  }

  /**
   * Read everything, decide, write — in one transaction, so no edit can land between the read the
   * decision was made on and the write (import). `decide` must be synchronous.
   */
  async readDecideWrite<T extends { writes: RecordSet; caseIds: Iterable<string> }>(decide: (existing: RecordSet) => T): Promise<T> {
    const tx = this.db.transaction(RECORD_KINDS, 'readwrite');
    const existing = await readAllRecords(tx);
    let decision: T;
    try {
      decision = decide(existing);
    } catch (error) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw error;
    }
    const writes: Promise<unknown>[] = [];
    for (const kind of RECORD_KINDS) {
      const store = tx.objectStore(kind);
      for (const r of decision.writes[kind]) {
        this.clock.observe(r.stamp);
        writes.push(store.put(r as never));
      }
    }
    await Promise.all([...writes, tx.done]);
    await this.changed(decision.caseIds, 'import', overlayRecords(existing, decision.writes));
    return decision;
  }

  /** A stamp from this device's clock (import uses it for records without one). */
  nextStamp(): string {
    return this.clock.next();
  }

  /**
   * Purge at most once a day: the service worker starts many times a day and a purge walks every
   * record. Returns the number purged, or null when it was not due.
   */
  async purgeTombstonesIfDue(now: number): Promise<number | null> {
    const last = await this.db.get('meta', 'lastPurge');
    if (typeof last === 'number' && now - last < PURGE_INTERVAL_MS && last <= now) return null;
    const purged = await this.purgeTombstones(now);
    await this.db.put('meta', now, 'lastPurge');
    return purged;
  }

  /** Drop tombstones older than the horizon (180 days): every profile has long seen them by then. */
  async purgeTombstones(now: number): Promise<number> {
    const cutoff = now - TOMBSTONE_HORIZON_MS;
    const tx = this.db.transaction(RECORD_KINDS, 'readwrite');
    let purged = 0;
    for (const kind of RECORD_KINDS) {
      for (let cursor = await tx.objectStore(kind).openCursor(); cursor; cursor = await cursor.continue()) {
        const r = cursor.value as AnyRecord;
        const ms = parseStamp(r.stamp)?.ms;
        if (r.deleted && ms !== undefined && ms < cutoff) {
          await cursor.delete();
          purged++;
        }
      }
    }
    await tx.done;
    return purged;
  }
}

/** `base` with `writes` applied by id: the stored state after a batch commits. */
function overlayRecords(base: RecordSet, writes: RecordSet): RecordSet {
  const out = emptyRecordSet();
  for (const kind of RECORD_KINDS) {
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

export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const t = raw.trim().slice(0, 60);
    if (t && !seen.has(t.toLowerCase())) {
      seen.add(t.toLowerCase());
      out.push(t);
    }
  }
  return out.slice(0, 50);
}
